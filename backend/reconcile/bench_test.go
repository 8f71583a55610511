package reconcile

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"relance/backend"
	"relance/backend/bank"
)

var (
	benchTrades  = []string{"Boulangerie", "Garage", "Cabinet", "Atelier", "Transports", "Pharmacie", "Menuiserie", "Restaurant", "Plomberie", "Imprimerie", "Librairie", "Fromagerie", "Agence", "Studio", "Ferme"}
	benchSurname = []string{"Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand"}
	benchForms   = []string{"SARL", "SAS", "EURL", "", "SA", "SCI"}
)

// benchData is a ledger and a statement generated deterministically: what each transaction should match is
// kept in want (an invoice id, 0 when nothing should be suggested with confidence).
type benchData struct {
	clients  []Client
	invoices []OpenInvoice
	txs      []bank.Transaction
	want     []uint64
	kind     []string
}

func genBench(nClients, nInvoices, nTx int) *benchData {
	r := rand.New(rand.NewPCG(2026, 14))
	d := &benchData{}
	for i := range nClients {
		name := fmt.Sprintf("%s %s", benchTrades[r.IntN(len(benchTrades))], benchSurname[r.IntN(len(benchSurname))])
		if r.IntN(2) == 0 {
			name += " " + benchSurname[r.IntN(len(benchSurname))]
		}
		if f := benchForms[r.IntN(len(benchForms))]; f != "" {
			name += " " + f
		}
		d.clients = append(d.clients, Client{ID: uint64(i + 1), Name: name, Code: fmt.Sprintf("C%05d", i+1)})
	}
	start := backend.MustDate("2025-01-01")
	for i := range nInvoices {
		amount := backend.Cents(5000 + r.IntN(495000))
		if r.IntN(10) < 3 {
			amount = max(10000, amount/10000*10000) // round hundreds: many ties
		}
		d.invoices = append(d.invoices, OpenInvoice{
			ID: uint64(i + 1), ClientID: uint64(1 + r.IntN(nClients)), Number: fmt.Sprintf("F-%d-%06d", 2025+i*2/nInvoices, i+1),
			DueDate: start.AddDays(i * 700 / nInvoices), Remaining: amount,
		})
	}
	byClient := map[uint64][]OpenInvoice{}
	for _, inv := range d.invoices {
		byClient[inv.ClientID] = append(byClient[inv.ClientID], inv)
	}
	clientName := func(id uint64) string { return strings.ToUpper(d.clients[id-1].Name) }
	for k := range nTx {
		inv := d.invoices[r.IntN(len(d.invoices))]
		tx := bank.Transaction{Key: fmt.Sprintf("T%05d", k), BookedOn: start.AddDays(400 + k%200), Currency: "EUR"}
		want, kind := inv.ID, ""
		switch p := r.IntN(100); {
		case p < 30:
			kind = "number"
			tx.Label = "VIR SEPA RECU /DE " + clientName(inv.ClientID) + " /MOTIF FACTURE " + inv.Number
			tx.Amount = inv.Remaining
		case p < 40:
			kind = "number-partial"
			tx.Label = "VIR " + clientName(inv.ClientID) + " ACOMPTE " + strings.ReplaceAll(inv.Number, "-", " ")
			tx.Amount = inv.Remaining / 2
		case p < 50:
			kind = "rf"
			ref, _ := CreditorReference(inv.Number)
			tx.Label, tx.Reference, tx.Amount = "VIR SEPA RECU", ref, inv.Remaining
		case p < 65:
			kind = "name-amount"
			tx.Payer, tx.Label, tx.Amount = clientName(inv.ClientID), "VIREMENT", inv.Remaining
		case p < 75:
			kind = "name-combination"
			list := byClient[inv.ClientID]
			tx.Payer, tx.Label = clientName(inv.ClientID), "PAIEMENT FACTURES"
			tx.Amount = list[0].Remaining
			if len(list) > 1 {
				tx.Amount += list[1].Remaining
			}
			want = list[0].ID
		case p < 85:
			kind = "name-only"
			tx.Payer, tx.Label, tx.Amount = clientName(inv.ClientID), "REGLEMENT", backend.Cents(1000+r.IntN(100000))
			want = 0
		default:
			kind = "unrelated"
			tx.Label, tx.Amount = fmt.Sprintf("CB CARREFOUR %02d/03", 1+r.IntN(28)), backend.Cents(r.IntN(20000)-15000)
			want = 0
		}
		d.txs = append(d.txs, tx)
		d.want = append(d.want, want)
		d.kind = append(d.kind, kind)
	}
	return d
}

// BenchmarkSuggest2000Against100000 matches a statement of 2 000 lines against 100 000 open invoices of 5 000
// clients; one op is the whole statement.
func BenchmarkSuggest2000Against100000(b *testing.B) {
	d := genBench(5000, 100000, 2000)
	ix := NewIndex(d.clients, d.invoices)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, tx := range d.txs {
			ix.Suggest(tx)
		}
	}
}

func BenchmarkNewIndex100000(b *testing.B) {
	d := genBench(5000, 100000, 0)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		NewIndex(d.clients, d.invoices)
	}
}

// On the generated ledger, the evidence that names an invoice puts it first, and only that evidence reaches the
// automatic confirmation score.
func TestGeneratedLedgerQuality(t *testing.T) {
	d := genBench(500, 10000, 2000)
	ix := NewIndex(d.clients, d.invoices)
	hits, total := map[string]int{}, map[string]int{}
	for i, tx := range d.txs {
		got := ix.Suggest(tx)
		k := d.kind[i]
		total[k]++
		if d.want[i] == 0 {
			if len(got) > 0 && got[0].Score >= AutoConfirmScore {
				t.Errorf("%s %+v: auto-confirmable %+v", k, tx, got[0])
			}
			continue
		}
		if len(got) > 0 && len(got[0].Allocations) > 0 && got[0].Allocations[0].InvoiceID == d.want[i] {
			hits[k]++
		} else if testing.Verbose() {
			t.Logf("miss %s %+v: %+v", k, tx, got)
		}
		if (k == "number" || k == "rf") && (len(got) == 0 || got[0].Score < AutoConfirmScore) {
			t.Errorf("%s %+v: %+v", k, tx, got)
		}
	}
	for k, n := range total {
		t.Logf("%-16s %4d transactions, right invoice first: %d", k, n, hits[k])
	}
	for _, k := range []string{"number", "number-partial", "rf"} {
		if hits[k] != total[k] {
			t.Errorf("%s: %d of %d right", k, hits[k], total[k])
		}
	}
	for _, k := range []string{"name-amount", "name-combination"} {
		if hits[k]*10 < total[k]*8 {
			t.Errorf("%s: only %d of %d right", k, hits[k], total[k])
		}
	}
}
