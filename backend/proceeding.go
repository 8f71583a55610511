package backend

import (
	"strings"
	"time"
)

// A client that goes under: the collective proceedings (sauvegarde, redressement, liquidation judiciaire) the
// BODACC publishes about it, and the state of the company in the directory. Once a proceeding is opened, claims
// born before the opening judgment may no longer be chased (art. L622-21 Code de commerce): they are declared to
// the mandataire judiciaire within two months of the judgment's publication in the BODACC (art. R622-24), or lost.

// ProceedingKind is the kind of a collective proceeding.
type ProceedingKind string

const (
	ProcSafeguard      ProceedingKind = "sauvegarde"
	ProcReorganisation ProceedingKind = "redressement"
	ProcLiquidation    ProceedingKind = "liquidation"
)

// ProceedingLabels name the kinds as a letter writes them.
var ProceedingLabels = map[ProceedingKind]string{
	ProcSafeguard:      "Procédure de sauvegarde",
	ProcReorganisation: "Redressement judiciaire",
	ProcLiquidation:    "Liquidation judiciaire",
}

// JudgmentKind is what a published judgment does to a proceeding.
type JudgmentKind string

const (
	JudgmentOpening    JudgmentKind = "opening"    // jugement d'ouverture
	JudgmentPlan       JudgmentKind = "plan"       // plan de sauvegarde, de redressement, de cession
	JudgmentConversion JudgmentKind = "conversion" // conversion (redressement → liquidation…)
	JudgmentClosing    JudgmentKind = "closing"    // clôture
	JudgmentOther      JudgmentKind = "other"      // anything else: kept and shown, changes nothing
)

// ProceedingEvent is one judgment as the BODACC published it.
type ProceedingEvent struct {
	Kind       JudgmentKind   `json:"kind"`
	Proceeding ProceedingKind `json:"proceeding,omitempty"` // the proceeding the judgment names, when it does
	Nature     string         `json:"nature"`               // as published: « Jugement d'ouverture d'une procédure de redressement judiciaire »
	Date       Date           `json:"date,omitempty" ts_type:"string"`
	Published  Date           `json:"published,omitempty" ts_type:"string"` // date of the BODACC issue
	Court      string         `json:"court,omitempty"`
	Complement string         `json:"complement,omitempty"`
	// Administrator and Mandataire are read from the complement when it names them.
	Administrator string `json:"administrator,omitempty"`
	Mandataire    string `json:"mandataire,omitempty"`
	Reference     string `json:"reference,omitempty"` // « BODACC A n° 20260215, annonce n° 993 »
	ID            string `json:"id,omitempty"`        // the announcement's identifier, to see each one once
}

// Proceeding is one collective proceeding of a client, from its opening to its closing.
type Proceeding struct {
	Kind          ProceedingKind    `json:"kind"` // the current kind: a conversion to liquidation changes it
	Court         string            `json:"court"`
	OpenedOn      Date              `json:"openedOn" ts_type:"string"`              // date of the opening judgment
	PublishedOn   Date              `json:"publishedOn,omitempty" ts_type:"string"` // publication of the opening in the BODACC
	Administrator string            `json:"administrator,omitempty"`
	Mandataire    string            `json:"mandataire,omitempty"`
	ClosedOn      Date              `json:"closedOn,omitempty" ts_type:"string"`
	Events        []ProceedingEvent `json:"events"`
}

// Open tells whether the proceeding is not closed.
func (p *Proceeding) Open() bool { return p != nil && p.ClosedOn.IsZero() }

// Label is the proceeding's name: « Redressement judiciaire ».
func (p *Proceeding) Label() string {
	if l, ok := ProceedingLabels[p.Kind]; ok {
		return l
	}
	return "Procédure collective"
}

// CourtName writes the court as a sentence carries it: « le tribunal de commerce de Lyon ».
func CourtName(court string) string {
	c := strings.TrimSpace(court)
	if c == "" {
		return ""
	}
	if c == strings.ToUpper(c) { // the BODACC writes « TRIBUNAL DE COMMERCE DE LYON »
		words := strings.Fields(strings.ToLower(c))
		for i, w := range words {
			switch w {
			case "de", "du", "des", "la", "le", "les", "d'", "l'", "en", "sur", "tribunal", "judiciaire", "commerce",
				"activités", "économiques", "activites", "economiques", "grande", "instance", "mixte":
				continue
			}
			words[i] = capitalizeParts(w)
		}
		c = strings.Join(words, " ")
	}
	if low := strings.ToLower(c); strings.HasPrefix(low, "tribunal") {
		return "le " + strings.ToLower(c[:1]) + c[1:]
	}
	return c
}

