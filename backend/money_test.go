package backend

import (
	"strings"
	"testing"
)

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in      string
		want    Cents
		wantErr string // substring of the error message; "" means no error
	}{
		{in: "1234.56", want: 123456},
		{in: "1234,56", want: 123456},
		{in: "1 234,56", want: 123456},
		{in: "1\u00a0234,56", want: 123456},
		{in: "1\u202f234,56 €", want: 123456},
		{in: "1\u202f234,56\u00a0€", want: 123456},
		{in: "1 234,56 EUR", want: 123456},
		{in: "1'234.56", want: 123456},
		{in: "1.234,56", want: 123456},
		{in: "1,234.56", want: 123456},
		{in: "1.234.567", want: 123456700},
		{in: "1,234,567", want: 123456700},
		{in: "1,234,567.89", want: 123456789},
		{in: "-12", want: -1200},
		{in: "+12", want: 1200},
		{in: "(12,00)", want: -1200},
		{in: "(1 234,56 €)", want: -123456},
		{in: "0,5", want: 50},
		{in: ",5", want: 50},
		{in: "0", want: 0},
		{in: "  42  ", want: 4200},
		{in: "0,05", want: 5},
		{in: "-0,05", want: -5},
		{in: "1000000000", want: 100000000000}, // the cap, MaxAmount
		{in: "12,345", wantErr: "au plus deux décimales"},
		{in: "1,234", wantErr: "au plus deux décimales"}, // ambiguous: 1.234 € or 1 234 €
		{in: "1.234", wantErr: "au plus deux décimales"},
		{in: "12.3456", wantErr: "au plus deux décimales"},
		{in: "1.23.456", wantErr: "au plus deux décimales"}, // groups of three only
		{in: "1234.567.890", wantErr: "au plus deux décimales"},
		{in: "12,", wantErr: "au plus deux décimales"},
		{in: "abc", wantErr: "attendu un nombre"},
		{in: "12a", wantErr: "attendu un nombre"},
		{in: "--12", wantErr: "attendu un nombre"},
		{in: "1e5", wantErr: "attendu un nombre"},
		{in: "", wantErr: "montant vide"},
		{in: "   ", wantErr: "montant vide"},
		{in: "€", wantErr: "montant vide"},
		{in: "-", wantErr: "montant vide"},
		{in: "()", wantErr: "montant vide"},
		{in: "1000000000000000", wantErr: "trop grand"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseAmount(tt.in)
			if tt.wantErr != "" {
				if err == nil {
					t.Fatalf("ParseAmount(%q) = %d, want error containing %q", tt.in, got, tt.wantErr)
				}
				if ErrorCode(err) != EINVALID {
					t.Errorf("ParseAmount(%q) error code = %s, want EINVALID", tt.in, ErrorCode(err))
				}
				if !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("ParseAmount(%q) error = %q, want it to contain %q", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseAmount(%q) error: %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("ParseAmount(%q) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
}

func TestFormatEUR(t *testing.T) {
	const sp = "\u00a0"
	tests := []struct {
		in   Cents
		want string
	}{
		{0, "0,00" + sp + "€"},
		{5, "0,05" + sp + "€"},
		{50, "0,50" + sp + "€"},
		{100, "1,00" + sp + "€"},
		{99999, "999,99" + sp + "€"},
		{100000, "1" + sp + "000,00" + sp + "€"},
		{123456, "1" + sp + "234,56" + sp + "€"},
		{123456789, "1" + sp + "234" + sp + "567,89" + sp + "€"},
		{-5, "-0,05" + sp + "€"},
		{-123456, "-1" + sp + "234,56" + sp + "€"},
		{-100000000, "-1" + sp + "000" + sp + "000,00" + sp + "€"},
	}
	for _, tt := range tests {
		if got := FormatEUR(tt.in); got != tt.want {
			t.Errorf("FormatEUR(%d) = %q, want %q", tt.in, got, tt.want)
		}
		// What the app prints, the importer must read back.
		if back, err := ParseAmount(FormatEUR(tt.in)); err != nil || back != tt.in {
			t.Errorf("ParseAmount(FormatEUR(%d)) = %d, %v", tt.in, back, err)
		}
	}
	if got := FormatNumber(123456); got != "1"+sp+"234,56" {
		t.Errorf("FormatNumber(123456) = %q", got)
	}
}

func TestCentsString(t *testing.T) {
	tests := []struct {
		in   Cents
		want string
	}{
		{0, "0.00"},
		{5, "0.05"},
		{10, "0.10"},
		{123456, "1234.56"},
		{-5, "-0.05"},
		{-123456, "-1234.56"},
		{100000000000, "1000000000.00"},
	}
	for _, tt := range tests {
		if got := tt.in.String(); got != tt.want {
			t.Errorf("Cents(%d).String() = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"1234.56", "1 234,56", "1\u00a0234,56", "1\u202f234,56 €", "1.234,56", "1,234.56",
		"1.234.567", "-12", "(12,00)", "0,5", "12,345", "abc", "", "(-1)", "+0,01", "1'000", "999999999999999,99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseAmount(s)
		if err != nil {
			if ErrorCode(err) != EINVALID {
				t.Fatalf("ParseAmount(%q): error code %s, want EINVALID", s, ErrorCode(err))
			}
			return
		}
		back, err := ParseAmount(v.String())
		if err != nil || back != v {
			t.Fatalf("ParseAmount(%q) = %d; ParseAmount(%q) = %d, %v", s, v, v.String(), back, err)
		}
		back, err = ParseAmount(FormatEUR(v))
		if err != nil || back != v {
			t.Fatalf("ParseAmount(%q) = %d; ParseAmount(%q) = %d, %v", s, v, FormatEUR(v), back, err)
		}
	})
}
