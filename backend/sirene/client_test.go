package sirene

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"relance/backend"
)

// directory serves one answer and records what was asked.
func directory(t *testing.T, status int, body string) (*Client, *atomic.Pointer[http.Request]) {
	t.Helper()
	var last atomic.Pointer[http.Request]
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		last.Store(r.Clone(context.Background()))
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	return &Client{BaseURL: srv.URL, HTTP: srv.Client()}, &last
}

func fixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func wantCode(t *testing.T, err error, code string) *backend.Error {
	t.Helper()
	if got := backend.ErrorCode(err); got != code {
		t.Fatalf("error code = %q (%v), want %s", got, err, code)
	}
	return err.(*backend.Error)
}

func TestLookupFound(t *testing.T) {
	c, last := directory(t, http.StatusOK, fixture(t, "found.json"))
	got, err := c.Lookup(context.Background(), "812 345 676")
	if err != nil {
		t.Fatal(err)
	}
	want := Result{
		SIREN:     "812345676",
		LegalName: "ATELIER DUPONT",
		LegalForm: "SARL",
		SIRET:     "81234567600017",
		Address:   backend.Address{Line1: "12 bis rue de l'Eglise", Line2: "Batiment C", PostalCode: "75002", City: "Paris"},
		VATNumber: "FR19812345676",
		Created:   backend.MustDate("2015-06-01"),
	}
	if got != want {
		t.Fatalf("Lookup =\n%+v\nwant\n%+v", got, want)
	}
	// The query asks for the exact, normalised SIREN, first page of one result.
	r := last.Load()
	if r == nil {
		t.Fatal("no request reached the directory")
	}
	if r.Method != http.MethodGet || r.URL.Path != "/search" {
		t.Fatalf("request %s %s, want GET /search", r.Method, r.URL.Path)
	}
	q := r.URL.Query()
	if q.Get("q") != "812345676" || q.Get("page") != "1" || q.Get("per_page") != "1" || len(q) != 3 {
		t.Fatalf("query %v, want q=812345676&page=1&per_page=1", q)
	}
	if !strings.Contains(r.Header.Get("Accept"), "application/json") {
		t.Fatalf("Accept = %q", r.Header.Get("Accept"))
	}
}

func TestLookupNotFound(t *testing.T) {
	for name, body := range map[string]string{
		"empty results": `{"results":[],"total_results":0,"page":1,"per_page":1,"total_pages":0}`,
		"null results":  `{"results":null,"total_results":0}`,
		"no results":    `{}`,
		// The search is full-text: another company may come back for a number it merely contains.
		"another company": `{"results":[{"siren":"552081317","nom_complet":"AUTRE","siege":{"siret":"55208131766522"}}],"total_results":1}`,
	} {
		t.Run(name, func(t *testing.T) {
			c, _ := directory(t, http.StatusOK, body)
			_, err := c.Lookup(context.Background(), "812345676")
			e := wantCode(t, err, backend.ENOTFOUND)
			if !strings.Contains(e.Message, "812345676") || !strings.Contains(e.Message, "à la main") {
				t.Fatalf("message %q", e.Message)
			}
		})
	}
}

func TestLookupClosedCompany(t *testing.T) {
	body := `{"results":[{"siren":"123456782","nom_complet":"JEAN MARTIN","nom_raison_sociale":null,"nature_juridique":"1000",
		"etat_administratif":"C","date_fermeture":"2024-03-31","date_creation":null,"siege":{"siret":"12345678200011","numero_voie":null,"type_voie":"AV","libelle_voie":"DU GENERAL LECLERC",
		"code_postal":"13100","libelle_commune":"AIX-EN-PROVENCE","etat_administratif":"F","complement_adresse":null}}],"total_results":1}`
	c, _ := directory(t, http.StatusOK, body)
	got, err := c.Lookup(context.Background(), "123456782")
	if err != nil {
		t.Fatal(err)
	}
	if !got.Closed || got.ClosedOn != backend.MustDate("2024-03-31") || got.Created != 0 {
		t.Fatalf("a company with etat_administratif C closed on 31/03/2024: %+v", got)
	}
	if got.LegalName != "JEAN MARTIN" || got.LegalForm != "Entrepreneur individuel" {
		t.Fatalf("name %q form %q", got.LegalName, got.LegalForm)
	}
	if got.SIRET != "" { // 12345678200011 fails its check digit
		t.Fatalf("SIRET %q offered though it fails its check", got.SIRET)
	}
	want := backend.Address{Line1: "avenue du General Leclerc", PostalCode: "13100", City: "Aix-en-Provence"}
	if got.Address != want {
		t.Fatalf("address %+v, want %+v", got.Address, want)
	}
}

