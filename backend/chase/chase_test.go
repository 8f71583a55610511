package chase

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"relance/backend"
	"relance/backend/dunning"
	"relance/backend/service"
	"relance/backend/sms"
	"relance/backend/store"
)

// The chase over a real store, with the rest of the product faked: the mailbox and SMS are not set up, and letters
// are counted per client instead of produced.

// noMail is a product whose mailbox and SMS are not set up.
type noMail struct{}

func (noMail) MailReady() (Mailbox, string, error) { return nil, "messagerie non configurée", nil }
func (noMail) DailyCap() (int, error)              { return 200, nil }
func (noMail) SMSReady() (string, error)           { return "SMS non configurés", nil }
func (noMail) SMSSettings() (sms.Settings, error)  { return sms.Settings{}, nil }
func (noMail) SMSText(uint64, []uint64, string, backend.Date) (string, []string, error) {
	return "", nil, nil
}

// letters counts the letters produced, per client.
type letters struct {
	mu sync.Mutex
	n  map[uint64]int
}

func (l *letters) produce(act dunning.Action) (string, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.n == nil {
		l.n = map[uint64]int{}
	}
	l.n[act.ClientID]++
	return "Lettre de relance", nil
}

func (l *letters) of(clientID uint64) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.n[clientID]
}

// testChase is the chase over an empty store, on Monday 23/11/2026 at 10:00 in Paris.
func testChase(tb testing.TB) (*Service, *store.Store, *letters) {
	tb.Helper()
	clock := backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))
	st, err := store.Open(filepath.Join(tb.TempDir(), store.FileName), store.Options{Clock: clock})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	l := &letters{}
	s := New(&service.Deps{Store: st, Clock: clock}, Ports{Messages: noMail{}, Letter: l.produce})
	return s, st, l
}

