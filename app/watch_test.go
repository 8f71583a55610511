package app

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"relance/backend"
	"relance/backend/bodacc/bodacctest"
)

// directoryStandIn answers the company directory's /search for the fixtures' SIRENs: active companies created in
// 2015, except the closed one.
func directoryStandIn(t *testing.T) {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query().Get("q")
		state, closed := "A", ""
		if q == bodacctest.Closed {
			state, closed = "C", `"date_fermeture":"2024-11-30",`
		}
		created := "2015-06-01"
		if q == bodacctest.None {
			created = "2026-06-01"
		}
		_, _ = w.Write([]byte(`{"results":[{"siren":"` + q + `","nom_raison_sociale":"SOCIÉTÉ ` + q + `","nature_juridique":"5710",` +
			`"etat_administratif":"` + state + `",` + closed + `"date_creation":"` + created + `","siege":{"siret":"","code_postal":"69003","libelle_commune":"LYON"}}],"total_results":1}`))
	}))
	t.Cleanup(srv.Close)
	t.Setenv(SireneURLEnv, srv.URL)
}

// bodaccStandIn serves the BODACC fixtures (backend/bodacc/bodacctest).
func bodaccStandIn(t *testing.T) *bodacctest.Server {
	t.Helper()
	srv := bodacctest.New()
	t.Cleanup(srv.Close)
	t.Setenv(BodaccURLEnv, srv.URL)
	return srv
}

// watchedLedger: the client MEN (business) of ledgerWithOverdue has the SIREN of a company in redressement
// judiciaire opened on 14/10/2026 (published 22/10/2026), on 23/11/2026.
func watchedLedger(t *testing.T) (*Env, backend.Client) {
	env, biz, _ := ledgerWithOverdue(t)
	biz.SIREN = bodacctest.Reorganisation
	if err := env.Store.SaveClient(&biz); err != nil {
		t.Fatal(err)
	}
	directoryStandIn(t)
	bodaccStandIn(t)
	return env, biz
}

