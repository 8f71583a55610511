package template

import (
	"slices"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	type want struct {
		line, col, off int
		name, msg      string // msg: a substring of the message
	}
	tests := []struct {
		name string
		src  string
		want []want
	}{
		{"valid", "Bonjour [[CustomerName]],\n[[ InvoiceNumber ]]", nil},
		{"lone brackets are text", "[ [CustomerName] ] x ]] y [a]", nil},
		{"extra brackets around a variable", "[[[CustomerName]]]", nil},
		{"valid blocks", "[[#Business]]\nA\n[[/Business]]\n[[#Consumer]]B[[/Consumer]]", nil},
		{"unknown variable, French alias", "Ligne 1\nLigne 2\nCher client [[NomClient]],",
			[]want{{3, 13, 28, "NomClient", "variable inconnue [[NomClient]] (vouliez-vous dire [[CustomerName]] ?)"}}},
		{"case-insensitive suggestion, column in runes", "é€[[customername]]",
			[]want{{1, 3, 5, "customername", "(vouliez-vous dire [[CustomerName]] ?)"}}},
		{"separators ignored", "[[Customer_Name]]", []want{{1, 1, 0, "Customer_Name", "[[CustomerName]] ?"}}},
		{"typo within 3 edits", "x [[InvoiceNumbr]]", []want{{1, 3, 2, "InvoiceNumbr", "[[InvoiceNumber]] ?"}}},
		{"typo of an alias", "[[montantdue]]", []want{{1, 1, 0, "montantdue", "[[InvoiceAmountDue]] ?"}}},
		{"nothing close", "[[Xyzzyplugh]]", []want{{1, 1, 0, "Xyzzyplugh", "choisissez une variable"}}},
		{"empty variable", "a\n  [[ ]]", []want{{2, 3, 4, "", "variable vide"}}},
		{"unclosed", "Bonjour\nMontant : [[TotalOverdue\nsuite", []want{{2, 11, 18, "", "« [[ » sans « ]] »"}}},
		{"closed on the next line only", "[[CustomerName\n]]", []want{{1, 1, 0, "", "sans « ]] »"}}},
		{"unclosed then a variable", "[[ a [[CustomerName]]", []want{{1, 1, 0, "", "sans « ]] »"}}},
		{"block name used as a variable", "[[Business]]", []want{{1, 1, 0, "Business", "écrivez [[#Business]] … [[/Business]]"}}},
		{"unknown block with alias", "[[#Pro]]x[[/Pro]]", []want{
			{1, 1, 0, "Pro", "bloc inconnu [[#Pro]] (vouliez-vous dire [[#Business]] ?)"},
			{1, 10, 9, "Pro", "bloc inconnu [[/Pro]] (vouliez-vous dire [[/Business]] ?)"}}},
		{"unknown block", "[[#Riche]]", []want{{1, 1, 0, "Riche", "les seuls blocs sont"}}},
		{"block never closed", "Début\n[[#Business]]\nPénalités", []want{{2, 1, 7, "Business", "bloc [[#Business]] jamais fermé"}}},
		{"close without open", "a [[/Consumer]]", []want{{1, 3, 2, "Consumer", "ferme un bloc qui n'est pas ouvert"}}},
		{"mismatched close", "[[#Business]]x\n[[/Consumer]]", []want{{2, 1, 15, "Consumer", "ne correspond pas au bloc ouvert [[#Business]]"}}},
		{"nested blocks", "[[#Business]]\n[[#Consumer]]\n[[/Consumer]]\n[[/Business]]",
			[]want{{2, 1, 14, "Consumer", "ne s'imbriquent pas"}}},
		{"problems come sorted by position", "[[#Business]] [[Foo]] [[Bar",
			[]want{{1, 1, 0, "Business", "jamais fermé"}, {1, 15, 14, "Foo", "inconnue"}, {1, 23, 22, "", "sans « ]] »"}}},
		{"CRLF line endings", "a\r\n[[Foo]]", []want{{2, 1, 3, "Foo", "inconnue"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Check(tt.src)
			if got == nil {
				t.Fatal("Check returned nil, want an empty list")
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Check(%q) = %+v, want %d issues", tt.src, got, len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Line != w.line || g.Column != w.col || g.Offset != w.off || g.Name != w.name || !strings.Contains(g.Message, w.msg) {
					t.Errorf("issue %d = %+v, want line %d col %d offset %d name %q message containing %q",
						i, g, w.line, w.col, w.off, w.name, w.msg)
				}
				if w.off < len(tt.src) && !strings.HasPrefix(tt.src[w.off:], "[[") {
					t.Errorf("offset %d does not point at [[ in %q", w.off, tt.src)
				}
			}
		})
	}
}

