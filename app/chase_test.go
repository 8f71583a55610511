package app

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"relance/backend"
)

// A scenario with one letter step to review, assigned to the business client of ledgerWithOverdue (invoices due
// 31/08 and 15/10/2026, today 23/11/2026).
func chaseLedger(t *testing.T) (*Env, *ChaseAPI, backend.Client) {
	env, biz, _ := ledgerWithOverdue(t)
	api := &ChaseAPI{env: env}
	sc := backend.Scenario{ID: "courrier", Name: "Courrier", Steps: []backend.Step{
		{ID: "lettre", Name: "Lettre de relance", Anchor: backend.AfterDue, Days: 10, Channel: backend.ChannelLetter, Template: "reminder1", Review: true},
	}}
	if _, err := api.SaveScenario(sc); err != nil {
		t.Fatal(err)
	}
	if _, err := api.SetClientScenario(biz.ID, "courrier"); err != nil {
		t.Fatal(err)
	}
	return env, api, biz
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

func TestCLIRunDisputePromisePause(t *testing.T) {
	env, _, _ := chaseLedger(t)
	data := env.Dirs.Data
	env.Store.Close()
	r := runCLI(t, data, "run", "--today", "2026-11-23", "--dry-run", "--json")
	var lines []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &lines); err != nil || r.code != 0 {
		t.Fatalf("%+v %v", r, err)
	}
	var review map[string]any
	for _, l := range lines {
		if l["client_code"] == "MEN" {
			review = l
		}
	}
	for _, k := range []string{"date", "client_code", "invoices", "step", "channel", "status", "reason"} {
		if _, ok := review[k]; !ok {
			t.Fatalf("run --json lacks %q: %v", k, review)
		}
	}
	if review["status"] != "needs_review" || review["channel"] != "letter" || review["date"] != "2026-11-23" {
		t.Fatalf("%v", review)
	}
	if r := runCLI(t, data, "dispute", "F-2026-0101", "--reason", "price"); r.code != 0 || !strings.Contains(r.stdout, "litige") {
		t.Fatalf("%+v", r)
	}
	if r := runCLI(t, data, "promise", "F-2026-0102", "--until", "2026-12-10"); r.code != 0 || !strings.Contains(r.stdout, "10/12/2026") {
		t.Fatalf("%+v", r)
	}
	if r := runCLI(t, data, "pause", "MEN", "--until", "2026-12-31", "--reason", "congés"); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	if r := runCLI(t, data, "pause", "MEN", "--until", "2026-12-31"); r.code != 2 {
		t.Fatalf("pause without reason: %+v", r)
	}
	r = runCLI(t, data, "run", "--today", "2026-11-23", "--json")
	if err := json.Unmarshal([]byte(r.stdout), &lines); err != nil {
		t.Fatal(err)
	}
	for _, l := range lines {
		if l["client_code"] == "MEN" {
			t.Fatalf("paused client still chased: %v", l)
		}
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
