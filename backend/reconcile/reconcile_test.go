package reconcile

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"relance/backend"
	"relance/backend/bank"
)

func fixture() *Index {
	d := backend.MustDate
	clients := []Client{
		{ID: 1, Name: "Dupont SARL", Code: "DUP01"},
		{ID: 2, Name: "Boulangerie Lefèvre et Fils", Code: "LEF"},
		{ID: 3, Name: "SCI Les Genêts", Code: "GEN"},
		{ID: 4, Name: "Martin Conseil SAS", Code: "MARCO"},
		{ID: 5, Name: "Garage Moreau", Code: "GMO"},
		{ID: 6, Name: "Jean Durand", Code: "P-0006"},
		{ID: 7, Name: "Atelier Rousseau", Code: "ROU"},
	}
	invoices := []OpenInvoice{
		{ID: 101, ClientID: 1, Number: "F-2026-014", DueDate: d("2026-03-15"), Remaining: 125000},
		{ID: 102, ClientID: 1, Number: "F-2026-020", DueDate: d("2026-04-10"), Remaining: 30000},
		{ID: 110, ClientID: 2, Number: "F-2026-021", DueDate: d("2026-03-20"), Remaining: 113050},
		{ID: 111, ClientID: 2, Number: "F-2026-022", DueDate: d("2026-03-25"), Remaining: 100000},
		{ID: 112, ClientID: 2, Number: "F-2026-025", DueDate: d("2026-04-20"), Remaining: 50000},
		{ID: 120, ClientID: 3, Number: "F-2026-031", DueDate: d("2026-04-01"), Remaining: 180000},
		{ID: 130, ClientID: 4, Number: "F-2026-1", DueDate: d("2026-02-01"), Remaining: 70000},
		{ID: 131, ClientID: 4, Number: "F-2026-14", DueDate: d("2026-02-15"), Remaining: 240000},
		{ID: 132, ClientID: 4, Number: "F-2026-009", DueDate: d("2026-01-31"), Remaining: 360000},
		{ID: 140, ClientID: 5, Number: "F-2026-040", DueDate: d("2026-03-31"), Remaining: 84520},
		{ID: 141, ClientID: 5, Number: "F-2026-041", DueDate: d("2026-04-30"), Remaining: 84520},
		{ID: 150, ClientID: 6, Number: "F-2026-017", DueDate: d("2026-03-30"), Remaining: 42000},
		{ID: 199, ClientID: 6, Number: "F-2025-999", DueDate: d("2025-12-31"), Remaining: 0}, // paid: ignored
	}
	return NewIndex(clients, invoices)
}

func alloc(pairs ...int64) []backend.Allocation {
	var out []backend.Allocation
	for i := 0; i < len(pairs); i += 2 {
		out = append(out, backend.Allocation{InvoiceID: uint64(pairs[i]), Amount: backend.Cents(pairs[i+1])})
	}
	return out
}

