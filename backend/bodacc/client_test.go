package bodacc_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"relance/backend"
	"relance/backend/bodacc"
	"relance/backend/bodacc/bodacctest"
)

func lookup(t *testing.T, siren string) []backend.Proceeding {
	t.Helper()
	srv := bodacctest.New()
	t.Cleanup(srv.Close)
	c := &bodacc.Client{BaseURL: srv.URL}
	anns, err := c.Announcements(context.Background(), siren)
	if err != nil {
		t.Fatalf("%s: %v", siren, err)
	}
	return bodacc.Proceedings(anns)
}

func TestReorganisationOpened(t *testing.T) {
	ps := lookup(t, bodacctest.Reorganisation)
	if len(ps) != 1 {
		t.Fatalf("proceedings %+v", ps)
	}
	p := ps[0]
	if p.Kind != backend.ProcReorganisation || p.OpenedOn != backend.MustDate("2026-10-14") || p.PublishedOn != backend.MustDate("2026-10-22") || !p.Open() {
		t.Errorf("proceeding %+v", p)
	}
	if p.Administrator != "SELARL AJ Partenaires, prise en la personne de Me Paul Durand, 12 quai Saint-Antoine 69002 Lyon" {
		t.Errorf("administrator %q", p.Administrator)
	}
	if p.Mandataire != "SELARL MJ Synergie, prise en la personne de Me Lucie Martin, 230 rue Garibaldi 69003 Lyon" {
		t.Errorf("mandataire %q", p.Mandataire)
	}
	if got := p.StopReason(); got != "Redressement judiciaire ouvert le 14/10/2026 par le tribunal de commerce de Lyon" {
		t.Errorf("reason %q", got)
	}
	// 22/10/2026 + 2 months = Tuesday 22/12/2026.
	if d := bodacc.Deadline(&p); d != backend.MustDate("2026-12-22") {
		t.Errorf("deadline %s", d)
	}
	if ev := p.Events[0]; !strings.Contains(ev.Reference, "BODACC A n°\u00a020260206") || !strings.Contains(ev.Reference, "annonce n°\u00a01234") {
		t.Errorf("reference %q", ev.Reference)
	}
}

func TestLiquidationOpened(t *testing.T) {
	ps := lookup(t, bodacctest.Liquidation)
	if len(ps) != 1 || ps[0].Kind != backend.ProcLiquidation || ps[0].OpenedOn != backend.MustDate("2026-09-03") {
		t.Fatalf("proceedings %+v", ps)
	}
	if ps[0].Mandataire != "Me Henri Blanc 5 rue Grignan 13001 Marseille" {
		t.Errorf("liquidator %q", ps[0].Mandataire)
	}
	if got := ps[0].StopReason(); got != "Liquidation judiciaire ouverte le 03/09/2026 par le tribunal de commerce de Marseille" {
		t.Errorf("reason %q", got)
	}
	// 12/09/2026 + 2 months = Thursday 12/11/2026.
	if d := bodacc.Deadline(&ps[0]); d != backend.MustDate("2026-11-12") {
		t.Errorf("deadline %s", d)
	}
}

func TestSafeguardAndItsPlan(t *testing.T) {
	ps := lookup(t, bodacctest.Safeguard)
	if len(ps) != 1 {
		t.Fatalf("proceedings %+v", ps)
	}
	p := ps[0]
	if p.Kind != backend.ProcSafeguard || len(p.Events) != 2 || p.Events[1].Kind != backend.JudgmentPlan || !p.Open() {
		t.Fatalf("proceeding %+v", p)
	}
	// The plan's date is written in words in this announcement.
	if p.Events[1].Date != backend.MustDate("2025-12-01") {
		t.Errorf("plan date %s", p.Events[1].Date)
	}
	if p.Mandataire != "SELAS Ouest Mandataires, prise en la personne de Me Anne Le Goff, 4 rue de Nemours 35000 Rennes" {
		t.Errorf("mandataire %q", p.Mandataire)
	}
	// 20/03/2025 + 2 months = Tuesday 20/05/2025.
	if d := bodacc.Deadline(&p); d != backend.MustDate("2025-05-20") {
		t.Errorf("deadline %s", d)
	}
}

func TestClosedLiquidation(t *testing.T) {
	ps := lookup(t, bodacctest.Closed)
	if len(ps) != 1 || ps[0].Open() || ps[0].ClosedOn != backend.MustDate("2024-11-18") || ps[0].Kind != backend.ProcLiquidation {
		t.Fatalf("proceedings %+v", ps)
	}
	if ps[0].Events[1].Kind != backend.JudgmentClosing {
		t.Errorf("events %+v", ps[0].Events)
	}
	if ps[0].Mandataire != "SELARL Benoit et Associés, prise en la personne de Me Marc Benoit, 8 allées Jean Jaurès 31000 Toulouse" {
		t.Errorf("liquidator %q", ps[0].Mandataire)
	}
	// The strike-off that followed (BODACC B, « Radiations ») is read apart: no judgment, its publication date.
	srv := bodacctest.New()
	defer srv.Close()
	anns, err := (&bodacc.Client{BaseURL: srv.URL}).Announcements(context.Background(), bodacctest.Closed)
	if err != nil || len(anns) != 3 || !anns[2].StruckOff() || anns[2].HasJudgment {
		t.Fatalf("%v %+v", err, anns)
	}
	if d := bodacc.StruckOff(anns); d != backend.MustDate("2025-01-17") {
		t.Errorf("struck off %s", d)
	}
	if d := bodacc.StruckOff(anns[:2]); d != 0 {
		t.Errorf("no strike-off published, got %s", d)
	}
}

