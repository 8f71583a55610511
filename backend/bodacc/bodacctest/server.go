// Package bodacctest is a local stand-in for the BODACC's records endpoint: it answers
// /api/explore/v2.1/catalog/datasets/annonces-commerciales/records with the announcements in announcements/, one
// file per SIREN, shaped like the real API's (total_count, results; registre a list, jugement a JSON string), and
// pages them with limit and offset. A SIREN without a file has no announcement.
package bodacctest

import (
	"embed"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"sync/atomic"
)

//go:embed announcements/*.json
var files embed.FS

// Path is the endpoint the stand-in serves.
const Path = "/api/explore/v2.1/catalog/datasets/annonces-commerciales/records"

// The SIRENs of the fixtures.
const (
	Reorganisation = "523456788" // redressement judiciaire opened 14/10/2026 (published 22/10/2026), Lyon
	Liquidation    = "444555668" // liquidation judiciaire opened 03/09/2026 (published 12/09/2026), Marseille
	Safeguard      = "398765438" // sauvegarde opened 10/03/2025, then its plan (01/12/2025), Rennes
	Closed         = "753124684" // liquidation 2023, closed for want of assets 18/11/2024, Toulouse
	None           = "611223348" // no announcement
	Converted      = "833445562" // redressement 04/02/2026, rectified, a filing of claims, converted 15/07/2026
)

// Announcements returns the fixture of a SIREN (the API's whole answer), or nil.
func Announcements(siren string) []byte {
	b, err := files.ReadFile("announcements/" + siren + ".json")
	if err != nil {
		return nil
	}
	return b
}

var sirenIn = regexp.MustCompile(`registre like "(\d{9})"`)

// Server is a stand-in; Requests counts what it answered.
type Server struct {
	*httptest.Server
	Requests atomic.Int64
}

// New starts a stand-in serving the fixtures.
func New() *Server {
	s := &Server{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.Requests.Add(1)
		Handle(w, r)
	}))
	return s
}

// Handle answers one request as the records endpoint does.
func Handle(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	if r.URL.Path != Path {
		w.WriteHeader(http.StatusNotFound)
		_, _ = w.Write([]byte(`{"error_code":"NotFound","message":"Unknown dataset"}`))
		return
	}
	m := sirenIn.FindStringSubmatch(r.URL.Query().Get("where"))
	if m == nil {
		w.WriteHeader(http.StatusBadRequest)
		_, _ = w.Write([]byte(`{"error_code":"ODSQLError","message":"where: expected registre like \"SIREN\""}`))
		return
	}
	var page struct {
		TotalCount int               `json:"total_count"`
		Results    []json.RawMessage `json:"results"`
	}
	page.Results = []json.RawMessage{}
	if b := Announcements(m[1]); b != nil {
		if err := json.Unmarshal(b, &page); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
	}
	limit, offset := 10, 0
	if v, err := strconv.Atoi(r.URL.Query().Get("limit")); err == nil && v >= 0 && v <= 100 {
		limit = v
	}
	if v, err := strconv.Atoi(r.URL.Query().Get("offset")); err == nil && v >= 0 {
		offset = v
	}
	page.TotalCount = len(page.Results)
	page.Results = page.Results[min(offset, len(page.Results)):min(offset+limit, len(page.Results))]
	_ = json.NewEncoder(w).Encode(page)
}
