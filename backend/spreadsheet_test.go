package backend

import "testing"

func TestSpreadsheetText(t *testing.T) {
	for in, want := range map[string]string{
		`=HYPERLINK("http://x.example","Payer")`: `'=HYPERLINK("http://x.example","Payer")`,
		"+33 1 23":                               "'+33 1 23",
		"-2+3":                                   "'-2+3",
		"@SUM(A1)":                               "'@SUM(A1)",
		"\tcmd":                                  "'\tcmd",
		"VIR SEPA":                               "VIR SEPA",
		"":                                       "",
		"l'atelier":                              "l'atelier",
		"'=déjà":                                 "'=déjà", // starts with an apostrophe: already text
	} {
		if got := SpreadsheetText(in); got != want {
			t.Errorf("%q → %q, want %q", in, got, want)
		}
		if back := FromSpreadsheetText(SpreadsheetText(in)); back != in && in != "'=déjà" {
			t.Errorf("%q does not come back: %q", in, back)
		}
	}
}
