package apptest

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"relance/backend"
	"relance/backend/bodacc/bodacctest"
	"relance/backend/store"
)

// Directory answers the company directory's /search for the fixtures' SIRENs: active companies created in 2015,
// except the closed one. It returns the stand-in's address, for RELANCE_SIRENE_URL.
func Directory(t testing.TB) string {
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
	return srv.URL
}

// Bodacc serves the BODACC fixtures (backend/bodacc/bodacctest) until the test ends; its URL is for
// RELANCE_BODACC_URL.
func Bodacc(t testing.TB) *bodacctest.Server {
	t.Helper()
	srv := bodacctest.New()
	t.Cleanup(srv.Close)
	return srv
}

// Registers are the stand-ins of the public registers a watched ledger is checked against.
type Registers struct {
	Directory string // for RELANCE_SIRENE_URL
	Bodacc    *bodacctest.Server
}

// WatchedLedger gives the client biz (MEN, a business, of the overdue ledger) the SIREN of a company in redressement
// judiciaire opened on 14/10/2026 (published 22/10/2026), on 23/11/2026, and starts the registers' stand-ins.
func WatchedLedger(t testing.TB, st *store.Store, biz backend.Client) (backend.Client, Registers) {
	t.Helper()
	biz.SIREN = bodacctest.Reorganisation
	if err := st.SaveClient(&biz); err != nil {
		t.Fatal(err)
	}
	return biz, Registers{Directory: Directory(t), Bodacc: Bodacc(t)}
}