func TestWatchStopsTheChaseAndCountsDownToTheDeclaration(t *testing.T) {
	env, biz := watchedLedger(t)
	api := &WatchAPI{env: env}
	rep, err := api.run(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Checked != 1 || len(rep.Changes) != 1 || len(rep.Errors) != 0 ||
		rep.Changes[0].Changes[0] != "BODACC : Jugement d'ouverture d'une procédure de redressement judiciaire du 14/10/2026 (tribunal de commerce de Lyon)" {
		t.Fatalf("report %+v", rep)
	}
	// The client page shows the proceeding, who to write to, and why the chase stopped.
	v, err := api.Client(biz.ID)
	if err != nil {
		t.Fatal(err)
	}
	if v.Proceeding == nil || v.Proceeding.Label != "Redressement judiciaire" || v.Proceeding.Court != "tribunal de commerce de Lyon" ||
		v.Proceeding.OpenedOn != "2026-10-14" || !strings.HasPrefix(v.Proceeding.Mandataire, "SELARL MJ Synergie") ||
		!strings.HasPrefix(v.Proceeding.Administrator, "SELARL AJ Partenaires") {
		t.Fatalf("proceeding %+v", v.Proceeding)
	}
	if v.StopReason != "Redressement judiciaire ouvert le 14/10/2026 par le tribunal de commerce de Lyon" || v.Deadline != "2026-12-22" ||
		v.DaysLeft != 29 || v.Declared || v.Created != "2015-06-01" || v.Closed {
		t.Fatalf("view %+v", v)
	}
	// « Aujourd'hui »: the countdown, and the chase of the invoices born before the judgment skipped with its reason.
	chase := &ChaseAPI{env: env}
	today, err := chase.Today()
	if err != nil {
		t.Fatal(err)
	}
	var notice string
	for _, n := range today.Notices {
		if n.Kind == ClaimDeadline {
			notice = n.Message
		}
	}
	if !strings.HasPrefix(notice, "Déclarez votre créance avant le 22/12/2026 (encore 29 jours) : Redressement judiciaire ouvert le 14/10/2026") {
		t.Errorf("notice %q in %+v", notice, today.Notices)
	}
	for _, list := range [][]ActionView{today.ToSend, today.ToReview, today.ToCall, today.Tasks} {
		for _, av := range list {
			for _, n := range av.Action.InvoiceNumbers {
				if n == "F-2026-0101" || n == "F-2026-0102" {
					t.Errorf("%s still chased: %+v", n, av.Action)
				}
			}
		}
	}
	data := env.Dirs.Data
	env.Store.Close()
	// relance run --json lists the client's actions as skipped, the proceeding as the reason.
	r := runCLI(t, data, "run", "--dry-run", "--json")
	var lines []runLine
	if err := json.Unmarshal([]byte(r.stdout), &lines); err != nil {
		t.Fatalf("%v: %+v", err, r)
	}
	skipped := 0
	for _, l := range lines {
		if l.ClientCode != "MEN" {
			continue
		}
		if l.Status != "skipped" || !strings.Contains(l.Reason, "Redressement judiciaire ouvert le 14/10/2026 par le tribunal de commerce de Lyon") {
			t.Errorf("MEN action %+v", l)
		}
		skipped++
	}
	if skipped == 0 {
		t.Errorf("no skipped action for MEN: %s", r.stdout)
	}
	// relance report --json has the deadline.
	r = runCLI(t, data, "report", "--json")
	var rf reportFigures
	if err := json.Unmarshal([]byte(r.stdout), &rf); err != nil || len(rf.ClaimDeadlines) != 1 || rf.ClaimDeadlines[0].Deadline != "2026-12-22" ||
		rf.ClaimDeadlines[0].ClientCode != "MEN" || rf.ClaimDeadlines[0].Owed != 180000 {
		t.Fatalf("report %v %+v", err, rf)
	}
	// A second watch learns nothing new.
	r = runCLI(t, data, "watch", "--once")
	if r.code != 0 || !strings.Contains(r.stdout, "1 client vérifié(s)") || !strings.Contains(r.stdout, "Aucun changement.") ||
		!strings.Contains(r.stdout, "MEN Menuiserie Lefèvre : Déclarez votre créance avant le 22/12/2026") {
		t.Fatalf("%+v", r)
	}
}

func TestClaimDeclarationFromTheLedger(t *testing.T) {
	env, biz := watchedLedger(t)
	api := &WatchAPI{env: env}
	if _, err := api.GenerateDeclaration(DeclarationRequest{ClientID: biz.ID}); err == nil || !strings.Contains(err.Error(), "aucun jugement d'ouverture connu") {
		t.Fatalf("declaration before any watch: %v", err)
	}
	if _, err := api.CheckClient(biz.ID); err != nil {
		t.Fatal(err)
	}
	data := env.Dirs.Data
	env.Store.Close()
	out := filepath.Join(t.TempDir(), "declaration.pdf")
	r := runCLI(t, data, "declaration", "--client", "MEN", "--registered", "1A 555", "--out", out)
	if r.code != 0 || !strings.Contains(r.stdout, "Déclaration de créance du 23/11/2026 écrite dans") ||
		!strings.Contains(r.stderr, "Factures émises après le jugement (F-2026-0103)") {
		t.Fatalf("%+v", r)
	}
	text := strings.Join(strings.Fields(pdfText(t, out)), " ")
	for _, want := range []string{"DÉCLARATION DE CRÉANCE", "SELARL MJ Synergie, prise en la personne de Me Lucie Martin", "230 rue Garibaldi",
		"69003 LYON", "Par jugement du 14 octobre 2026, le tribunal de commerce de Lyon a ouvert une procédure de redressement judiciaire à l'égard de Menuiserie Lefèvre (SIREN 523 456 788)",
		"Sommes échues à la date du jugement (14/10/2026)", "F-2026-0101", "Sommes à échoir après le jugement", "F-2026-0102", "15/10/2026",
		"à titre chirographaire", "Facture F-2026-0101 du 01/08/2026", "Lettre recommandée avec accusé de réception", "Claire Dupont"} {
		if !strings.Contains(text, want) {
			t.Errorf("declaration lacks %q", want)
		}
	}
	if strings.Contains(text, "F-2026-0103") {
		t.Error("an invoice issued after the judgment is declared")
	}
	// Posted: the claim counts as declared, the countdown stops.
	var id string
	if _, after, ok := strings.Cut(r.stdout, "Brouillon n° "); ok {
		id, _, _ = strings.Cut(after, " ")
	}
	if r := runCLI(t, data, "document", "sent", id, "--on", "2026-11-23", "--registered", "1A 555"); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	r = runCLI(t, data, "report", "--json")
	var rf reportFigures
	if err := json.Unmarshal([]byte(r.stdout), &rf); err != nil || len(rf.ClaimDeadlines) != 1 || !rf.ClaimDeadlines[0].Declared ||
		!strings.HasPrefix(rf.ClaimDeadlines[0].Message, "Créance déclarée le 23/11/2026") {
		t.Fatalf("%v %+v", err, rf)
	}
	// A consumer gets no declaration.
	if r := runCLI(t, data, "declaration", "--client", "PET", "--out", out); r.code != 1 || !strings.Contains(r.stderr, "est un particulier") {
		t.Fatalf("%+v", r)
	}
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

func TestWatchOfflineKeepsWhatWasKnown(t *testing.T) {
	env, biz := watchedLedger(t)
	api := &WatchAPI{env: env}
	if _, err := api.CheckClient(biz.ID); err != nil {
		t.Fatal(err)
	}
	down := httptest.NewServer(http.NotFoundHandler())
	down.Close()
	t.Setenv(BodaccURLEnv, down.URL)
	t.Setenv(SireneURLEnv, down.URL)
	data := env.Dirs.Data
	env.Store.Close()
	r := runCLI(t, data, "watch", "--once")
	if r.code != ExitIncomplete || !strings.Contains(r.stdout, "Non vérifié : Menuiserie Lefèvre (MEN) : L'annuaire des entreprises n'a pas pu être consulté") ||
		!strings.Contains(r.stdout, "Le BODACC n'a pas pu être consulté (connexion impossible") {
		t.Fatalf("%+v", r)
	}
	// The proceeding learned before is still there, and still stops the chase.
	r = runCLI(t, data, "report", "--json")
	if !strings.Contains(r.stdout, `"deadline": "2026-12-22"`) {
		t.Fatalf("%+v", r)
	}
}

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

func TestRiskCheck(t *testing.T) {
	env, biz := watchedLedger(t)
	api := &WatchAPI{env: env}
	// A company that is not a client: its sauvegarde and plan make it « Prudence ».
	v, err := api.Risk("398 765 438")
	if err != nil {
		t.Fatal(err)
	}
	if v.Verdict != VerdictCaution || v.Summary != "Prudence : procédure de sauvegarde en 2025" || v.ClientID != 0 ||
		!strings.Contains(v.Suggestion, "acompte") {
		t.Fatalf("%+v", v)
	}
	// A company with nothing published, created five months ago.
	v, err = api.Risk(bodacctest.None)
	if err != nil || v.Verdict != VerdictCaution || !strings.Contains(v.Summary, "créée il y a 5 mois") {
		t.Fatalf("%v %+v", err, v)
	}
	// A closed liquidation, the company closed.
	v, err = api.Risk(bodacctest.Closed)
	if err != nil || v.Verdict != VerdictUnfavourable || v.Summary != "Défavorable : entreprise fermée, radiée du registre du commerce, liquidation judiciaire en 2023" {
		t.Fatalf("%v %+v", err, v)
	}
	// The client MEN, by its code: the redressement, and two invoices overdue.
	v, err = api.Risk("men")
	if err != nil || v.ClientID != biz.ID || v.Verdict != VerdictUnfavourable || !strings.Contains(v.Summary, "redressement judiciaire en cours") {
		t.Fatalf("%v %+v", err, v)
	}
	var texts []string
	for _, r := range v.Reasons {
		texts = append(texts, r.Level+" "+r.Text)
	}
	all := strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(strings.Join(texts, "\n"))
	for _, want := range []string{"good Entreprise active, créée le 01/06/2015 (11 ans).", "info Forme juridique : SAS.",
		"bad Redressement judiciaire ouvert le 14/10/2026 par le tribunal de commerce de Lyon.",
		"info Aucune facture payée dans Relance : pas encore d'historique de paiement.", "bad 1 200,00 € échus depuis plus de 60 jours (1 800,00 € échus en tout)."} {
		if !strings.Contains(all, want) {
			t.Errorf("reasons lack %q:\n%s", want, all)
		}
	}
	if _, err := api.Risk("123456789"); backend.ErrorCode(err) != backend.EINVALID || !strings.Contains(backend.ErrorMessage(err), "ni un code client connu ni un SIREN valide") {
		t.Errorf("bad query: %v", err)
	}
	data := env.Dirs.Data
	env.Store.Close()
	r := runCLI(t, data, "risk", "398765438")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "Prudence : procédure de sauvegarde en 2025\n") || !strings.Contains(r.stdout, "[!]  Procédure de sauvegarde ouverte le 10/03/2025 par le tribunal de commerce de Rennes, plan arrêté le 01/12/2025.") {
		t.Fatalf("%+v", r)
	}
	r = runCLI(t, data, "risk", "MEN", "--json")
	var jv RiskView
	if err := json.Unmarshal([]byte(r.stdout), &jv); err != nil || jv.Verdict != VerdictUnfavourable {
		t.Fatalf("%v %+v", err, r)
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

// A BODACC that answers « too many requests » stops the watch: the other clients are left for later (not asked),
// the daily watch does not mark the day done, and the command line says so with status 3.
func TestRateLimitStopsTheWatch(t *testing.T) {
	env, _ := watchedLedger(t)
	for i, siren := range []string{bodacctest.Liquidation, bodacctest.Safeguard} {
		c := backend.Client{Code: "B" + strconv.Itoa(i), Name: "Client " + siren, Type: backend.Business, SIREN: siren,
			Address: backend.Address{Line1: "1 rue A", PostalCode: "69001", City: "Lyon"}}
		if err := env.Store.SaveClient(&c); err != nil {
			t.Fatal(err)
		}
	}
	var asked atomic.Int32
	limited := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked.Add(1)
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer limited.Close()
	t.Setenv(BodaccURLEnv, limited.URL)
	api := &WatchAPI{env: env}
	if _, err := api.SetEnabled(true); err != nil {
		t.Fatal(err)
	}
	api.daily(context.Background())
	if n := asked.Load(); n != 1 {
		t.Errorf("the BODACC was asked %d times after refusing, want 1", n)
	}
	if v, _ := api.Settings(); v.LastRun != "" {
		t.Errorf("a watch cut short was marked done: %q", v.LastRun)
	}
	data := env.Dirs.Data
	env.Store.Close()
	r := runCLI(t, data, "watch", "--once")
	if r.code != ExitIncomplete || !strings.Contains(r.stdout, "trop de demandes en ce moment, Relance réessaiera dans 60 minutes") ||
		!strings.Contains(r.stdout, "2 autres clients non vérifié(s) : le BODACC limite les demandes") {
		t.Fatalf("%+v", r)
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

// `relance run` (what the system's scheduler starts every day, window closed) does the day's watch when the owner
// opted in, before the reminders: a proceeding found stops this very run's reminders to the client.
func TestScheduledRunWatchesFirst(t *testing.T) {
	env, _ := watchedLedger(t)
	if _, err := (&WatchAPI{env: env}).SetEnabled(true); err != nil {
		t.Fatal(err)
	}
	data := env.Dirs.Data
	env.Store.Close()
	r := runCLI(t, data, "run", "--json")
	var lines []runLine
	if err := json.Unmarshal([]byte(r.stdout), &lines); err != nil {
		t.Fatalf("%v: %+v", err, r)
	}
	men := 0
	for _, l := range lines {
		if l.ClientCode == "MEN" {
			men++
			if l.Status != "skipped" || !strings.Contains(l.Reason, "Redressement judiciaire ouvert le 14/10/2026") {
				t.Errorf("MEN action %+v", l)
			}
		}
	}
	if men == 0 {
		t.Fatalf("no action of MEN: %s", r.stdout)
	}
	r = runCLI(t, data, "report", "--json")
	if !strings.Contains(r.stdout, `"deadline": "2026-12-22"`) {
		t.Fatalf("%+v", r)
	}
	// A dry run asks nothing: it only lists.
	t.Setenv(BodaccURLEnv, "http://127.0.0.1:1")
	if r := runCLI(t, data, "run", "--dry-run", "--json"); r.code == ExitRefused || r.code == ExitUsage {
		t.Fatalf("%+v", r)
	}
}
