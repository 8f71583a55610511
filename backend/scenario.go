package backend

import (
	"strings"
)

// Channel is how a reminder step reaches the client (or, for a task, the user).
type Channel string

const (
	ChannelEmail  Channel = "email"
	ChannelLetter Channel = "letter"
	ChannelCall   Channel = "call"
	ChannelSMS    Channel = "sms"
	ChannelTask   Channel = "task" // an internal to-do: not a contact with the client
)

// Channels lists every channel with its French label, in the order the UI shows them.
var Channels = []struct {
	Channel Channel
	Label   string
}{
	{ChannelEmail, "E-mail"}, {ChannelLetter, "Courrier"}, {ChannelCall, "Appel"}, {ChannelSMS, "SMS"},
	{ChannelTask, "Tâche"},
}

// Valid reports whether c is one of the channels.
func (c Channel) Valid() bool {
	switch c {
	case ChannelEmail, ChannelLetter, ChannelCall, ChannelSMS, ChannelTask:
		return true
	}
	return false
}

// IsContact reports whether a step on this channel reaches the client. Contacts count for the minimum gap between
// two contacts of one client; a task is the user's own to-do and does not.
func (c Channel) IsContact() bool { return c != ChannelTask }

// AnchorKind says what a step's Days count from.
type AnchorKind string

const (
	BeforeDue     AnchorKind = "before_due"     // Days before the due date (J-3)
	AfterDue      AnchorKind = "after_due"      // Days after the due date (J+8)
	AfterPrevious AnchorKind = "after_previous" // Days after the previous step went out (or was due, when skipped)
)

// AnchorKinds maps each anchor to its French label.
var AnchorKinds = map[AnchorKind]string{
	BeforeDue: "jours avant l'échéance", AfterDue: "jours après l'échéance", AfterPrevious: "jours après l'étape précédente",
}

// What a step can attach to its message.
const (
	AttachInvoice      = "invoice"       // a copy of each invoice
	AttachStatement    = "statement"     // the client's account statement
	AttachFormalNotice = "formal_notice" // the formal notice letter as PDF
)

// Attachments maps each attachment kind to its French label.
var Attachments = map[string]string{
	AttachInvoice: "Copie de la facture", AttachStatement: "Relevé de compte", AttachFormalNotice: "Mise en demeure (PDF)",
}

// Tones a template can be written in; the template catalogue picks its wording from it.
const (
	ToneGentle  = "gentle"
	ToneNeutral = "neutral"
	ToneFirm    = "firm"
	ToneFormal  = "formal"
)

// Tones maps each tone to its French label.
var Tones = map[string]string{ToneGentle: "Courtois", ToneNeutral: "Neutre", ToneFirm: "Ferme", ToneFormal: "Formel"}

// Step is one rung of a reminder scenario.
type Step struct {
	ID        string     `json:"id"` // unique in its scenario; step records refer to it, so keep it when renaming
	Name      string     `json:"name"`
	Anchor    AnchorKind `json:"anchor"`
	Days      int        `json:"days"`
	Channel   Channel    `json:"channel"`
	Template  string     `json:"template"`         // template key: courtesy, reminder1, firm, final, notice, call_script…
	Review    bool       `json:"review"`           // « à valider avant envoi »: waits in the review queue
	MinAmount Cents      `json:"minAmount"`        // below this amount owed, the step is skipped
	Attach    []string   `json:"attach,omitempty"` // AttachInvoice, AttachStatement, AttachFormalNotice
	Tone      string     `json:"tone,omitempty"`   // ToneGentle…; empty lets the template decide
}

// Scenario is an ordered list of steps applied to an invoice, from before its due date until it is paid.
type Scenario struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	Steps       []Step `json:"steps"`
	// RepeatLastEmailEveryDays, when positive, sends the last e-mail step again every so many days once every step
	// has been reached, until the invoice is paid.
	RepeatLastEmailEveryDays int  `json:"repeatLastEmailEveryDays"`
	DoNotChase               bool `json:"doNotChase"` // « Ne pas relancer »: no step is ever planned
	// ThankYou sends the « thanks » message when an invoice that was chased (a step went out) gets paid.
	ThankYou bool `json:"thankYou"`
}

// maxStepDays bounds a step's offset: two years is beyond any sensible chase and catches typos (300 for 30).
const maxStepDays = 730

// Offset is the step's nominal position relative to the due date (J-3 → -3, J+8 → 8), following after_previous
// steps from the ones before. It is what "ordered" means for a scenario.
func (s *Scenario) Offset(i int) int {
	off := 0
	for k := 0; k <= i && k < len(s.Steps); k++ {
		switch st := s.Steps[k]; st.Anchor {
		case BeforeDue:
			off = -st.Days
		case AfterPrevious:
			off += st.Days
		default:
			off = st.Days
		}
	}
	return off
}

// StepIndex returns the position of the step with this ID, or -1.
func (s *Scenario) StepIndex(id string) int {
	for i := range s.Steps {
		if s.Steps[i].ID == id {
			return i
		}
	}
	return -1
}