// overdueLedger has a business client with invoices due 31/08 and 15/10/2026 (and one not due), and a consumer with
// one due 01/10/2026, both chased by scenario sc.
func overdueLedger(t *testing.T, sc backend.Scenario) (*Service, *store.Store, *letters, backend.Client, backend.Client) {
	t.Helper()
	s, st, l := testChase(t)
	co := backend.Company{LegalName: "Atelier Dupont", LegalForm: "SARL", SIREN: "552081317", PaymentTermsDays: 30,
		Signatory: backend.Signatory{FirstName: "Claire", LastName: "Dupont", Title: "Gérante"}}
	if err := st.SaveCompany(&co); err != nil {
		t.Fatal(err)
	}
	biz := backend.Client{Code: "MEN", Name: "Menuiserie Lefèvre", Type: backend.Business}
	cons := backend.Client{Code: "PET", Name: "Mme Claire Petit", Type: backend.Consumer}
	for _, c := range []*backend.Client{&biz, &cons} {
		if err := st.SaveClient(c); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []struct {
		number, issued, due string
		client              uint64
		net, vat            backend.Cents
	}{
		{"F-2026-0101", "2026-08-01", "2026-08-31", biz.ID, 100000, 20000},
		{"F-2026-0102", "2026-09-15", "2026-10-15", biz.ID, 50000, 10000},
		{"F-2026-0103", "2026-11-10", "2026-12-10", biz.ID, 1000, 0},
		{"F-2026-0201", "2026-09-01", "2026-10-01", cons.ID, 30000, 6000},
	} {
		inv := backend.Invoice{Number: f.number, ClientID: f.client, IssueDate: backend.MustDate(f.issued), DueDate: backend.MustDate(f.due),
			AmountExclTax: f.net, VATAmount: f.vat, AmountInclTax: f.net + f.vat}
		if err := st.SaveInvoice(&inv); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.SaveScenario(sc); err != nil {
		t.Fatal(err)
	}
	for _, c := range []backend.Client{biz, cons} {
		if _, err := s.SetClientScenario(c.ID, sc.ID); err != nil {
			t.Fatal(err)
		}
	}
	return s, st, l, biz, cons
}

// today is the day's actions by the list « Aujourd'hui » shows them in.
func today(t testing.TB, s *Service) map[List][]Planned {
	t.Helper()
	d, err := s.Today()
	if err != nil {
		t.Fatal(err)
	}
	lists := map[List][]Planned{}
	for _, p := range d.Actions {
		lists[ListOf(p)] = append(lists[ListOf(p)], p)
	}
	return lists
}

var letterToReview = backend.Scenario{ID: "courrier", Name: "Courrier", Steps: []backend.Step{
	{ID: "lettre", Name: "Lettre de relance", Anchor: backend.AfterDue, Days: 10, Channel: backend.ChannelLetter, Template: "reminder1", Review: true},
}}

func TestDisputePromisePauseStopTheChase(t *testing.T) {
	s, st, _, biz, _ := overdueLedger(t, letterToReview)
	first, _ := st.InvoiceByNumber("F-2026-0101")
	second, _ := st.InvoiceByNumber("F-2026-0102")
	mine := func() []Planned {
		return slices.DeleteFunc(today(t, s)[ToReview], func(p Planned) bool { return p.Action.ClientID != biz.ID })
	}
	if _, err := s.SetDispute(first.ID, "bogus", ""); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("unknown reason accepted: %v", err)
	}
	iv, err := s.SetDispute(first.ID, "quality", "rayures sur la porte")
	if err != nil || !strings.Contains(iv.Status, "litige") {
		t.Fatalf("%+v %v", iv, err)
	}
	if r := mine(); len(r) != 1 || len(r[0].Action.InvoiceIDs) != 1 || r[0].Action.InvoiceIDs[0] != second.ID {
		t.Fatalf("the disputed invoice is still chased: %+v", r)
	}
	if _, err := s.SetPromise(second.ID, "2026-11-30", "virement annoncé"); err != nil {
		t.Fatal(err)
	}
	if r := mine(); len(r) != 0 {
		t.Fatalf("promise did not pause: %+v", r)
	}
	if _, err := s.ResolveDispute(first.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PauseClient(biz.ID, "2026-12-15", "fermeture annuelle"); err != nil {
		t.Fatal(err)
	}
	if r := mine(); len(r) != 0 {
		t.Fatalf("pause did not hold: %+v", r)
	}
	cv, _ := s.ResumeClient(biz.ID)
	if cv.Chase.Pause != nil || cv.ScenarioID != "courrier" {
		t.Fatalf("%+v", cv)
	}
	if r := mine(); len(r) != 1 {
		t.Fatalf("resolved dispute not chased again: %+v", r)
	}
}

func TestCallOutcomePromise(t *testing.T) {
	s, st, _, biz, _ := overdueLedger(t, letterToReview)
	sc := backend.Scenario{ID: "appel", Name: "Appel", Steps: []backend.Step{
		{ID: "appel", Name: "Appel", Anchor: backend.AfterDue, Days: 5, Channel: backend.ChannelCall, Template: "call_script"},
	}}
	if _, err := s.SaveScenario(sc); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetClientScenario(biz.ID, "appel"); err != nil {
		t.Fatal(err)
	}
	calls := today(t, s)[ToCall]
	if len(calls) != 1 {
		t.Fatalf("call list: %+v", calls)
	}
	id := calls[0].Action.ID
	script, err := s.CallScript(id)
	if err != nil || !strings.Contains(strings.Join(script.Script, " "), "Atelier Dupont") || script.Total != 180000 {
		t.Fatalf("%+v %v", script, err)
	}
	if err := s.RecordCall(id, "promise", "", ""); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("promise without a date: %v", err)
	}
	if err := s.RecordCall(id, "promise", "04/12/2026", "virement"); err != nil {
		t.Fatal(err)
	}
	if l := today(t, s); len(l[ToCall]) != 0 || len(l[Done]) != 1 {
		t.Fatalf("after the call: %+v", l)
	}
	first, _ := st.InvoiceByNumber("F-2026-0101")
	iv, _ := s.InvoiceChase(first.ID)
	if iv.Chase.Promise == nil || iv.Chase.Promise.Until != backend.MustDate("2026-12-04") || len(iv.Chase.StepsDone) != 1 || iv.Chase.StepsDone[0].Outcome != "promise" {
		t.Fatalf("%+v", iv.Chase)
	}
}

// bulkLedger has n business clients, each with one invoice due 31/10/2026 chased by an e-mail step to review; the
// mailbox is not set up, so approved e-mails wait in « À envoyer ».
func bulkLedger(t testing.TB, n int) (*Service, *store.Store, []string) {
	t.Helper()
	s, st, _ := testChase(t)
	sc := backend.Scenario{ID: "revue", Name: "Revue", Steps: []backend.Step{
		{ID: "r1", Name: "Relance 1", Anchor: backend.AfterDue, Days: 10, Channel: backend.ChannelEmail, Template: "reminder1", Review: true},
	}}
	if _, err := s.SaveScenario(sc); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		c := backend.Client{Code: fmt.Sprintf("C%04d", i), Name: fmt.Sprintf("Client %04d", i), Type: backend.Business, Email: fmt.Sprintf("compta%d@example.com", i)}
		if err := st.SaveClient(&c); err != nil {
			t.Fatal(err)
		}
		inv := backend.Invoice{Number: fmt.Sprintf("F-2026-%04d", i), ClientID: c.ID, IssueDate: backend.MustDate("2026-10-01"),
			DueDate: backend.MustDate("2026-10-31"), AmountExclTax: 10000, AmountInclTax: 10000}
		if err := st.SaveInvoice(&inv); err != nil {
			t.Fatal(err)
		}
		if _, err := s.SetClientScenario(c.ID, "revue"); err != nil {
			t.Fatal(err)
		}
	}
	review := today(t, s)[ToReview]
	if len(review) != n {
		t.Fatalf("%d actions to review, want %d", len(review), n)
	}
	ids := make([]string, n)
	for i, p := range review {
		ids[i] = p.Action.ID
	}
	return s, st, ids
}

