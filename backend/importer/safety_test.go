package importer

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// A client list as an accounting tool exports it, 100 clients, written for this test.
func clientList(n int, edit func(i int, line string) string) string {
	var b strings.Builder
	b.WriteString("Code client;Raison sociale;Adresse;Code postal;Ville;E-mail\n")
	for i := 1; i <= n; i++ {
		line := fmt.Sprintf("C%04d;Boulangerie Martin %d;%d rue de la République;69002;Lyon;compta%d@boulangerie-martin.example.fr", i, i, i, i)
		if edit != nil {
			line = edit(i, line)
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}

// An opening quote that never closes was read, with LazyQuotes, as one cell holding the rest of the file: 97 of
// 100 clients vanished with « 0 invalides ». It is now an error naming its line.
func TestUnclosedQuoteIsAnError(t *testing.T) {
	text := clientList(100, func(i int, line string) string {
		if i == 3 {
			return strings.Replace(line, "Boulangerie Martin 3", `"Boulangerie Martin 3`, 1)
		}
		return line
	})
	_, err := Decode("clients.csv", []byte(text))
	if err == nil || !strings.Contains(err.Error(), "ligne 4 : guillemet ouvrant jamais refermé") {
		t.Fatalf("want an error naming line 4, got %v", err)
	}
	// Stray quotes inside a cell, and quoted cells that close, are still read as before.
	ok := "Code client;Raison sociale;Adresse\nC1;SARL \"Le Fournil\";\"12 rue Neuve\nBâtiment B\"\nC2;\"Dupont \"\"et fils\"\"\";3 rue Haute\n"
	tab, err := Decode("clients.csv", []byte(ok))
	if err != nil || len(tab.Rows) != 2 || tab.Rows[0].Cells[1] != `SARL "Le Fournil"` || tab.Rows[1].Cells[1] != `Dupont "et fils"` {
		t.Fatalf("%v %+v", err, tab)
	}
}

// A quote badly closed further down joins lines into one cell: where no line break is allowed, that cell is an
// error naming its line, and the other clients import.
func TestLineBreakWhereNoneIsAllowed(t *testing.T) {
	text := clientList(10, func(i int, line string) string {
		switch i {
		case 3:
			return strings.Replace(line, "Boulangerie Martin 3", `"Boulangerie Martin 3`, 1)
		case 5:
			return strings.Replace(line, "Boulangerie Martin 5", `Boulangerie Martin 5"`, 1)
		}
		return line
	})
	tab, err := Decode("clients.csv", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	rows, errs := ParseClients(tab, suggestValid(t, Clients, tab))
	if len(errs) != 1 || errs[0].Line != 4 || errs[0].Column != "name" || !strings.Contains(errs[0].Message, "retour à la ligne interdit") {
		t.Fatalf("errors %+v", errs)
	}
	if len(rows) != 7 {
		t.Errorf("%d clients imported, want the 7 others", len(rows))
	}
	// A two-line address is fine.
	tab, err = Decode("clients.csv", []byte("Code client;Raison sociale;Adresse\nC1;SARL Le Fournil;\"12 rue Neuve\nBâtiment B\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if rows, errs := ParseClients(tab, suggestValid(t, Clients, tab)); len(rows) != 1 || len(errs) != 0 {
		t.Errorf("two-line address: %+v %+v", rows, errs)
	}
}

func TestControlCharactersAndLengths(t *testing.T) {
	longName := "SARL " + strings.Repeat("Boulangeriepatisserie", 400) // 8 405 characters, one word
	text := clientList(6, func(i int, line string) string {
		switch i {
		case 1:
			return strings.Replace(line, "C0001", "C0001\x1b[31m", 1)
		case 2:
			return strings.Replace(line, "Boulangerie Martin 2", "Boulangerie\a Martin 2", 1)
		case 3:
			return strings.Replace(line, "C0003", "\u202eC0003", 1)
		case 4:
			return strings.Replace(line, "Boulangerie Martin 4", longName, 1)
		case 5:
			return strings.Replace(line, "C0005", "C0005-"+strings.Repeat("X", 60), 1)
		}
		return line
	})
	tab, err := Decode("clients.csv", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	rows, errs := ParseClients(tab, suggestValid(t, Clients, tab))
	want := map[int]string{
		2: "caractère de contrôle invisible (U+001B) interdit : « C0001⟨U+001B⟩[31m »",
		3: "caractère de contrôle invisible (U+0007) interdit",
		4: "caractère invisible d'inversion du sens du texte (U+202E) interdit : « ⟨U+202E⟩C0003 »",
		5: "valeur trop longue (8405 caractères, au plus 200)",
		6: "valeur trop longue (66 caractères, au plus 50)",
	}
	if len(errs) != len(want) || len(rows) != 1 {
		t.Fatalf("%d rows, errors %+v", len(rows), errs)
	}
	for _, e := range errs {
		if w := want[e.Line]; !strings.Contains(e.Message, w) {
			t.Errorf("line %d: %q, want %q", e.Line, e.Message, w)
		}
		if n := utf8.RuneCountInString(e.Value); n > maxQuoted+1 {
			t.Errorf("line %d: the error carries %d characters of the value", e.Line, n)
		}
		if q := e.Message[strings.Index(e.Message, ")")+1:]; utf8.RuneCountInString(q) > maxQuoted+12 {
			t.Errorf("line %d: the message quotes too much: %d characters", e.Line, utf8.RuneCountInString(q))
		}
	}

	// Invoices: a number with a bidi override, an amount with a control character, an amount above the cap.
	inv := "N° facture;Code client;Date facture;Échéance;Montant TTC\n" +
		"F-2026-001\u2066;C0001;01/03/2026;31/03/2026;1 200,00\n" +
		"F-2026-002;C0001;01/03/2026;31/03/2026;1 200,00\x08\n" +
		"F-2026-003;C0001;01/03/2026;31/03/2026;999 999 999 999 999,99\n" +
		"F-2026-004;C0001;01/03/2026;31/03/2026;1 000 000 000,00\n"
	tab, err = Decode("factures.csv", []byte(inv))
	if err != nil {
		t.Fatal(err)
	}
	irows, ierrs := ParseInvoices(tab, suggestValid(t, Invoices, tab))
	if len(irows) != 1 || len(ierrs) != 3 {
		t.Fatalf("%d invoices, errors %+v", len(irows), ierrs)
	}
	for i, w := range []string{"(U+2066) interdit", "(U+0008) interdit", "trop grand : au plus 1\u00a0000\u00a0000\u00a0000,00\u00a0€"} {
		if ierrs[i].Line != i+2 || !strings.Contains(ierrs[i].Message, w) {
			t.Errorf("invoice error %d: %+v, want line %d and %q", i, ierrs[i], i+2, w)
		}
	}
}