// Validate checks a scenario as the editor saves it. Steps must come in date order (each strictly after the one
// before, so one invoice never gets two steps the same day) because the planner reaches them in order.
func (s *Scenario) Validate() error {
	var p Problems
	s.ID = strings.TrimSpace(s.ID)
	s.Name = strings.TrimSpace(s.Name)
	if s.ID == "" {
		p.Add("id", "l'identifiant du scénario est obligatoire")
	} else if len(s.ID) > 40 || strings.ContainsAny(s.ID, "|\r\n\t ") {
		p.Add("id", "identifiant « %s » invalide : 40 caractères au plus, sans espace ni |", s.ID)
	}
	if s.Name == "" {
		p.Add("name", "le nom du scénario est obligatoire")
	}
	if s.RepeatLastEmailEveryDays < 0 || s.RepeatLastEmailEveryDays > 365 {
		p.Add("repeatLastEmailEveryDays", "la répétition doit être comprise entre 0 (jamais) et 365 jours")
	}
	if !s.DoNotChase && len(s.Steps) == 0 {
		p.Add("steps", "ajoutez au moins une étape, ou cochez « Ne pas relancer »")
	}
	seen := make(map[string]int, len(s.Steps))
	email := false
	for i := range s.Steps {
		st := &s.Steps[i]
		f := "steps." + itoa(i) + "."
		st.ID = strings.TrimSpace(st.ID)
		st.Name = strings.TrimSpace(st.Name)
		label := "étape " + itoa(i+1)
		if st.Name != "" {
			label += " « " + st.Name + " »"
		}
		switch {
		case st.ID == "":
			p.Add(f+"id", "%s : l'identifiant est obligatoire", label)
		case len(st.ID) > 40 || strings.ContainsAny(st.ID, "|\r\n\t "):
			p.Add(f+"id", "%s : identifiant « %s » invalide (40 caractères au plus, sans espace ni |)", label, st.ID)
		default:
			if j, dup := seen[st.ID]; dup {
				p.Add(f+"id", "%s : l'identifiant « %s » est déjà celui de l'étape %d", label, st.ID, j+1)
			}
			seen[st.ID] = i
		}
		if st.Name == "" {
			p.Add(f+"name", "%s : le nom est obligatoire", label)
		}
		switch st.Anchor {
		case BeforeDue, AfterDue:
		case AfterPrevious:
			if i == 0 {
				p.Add(f+"anchor", "%s : la première étape se place avant ou après l'échéance, pas après une étape précédente", label)
			}
		default:
			p.Add(f+"anchor", "%s : point de départ « %s » inconnu (avant l'échéance, après l'échéance ou après l'étape précédente)", label, st.Anchor)
		}
		if st.Days < 0 || st.Days > maxStepDays {
			p.Add(f+"days", "%s : le nombre de jours doit être compris entre 0 et %d", label, maxStepDays)
		}
		if !st.Channel.Valid() {
			p.Add(f+"channel", "%s : canal « %s » inconnu (e-mail, courrier, appel, SMS ou tâche)", label, st.Channel)
		}
		email = email || st.Channel == ChannelEmail
		if strings.TrimSpace(st.Template) == "" {
			p.Add(f+"template", "%s : choisissez un modèle", label)
		}
		if st.MinAmount < 0 {
			p.Add(f+"minAmount", "%s : le montant minimum ne peut pas être négatif", label)
		}
		for _, a := range st.Attach {
			if _, ok := Attachments[a]; !ok {
				p.Add(f+"attach", "%s : pièce jointe « %s » inconnue (facture, relevé de compte ou mise en demeure)", label, a)
			}
		}
		if _, ok := Tones[st.Tone]; st.Tone != "" && !ok {
			p.Add(f+"tone", "%s : ton « %s » inconnu (courtois, neutre, ferme ou formel)", label, st.Tone)
		}
		if i > 0 && st.Anchor != "" && st.Days >= 0 {
			if prev, cur := s.Offset(i-1), s.Offset(i); cur <= prev {
				p.Add(f+"days", "%s : elle doit tomber après l'étape précédente (%s), or elle tombe à %s", label, jLabel(prev), jLabel(cur))
			}
		}
	}
	if s.RepeatLastEmailEveryDays > 0 && !email {
		p.Add("repeatLastEmailEveryDays", "la répétition reprend la dernière étape e-mail : ajoutez-en une")
	}
	return p.Err()
}

// jLabel writes an offset the way French dunning schedules do: J-3, J, J+8.
func jLabel(off int) string {
	switch {
	case off < 0:
		return "J-" + itoa(-off)
	case off == 0:
		return "J"
	}
	return "J+" + itoa(off)
}

// Default scenario IDs; the segment of the same name uses the scenario of the same name by default.
const (
	ScenarioRegular   = "regular"
	ScenarioAtRisk    = "at-risk"
	ScenarioStrategic = "strategic"
	ScenarioNew       = "new"
	ScenarioNone      = "none"
)