func TestLookupToleratesMissingAndOddFields(t *testing.T) {
	body := `{"results":[{"siren":"812345676","nom_complet":"[NON-DIFFUSIBLE]","nature_juridique":5710,"etat_administratif":null,
		"siege":{"siret":81234567600017,"numero_voie":7,"libelle_voie":["?"],"code_postal":{"x":1},"libelle_commune":"Lyon"}}]}`
	c, _ := directory(t, http.StatusOK, body)
	got, err := c.Lookup(context.Background(), "812345676")
	if err != nil {
		t.Fatal(err)
	}
	want := Result{SIREN: "812345676", LegalForm: "SAS", SIRET: "81234567600017", VATNumber: "FR19812345676",
		Address: backend.Address{Line1: "7", City: "Lyon"}}
	if got != want {
		t.Fatalf("Lookup =\n%+v\nwant\n%+v", got, want)
	}
	// No siege at all.
	c, _ = directory(t, http.StatusOK, `{"results":[{"siren":"812345676","nom_raison_sociale":"X","siege":null}]}`)
	if got, err = c.Lookup(context.Background(), "812345676"); err != nil || got.LegalName != "X" || !got.Address.IsZero() {
		t.Fatalf("without siege: %+v, %v", got, err)
	}
}

func TestLookupInvalidSIRENMakesNoRequest(t *testing.T) {
	c, last := directory(t, http.StatusOK, fixture(t, "found.json"))
	for _, s := range []string{"", "12345678", "812345677", "81234567600017", "abcdefghi"} {
		_, err := c.Lookup(context.Background(), s)
		wantCode(t, err, backend.EINVALID)
	}
	if last.Load() != nil {
		t.Fatal("an invalid SIREN reached the directory")
	}
}

func wantUnreachable(t *testing.T, err error, detail string) {
	t.Helper()
	e := wantCode(t, err, backend.EUNAVAILABLE)
	for _, s := range []string{"n'a pas pu être consulté", detail, "à la main", "TVA"} {
		if !strings.Contains(e.Message, s) {
			t.Fatalf("message %q lacks %q", e.Message, s)
		}
	}
	if e.Err == nil {
		t.Fatal("no cause kept for the log")
	}
}

func TestLookupServerError(t *testing.T) {
	c, _ := directory(t, http.StatusInternalServerError, `{"erreur":"Internal Server Error"}`)
	_, err := c.Lookup(context.Background(), "812345676")
	wantUnreachable(t, err, "HTTP 500")

	c, _ = directory(t, http.StatusTooManyRequests, ``)
	_, err = c.Lookup(context.Background(), "812345676")
	wantUnreachable(t, err, "trop de demandes")
}

func TestLookupMalformedJSON(t *testing.T) {
	for _, body := range []string{`<html>maintenance</html>`, `{"results":[{"siren":"812345676"`, `{"results":{"siren":"812345676"}}`, ``} {
		c, _ := directory(t, http.StatusOK, body)
		_, err := c.Lookup(context.Background(), "812345676")
		wantUnreachable(t, err, "illisible")
	}
}

func TestLookupTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	defer srv.Close()
	defer close(release)
	hc := srv.Client()
	hc.Timeout = 100 * time.Millisecond
	c := &Client{BaseURL: srv.URL, HTTP: hc}
	start := time.Now()
	_, err := c.Lookup(context.Background(), "812345676")
	wantUnreachable(t, err, "pas de réponse")
	if d := time.Since(start); d > 3*time.Second {
		t.Fatalf("the lookup waited %s", d)
	}

	// The caller's deadline counts too.
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err = (&Client{BaseURL: srv.URL, HTTP: srv.Client()}).Lookup(ctx, "812345676")
	wantUnreachable(t, err, "pas de réponse")
}

func TestLookupConnectionRefused(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close() // nothing listens there any more
	_, err := (&Client{BaseURL: url}).Lookup(context.Background(), "812345676")
	wantUnreachable(t, err, "connexion impossible")
}

func TestLookupBadBaseURL(t *testing.T) {
	_, err := (&Client{BaseURL: "ftp://example.invalid"}).Lookup(context.Background(), "812345676")
	wantUnreachable(t, err, "adresse de l'annuaire")
}
