package bodacc

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"relance/backend"
	"relance/backend/apijson"
)

// Announcement is one BODACC announcement about the company asked.
type Announcement struct {
	ID          string                  `json:"id"`
	Published   backend.Date            `json:"published"`
	Family      string                  `json:"family"`      // familleavis: "collective"…
	FamilyLabel string                  `json:"familyLabel"` // « Procédures collectives »
	Type        string                  `json:"type"`        // typeavis: annonce, rectificatif, annulation
	Court       string                  `json:"court"`
	Name        string                  `json:"name"` // commercant
	Town        string                  `json:"town"`
	Reference   string                  `json:"reference"`
	Judgment    backend.ProceedingEvent `json:"judgment"`
	HasJudgment bool                    `json:"hasJudgment"`
}

// StruckOff tells a strike-off from the trade register (« Radiations », BODACC B).
func (a *Announcement) StruckOff() bool {
	return fold(a.Family) == "radiation" || strings.Contains(fold(a.FamilyLabel), "radiation")
}

// Cancelled tells an « avis d'annulation »: it withdraws an earlier announcement and is no judgment of its own.
func (a *Announcement) Cancelled() bool {
	return strings.Contains(fold(a.Type), "annulation")
}

// The answer of the records endpoint, as far as Relance reads it. Any field may be missing, null or of another type.
type response struct {
	TotalCount *int              `json:"total_count"`
	Results    []json.RawMessage `json:"results"`
	ErrorCode  text              `json:"error_code"`
	Message    text              `json:"message"`
}

type record struct {
	ID              text      `json:"id"`
	Registre        textList  `json:"registre"`
	FamilleAvis     text      `json:"familleavis"`
	FamilleAvisLib  text      `json:"familleavis_lib"`
	TypeAvis        text      `json:"typeavis"`
	TypeAvisLib     text      `json:"typeavis_lib"`
	DateParution    text      `json:"dateparution"`
	Tribunal        text      `json:"tribunal"`
	Commercant      text      `json:"commercant"`
	Ville           text      `json:"ville"`
	NumeroAnnonce   text      `json:"numeroannonce"`
	Parution        text      `json:"parution"`
	PublicationAvis text      `json:"publicationavis"`
	Jugement        jsonInStr `json:"jugement"`
}

type judgment struct {
	Famille    text `json:"famille"`
	Nature     text `json:"nature"`
	Date       text `json:"date"`
	Complement text `json:"complementJugement"`
	Type       text `json:"type"`
}

// text is a string field read leniently (apijson.Text).
type text = apijson.Text

// textList is the registre: a list of strings in API v2.1 (« 833 310 592 », « 833310592 »), a comma-separated
// string in older answers.
type textList []string

func (l *textList) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) > 0 && b[0] == '[':
		var raw []text
		if err := json.Unmarshal(b, &raw); err != nil {
			*l = nil
			return nil
		}
		for _, r := range raw {
			*l = append(*l, string(r))
		}
	default:
		var t text
		if err := t.UnmarshalJSON(b); err != nil {
			return err
		}
		*l = strings.Split(string(t), ",")
	}
	return nil
}

// jsonInStr is the judgment: a JSON object written inside a string, or (in some exports) the object itself.
type jsonInStr struct {
	j  judgment
	ok bool
}

func (x *jsonInStr) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return nil
		}
		b = []byte(strings.TrimSpace(s))
	}
	if len(b) == 0 || b[0] != '{' {
		return nil
	}
	if err := json.Unmarshal(b, &x.j); err != nil {
		x.j = judgment{}
		return nil // a judgment we cannot read is no judgment, not a failed lookup
	}
	x.ok = true
	return nil
}

// ErrNotTheAPI is an answer that is JSON but not the records endpoint's (an error page, another API).
var ErrNotTheAPI = errors.New("bodacc: the answer has no results list")

