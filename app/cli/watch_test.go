package cli

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

	"relance/app"
	"relance/backend"
	"relance/backend/bodacc/bodacctest"
	"relance/backend/documents/documentstest"
)

func TestWatchStopsTheChaseAndCountsDownToTheDeclaration(t *testing.T) {
	env, biz := watchedLedger(t)
	api := app.CommandBindings(env).Watch
	rep, err := app.RunWatch(context.Background(), api, nil)
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
	chase := app.CommandBindings(env).Chase
	today, err := chase.Today()
	if err != nil {
		t.Fatal(err)
	}
	var notice string
	for _, n := range today.Notices {
		if n.Kind == app.ClaimDeadline {
			notice = n.Message
		}
	}
	if !strings.HasPrefix(notice, "Déclarez votre créance avant le 22/12/2026 (encore 29 jours) : Redressement judiciaire ouvert le 14/10/2026") {
		t.Errorf("notice %q in %+v", notice, today.Notices)
	}
	for _, list := range [][]app.ActionView{today.ToSend, today.ToReview, today.ToCall, today.Tasks} {
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
	api := app.CommandBindings(env).Watch
	if _, err := api.GenerateDeclaration(app.DeclarationRequest{ClientID: biz.ID}); err == nil || !strings.Contains(err.Error(), "aucun jugement d'ouverture connu") {
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
	text := strings.Join(strings.Fields(documentstest.PDFText(t, out)), " ")
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

func TestWatchOfflineKeepsWhatWasKnown(t *testing.T) {
	env, biz := watchedLedger(t)
	api := app.CommandBindings(env).Watch
	if _, err := api.CheckClient(biz.ID); err != nil {
		t.Fatal(err)
	}
	down := httptest.NewServer(http.NotFoundHandler())
	down.Close()
	t.Setenv(app.BodaccURLEnv, down.URL)
	t.Setenv(app.SireneURLEnv, down.URL)
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

func TestRiskCheck(t *testing.T) {
	env, biz := watchedLedger(t)
	api := app.CommandBindings(env).Watch
	// A company that is not a client: its sauvegarde and plan make it « Prudence ».
	v, err := api.Risk("398 765 438")
	if err != nil {
		t.Fatal(err)
	}
	if v.Verdict != app.VerdictCaution || v.Summary != "Prudence : procédure de sauvegarde en 2025" || v.ClientID != 0 ||
		!strings.Contains(v.Suggestion, "acompte") {
		t.Fatalf("%+v", v)
	}
	// A company with nothing published, created five months ago.
	v, err = api.Risk(bodacctest.None)
	if err != nil || v.Verdict != app.VerdictCaution || !strings.Contains(v.Summary, "créée il y a 5 mois") {
		t.Fatalf("%v %+v", err, v)
	}
	// A closed liquidation, the company closed.
	v, err = api.Risk(bodacctest.Closed)
	if err != nil || v.Verdict != app.VerdictUnfavourable || v.Summary != "Défavorable : entreprise fermée, radiée du registre du commerce, liquidation judiciaire en 2023" {
		t.Fatalf("%v %+v", err, v)
	}
	// The client MEN, by its code: the redressement, and two invoices overdue.
	v, err = api.Risk("men")
	if err != nil || v.ClientID != biz.ID || v.Verdict != app.VerdictUnfavourable || !strings.Contains(v.Summary, "redressement judiciaire en cours") {
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
	var jv app.RiskView
	if err := json.Unmarshal([]byte(r.stdout), &jv); err != nil || jv.Verdict != app.VerdictUnfavourable {
		t.Fatalf("%v %+v", err, r)
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
	t.Setenv(app.BodaccURLEnv, limited.URL)
	api := app.CommandBindings(env).Watch
	if _, err := api.SetEnabled(true); err != nil {
		t.Fatal(err)
	}
	app.DailyWatch(context.Background(), api)
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

// `relance run` (what the system's scheduler starts every day, window closed) does the day's watch when the owner
// opted in, before the reminders: a proceeding found stops this very run's reminders to the client.
func TestScheduledRunWatchesFirst(t *testing.T) {
	env, _ := watchedLedger(t)
	if _, err := app.CommandBindings(env).Watch.SetEnabled(true); err != nil {
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
	t.Setenv(app.BodaccURLEnv, "http://127.0.0.1:1")
	if r := runCLI(t, data, "run", "--dry-run", "--json"); r.code == ExitRefused || r.code == ExitUsage {
		t.Fatalf("%+v", r)
	}
}