func TestSuggest(t *testing.T) {
	ix := fixture()
	tests := []struct {
		name        string
		tx          bank.Transaction
		client      uint64 // of the best suggestion; 0: no suggestion expected
		allocs      []backend.Allocation
		minScore    int
		maxScore    int
		reasons     []string // each contained in one of the best suggestion's reasons
		neverInvoce uint64   // an invoice no suggestion may touch
	}{
		{name: "number and exact amount",
			tx:     bank.Transaction{Label: "VIR SEPA RECU /DE DUPONT SARL /MOTIF FACTURE F-2026-014", Amount: 125000},
			client: 1, allocs: alloc(101, 125000), minScore: AutoConfirmScore, maxScore: 100,
			reasons: []string{"n° de facture F-2026-014 dans le libellé", "montant exact de la facture", "nom du payeur proche de « Dupont SARL »"}},
		{name: "number written without dashes, in the reference",
			tx:     bank.Transaction{Label: "VIREMENT", Reference: "f2026014", Amount: 125000},
			client: 1, allocs: alloc(101, 125000), minScore: AutoConfirmScore, maxScore: 100},
		{name: "number with spaces",
			tx:     bank.Transaction{Label: "REGLEMENT FACT F 2026 014", Amount: 125000},
			client: 1, allocs: alloc(101, 125000), minScore: AutoConfirmScore, maxScore: 100},
		{name: "partial payment",
			tx:     bank.Transaction{Label: "ACOMPTE F-2026-031", Amount: 60000},
			client: 3, allocs: alloc(120, 60000), minScore: 85, maxScore: 89,
			reasons: []string{"n° de facture F-2026-031 dans le libellé", "paiement partiel : 600,00\u00a0€ sur 1\u00a0800,00\u00a0€ restant dus"}},
		{name: "overpayment left as a credit",
			tx:     bank.Transaction{Label: "FACTURE F-2026-017", Payer: "M. JEAN DURAND", Amount: 50000},
			client: 6, allocs: alloc(150, 42000), minScore: 85, maxScore: 100,
			reasons: []string{"trop-perçu de 80,00\u00a0€ laissé en avoir"}},
		{name: "two invoice numbers, exact sum",
			tx:     bank.Transaction{Label: "REGLEMENT F-2026-021 F-2026-022", Payer: "BOULANGERIE LEFEVRE ET FILS", Amount: 213050},
			client: 2, allocs: alloc(110, 113050, 111, 100000), minScore: AutoConfirmScore, maxScore: 100,
			reasons: []string{"n° de factures F-2026-021 et F-2026-022 dans le libellé", "montant exact des 2 factures citées"}},
		{name: "two invoice numbers, partial: oldest first",
			tx:     bank.Transaction{Label: "F-2026-022 + F-2026-021", Amount: 150000},
			client: 2, allocs: alloc(110, 113050, 111, 36950), minScore: 85, maxScore: 89},
		{name: "F-2026-14 is not F-2026-1",
			tx:     bank.Transaction{Label: "FACTURE F-2026-14", Amount: 240000},
			client: 4, allocs: alloc(131, 240000), minScore: AutoConfirmScore, maxScore: 100, neverInvoce: 130},
		{name: "F-2026-1 is not F-2026-14",
			tx:     bank.Transaction{Label: "FACTURE F-2026-1 MERCI", Amount: 70000},
			client: 4, allocs: alloc(130, 70000), minScore: AutoConfirmScore, maxScore: 100, neverInvoce: 131},
		{name: "F-2026-014 is neither F-2026-14 nor F-2026-1",
			tx:     bank.Transaction{Label: "F-2026-014", Amount: 125000},
			client: 1, allocs: alloc(101, 125000), minScore: AutoConfirmScore, neverInvoce: 131},
		{name: "RF creditor reference",
			tx:     bank.Transaction{Label: "VIR SEPA RECU /DE GARAGE X", Reference: "RF66F2026014", Amount: 125000},
			client: 1, allocs: alloc(101, 125000), minScore: 95, maxScore: 100,
			reasons: []string{"référence structurée RF66F2026014 (F-2026-014) dans le virement"}},
		{name: "RF creditor reference in print format, partial",
			tx:     bank.Transaction{Label: "MOTIF RF66 F202 6014", Amount: 100000},
			client: 1, allocs: alloc(101, 100000), minScore: AutoConfirmScore, maxScore: 99,
			reasons: []string{"référence structurée RF66F2026014"}},
		{name: "RF with wrong check digits: only the amount speaks",
			tx:     bank.Transaction{Label: "RF67F2026014", Amount: 125000},
			client: 1, allocs: alloc(101, 125000), minScore: 50, maxScore: 60,
			reasons: []string{"montant exact de la facture F-2026-014 (seule facture ouverte de ce montant)"}},
		{name: "exact amount and payer name",
			tx:     bank.Transaction{Label: "VIREMENT", Payer: "DUPONT SARL", Amount: 30000},
			client: 1, allocs: alloc(102, 30000), minScore: 80, maxScore: 80,
			reasons: []string{"montant exact de la facture F-2026-020", "nom du payeur proche de « Dupont SARL »"}},
		{name: "exact amount alone, unique",
			tx:     bank.Transaction{Label: "VIR INST", Payer: "CABINET XYZ", Amount: 180000},
			client: 3, allocs: alloc(120, 180000), minScore: 60, maxScore: 60},
		{name: "exact amount shared by two invoices of a named client: the oldest",
			tx:     bank.Transaction{Label: "VIR GARAGE MOREAU", Amount: 84520},
			client: 5, allocs: alloc(140, 84520), minScore: 70, maxScore: 79,
			reasons: []string{"la plus ancienne des 2 factures de ce montant"}},
		{name: "combination of a named client's invoices",
			tx:     bank.Transaction{Payer: "BOULANGERIE LEFEVRE ET FILS", Label: "PAIEMENT", Amount: 163050},
			client: 2, allocs: alloc(110, 113050, 112, 50000), minScore: 70, maxScore: 70,
			reasons: []string{"somme exacte de 2 factures du client (F-2026-021 et F-2026-025)"}},
		{name: "combination unique in the ledger, nobody named",
			tx:     bank.Transaction{Label: "VIR 8812", Payer: "M OU MME X", Amount: 155000},
			client: 1, allocs: alloc(101, 125000, 102, 30000), minScore: 45, maxScore: 45,
			reasons: []string{"somme exacte de 2 factures de « Dupont SARL » (F-2026-014 et F-2026-020), seule combinaison possible"}},
		{name: "name only: oldest invoices first",
			tx:     bank.Transaction{Payer: "MARTIN CONSEIL SAS", Label: "PAIEMENT", Amount: 100000},
			client: 4, allocs: alloc(132, 100000), minScore: 45, maxScore: 45, // above F-2026-022 of another client, of that amount
			reasons: []string{"nom du payeur proche de « Martin Conseil SAS »", "affecté aux factures les plus anciennes"}},
		{name: "client code in the label",
			tx:     bank.Transaction{Label: "VIR CLIENT DUP01", Amount: 30000},
			client: 1, allocs: alloc(102, 30000), minScore: 80, maxScore: 80,
			reasons: []string{"code client DUP01 dans le libellé"}},
		{name: "accents and legal forms ignored",
			tx:     bank.Transaction{Payer: "S.C.I. LES GENETS", Amount: 180000},
			client: 3, allocs: alloc(120, 180000), minScore: 80, maxScore: 80,
			reasons: []string{"nom du payeur proche de « SCI Les Genêts »"}},
		{name: "named client without open invoice: a credit",
			tx:     bank.Transaction{Payer: "ATELIER ROUSSEAU", Amount: 10000},
			client: 7, allocs: []backend.Allocation{}, minScore: 25, maxScore: 35,
			reasons: []string{"aucune facture ouverte"}},
		{name: "nothing in common", tx: bank.Transaction{Label: "REMISE CHEQUE 4512", Amount: 12345}},
		{name: "debit", tx: bank.Transaction{Label: "FACTURE F-2026-014", Amount: -125000}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.tx.Key = "k1"
			got := ix.Suggest(tc.tx)
			if tc.client == 0 {
				if len(got) != 0 {
					t.Fatalf("want nothing, got %+v", got)
				}
				return
			}
			if len(got) == 0 {
				t.Fatal("no suggestion")
			}
			if len(got) > 3 {
				t.Errorf("%d suggestions", len(got))
			}
			best := got[0]
			if best.ClientID != tc.client || !reflect.DeepEqual(best.Allocations, tc.allocs) {
				t.Errorf("best: client %d %+v, want client %d %+v\nall: %+v", best.ClientID, best.Allocations, tc.client, tc.allocs, got)
			}
			if best.Score < tc.minScore || (tc.maxScore > 0 && best.Score > tc.maxScore) {
				t.Errorf("score %d not in [%d, %d]: %v", best.Score, tc.minScore, tc.maxScore, best.Reasons)
			}
			for _, r := range tc.reasons {
				if !slices.ContainsFunc(best.Reasons, func(s string) bool { return strings.Contains(s, r) }) {
					t.Errorf("reason %q missing from %q", r, best.Reasons)
				}
			}
			for i, s := range got {
				if s.TransactionKey != "k1" {
					t.Errorf("transaction key %q", s.TransactionKey)
				}
				if i > 0 && (s.Score > got[i-1].Score) {
					t.Errorf("not sorted by score: %+v", got)
				}
				var sum backend.Cents
				for _, a := range s.Allocations {
					sum += a.Amount
					if a.Amount <= 0 {
						t.Errorf("allocation %+v", a)
					}
					if a.InvoiceID == tc.neverInvoce && tc.neverInvoce != 0 {
						t.Errorf("invoice %d suggested: %+v", a.InvoiceID, s)
					}
				}
				if sum > tc.tx.Amount {
					t.Errorf("allocations %s exceed the amount %s", sum, tc.tx.Amount)
				}
				if s.Score < 0 || s.Score > 100 || len(s.Reasons) == 0 {
					t.Errorf("suggestion %+v", s)
				}
			}
			if again := ix.Suggest(tc.tx); !reflect.DeepEqual(again, got) {
				t.Errorf("not deterministic:\n%+v\n%+v", got, again)
			}
		})
	}
}

