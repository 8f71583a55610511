package app

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"relance/app/apptest"
	"relance/backend"
	"relance/backend/bodacc/bodacctest"
)

// bodaccStandIn serves the BODACC fixtures (backend/bodacc/bodacctest).
func bodaccStandIn(t *testing.T) *bodacctest.Server {
	t.Helper()
	srv := apptest.Bodacc(t)
	t.Setenv(BodaccURLEnv, srv.URL)
	return srv
}

// watchedLedger is apptest.WatchedLedger over ledgerWithOverdue, with the registers' stand-ins.
func watchedLedger(t *testing.T) (*Env, backend.Client) {
	env, biz, _ := ledgerWithOverdue(t)
	biz, reg := apptest.WatchedLedger(t, env.Store, biz)
	t.Setenv(SireneURLEnv, reg.Directory)
	t.Setenv(BodaccURLEnv, reg.Bodacc.URL)
	return env, biz
}

func TestReminderFifteenDaysBeforeTheDeadline(t *testing.T) {
	env, biz := watchedLedger(t)
	api := &WatchAPI{env: env}
	if _, err := api.CheckClient(biz.ID); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		day  string
		kind string
	}{{"2026-12-06", string(ClaimDeadline)}, {"2026-12-07", string(ClaimDeadlineSoon)}, {"2026-12-23", string(ClaimDeadlineSoon)}} {
		ns, err := deadlineNotices(env, backend.MustDate(tc.day))
		if err != nil || len(ns) != 1 || string(ns[0].Kind) != tc.kind {
			t.Errorf("%s: %v %+v", tc.day, err, ns)
		}
	}
	ns, _ := deadlineNotices(env, backend.MustDate("2026-12-23"))
	if !strings.HasPrefix(ns[0].Message, "Délai de déclaration dépassé depuis le 22/12/2026") {
		t.Errorf("after the deadline: %q", ns[0].Message)
	}
	// Six months after the publication (22/04/2027) the relief from foreclosure is out of time too: « Aujourd'hui »
	// says nothing more, the client page says why.
	if ns, _ := deadlineNotices(env, backend.MustDate("2027-04-22")); len(ns) != 1 {
		t.Errorf("on the last day of the relief: %+v", ns)
	}
	if ns, _ := deadlineNotices(env, backend.MustDate("2027-04-23")); len(ns) != 0 {
		t.Errorf("after the relief's six months: %+v", ns)
	}
	env.Clock = backend.FixedClock(time.Date(2027, 4, 23, 9, 0, 0, 0, time.UTC))
	if v, err := api.Client(biz.ID); err != nil || !strings.Contains(strings.Join(v.Advice, " "), "n'est plus payée par la procédure") {
		t.Errorf("%v %+v", err, v.Advice)
	}
	env.Clock = backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))
	// The desktop reminder goes out once, 15 days before.
	var got []string
	env.Emitter = notifyRecorder{&got}
	api.remind(backend.MustDate("2026-12-06"))
	api.remind(backend.MustDate("2026-12-07"))
	api.remind(backend.MustDate("2026-12-08"))
	if len(got) != 1 || !strings.Contains(got[0], "Déclarez votre créance avant le 22/12/2026 (encore 15 jours)") {
		t.Errorf("notifications %q", got)
	}
}

type notifyRecorder struct{ got *[]string }

func (notifyRecorder) Emit(string, any)            {}
func (n notifyRecorder) Notify(title, body string) { *n.got = append(*n.got, title+" | "+body) }

func TestDailyWatchOnlyWhenOptedIn(t *testing.T) {
	env, biz := watchedLedger(t)
	srv := bodaccStandIn(t)
	api := &WatchAPI{env: env}
	api.daily(context.Background())
	if srv.Requests.Load() != 0 {
		t.Fatal("the daily watch asked the BODACC without the owner's consent")
	}
	v, err := api.SetEnabled(true)
	if err != nil || !v.Enabled || v.Clients != 1 || !strings.Contains(v.Sent, "uniquement les numéros SIREN") {
		t.Fatalf("%v %+v", err, v)
	}
	api.daily(context.Background())
	api.daily(context.Background()) // the same day: once
	if n := srv.Requests.Load(); n != 1 {
		t.Fatalf("%d requests, want 1", n)
	}
	// Offline the next day: nothing is concluded, the day is not marked done, the next hour tries again.
	env.Clock = backend.FixedClock(env.Clock.Now().Add(24 * time.Hour))
	down := httptest.NewServer(http.NotFoundHandler())
	down.Close()
	t.Setenv(BodaccURLEnv, down.URL)
	t.Setenv(SireneURLEnv, down.URL)
	api.daily(context.Background())
	if v, _ := api.Settings(); v.LastRun != "2026-11-23" {
		t.Errorf("an offline day was marked done: last run %q", v.LastRun)
	}
	if c, _, _ := env.Store.CompanyCheck(biz.ID); c.Current() == nil {
		t.Error("offline, the proceeding known was lost")
	}
	if v, _ := api.Settings(); v.LastRun != "2026-11-23" {
		t.Errorf("last run %q", v.LastRun)
	}
}