func TestBulkApproveSkipPostpone(t *testing.T) {
	s, st, ids := bulkLedger(t, 6)

	res, err := s.ApproveMany(append(slices.Clone(ids[:2]), "gone", ids[0]))
	if err != nil {
		t.Fatal(err)
	}
	if res.Done != 2 || len(res.Failed) != 1 || res.Failed[0].ActionID != "gone" || res.Failed[0].Message == "" {
		t.Fatalf("approve: done %d failed %+v", res.Done, res.Failed)
	}
	l := today(t, s)
	if len(l[ToReview]) != 4 || len(l[ToSend]) != 2 {
		t.Fatalf("after approval: %d to review, %d to send", len(l[ToReview]), len(l[ToSend]))
	}
	for _, p := range l[ToSend] {
		if !p.Approved || p.Pending != "messagerie non configurée" || !slices.Contains(ids[:2], p.Action.ID) {
			t.Fatalf("approved e-mail: %+v", p)
		}
	}

	res, err = s.SkipMany(ids[2:4], "client appelé")
	if l = today(t, s); err != nil || res.Done != 2 || len(res.Failed) != 0 || len(l[ToReview]) != 2 || len(l[Skipped]) != 2 {
		t.Fatalf("skip: %+v %v, %d to review, %d skipped", res, err, len(l[ToReview]), len(l[Skipped]))
	}
	// Skipping again says it was already done instead of writing twice.
	if res, err = s.SkipMany(ids[2:3], ""); err != nil || res.Done != 0 || len(res.Failed) != 1 {
		t.Fatalf("second skip: %+v %v", res, err)
	}

	if _, err := s.PostponeMany(ids[4:], "2026-11-23"); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("postponed to today: %v", err)
	}
	res, err = s.PostponeMany(ids[4:], "2026-12-01")
	if l = today(t, s); err != nil || res.Done != 2 || len(l[ToReview]) != 0 {
		t.Fatalf("postpone: %+v %v, %d to review", res, err, len(l[ToReview]))
	}
	for _, p := range l[Skipped] {
		if slices.Contains(ids[4:], p.Action.ID) {
			t.Fatalf("postponed action skipped: %+v", p)
		}
	}
	inv, _ := st.InvoiceByNumber("F-2026-0005")
	ic, _ := st.InvoiceChase(inv.ID)
	if ic.PostponedTo != backend.MustDate("2026-12-01") {
		t.Fatalf("postponed to %v", ic.PostponedTo)
	}
}