// Parse reads one page of the records endpoint and keeps the announcements whose registre holds the SIREN (the
// filter is the API's, but an answer is never trusted to be about the company asked). total is the API's
// total_count, for paging.
func Parse(body []byte, siren string) (list []Announcement, total int, err error) {
	var r response
	if err := json.Unmarshal(body, &r); err != nil {
		return nil, 0, err
	}
	if r.Results == nil {
		if r.ErrorCode != "" || r.Message != "" {
			return nil, 0, errors.New("bodacc: API error " + string(r.ErrorCode) + ": " + string(r.Message))
		}
		return nil, 0, ErrNotTheAPI
	}
	if r.TotalCount != nil {
		total = *r.TotalCount
	}
	for _, raw := range r.Results {
		var rec record
		if json.Unmarshal(raw, &rec) != nil {
			continue
		}
		if !holds(rec.Registre, siren) {
			continue
		}
		list = append(list, toAnnouncement(&rec))
	}
	return list, total, nil
}

func holds(reg textList, siren string) bool {
	for _, r := range reg {
		if digits(r) == siren {
			return true
		}
	}
	return false
}

func digits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func toAnnouncement(r *record) Announcement {
	a := Announcement{
		ID: string(r.ID), Family: string(r.FamilleAvis), FamilyLabel: string(r.FamilleAvisLib), Type: string(r.TypeAvis),
		Court: string(r.Tribunal), Name: string(r.Commercant), Town: string(r.Ville),
	}
	if a.Type == "" {
		a.Type = string(r.TypeAvisLib)
	}
	if d, ok := parseDate(string(r.DateParution)); ok {
		a.Published = d
	}
	var ref []string
	if p := string(r.Parution); p != "" {
		ref = append(ref, "BODACC "+strings.ToUpper(string(r.PublicationAvis))+" n°\u00a0"+p)
		ref[0] = strings.Replace(ref[0], "BODACC  ", "BODACC ", 1)
	}
	if n := string(r.NumeroAnnonce); n != "" {
		ref = append(ref, "annonce n°\u00a0"+n)
	}
	a.Reference = strings.Join(ref, ", ")
	if r.Jugement.ok {
		a.HasJudgment = true
		a.Judgment = Classify(string(r.Jugement.j.Famille), string(r.Jugement.j.Nature), string(r.Jugement.j.Complement))
		if d, ok := parseDate(string(r.Jugement.j.Date)); ok {
			a.Judgment.Date = d
		}
		a.Judgment.Published, a.Judgment.Court, a.Judgment.Reference, a.Judgment.ID = a.Published, a.Court, a.Reference, a.ID
		if a.Judgment.Date.IsZero() {
			a.Judgment.Date = a.Published // rare: the publication then stands for the judgment's date
		}
	}
	return a
}

// sortAnnouncements orders by publication, then judgment date, then identifier: the same answer in any order
// gives the same proceedings.
func sortAnnouncements(l []Announcement) {
	day := func(a *Announcement) backend.Date { // a judgment by its date; an announcement without one by its issue
		if a.HasJudgment {
			return a.Judgment.Date
		}
		return a.Published
	}
	slices.SortStableFunc(l, func(a, b Announcement) int {
		return cmp.Or(cmp.Compare(day(&a), day(&b)), cmp.Compare(a.Published, b.Published), cmp.Compare(a.ID, b.ID))
	})
}

var frenchMonths = map[string]int{"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
	"aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12}

// parseDate reads the API's ISO dates (2026-03-02, possibly with a time) and the long French form of older
// announcements (« 2 mars 2026 », « 1er mars 2026 »).
func parseDate(s string) (backend.Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		if d, err := backend.ParseDate(s[:10]); err == nil {
			return d, true
		}
		return 0, false
	}
	f := strings.Fields(fold(s))
	if len(f) != 3 {
		if d, err := backend.ParseDate(s); err == nil {
			return d, true
		}
		return 0, false
	}
	day, err1 := strconv.Atoi(strings.TrimSuffix(f[0], "er"))
	m, ok := frenchMonths[f[1]]
	y, err2 := strconv.Atoi(f[2])
	if err1 != nil || err2 != nil || !ok || y < 1900 || y > 2200 {
		return 0, false
	}
	d, err := backend.ParseDate(strconv.Itoa(y) + "-" + pad(m) + "-" + pad(day))
	return d, err == nil
}

func pad(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

var unaccent = transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// fold lowers and strips accents and typographic apostrophes: « Jugement d’ouverture » → "jugement d'ouverture".
func fold(s string) string {
	out, _, err := transform.String(unaccent, strings.ToLower(s))
	if err != nil {
		out = strings.ToLower(s)
	}
	return strings.NewReplacer("’", "'", "\u00a0", " ", "\u202f", " ").Replace(out)
}