func TestOverindebtedConsumer(t *testing.T) {
	env, _, cons := ledgerWithOverdue(t)
	api := &WatchAPI{env: env}
	if _, err := api.SetOverindebted(cons.ID, "2026-12-01"); err == nil || !strings.Contains(err.Error(), "dans le futur") {
		t.Fatalf("future date: %v", err)
	}
	if _, err := api.SetOverindebted(cons.ID, "31/02/2026"); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("bad date: %v", err)
	}
	v, err := api.SetOverindebted(cons.ID, "2026-11-02")
	if err != nil || v.Overindebted != "2026-11-02" || len(v.OverindebtedRules) < 4 ||
		!strings.HasPrefix(v.OverindebtedRules[0], "Vous ne pouvez plus : relancer pour les sommes dues au 02/11/2026") ||
		v.StopReason != "Dossier de surendettement déclaré recevable le 02/11/2026" {
		t.Fatalf("%v %+v", err, v)
	}
	today, err := (&ChaseAPI{env: env}).Today()
	if err != nil {
		t.Fatal(err)
	}
	for _, list := range [][]ActionView{today.ToSend, today.ToReview, today.ToCall, today.Tasks} {
		for _, av := range list {
			if av.Action.ClientID == cons.ID {
				t.Errorf("consumer in surendettement still chased: %+v", av.Action)
			}
		}
	}
	if _, err := api.SetOverindebted(cons.ID+100, "2026-11-02"); backend.ErrorCode(err) != backend.ENOTFOUND {
		t.Errorf("unknown client: %v", err)
	}
	biz, _ := env.Store.ClientByCode("MEN")
	if _, err := api.SetOverindebted(biz.ID, "2026-11-02"); err == nil || !strings.Contains(err.Error(), "est une entreprise") {
		t.Errorf("business: %v", err)
	}
}

// A formal notice, a letter or a court file no longer claims what the proceeding stops: the invoices born before
// the judgment are left out with the reason; an invoice issued after it stays claimable.
func TestLettersLeaveOutWhatTheProceedingStops(t *testing.T) {
	env, biz := watchedLedger(t)
	docs := &DocumentsAPI{env: env}
	inv, err := env.Store.InvoiceByNumber("F-2026-0101")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := docs.NoticeDraft(NoticeRequest{InvoiceID: inv.ID}); err != nil {
		t.Fatalf("before the watch, the notice is possible: %v", err)
	}
	if _, err := (&WatchAPI{env: env}).CheckClient(biz.ID); err != nil {
		t.Fatal(err)
	}
	_, err = docs.NoticeDraft(NoticeRequest{InvoiceID: inv.ID})
	if backend.ErrorCode(err) != backend.EINVALID || !strings.Contains(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(backend.ErrorMessage(err)),
		"facture F-2026-0101 (1 200,00 €) : Redressement judiciaire ouvert le 14/10/2026 par le tribunal de commerce de Lyon ; à déclarer au mandataire judiciaire") {
		t.Fatalf("notice during the proceeding: %v", err)
	}
	if _, err := docs.GenerateDossier(biz.ID, true); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("court file during the proceeding: %v", err)
	}
	// An invoice issued after the judgment, overdue by now, is claimed as usual.
	late := backend.Invoice{Number: "F-2026-0150", ClientID: biz.ID, IssueDate: backend.MustDate("2026-10-20"), DueDate: backend.MustDate("2026-11-19"),
		AmountExclTax: 10000, AmountInclTax: 10000}
	if err := env.Store.SaveInvoice(&late); err != nil {
		t.Fatal(err)
	}
	d, err := docs.NoticeDraft(NoticeRequest{InvoiceID: late.ID})
	if err != nil || len(d.Lines) != 1 || d.Lines[0].Number != "F-2026-0150" || len(d.LeftOut) != 2 {
		t.Fatalf("%v %+v", err, d)
	}
}
