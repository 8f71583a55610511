package app

import (
	"strings"
	"testing"

	"relance/backend"
	"relance/backend/dunning"
)

// Issue 14, point 2: « Aujourd'hui » and the dashboard warn 60 days before an invoice becomes time-barred.
func TestLimitationWarnings(t *testing.T) {
	env, biz, cons := ledgerWithOverdue(t) // today 23/11/2026
	for _, inv := range []backend.Invoice{
		// Consumer, due 20/12/2024: last day 20/12/2026, 27 days away.
		{Number: "F-2024-1201", ClientID: cons.ID, IssueDate: backend.MustDate("2024-11-20"), DueDate: backend.MustDate("2024-12-20"), AmountExclTax: 20000, AmountInclTax: 20000},
		// Business, same due date: 5 years, no warning.
		{Number: "F-2024-1202", ClientID: biz.ID, IssueDate: backend.MustDate("2024-11-20"), DueDate: backend.MustDate("2024-12-20"), AmountExclTax: 20000, AmountInclTax: 20000},
		// Business, due 15/01/2022: last day 15/01/2027, 53 days away.
		{Number: "F-2022-0101", ClientID: biz.ID, IssueDate: backend.MustDate("2021-12-15"), DueDate: backend.MustDate("2022-01-15"), AmountExclTax: 30000, AmountInclTax: 30000},
		// Business, due 15/03/2022: 112 days away, not yet.
		{Number: "F-2022-0301", ClientID: biz.ID, IssueDate: backend.MustDate("2022-02-15"), DueDate: backend.MustDate("2022-03-15"), AmountExclTax: 30000, AmountInclTax: 30000},
		// Consumer, paid: nothing to warn about.
		{Number: "F-2024-1203", ClientID: cons.ID, IssueDate: backend.MustDate("2024-11-20"), DueDate: backend.MustDate("2024-12-20"), AmountExclTax: 20000, AmountInclTax: 20000, AmountPaid: 20000},
	} {
		if err := env.Store.SaveInvoice(&inv); err != nil {
			t.Fatal(err)
		}
	}
	today, err := (&ChaseAPI{env: env}).Today()
	if err != nil {
		t.Fatal(err)
	}
	var got []dunning.Notice
	for _, n := range today.Notices {
		if n.Kind == dunning.LimitationNear {
			got = append(got, n)
		}
	}
	if len(got) != 2 || got[0].InvoiceNumber != "F-2024-1201" || got[0].Date.String() != "2026-12-20" ||
		got[1].InvoiceNumber != "F-2022-0101" || got[1].Date.String() != "2027-01-15" {
		t.Fatalf("limitation notices: %+v", got)
	}
	for _, want := range []string{"F-2024-1201", "sera prescrite après le 20/12/2026", "L218-2", "requête en injonction de payer",
		"reconnaissance de dette", "Une mise en demeure seule n'interrompt pas la prescription", "2240 et 2241 du Code civil"} {
		if !strings.Contains(got[0].Message, want) {
			t.Errorf("%q lacks %q", got[0].Message, want)
		}
	}
	if !strings.Contains(got[1].Message, "L110-4") {
		t.Errorf("business warning: %s", got[1].Message)
	}
	dash, err := (&DashboardAPI{env: env}).Work()
	if err != nil {
		t.Fatal(err)
	}
	if len(dash.Limitations) != 2 || dash.Limitations[0].InvoiceNumber != "F-2024-1201" {
		t.Fatalf("dashboard: %+v", dash.Limitations)
	}
}