func TestVariables(t *testing.T) {
	got := Variables("[[A]] [[CustomerName]] [[#Business]][[LatePenalties]][[/Business]] [[ CustomerName ]] [[A]] [[")
	want := []string{"A", "CustomerName", "LatePenalties"}
	if !slices.Equal(got, want) {
		t.Errorf("Variables = %q, want %q", got, want)
	}
	if got := Variables("plain"); len(got) != 0 {
		t.Errorf("Variables(plain) = %q", got)
	}
}

// TestBlocks checks that a block keeps or drops its text by kind of debtor, and that a block tag alone on its
// line takes the line with it while an inline one does not.
func TestBlocks(t *testing.T) {
	body := "Début.\n\n  [[#Business]]  \nPénalités : [[LatePenalties]].\n\n[[/Business]]\n" +
		"[[#Consumer]]\nParticulier.\n[[/Consumer]]\nFin[[#Business]] (pro)[[/Business]][[#Consumer]] (part.)[[/Consumer]]."
	tpl := Template{Key: "x", Lang: "fr", Subject: "S[[#Business]] pro[[/Business]]", Body: body}
	tests := []struct {
		kind    string
		subject string
		text    string
	}{
		{"b2b", "S pro", "Début.\n\nPénalités : 21,37\u00a0€.\n\nFin (pro).\n"},
		{"b2c", "S", "Début.\n\nParticulier.\nFin (part.).\n"},
	}
	for _, tt := range tests {
		d := b2bData("fr")
		if tt.kind == "b2c" {
			d = b2cData("fr")
			d.LatePenalties = 0
		}
		r, err := Render(tpl, d)
		if err != nil {
			t.Fatal(err)
		}
		if r.Subject != tt.subject || r.Text != tt.text {
			t.Errorf("%s: subject %q text %q, want %q %q", tt.kind, r.Subject, r.Text, tt.subject, tt.text)
		}
	}
	// The parser keeps the surrounding text exactly: nothing but the tag lines disappears.
	nodes, _ := parse("a\n[[#Business]]\nb\n[[/Business]]\nc")
	var texts []string
	for _, n := range nodes {
		if n.kind == textNode {
			texts = append(texts, n.text)
		}
	}
	if !slices.Equal(texts, []string{"a\n", "b\n", "c"}) {
		t.Errorf("texts = %q", texts)
	}
}

func TestSuggest(t *testing.T) {
	for in, want := range map[string]string{
		"NomClient": "CustomerName", "nom_client": "CustomerName", "INVOICENUMBER": "InvoiceNumber",
		"DateÉchéance": "InvoiceDueDate", "Iban ": "Iban", "Totaloverdu": "TotalOverdue", "Pénalités": "LatePenalties",
		"SignatoryPhone": "SignatoryPhoneNumber", "CompanyNam": "CompanyName", "qwertyuiop": "",
		strings.Repeat("x", 5000): "",
	} {
		if got := suggest(in); got != want {
			t.Errorf("suggest(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		max  int
		want int
	}{
		{"kitten", "sitting", 3, 3}, {"", "abc", 3, 3}, {"abc", "abc", 3, 0}, {"abcdefgh", "a", 3, 4}, {"flaw", "lawn", 3, 2},
		{"abcdef", "uvwxyz", 3, 4},
	} {
		if got := distance(tt.a, tt.b, tt.max); got != tt.want {
			t.Errorf("distance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
		}
	}
}
