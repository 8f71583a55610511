package importer

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"relance/backend"
)

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func decodeTestdata(t testing.TB, name string) *Table {
	t.Helper()
	tab, err := Decode(name, readTestdata(t, name))
	if err != nil {
		t.Fatalf("Decode(%s): %v", name, err)
	}
	return tab
}

func rowLines(tab *Table) []int {
	var out []int
	for _, r := range tab.Rows {
		out = append(out, r.Line)
	}
	return out
}

func TestDecodeSageWindows1252(t *testing.T) {
	data := readTestdata(t, "sage_factures.csv")
	if utf8.Valid(data) {
		t.Fatal("testdata/sage_factures.csv must stay Windows-1252 (not valid UTF-8)")
	}
	tab, err := Decode("sage_factures.csv", data)
	if err != nil {
		t.Fatal(err)
	}
	if tab.Encoding != EncodingWin1252 || tab.Separator != ';' {
		t.Errorf("encoding %q separator %q, want Windows-1252 and ';'", tab.Encoding, tab.Separator)
	}
	wantHeaders := []string{"N° pièce", "Code tiers", "Intitulé", "Date pièce", "Échéance", "Montant HT", "Montant TVA", "Montant TTC", "Mode de règlement"}
	if !reflect.DeepEqual(tab.Headers, wantHeaders) {
		t.Errorf("headers %q\nwant %q", tab.Headers, wantHeaders)
	}
	// Line 3 is blank: the rows keep their physical line numbers. Line 6 is Sage's total line.
	if got := rowLines(tab); !reflect.DeepEqual(got, []int{2, 4, 5, 6}) {
		t.Errorf("lines %v, want [2 4 5 6]", got)
	}
	if got := tab.Rows[1].Cells[2]; got != "Société Générale d'Électricité; siège" {
		t.Errorf("quoted cell with ';' = %q", got)
	}
	if got := tab.Rows[1].Cells[7]; got != "12\u00a0000,00 €" {
		t.Errorf("NBSP and € from Windows-1252 = %q", got)
	}
}

func TestDecodeUTF8BOM(t *testing.T) {
	tab := decodeTestdata(t, "canonical_factures_bom.csv")
	if tab.Encoding != EncodingUTF8BOM || tab.Separator != ',' {
		t.Errorf("encoding %q separator %q", tab.Encoding, tab.Separator)
	}
	if tab.Headers[0] != "number" || len(tab.Headers) != 10 || len(tab.Rows) != 3 {
		t.Errorf("headers %q, %d rows", tab.Headers, len(tab.Rows))
	}
	// The empty last cell is kept, so every row has as many cells as the header.
	if n := len(tab.Rows[2].Cells); n != 10 {
		t.Errorf("last row has %d cells", n)
	}
}

func utf16Bytes(s string, bigEndian, bom bool) []byte {
	u := utf16.Encode([]rune(s))
	var b bytes.Buffer
	if bom {
		u = append([]uint16{0xfeff}, u...)
	}
	for _, c := range u {
		if bigEndian {
			b.WriteByte(byte(c >> 8))
			b.WriteByte(byte(c))
		} else {
			b.WriteByte(byte(c))
			b.WriteByte(byte(c >> 8))
		}
	}
	return b.Bytes()
}

func TestDecodeUTF16(t *testing.T) {
	// Excel's "Texte Unicode" is UTF-16 LE with a BOM, tab separated.
	text := "Code client\tNom\tVille\r\nC001\tÉlise Ñoël\tSaint-Étienne\r\nC002\t\tParis\r\n"
	for _, c := range []struct {
		name     string
		big, bom bool
	}{{"LE BOM", false, true}, {"BE BOM", true, true}, {"LE sans BOM", false, false}} {
		t.Run(c.name, func(t *testing.T) {
			tab, err := Decode("unicode.txt", utf16Bytes(text, c.big, c.bom))
			if err != nil {
				t.Fatal(err)
			}
			if tab.Encoding != EncodingUTF16 || tab.Separator != '\t' {
				t.Errorf("encoding %q separator %q", tab.Encoding, tab.Separator)
			}
			want := [][]string{{"C001", "Élise Ñoël", "Saint-Étienne"}, {"C002", "", "Paris"}}
			for i, r := range tab.Rows {
				if !reflect.DeepEqual(r.Cells, want[i]) {
					t.Errorf("row %d = %q, want %q", i, r.Cells, want[i])
				}
			}
		})
	}
}