// Only the strongest evidence is confirmed automatically.
func TestAutoConfirmOnlyWithReference(t *testing.T) {
	ix := fixture()
	for _, tx := range []bank.Transaction{
		{Payer: "DUPONT SARL", Amount: 30000},                  // name and amount
		{Label: "VIR", Amount: 180000},                         // amount alone
		{Payer: "BOULANGERIE LEFEVRE ET FILS", Amount: 163050}, // combination
		{Label: "PAIEMENT F-2026-031", Amount: 60000},          // number, partial, no name
	} {
		if s := ix.Suggest(tx); len(s) > 0 && s[0].Score >= AutoConfirmScore {
			t.Errorf("%+v: auto-confirmable %+v", tx, s[0])
		}
	}
}

func TestCreditorReference(t *testing.T) {
	tests := []struct{ number, want string }{
		{"F-2026-014", "RF66F2026014"},
		{"F-2026-021", "RF71F2026021"},
		{"f 2026 031", "RF92F2026031"},
		{"539007547034", "RF18539007547034"}, // the example of ISO 11649
	}
	for _, tc := range tests {
		got, ok := CreditorReference(tc.number)
		if !ok || got != tc.want {
			t.Errorf("CreditorReference(%q) = %q, %v; want %q", tc.number, got, ok, tc.want)
		}
		if !ValidCreditorReference(got) {
			t.Errorf("%s not valid", got)
		}
	}
	for _, n := range []string{"", "---", "ABCDEFGHIJKLMNOPQRSTUVW", "F-2026-Ж"} {
		if r, ok := CreditorReference(n); ok {
			t.Errorf("CreditorReference(%q) = %q", n, r)
		}
	}
	for s, want := range map[string]bool{
		"RF18 5390 0754 7034": true, "rf18539007547034": true, "RF18539007547035": false, "RF19539007547034": false,
		"RF66F2026014": true, "RF67F2026014": false, "RF66": false, "RF6AF2026014": false, "XX66F2026014": false,
		"RF66F2026014ABCDEFGHIJKLM": false, "RF66F-2026014": false,
	} {
		if got := ValidCreditorReference(s); got != want {
			t.Errorf("ValidCreditorReference(%q) = %v", s, got)
		}
	}
}