// One client whose letter is slow to produce: the run produces the other client's letter, says which one was too
// long, does not record it, never starts it twice while it goes on, and it is recorded once when it ends.
func TestSlowActionDoesNotHoldBackTheRun(t *testing.T) {
	letter := letterToReview
	letter.Steps = slices.Clone(letter.Steps)
	letter.Steps[0].Review = false
	s, st, l, biz, cons := overdueLedger(t, letter)
	// The business client's letter blocks until released, at the latest when the test ends; an action may take 2 s.
	var started atomic.Int32
	gate, hook, limit := make(chan struct{}), ActionHook, ActionTimeout
	release := sync.OnceFunc(func() { close(gate) })
	t.Cleanup(func() { release(); ActionHook, ActionTimeout = hook, limit })
	ActionTimeout, ActionHook = 2*time.Second, func(act dunning.Action) {
		if act.ClientID == biz.ID && act.Status != dunning.Done {
			started.Add(1)
			<-gate
		}
	}
	day := backend.Today(backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)))

	rep, err := s.Run(day, false)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Letters != 1 || l.of(cons.ID) != 1 || l.of(biz.ID) != 0 || len(rep.Slow) != 1 {
		t.Fatalf("letters %d, produced %d/%d, slow %+v", rep.Letters, l.of(cons.ID), l.of(biz.ID), rep.Slow)
	}
	slow := rep.Slow[0]
	for _, want := range []string{"Lettre de relance pour Menuiserie Lefèvre (F-2026-0101, F-2026-0102)", "trop longue", "plus de 2 s",
		"reprise au prochain passage"} {
		if !strings.Contains(slow.Message, want) {
			t.Errorf("slow message lacks %q: %s", want, slow.Message)
		}
	}
	if done, _ := st.Executed(slow.ActionID); done {
		t.Fatal("the slow action is recorded as done")
	}
	if n, _ := rep.Waiting(); n != 0 || !rep.TooSlow(slow.ActionID) {
		t.Fatalf("waiting %d, too slow %v", n, rep.TooSlow(slow.ActionID))
	}

	// While it goes on, neither the next run nor an approval starts it again.
	if rep, err = s.Run(day, false); err != nil {
		t.Fatal(err)
	}
	if len(rep.Slow) != 1 || !strings.Contains(rep.Slow[0].Message, "toujours en cours depuis 10:00") || rep.Executed != 0 {
		t.Fatalf("second run: executed %d, slow %+v", rep.Executed, rep.Slow)
	}
	act, err := s.Find(slow.ActionID)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Approve(act.ID); err != nil {
		t.Fatalf("approval while it runs: %v", err)
	}
	if res, err := s.ApproveMany([]string{act.ID}); err != nil || len(res.Failed) != 0 {
		t.Fatalf("approval of a selection while it runs: %+v %v", res, err)
	}
	if n := started.Load(); n != 1 || l.of(biz.ID) != 0 {
		t.Fatalf("the slow letter was started %d times, produced %d", n, l.of(biz.ID))
	}

	// It ends after its run stopped waiting: recorded once, by itself.
	release()
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		if _, ok := s.StillRunning(slow.ActionID); !ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the slow action never ended")
		}
	}
	if done, _ := st.Executed(slow.ActionID); !done || l.of(biz.ID) != 1 {
		t.Fatalf("late end: recorded %v, %d letters", done, l.of(biz.ID))
	}
	if rep, err = s.Run(day, false); err != nil {
		t.Fatal(err)
	}
	if rep.Executed != 0 || len(rep.Slow) != 0 || l.of(biz.ID) != 1 || l.of(cons.ID) != 1 {
		t.Fatalf("after: executed %d, slow %+v, letters %d/%d", rep.Executed, rep.Slow, l.of(biz.ID), l.of(cons.ID))
	}
	if n := len(today(t, s)[Done]); n != 2 {
		t.Fatalf("%d done today", n)
	}
}

