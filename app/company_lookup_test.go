package app

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"relance/backend"
)

// fakeDirectory stands for the public directory of businesses at RELANCE_SIRENE_URL for the test.
func fakeDirectory(t *testing.T, status int, body string) *atomic.Int32 {
	t.Helper()
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		if r.URL.Path != "/search" || r.URL.Query().Get("q") != "812345676" {
			http.Error(w, "unexpected query "+r.URL.String(), http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	t.Setenv(SireneURLEnv, srv.URL)
	return &calls
}

const directoryAnswer = `{"results":[{"siren":"812345676","nom_complet":"ATELIER DUPONT","nom_raison_sociale":"ATELIER DUPONT",
	"nature_juridique":"5710","etat_administratif":"A","siege":{"siret":"81234567600017","adresse":"12 RUE DE LA PAIX 75002 PARIS",
	"numero_voie":"12","indice_repetition":"","type_voie":"RUE","libelle_voie":"DE LA PAIX","complement_adresse":"",
	"code_postal":"75002","libelle_commune":"PARIS","commune":"75102","etat_administratif":"A"}}],"total_results":1}`

func TestCompanyLookupFromDirectory(t *testing.T) {
	fakeDirectory(t, http.StatusOK, directoryAnswer)
	api := NewBindings(testEnv(t)).Company
	for _, in := range []string{"812 345 676", "812 345 676 00017"} { // a SIREN, or a SIRET of the company
		got, err := api.Lookup(in)
		if err != nil {
			t.Fatal(err)
		}
		want := CompanyLookup{SIREN: "812345676", VATNumber: "FR19812345676", Directory: true, LegalName: "ATELIER DUPONT",
			LegalForm: "SAS", SIRET: "81234567600017",
			Address: backend.Address{Line1: "12 rue de la Paix", PostalCode: "75002", City: "Paris"}}
		if got != want {
			t.Fatalf("Lookup(%q) =\n%+v\nwant\n%+v", in, got, want)
		}
	}
}

func TestCompanyLookupDirectoryUnreachable(t *testing.T) {
	calls := fakeDirectory(t, http.StatusBadGateway, `<html>Bad gateway</html>`)
	got, err := NewBindings(testEnv(t)).Company.Lookup("812345676")
	if err != nil {
		t.Fatalf("an unreachable directory failed the lookup: %v", err)
	}
	if calls.Load() != 1 {
		t.Fatalf("%d calls to the directory", calls.Load())
	}
	if got.SIREN != "812345676" || got.VATNumber != "FR19812345676" || got.Directory || got.LegalName != "" {
		t.Fatalf("offline part missing or directory part invented: %+v", got)
	}
	if got.DirectoryCode != backend.EUNAVAILABLE || !strings.Contains(got.DirectoryError, "n'a pas pu être consulté") ||
		!strings.Contains(got.DirectoryError, "à la main") {
		t.Fatalf("directory error %q %q", got.DirectoryCode, got.DirectoryError)
	}

	// Nothing listening at all.
	srv := httptest.NewServer(http.NotFoundHandler())
	srv.Close()
	t.Setenv(SireneURLEnv, srv.URL)
	got, err = NewBindings(testEnv(t)).Company.Lookup("812345676")
	if err != nil || got.VATNumber != "FR19812345676" || got.DirectoryCode != backend.EUNAVAILABLE {
		t.Fatalf("no server: %+v, %v", got, err)
	}
}

func TestCompanyLookupNotInDirectory(t *testing.T) {
	fakeDirectory(t, http.StatusOK, `{"results":[],"total_results":0}`)
	got, err := NewBindings(testEnv(t)).Company.Lookup("812345676")
	if err != nil {
		t.Fatal(err)
	}
	if got.Directory || got.DirectoryCode != backend.ENOTFOUND || !strings.Contains(got.DirectoryError, "812345676") ||
		got.VATNumber != "FR19812345676" {
		t.Fatalf("not found: %+v", got)
	}
}

func TestCompanyLookupInvalidNumber(t *testing.T) {
	calls := fakeDirectory(t, http.StatusOK, directoryAnswer)
	api := NewBindings(testEnv(t)).Company
	for _, in := range []string{"812345677", "81234567600018", "1234", ""} {
		_, err := api.Lookup(in)
		e := toAppError(nil, err)
		if e.Code != backend.EINVALID || len(e.Fields) != 1 || e.Fields[0].Field != "siren" || !strings.Contains(e.Fields[0].Message, "invalide") {
			t.Fatalf("Lookup(%q): %+v", in, e)
		}
	}
	if calls.Load() != 0 {
		t.Fatal("an invalid number reached the directory")
	}
}