func capitalizeParts(w string) string {
	parts := strings.Split(w, "-")
	for i, p := range parts {
		if p == "" || (i > 0 && (p == "de" || p == "du" || p == "en" || p == "sur" || p == "la" || p == "le" || p == "les")) {
			continue
		}
		r := []rune(p)
		r[0] = []rune(strings.ToUpper(string(r[0])))[0]
		parts[i] = string(r)
	}
	return strings.Join(parts, "-")
}

// StopReason is why the chase stopped, as « Aujourd'hui » and `relance run` show it: « Redressement judiciaire
// ouvert le 03/11/2026 par le tribunal de commerce de Lyon ».
func (p *Proceeding) StopReason() string {
	s := p.Label() + " ouverte" // « procédure de sauvegarde », « liquidation judiciaire »
	if p.Kind == ProcReorganisation {
		s = p.Label() + " ouvert"
	}
	if !p.OpenedOn.IsZero() {
		s += " le " + p.OpenedOn.French()
	}
	if c := CourtName(p.Court); c != "" {
		s += " par " + c
	}
	return s
}

// CompanyCheck is what the last watch learned of a client: its company's state in the directory and its
// proceedings in the BODACC. Stored per client; the watch replaces it, keeping what the owner recorded. The claim
// declaration itself is an archived document (DocClaimDecl), sent when its sending is recorded.
type CompanyCheck struct {
	ClientID  uint64    `json:"clientId"`
	SIREN     string    `json:"siren"`
	CheckedAt time.Time `json:"checkedAt" ts_type:"string"`
	// Closed: the directory says the company ceased trading (or was struck off), on ClosedOn when it says.
	Closed   bool `json:"closed"`
	ClosedOn Date `json:"closedOn,omitempty" ts_type:"string"`
	Created  Date `json:"created,omitempty" ts_type:"string"`
	// StruckOffOn: the BODACC published the company's strike-off from the trade register (radiation) that day.
	StruckOffOn Date         `json:"struckOffOn,omitempty" ts_type:"string"`
	LegalForm   string       `json:"legalForm,omitempty"`
	Proceedings []Proceeding `json:"proceedings"` // oldest first; the last one may be open
	// Announcements counts the BODACC announcements read (all families), for the risk check.
	Announcements int `json:"announcements"`
	// DirectoryError / BodaccError say, in French, what could not be checked last time (offline…); empty when it was.
	DirectoryError string `json:"directoryError,omitempty"`
	BodaccError    string `json:"bodaccError,omitempty"`
	// Overindebted: a consumer's over-indebtedness file (surendettement) declared admissible on this day, as the
	// owner recorded it (the BODACC does not publish them by SIREN).
	Overindebted Date `json:"overindebted,omitempty" ts_type:"string"`
}

// Current is the open proceeding, or nil.
func (c *CompanyCheck) Current() *Proceeding {
	if c == nil || len(c.Proceedings) == 0 {
		return nil
	}
	if p := &c.Proceedings[len(c.Proceedings)-1]; p.Open() {
		return p
	}
	return nil
}

// Latest is the most recent proceeding, open or closed, or nil.
func (c *CompanyCheck) Latest() *Proceeding {
	if c == nil || len(c.Proceedings) == 0 {
		return nil
	}
	return &c.Proceedings[len(c.Proceedings)-1]
}

// AddMonths adds n calendar months the way a deadline in months runs (art. 641 CPC): the same day number, or the
// last day of the month when it has none (31 December + 2 months = 28 or 29 February).
func (d Date) AddMonths(n int) Date {
	if d.IsZero() {
		return 0
	}
	y, m := d.Year(), int(d.Month())-1+n
	y += m / 12
	m %= 12
	if m < 0 {
		m += 12
		y--
	}
	day := d.Day()
	last := time.Date(y, time.Month(m+2), 0, 0, 0, 0, 0, time.UTC).Day()
	return NewDate(y, time.Month(m+1), min(day, last))
}
