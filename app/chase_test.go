package app

import (
	"slices"
	"strings"
	"testing"

	"relance/app/apptest"
	"relance/backend"
)

// A scenario with one letter step to review, assigned to the business client of ledgerWithOverdue (invoices due
// 31/08 and 15/10/2026, today 23/11/2026).
func chaseLedger(t *testing.T) (*Env, *ChaseAPI, backend.Client) {
	env, biz, _ := ledgerWithOverdue(t)
	apptest.ChaseLedger(t, &env.Deps, biz)
	return env, &ChaseAPI{env: env}, biz
}

func TestReviewApproveProducesTheLetterOnce(t *testing.T) {
	env, api, biz := chaseLedger(t)
	v, err := api.Today()
	if err != nil {
		t.Fatal(err)
	}
	if len(v.ToReview) != 1 || v.ToReview[0].Action.ClientID != biz.ID || len(v.ToReview[0].Action.InvoiceIDs) != 2 {
		t.Fatalf("review queue: %+v", v.ToReview)
	}
	id := v.ToReview[0].Action.ID
	// A run does not send what waits for review.
	if _, err := api.service().Run(backend.Today(env.Clock), false); err != nil {
		t.Fatal(err)
	}
	if docs, _ := env.Store.ClientDocuments(biz.ID); len(docs) != 0 {
		t.Fatalf("a run produced the letter waiting for review: %+v", docs)
	}
	v, err = api.Approve(id)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.ToReview) != 0 || len(v.Done) != 1 || v.Done[0].Action.ID != id {
		t.Fatalf("after approval: review %d done %+v", len(v.ToReview), v.Done)
	}
	docs, _ := env.Store.ClientDocuments(biz.ID)
	if len(docs) != 1 || docs[0].Kind != backend.DocReminderLetter {
		t.Fatalf("documents: %+v", docs)
	}
	// Approving again, or running again, never produces a second letter.
	if _, err := api.Approve(id); backend.ErrorCode(err) != backend.ECONFLICT {
		t.Fatalf("second approval: %v", err)
	}
	if _, err := api.service().Run(backend.Today(env.Clock), false); err != nil {
		t.Fatal(err)
	}
	if docs, _ := env.Store.ClientDocuments(biz.ID); len(docs) != 1 {
		t.Fatalf("%d documents after a second run", len(docs))
	}
	ev, _ := env.Store.ClientEvents(biz.ID, 10)
	found := false
	for _, e := range ev {
		found = found || strings.Contains(e.Summary, "Lettre de relance générée pour F-2026-0101, F-2026-0102")
	}
	if !found {
		t.Fatalf("timeline: %+v", ev)
	}
}

func TestPaymentPlanChasesEachInstalment(t *testing.T) {
	env, api, _ := chaseLedger(t)
	first, _ := env.Store.InvoiceByNumber("F-2026-0101") // 1 200 € due 31/08
	short := backend.PaymentPlan{Instalments: []backend.Instalment{{DueDate: backend.MustDate("2026-12-15"), Amount: 60000}}}
	if _, err := api.SetPaymentPlan(first.ID, short); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("a plan not covering the debt was accepted: %v", err)
	}
	plan := backend.PaymentPlan{Instalments: []backend.Instalment{{DueDate: backend.MustDate("2026-12-15"), Amount: 60000},
		{DueDate: backend.MustDate("2027-01-15"), Amount: 60000}}}
	iv, err := api.SetPaymentPlan(first.ID, plan)
	if err != nil || iv.Chase.Plan == nil || len(iv.Chase.Plan.Instalments) != 2 {
		t.Fatalf("%+v %v", iv, err)
	}
	// Today only the other invoice is overdue: the instalments are not due yet.
	v, _ := api.Today()
	for _, av := range v.ToReview {
		if slices.Contains(av.Action.InvoiceIDs, first.ID) {
			t.Fatalf("an invoice under a payment plan chased before its instalments: %+v", av.Action)
		}
	}
	if iv, err = api.SetPaymentPlan(first.ID, backend.PaymentPlan{}); err != nil || iv.Chase.Plan != nil {
		t.Fatalf("plan not removed: %+v %v", iv.Chase, err)
	}
}