func TestDecodeSeparators(t *testing.T) {
	cases := []struct {
		name string
		text string
		sep  rune
		rows [][]string
	}{
		{"point-virgule et décimales à la virgule",
			"Numéro;Montant HT;Montant TTC\nF1;100,00;120,00\nF2;1 000,50;1 200,60\n", ';',
			[][]string{{"F1", "100,00", "120,00"}, {"F2", "1 000,50", "1 200,60"}}},
		{"virgule avec montants entre guillemets",
			"number,amount\nF1,\"1 234,56\"\nF2,\"12,50\"\n", ',',
			[][]string{{"F1", "1 234,56"}, {"F2", "12,50"}}},
		{"barre verticale", "a|b|c\n1|2|3\n", '|', [][]string{{"1", "2", "3"}}},
		{"tabulation et cellules vides", "a\tb\tc\n1\t\t3\n\t\t9\n", '\t', [][]string{{"1", "", "3"}, {"", "", "9"}}},
		{"une seule colonne", "code\nC1\nC2\n", ',', [][]string{{"C1"}, {"C2"}}},
		{"virgules dans un champ entre guillemets d'un fichier point-virgule",
			"Nom;Adresse;Ville\n\"Dupont, Durand et associés\";\"1, rue A\";Lyon\nX;2 rue B;Paris\n", ';',
			[][]string{{"Dupont, Durand et associés", "1, rue A", "Lyon"}, {"X", "2 rue B", "Paris"}}},
		{"guillemet isolé dans un champ (LazyQuotes)", "a;b\nécran 27\";2\n", ';', [][]string{{"écran 27\"", "2"}}},
		{"espaces avant un champ entre guillemets", "a; b\n1; \"x;y\"\n", ';', [][]string{{"1", "x;y"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tab, err := Decode("f.csv", []byte(c.text))
			if err != nil {
				t.Fatal(err)
			}
			if tab.Separator != c.sep {
				t.Errorf("separator %q, want %q", tab.Separator, c.sep)
			}
			var got [][]string
			for _, r := range tab.Rows {
				got = append(got, r.Cells)
			}
			if !reflect.DeepEqual(got, c.rows) {
				t.Errorf("rows %q\nwant %q", got, c.rows)
			}
		})
	}
}

func TestDecodeLines(t *testing.T) {
	// Blank lines, a padding line of separators, a multi-line cell and CRLF: each row starts where the file says.
	text := "\r\n\r\nnumber;note\r\nF1;\"deux\r\nlignes\"\r\n;;\r\n\r\nF2;x\r\nF3;y"
	tab, err := Decode("f.csv", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := rowLines(tab); !reflect.DeepEqual(got, []int{4, 8, 9}) {
		t.Errorf("lines %v, want [4 8 9]", got)
	}
	if got := tab.Rows[0].Cells[1]; got != "deux\nlignes" {
		t.Errorf("multi-line cell %q", got)
	}
	// Old Mac line endings.
	tab, err = Decode("mac.csv", []byte("a;b\r1;2\r3;4\r"))
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Rows) != 2 || tab.Rows[1].Line != 3 || tab.Rows[1].Cells[1] != "4" {
		t.Errorf("CR-only file: %+v", tab.Rows)
	}
	// A header alone is a file with no rows, not an error: an export of nothing reads back as nothing.
	tab, err = Decode("vide.csv", []byte("number,client_code\n"))
	if err != nil || len(tab.Rows) != 0 {
		t.Errorf("header only: %v, %d rows", err, len(tab.Rows))
	}
}

func TestDecodeTitleLines(t *testing.T) {
	// A QuickBooks report: company, report name and period above the header, with or without padding.
	for text, line := range map[string]int{
		"Northwind SARL\nListe des factures\nJanvier 2026\n\nDate;Num;Customer;Due Date;Amount\n01/01/2026;1001;Contoso;31/01/2026;12,50\n": 6,
		"Northwind SARL;;;;\nListe des factures;;;;\n;;;;\nDate;Num;Customer;Due Date;Amount\n01/01/2026;1001;Contoso;31/01/2026;12,50\n":   5,
	} {
		tab, err := Decode("rapport.csv", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if tab.Separator != ';' || tab.Headers[0] != "Date" || len(tab.Rows) != 1 || tab.Rows[0].Line != line {
			t.Errorf("%q: separator %q, headers %q, rows %+v", text, tab.Separator, tab.Headers, tab.Rows)
		}
	}
}

func TestDecodeMixedEncoding(t *testing.T) {
	// Mostly UTF-8, with one line pasted from a Windows-1252 file.
	data := []byte("Nom;Ville\nÉlodie;Orléans\nH\xe9l\xe8ne;B\xe9ziers\nAndré;Nîmes\n")
	tab, err := Decode("f.csv", data)
	if err != nil {
		t.Fatal(err)
	}
	if tab.Encoding != EncodingUTF8 {
		t.Errorf("encoding %q", tab.Encoding)
	}
	want := []string{"Élodie", "Hélène", "André"}
	for i, r := range tab.Rows {
		if r.Cells[0] != want[i] {
			t.Errorf("row %d: %q, want %q", i, r.Cells[0], want[i])
		}
	}
	// A BOM then Windows-1252 bytes: the bytes are still read as Windows-1252.
	tab, err = Decode("f.csv", []byte("\xef\xbb\xbfNom;Ville\nH\xe9l\xe8ne;B\xe9ziers\n"))
	if err != nil || tab.Rows[0].Cells[0] != "Hélène" {
		t.Errorf("BOM + Windows-1252: %v %+v", err, tab)
	}
}

func TestDecodeErrors(t *testing.T) {
	cases := []struct {
		name, data, want string
	}{
		{"vide", "", "le fichier f.csv est vide"},
		{"blancs", " \r\n\t\n", "le fichier f.csv est vide"},
		{"xlsx", "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml",
			"le fichier f.csv est un classeur Excel (.xlsx) : enregistrez-le au format CSV depuis Excel (Fichier > Enregistrer sous > CSV)"},
		{"ods", "PK\x03\x04\x14\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
			"le fichier f.csv est un classeur LibreOffice (.ods)"},
		{"xls", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "le fichier f.csv est un classeur Excel (.xls)"},
		{"pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "le fichier f.csv est un PDF"},
		{"html", "\xef\xbb\xbf  <html><table><tr><td>a</td></tr></table></html>", "le fichier f.csv est au format HTML ou XML"},
		{"binaire", "abc\x00\x01\x02\x03def\x00\x00", "le fichier f.csv n'est pas un fichier texte"},
		{"seulement des séparateurs", ";;;\n;;\n", "le fichier f.csv ne contient aucune ligne"},
		{"pas d'en-tête", "F2026-001;C001;15/01/2026;14/02/2026;1200,00\nF2026-002;C002;16/01/2026;15/02/2026;600,00\n",
			"la première ligne du fichier f.csv contient des valeurs (« 15/01/2026 », « 14/02/2026 », « 1200,00 ») et non des titres de colonnes"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tab, err := Decode("f.csv", []byte(c.data))
			if err == nil {
				t.Fatalf("no error, table %+v", tab)
			}
			if backend.ErrorCode(err) != backend.EINVALID {
				t.Errorf("code %s", backend.ErrorCode(err))
			}
			if !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("error %q\nwant prefix %q", err, c.want)
			}
		})
	}
}
