package cli

import (
	"strings"
	"testing"

	"relance/app"
	"relance/backend"
	"relance/backend/dunning"
)

func TestCLIInterruptRestartsLimitation(t *testing.T) {
	env, _, cons := ledgerWithOverdue(t) // today 23/11/2026
	inv := backend.Invoice{Number: "F-2024-1201", ClientID: cons.ID, IssueDate: backend.MustDate("2024-11-20"), DueDate: backend.MustDate("2024-12-20"), AmountExclTax: 20000, AmountInclTax: 20000}
	if err := env.Store.SaveInvoice(&inv); err != nil {
		t.Fatal(err)
	}
	data := env.Dirs.Data
	env.Store.Close()
	if r := runCLI(t, data, "interrupt", "F-2024-1201", "--on", "2026-11-20"); r.code != 2 || !strings.Contains(r.stderr, "usage : relance interrupt") {
		t.Fatalf("without --by: %+v", r)
	}
	if r := runCLI(t, data, "interrupt", "F-2024-1201", "--on", "2026-11-20", "--by", "lettre"); r.code != 2 || !strings.Contains(r.stderr, "--by « lettre » inconnu") {
		t.Fatalf("unknown --by: %+v", r)
	}
	r := runCLI(t, data, "interrupt", "F-2024-1201", "--on", "20/11/2026", "--by", "injonction", "--note", "requête déposée au greffe")
	if r.code != 0 || !strings.Contains(r.stdout, "prescription interrompue le 20/11/2026") || !strings.Contains(r.stdout, "2241") {
		t.Fatalf("%+v", r)
	}
	env = openData(t, data)
	defer env.Store.Close()
	today, err := app.CommandBindings(env).Chase.Today()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range today.Notices {
		if n.Kind == dunning.LimitationNear {
			t.Fatalf("still warned after the interruption: %+v", n)
		}
	}
}
