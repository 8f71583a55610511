package chase

import (
	"fmt"
	"strings"

	"relance/backend"
	"relance/backend/dunning"
	"relance/backend/service"
)

// Phone calls and tasks: the call list with its script, and the one-click outcomes that update the chase.

// CallOutcomes are the outcomes of a call, with their French labels.
var CallOutcomes = map[string]string{
	"no_answer": "Pas de réponse", "voicemail": "Message laissé", "wrong_number": "Mauvais numéro",
	"not_received": "Facture non reçue (à renvoyer)", "awaiting_approval": "En attente de validation chez le client",
	"dispute": "Litige", "payment_in_progress": "Paiement en cours", "promise": "Promesse de paiement", "paid": "Déjà payé",
}

// RecordCall records the outcome of a call (or SMS) and updates the chase: a dispute stops it, a promise pauses it
// until the date, a payment said to be made or under way pauses it a few days while the bank confirms.
func (s *Service) RecordCall(actionID, outcome, date, note string) error {
	label, ok := CallOutcomes[outcome]
	if !ok {
		return backend.Errorf(backend.EINVALID, "résultat d'appel « %s » inconnu", outcome)
	}
	act, err := s.Find(actionID)
	if err != nil {
		return err
	}
	today := backend.Today(s.deps.Clock)
	note = strings.TrimSpace(note)
	var promised backend.Date
	if outcome == "promise" {
		if promised, err = backend.ParseDate(date); err != nil || promised < today {
			return &backend.Error{Code: backend.EINVALID, Fields: []backend.FieldError{{Field: "date", Message: "indiquez la date de paiement promise"}}}
		}
	}
	summary := fmt.Sprintf("Appel (%s, %s) : %s%s", act.StepName, strings.Join(act.InvoiceNumbers, ", "), label, noteSuffix(note))
	s.mu.Lock()
	err = s.apply(act, backend.StepDone, outcome, summary)
	s.mu.Unlock()
	if err != nil {
		return err
	}
	for _, id := range act.InvoiceIDs {
		var change func(*backend.Invoice, *backend.InvoiceChase) error
		var what string
		switch outcome {
		case "dispute":
			what = "litige signalé par téléphone" + noteSuffix(note)
			change = func(_ *backend.Invoice, c *backend.InvoiceChase) error {
				c.Dispute = &backend.Dispute{Reason: backend.DisputeOther, Note: note, Since: today}
				return nil
			}
		case "promise":
			what = "promesse de paiement au " + promised.French() + " (appel)"
			change = func(_ *backend.Invoice, c *backend.InvoiceChase) error {
				c.Promise = &backend.Promise{Until: promised, Since: today, Note: note}
				return nil
			}
		case "paid", "payment_in_progress":
			until := today.AddDays(backend.AnnouncedPaymentDays)
			what = label + " selon le client : relance suspendue jusqu'au " + until.French() + ", en attente du paiement"
			change = func(_ *backend.Invoice, c *backend.InvoiceChase) error {
				c.Promise = &backend.Promise{Until: until, Since: today, Note: label}
				return nil
			}
		default:
			continue
		}
		if _, err := s.deps.Store.UpdateInvoiceChase(id, what, change); err != nil {
			return err
		}
	}
	s.deps.Emit(service.EventChaseUpdated, nil)
	return nil
}

// CompleteTask marks a task done, with the user's note.
func (s *Service) CompleteTask(actionID, note string) error {
	act, err := s.Find(actionID)
	if err != nil {
		return err
	}
	s.mu.Lock()
	err = s.apply(act, backend.StepDone, "", "Tâche faite : "+act.StepName+noteSuffix(strings.TrimSpace(note)))
	s.mu.Unlock()
	if err != nil {
		return err
	}
	s.deps.Emit(service.EventChaseUpdated, nil)
	return nil
}

// Script is what the user needs on the phone.
type Script struct {
	ActionID    string         `json:"actionId"`
	ClientName  string         `json:"clientName"`
	ContactName string         `json:"contactName"`
	Phone       string         `json:"phone"`
	Email       string         `json:"email"`
	Lines       []dunning.Line `json:"lines"`
	Total       backend.Cents  `json:"total"`
	History     []string       `json:"history"`
	Script      []string       `json:"script"`
}

// CallScript prepares a call: who to call, what is owed, what was already sent, and what to say.
func (s *Service) CallScript(actionID string) (Script, error) {
	act, err := s.Find(actionID)
	if err != nil {
		return Script{}, err
	}
	client, err := s.deps.Store.Client(act.ClientID)
	if err != nil {
		return Script{}, err
	}
	company, err := s.deps.Store.Company()
	if err != nil {
		return Script{}, err
	}
	cs := Script{ActionID: act.ID, ClientName: client.Name, Phone: client.Phone, Email: client.ReminderEmail(),
		Lines: act.Lines, Total: act.Total, History: []string{}}
	if k, ok := client.BillingContact(); ok {
		cs.ContactName = strings.TrimSpace(k.FirstName + " " + k.LastName)
		if k.Phone != "" {
			cs.Phone = k.Phone
		}
	}
	events, err := s.deps.Store.ClientEvents(client.ID, 30)
	if err != nil {
		return Script{}, err
	}
	for _, e := range events {
		if strings.HasPrefix(e.Kind, "action.") || strings.HasPrefix(e.Kind, "document.") || strings.HasPrefix(e.Kind, "chase.") {
			cs.History = append(cs.History, backend.DateOf(e.At).French()+" — "+e.Summary)
		}
	}
	who := "Madame, Monsieur"
	if cs.ContactName != "" {
		who = cs.ContactName
	}
	me := strings.TrimSpace(company.Signatory.FirstName + " " + company.Signatory.LastName)
	if me == "" {
		me = "[votre nom]"
	}
	var invs []string
	for _, l := range act.Lines {
		part := fmt.Sprintf("la facture n° %s de %s, échue le %s", l.Number, backend.FormatEUR(l.Amount), l.DueDate.French())
		invs = append(invs, part)
	}
	cs.Script = []string{
		fmt.Sprintf("Bonjour %s, %s de %s. Je vous appelle au sujet de %s.", who, me, company.LegalName, strings.Join(invs, ", puis ")),
		fmt.Sprintf("Sauf erreur de notre part, le total de %s reste à régler. Pouvez-vous me dire où en est le paiement ?", backend.FormatEUR(act.Total)),
		"Si la facture n'a pas été reçue : proposez de la renvoyer immédiatement par e-mail et notez l'adresse.",
		"Si le client conteste : notez le motif précis (marchandise, qualité, prix…) ; la relance de cette facture sera suspendue.",
		"Si le client promet un paiement : demandez une date précise et le moyen de paiement, puis confirmez-les par écrit.",
	}
	if len(cs.History) > 0 {
		cs.Script = append(cs.Script, "Déjà fait : "+cs.History[0]+".")
	}
	return cs, nil
}
