package sms

import (
	"errors"
	"strings"
	"testing"

	"relance/backend"
)

func TestMobileNumber(t *testing.T) {
	ok := map[string]string{
		"06 12 34 56 78":    "+33612345678",
		"07.81.23.45.67":    "+33781234567",
		"+33 6 12 34 56 78": "+33612345678",
		"0033612345678":     "+33612345678",
		"+44 7911 123456":   "+447911123456", // a British mobile
		" 0612345678 ":      "+33612345678",
		"+32 470 12 34 56":  "+32470123456",  // Belgian mobile
		"+590 690 12 34 56": "+590690123456", // Guadeloupe mobile
	}
	for in, want := range ok {
		got, err := MobileNumber(in)
		if err != nil || got != want {
			t.Errorf("MobileNumber(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	refused := map[string]string{
		"01 23 45 67 89": "ligne fixe",
		"04 72 00 00 00": "ligne fixe",
		"09 51 23 45 67": "téléphonie par internet",
		"08 00 12 34 56": "numéro spécial",
		"06 12":          "invalide",
		"bonjour":        "invalide",
		"":               "aucun numéro",
	}
	for in, want := range refused {
		_, err := MobileNumber(in)
		if err == nil || backend.ErrorCode(err) != backend.EINVALID || !strings.Contains(backend.ErrorMessage(err), want) {
			t.Errorf("MobileNumber(%q) error = %v; want one saying %q", in, err, want)
		}
	}
}

func TestSender(t *testing.T) {
	for _, s := range []string{"Relance", "ATELIER42", "ABCDEFGHIJK", "33612345678"} {
		if got, err := Sender(s); err != nil || got != s {
			t.Errorf("Sender(%q) = %q, %v", s, got, err)
		}
	}
	refused := map[string]string{
		"ABCDEFGHIJKL":     "11 au plus",
		"Café":             "sans accent",
		"Mon Atelier":      "pas d'espace",
		"AB":               "3 caractères",
		"1234567890123456": "15 chiffres",
		"":                 "indiquez",
	}
	for in, want := range refused {
		_, err := Sender(in)
		if err == nil || !strings.Contains(backend.ErrorMessage(err), want) {
			t.Errorf("Sender(%q) error = %v; want one saying %q", in, err, want)
		}
	}
}

func TestSettingsNormalize(t *testing.T) {
	s := Settings{Provider: "Brevo", Sender: "ATELIER"}
	if err := s.Normalize(); err != nil || s.Provider != Brevo || s.WindowStart != 480 || s.WindowEnd != 1200 {
		t.Fatalf("Normalize = %v, %+v", err, s)
	}
	bad := Settings{Provider: "ovh", Sender: "Trop long nom", WindowStart: 1200, WindowEnd: 600, PricePerSegment: -1}
	err := bad.Normalize()
	for _, f := range []string{"sender", "ovhService", "windowStart", "pricePerSegment"} {
		if !hasField(err, f) {
			t.Errorf("Normalize: no problem on %s in %v", f, err)
		}
	}
	off := Settings{}
	if err := off.Normalize(); err != nil {
		t.Fatalf("SMS off must be valid: %v", err)
	}
}

func hasField(err error, field string) bool {
	var e *backend.Error
	if !errors.As(err, &e) {
		return false
	}
	for _, f := range e.Fields {
		if f.Field == field {
			return true
		}
	}
	return false
}

// FuzzMobileNumber: whatever is typed, the answer is a valid E.164 mobile or a French refusal, never a panic.
func FuzzMobileNumber(f *testing.F) {
	for _, s := range []string{"06 12 34 56 78", "+33612345678", "0033 6 12", "01 23 45 67 89", "", "+", "00", "+44 7911 123456", "abc", "0６12345678"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := MobileNumber(s)
		if err != nil {
			if backend.ErrorCode(err) != backend.EINVALID || backend.ErrorMessage(err) == "" {
				t.Fatalf("MobileNumber(%q): %v", s, err)
			}
			return
		}
		if !strings.HasPrefix(got, "+") || len(got) < 8 || len(got) > 16 {
			t.Fatalf("MobileNumber(%q) = %q, not E.164", s, got)
		}
		if again, err := MobileNumber(got); err != nil || again != got {
			t.Fatalf("E.164 %q not stable: %q, %v", got, again, err)
		}
	})
}