// DefaultScenarios are the French scenarios shipped with the app, one per default segment plus « Ne pas relancer ».
// The user edits them like any other.
func DefaultScenarios() []Scenario {
	inv := []string{AttachInvoice}
	invStmt := []string{AttachInvoice, AttachStatement}
	notice := []string{AttachFormalNotice, AttachInvoice, AttachStatement}
	return []Scenario{
		{
			ID: ScenarioRegular, Name: "Client régulier", ThankYou: true,
			Description: "Rappel courtois trois jours avant l'échéance, deux e-mails, un appel, puis la mise en demeure à J+30.",
			Steps: []Step{
				{ID: "courtesy", Name: "Rappel courtois", Anchor: BeforeDue, Days: 3, Channel: ChannelEmail, Template: "courtesy", Attach: inv, Tone: ToneGentle},
				{ID: "reminder1", Name: "Relance 1", Anchor: AfterDue, Days: 1, Channel: ChannelEmail, Template: "reminder1", Attach: inv, Tone: ToneNeutral},
				{ID: "firm", Name: "Relance ferme", Anchor: AfterDue, Days: 8, Channel: ChannelEmail, Template: "firm", Attach: invStmt, Tone: ToneFirm},
				{ID: "call", Name: "Appel", Anchor: AfterDue, Days: 15, Channel: ChannelCall, Template: "call_script", Tone: ToneFirm},
				{ID: "notice", Name: "Mise en demeure", Anchor: AfterDue, Days: 30, Channel: ChannelLetter, Template: "notice", Attach: notice, Tone: ToneFormal},
			},
		},
		{
			ID: ScenarioAtRisk, Name: "Client à risque", ThankYou: true,
			Description: "Écarts plus courts : rappel cinq jours avant l'échéance, appel dès J+6, mise en demeure à J+21.",
			Steps: []Step{
				{ID: "courtesy", Name: "Rappel courtois", Anchor: BeforeDue, Days: 5, Channel: ChannelEmail, Template: "courtesy", Attach: inv, Tone: ToneNeutral},
				{ID: "reminder1", Name: "Relance 1", Anchor: AfterDue, Days: 1, Channel: ChannelEmail, Template: "reminder1", Attach: inv, Tone: ToneNeutral},
				{ID: "call", Name: "Appel", Anchor: AfterDue, Days: 6, Channel: ChannelCall, Template: "call_script", Tone: ToneFirm},
				{ID: "firm", Name: "Relance ferme", Anchor: AfterDue, Days: 12, Channel: ChannelEmail, Template: "firm", Attach: invStmt, Tone: ToneFirm},
				{ID: "notice", Name: "Mise en demeure", Anchor: AfterDue, Days: 21, Channel: ChannelLetter, Template: "notice", Attach: notice, Tone: ToneFormal},
			},
		},
		{
			ID: ScenarioStrategic, Name: "Client stratégique", ThankYou: true,
			Description: "Ton courtois, un appel avant tout e-mail ferme, mise en demeure seulement après validation.",
			Steps: []Step{
				{ID: "courtesy", Name: "Rappel courtois", Anchor: BeforeDue, Days: 3, Channel: ChannelEmail, Template: "courtesy", Attach: inv, Tone: ToneGentle},
				{ID: "reminder1", Name: "Relance 1", Anchor: AfterDue, Days: 3, Channel: ChannelEmail, Template: "reminder1", Attach: inv, Tone: ToneGentle},
				{ID: "call", Name: "Appel", Anchor: AfterDue, Days: 10, Channel: ChannelCall, Template: "call_script", Tone: ToneGentle},
				{ID: "firm", Name: "Relance ferme", Anchor: AfterDue, Days: 20, Channel: ChannelEmail, Template: "firm", Attach: invStmt, Tone: ToneNeutral},
				{ID: "notice", Name: "Mise en demeure", Anchor: AfterDue, Days: 45, Channel: ChannelLetter, Template: "notice", Attach: notice, Tone: ToneFormal, Review: true},
			},
		},
		{
			ID: ScenarioNew, Name: "Nouveau client", ThankYou: true,
			Description: "Comme un client régulier, mais la mise en demeure attend votre validation.",
			Steps: []Step{
				{ID: "courtesy", Name: "Rappel courtois", Anchor: BeforeDue, Days: 3, Channel: ChannelEmail, Template: "courtesy", Attach: inv, Tone: ToneGentle},
				{ID: "reminder1", Name: "Relance 1", Anchor: AfterDue, Days: 1, Channel: ChannelEmail, Template: "reminder1", Attach: inv, Tone: ToneNeutral},
				{ID: "firm", Name: "Relance ferme", Anchor: AfterDue, Days: 8, Channel: ChannelEmail, Template: "firm", Attach: invStmt, Tone: ToneFirm},
				{ID: "call", Name: "Appel", Anchor: AfterDue, Days: 15, Channel: ChannelCall, Template: "call_script", Tone: ToneFirm},
				{ID: "notice", Name: "Mise en demeure", Anchor: AfterDue, Days: 30, Channel: ChannelLetter, Template: "notice", Attach: notice, Tone: ToneFormal, Review: true},
			},
		},
		{
			ID: ScenarioNone, Name: "Ne pas relancer",
			Description: "Aucune relance automatique : à réserver aux clients suivis à la main.",
			DoNotChase:  true,
		},
	}
}