func TestNormalisation(t *testing.T) {
	if got := normNumber(" f-2026/014 "); got != "F2026014" {
		t.Errorf("normNumber %q", got)
	}
	if got := strings.Join(nameTokens("Boulangerie Lefèvre & Fils SARL"), " "); got != "BOULANGERIE LEFEVRE FILS" {
		t.Errorf("nameTokens %q", got)
	}
	if got := strings.Join(nameTokens("ETS Dupont et Cie"), " "); got != "DUPONT" {
		t.Errorf("nameTokens %q", got)
	}
}

// A credit in Swiss francs quoting an invoice number, and one whose franc amount equals an invoice's euros: the
// first is suggested below the automatic score with the euro amount to give, the second is matched by nothing.
func TestForeignCurrency(t *testing.T) {
	ix := fixture()
	d := backend.MustDate
	got := ix.Suggest(bank.Transaction{Key: "k1", BookedOn: d("2026-03-20"), Amount: 125000, Currency: "CHF",
		Label: "GUTSCHRIFT DUPONT SARL FACTURE F-2026-014", Payer: "DUPONT SARL"})
	if len(got) == 0 || got[0].ClientID != 1 || !got[0].NeedsEuroAmount || got[0].Score > ForeignMaxScore || got[0].Score >= AutoConfirmScore {
		t.Fatalf("CHF credit quoting F-2026-014: %+v", got)
	}
	if !reflect.DeepEqual(got[0].Allocations, alloc(101, 125000)) ||
		!strings.Contains(strings.Join(got[0].Reasons, " ; "), "opération en CHF (1\u00a0250,00\u00a0CHF) : indiquez le montant reçu en euros") {
		t.Errorf("suggestion %+v", got[0])
	}
	for _, s := range got {
		if strings.Contains(strings.Join(s.Reasons, " "), "montant exact") {
			t.Errorf("a CHF amount compared with euros: %+v", s)
		}
	}
	if got := ix.Suggest(bank.Transaction{Key: "k2", BookedOn: d("2026-03-20"), Amount: 180000, Currency: "USD", Label: "INCOMING WIRE 4471"}); len(got) != 0 {
		t.Errorf("a USD credit with only an amount equal to an invoice's euros: %+v", got)
	}
	if got := ix.Suggest(bank.Transaction{Key: "k3", BookedOn: d("2026-03-20"), Amount: 180000, Label: "VIR 4471"}); len(got) == 0 {
		t.Error("the same credit in euros (no currency: EUR) is matched by its amount")
	}
}