func TestNoAnnouncement(t *testing.T) {
	if ps := lookup(t, bodacctest.None); len(ps) != 0 {
		t.Fatalf("proceedings %+v", ps)
	}
}

func TestConversionRectificationAndUnknownNature(t *testing.T) {
	ps := lookup(t, bodacctest.Converted)
	if len(ps) != 1 {
		t.Fatalf("proceedings %+v", ps)
	}
	p := ps[0]
	// Opened as a redressement, converted: the kind is liquidation, the opening and its publication are the first
	// announcement's (the rectified one repeats it and is not counted twice).
	if p.Kind != backend.ProcLiquidation || p.OpenedOn != backend.MustDate("2026-02-04") || p.PublishedOn != backend.MustDate("2026-02-13") {
		t.Errorf("proceeding %+v", p)
	}
	var kinds []string
	for _, ev := range p.Events {
		kinds = append(kinds, string(ev.Kind))
	}
	if strings.Join(kinds, ",") != "opening,other,conversion" {
		t.Errorf("events %v", kinds)
	}
	if p.Events[1].Nature != "Dépôt de l'état des créances" {
		t.Errorf("unknown nature kept as %q", p.Events[1].Nature)
	}
}

func TestPagesAreAllRead(t *testing.T) {
	// 230 announcements of one SIREN: the client reads three pages of 100.
	var pages []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		pages = append(pages, q.Get("offset"))
		if q.Get("limit") != "100" || q.Get("where") != `registre like "523456788" and (familleavis = "collective" or familleavis = "radiation")` ||
			q.Get("order_by") != "dateparution asc" {
			t.Errorf("query %v", q)
		}
		var b strings.Builder
		b.WriteString(`{"total_count": 230, "results": [`)
		n := 100
		if q.Get("offset") == "200" {
			n = 30
		}
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString(`{"id":"X` + q.Get("offset") + `-` + string(rune('a'+i%26)) + `","registre":["523456788"],"familleavis":"collective","dateparution":"2026-01-02","jugement":"{\"famille\":\"Avis\",\"nature\":\"Avis de dépôt\",\"date\":\"2026-01-01\"}"}`)
		}
		b.WriteString(`]}`)
		_, _ = w.Write([]byte(b.String()))
	}))
	defer srv.Close()
	anns, err := (&bodacc.Client{BaseURL: srv.URL}).Announcements(context.Background(), "523456788")
	if err != nil {
		t.Fatal(err)
	}
	if len(anns) != 230 || strings.Join(pages, ",") != "0,100,200" {
		t.Errorf("%d announcements, pages %v", len(anns), pages)
	}
}

// failing serves one status and body, after a delay.
func failing(t *testing.T, status int, body string, delay time.Duration, header map[string]string) *bodacc.Client {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(delay)
		for k, v := range header {
			w.Header().Set(k, v)
		}
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	hc := srv.Client()
	hc.Timeout = 200 * time.Millisecond
	return &bodacc.Client{BaseURL: srv.URL, HTTP: hc}
}

func TestFailingServer(t *testing.T) {
	for _, tc := range []struct {
		name    string
		c       *bodacc.Client
		message string
	}{
		{"rate limit", failing(t, 429, `{"error_code":"TooManyRequests"}`, 0, map[string]string{"Retry-After": "120"}),
			"trop de demandes en ce moment, Relance réessaiera dans 2 minutes"},
		{"server error", failing(t, 503, "<html>Service Unavailable</html>", 0, nil), "réponse HTTP 503"},
		{"bad JSON", failing(t, 200, `{"total_count": 1, "results": [`, 0, nil), "réponse illisible"},
		{"not the API", failing(t, 200, `{"hello": "world"}`, 0, nil), "réponse illisible"},
		{"HTML page", failing(t, 200, `<!doctype html><p>maintenance`, 0, nil), "réponse illisible"},
		{"timeout", failing(t, 200, `{"total_count":0,"results":[]}`, time.Second, nil), "pas de réponse à temps"},
	} {
		_, err := tc.c.Announcements(context.Background(), "523456788")
		if errors.Is(err, bodacc.ErrRateLimited) != (tc.name == "rate limit") {
			t.Errorf("%s: rate limited %v", tc.name, errors.Is(err, bodacc.ErrRateLimited))
		}
		if backend.ErrorCode(err) != backend.EUNAVAILABLE || !strings.Contains(backend.ErrorMessage(err), tc.message) ||
			!strings.HasPrefix(backend.ErrorMessage(err), "Le BODACC n'a pas pu être consulté (") {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
	// Nothing listening at all.
	srv := httptest.NewServer(http.NotFoundHandler())
	srv.Close()
	if _, err := (&bodacc.Client{BaseURL: srv.URL}).Announcements(context.Background(), "523456788"); backend.ErrorCode(err) != backend.EUNAVAILABLE ||
		!strings.Contains(backend.ErrorMessage(err), "vérifiez votre accès à Internet") {
		t.Errorf("offline: %v", err)
	}
	// An invalid SIREN is refused before any request.
	if _, err := (&bodacc.Client{BaseURL: "http://127.0.0.1:1"}).Announcements(context.Background(), "123456789"); backend.ErrorCode(err) != backend.EINVALID {
		t.Errorf("invalid SIREN: %v", err)
	}
}

func TestAnswerAboutAnotherCompanyIsIgnored(t *testing.T) {
	body := bodacctest.Announcements(bodacctest.Reorganisation)
	anns, _, err := bodacc.Parse(body, "444555668")
	if err != nil || len(anns) != 0 {
		t.Fatalf("%v %+v", err, anns)
	}
}
