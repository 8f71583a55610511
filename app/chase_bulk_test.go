package app

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"relance/app/desktop"
	"relance/backend/service"

	"relance/backend"
	"relance/backend/store"
)

// bulkLedger has n business clients, each with one invoice due 31/10/2026 (today 23/11/2026) chased by an e-mail
// step to review; the mailbox is not set up, so approved e-mails wait in « À envoyer ».
func bulkLedger(tb testing.TB, n int) (*Env, *ChaseAPI, []string) {
	tb.Helper()
	dir := tb.TempDir()
	clock := backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))
	st, err := store.Open(filepath.Join(dir, store.FileName), store.Options{Clock: clock})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	env := &Env{Deps: service.Deps{Store: st, Clock: clock, Emitter: NopEmitter{}}, Dirs: desktop.ResolveDirs(dir)}
	api := &ChaseAPI{env: env}
	sc := backend.Scenario{ID: "revue", Name: "Revue", Steps: []backend.Step{
		{ID: "r1", Name: "Relance 1", Anchor: backend.AfterDue, Days: 10, Channel: backend.ChannelEmail, Template: "reminder1", Review: true},
	}}
	if _, err := api.SaveScenario(sc); err != nil {
		tb.Fatal(err)
	}
	for i := range n {
		c := backend.Client{Code: fmt.Sprintf("C%04d", i), Name: fmt.Sprintf("Client %04d", i), Type: backend.Business, Email: fmt.Sprintf("compta%d@example.com", i)}
		if err := env.Store.SaveClient(&c); err != nil {
			tb.Fatal(err)
		}
		inv := backend.Invoice{Number: fmt.Sprintf("F-2026-%04d", i), ClientID: c.ID, IssueDate: backend.MustDate("2026-10-01"),
			DueDate: backend.MustDate("2026-10-31"), AmountExclTax: 10000, AmountInclTax: 10000}
		if err := env.Store.SaveInvoice(&inv); err != nil {
			tb.Fatal(err)
		}
		if _, err := api.SetClientScenario(c.ID, "revue"); err != nil {
			tb.Fatal(err)
		}
	}
	v, err := api.Today()
	if err != nil {
		tb.Fatal(err)
	}
	if len(v.ToReview) != n {
		tb.Fatalf("%d actions to review, want %d", len(v.ToReview), n)
	}
	ids := make([]string, n)
	for i, av := range v.ToReview {
		ids[i] = av.Action.ID
	}
	return env, api, ids
}

func TestBulkApproveSkipPostpone(t *testing.T) {
	env, api, ids := bulkLedger(t, 6)

	res, err := api.ApproveMany(append(slices.Clone(ids[:2]), "gone", ids[0]))
	if err != nil {
		t.Fatal(err)
	}
	if res.Done != 2 || len(res.Failed) != 1 || res.Failed[0].ActionID != "gone" || res.Failed[0].Message == "" {
		t.Fatalf("approve: done %d failed %+v", res.Done, res.Failed)
	}
	if len(res.View.ToReview) != 4 || len(res.View.ToSend) != 2 {
		t.Fatalf("after approval: %d to review, %d to send", len(res.View.ToReview), len(res.View.ToSend))
	}
	for _, av := range res.View.ToSend {
		if !av.Approved || av.Pending == "" || !slices.Contains(ids[:2], av.Action.ID) {
			t.Fatalf("approved e-mail: %+v", av)
		}
	}

	res, err = api.SkipMany(ids[2:4], "client appelé")
	if err != nil {
		t.Fatal(err)
	}
	if res.Done != 2 || len(res.Failed) != 0 || len(res.View.ToReview) != 2 || len(res.View.Skipped) != 2 {
		t.Fatalf("skip: done %d failed %+v, %d to review, %d skipped", res.Done, res.Failed, len(res.View.ToReview), len(res.View.Skipped))
	}
	// Skipping again says it was already done instead of writing twice.
	if res, err = api.SkipMany(ids[2:3], ""); err != nil || res.Done != 0 || len(res.Failed) != 1 {
		t.Fatalf("second skip: %+v %v", res, err)
	}

	if _, err := api.PostponeMany(ids[4:], "2026-11-23"); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("postponed to today: %v", err)
	}
	res, err = api.PostponeMany(ids[4:], "2026-12-01")
	if err != nil {
		t.Fatal(err)
	}
	if res.Done != 2 || len(res.View.ToReview) != 0 {
		t.Fatalf("postpone: done %d, %d to review", res.Done, len(res.View.ToReview))
	}
	for _, id := range ids[4:] {
		act := findIn(res.View.Skipped, id)
		if act != nil {
			t.Fatalf("postponed action skipped: %+v", act)
		}
	}
	inv, _ := env.Store.InvoiceByNumber("F-2026-0005")
	ic, _ := env.Store.InvoiceChase(inv.ID)
	if ic.PostponedTo != backend.MustDate("2026-12-01") {
		t.Fatalf("postponed to %v", ic.PostponedTo)
	}
}

func findIn(list []ActionView, id string) *ActionView {
	for i := range list {
		if list[i].Action.ID == id {
			return &list[i]
		}
	}
	return nil
}

// BenchmarkBulkApprove approves 200 e-mails to review: one Approve per action (what the window did) against one
// ApproveMany. The one-by-one cost grows with the square of the number of actions (each call plans the day and
// checks every waiting e-mail again).
func BenchmarkBulkApprove(b *testing.B) {
	const n = 200
	b.Run("one_by_one", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			_, api, ids := bulkLedger(b, n)
			b.StartTimer()
			for _, id := range ids {
				if _, err := api.Approve(id); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("approve_many", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			_, api, ids := bulkLedger(b, n)
			b.StartTimer()
			if res, err := api.ApproveMany(ids); err != nil || res.Done != n {
				b.Fatal(res.Done, err)
			}
		}
	})
}