// A letter with nothing left to claim passes the step over, saying why, instead of stopping the run.
func TestNothingToClaimPassesTheStepOver(t *testing.T) {
	letter := letterToReview
	letter.Steps = slices.Clone(letter.Steps)
	letter.Steps[0].Review = false
	s, _, _, biz, cons := overdueLedger(t, letter)
	s.ports.Letter = func(act dunning.Action) (string, error) {
		if act.ClientID == biz.ID {
			return "", &NothingToClaim{Err: backend.Errorf(backend.EINVALID, "Pas de lettre pour %s : son crédit couvre tout.", act.ClientName)}
		}
		return "Lettre de relance", nil
	}
	rep, err := s.Run(backend.MustDate("2026-11-23"), false)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range rep.Actions {
		switch p.Action.ClientID {
		case biz.ID:
			if p.Action.Status != dunning.Skipped || p.Action.Reason != "Pas de lettre pour Menuiserie Lefèvre : son crédit couvre tout." {
				t.Errorf("passed over: %+v", p)
			}
		case cons.ID:
			if p.Action.Status != dunning.Done {
				t.Errorf("produced: %+v", p)
			}
		}
	}
	if rep.Executed != 2 || rep.Letters != 1 {
		t.Fatalf("executed %d, letters %d", rep.Executed, rep.Letters)
	}
}

// The lists of « Aujourd'hui »: done and passed over first, then what waits for a review not given, calls, tasks,
// and what goes out.
func TestListOf(t *testing.T) {
	act := func(st dunning.Status, ch backend.Channel) dunning.Action {
		return dunning.Action{Status: st, Channel: ch}
	}
	for _, tc := range []struct {
		p    Planned
		want List
	}{
		{Planned{Action: act(dunning.Done, backend.ChannelCall)}, Done},
		{Planned{Action: act(dunning.Skipped, backend.ChannelEmail)}, Skipped},
		{Planned{Action: act(dunning.NeedsReview, backend.ChannelCall)}, ToReview},
		{Planned{Action: act(dunning.NeedsReview, backend.ChannelCall), Approved: true}, ToCall},
		{Planned{Action: act(dunning.NeedsReview, backend.ChannelEmail), Approved: true}, ToSend},
		{Planned{Action: act(dunning.Due, backend.ChannelTask)}, Tasks},
		{Planned{Action: act(dunning.Due, backend.ChannelLetter)}, ToSend},
	} {
		if got := ListOf(tc.p); got != tc.want {
			t.Errorf("%+v: %d, want %d", tc.p, got, tc.want)
		}
	}
}

// BenchmarkBulkApprove approves 200 e-mails to review: one Approve per action, with the page after each (what the
// window did), against one ApproveMany and the page. The one-by-one cost grows with the square of the number of
// actions (each call plans the day and checks every waiting e-mail again).
func BenchmarkBulkApprove(b *testing.B) {
	const n = 200
	b.Run("one_by_one", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			s, _, ids := bulkLedger(b, n)
			b.StartTimer()
			for _, id := range ids {
				if err := s.Approve(id); err != nil {
					b.Fatal(err)
				}
				today(b, s)
			}
		}
	})
	b.Run("approve_many", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			s, _, ids := bulkLedger(b, n)
			b.StartTimer()
			if res, err := s.ApproveMany(ids); err != nil || res.Done != n {
				b.Fatal(res.Done, err)
			}
			today(b, s)
		}
	})
}
