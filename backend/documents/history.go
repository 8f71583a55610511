package documents

import (
	"slices"
	"strings"

	"relance/backend"
	"relance/backend/pdf"
)

// contactHistory is what was done to obtain payment from a client before a day, oldest first: the e-mails that
// left, the letters and notices, the calls and their outcome. The notice cites it (« restées sans effet ») and the
// court file lists it; both must show only what really happened, and before the document's own date.
func (s *Service) contactHistory(clientID uint64, before backend.Date) ([]pdf.ReminderEntry, error) {
	var out []pdf.ReminderEntry
	// The client's journal is indexed by client: the e-mails that left are found through it, not by reading the
	// whole outbox (100 000 messages after years of use).
	events, err := s.Store.ClientEvents(clientID, 0)
	if err != nil {
		return nil, err
	}
	seen := map[uint64]bool{}
	for _, e := range events {
		if (e.Kind != "mail.sent" && e.Kind != "mail.resolved") || e.EntityID == 0 || seen[e.EntityID] {
			continue
		}
		seen[e.EntityID] = true
		m, err := s.Store.OutboxMessage(e.EntityID)
		if err != nil {
			if backend.ErrorCode(err) == backend.ENOTFOUND {
				continue
			}
			return nil, err
		}
		if d := backend.DateOf(m.SentAt); m.State == backend.OutboxSent && !m.SentAt.IsZero() && d < before {
			out = append(out, pdf.ReminderEntry{Date: d, Step: m.StepName, Channel: "E-mail", Invoices: m.InvoiceNumbers})
		}
	}
	docs, err := s.Store.ClientDocuments(clientID)
	if err != nil {
		return nil, err
	}
	for _, doc := range docs {
		if (doc.Kind != backend.DocFormalNotice && doc.Kind != backend.DocReminderLetter) || doc.Draft || doc.Date >= before {
			continue
		}
		channel := "Courrier"
		if doc.RegisteredNumber != "" {
			channel = "Lettre recommandée avec AR"
		}
		out = append(out, pdf.ReminderEntry{Date: doc.Date, Step: backend.DocumentLabels[doc.Kind], Channel: channel,
			Invoices: Numbers(s.Store, doc.InvoiceIDs)})
	}
	for _, e := range events {
		// RecordCall's summary: « Appel (Relance 2, F-1, F-2) : Pas de réponse — note »
		rest, ok := strings.CutPrefix(e.Summary, "Appel (")
		if !ok || !strings.HasPrefix(e.Kind, "action.") || backend.DateOf(e.At) >= before {
			continue
		}
		what, outcome, _ := strings.Cut(rest, ") : ")
		step, invoices, _ := strings.Cut(what, ", ")
		entry := pdf.ReminderEntry{Date: backend.DateOf(e.At), Step: step, Channel: "Téléphone", Outcome: outcome}
		if invoices != "" {
			entry.Invoices = strings.Split(invoices, ", ")
		}
		out = append(out, entry)
	}
	slices.SortStableFunc(out, func(a, b pdf.ReminderEntry) int { return int(a.Date) - int(b.Date) })
	return out, nil
}

// priorReminders are the written reminders a notice dated today cites as « restées sans effet »: e-mails and
// letters before today (a notice made again the same day does not cite the first), each with its date and channel.
func (s *Service) priorReminders(clientID uint64, today backend.Date) ([]string, error) {
	h, err := s.contactHistory(clientID, today)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range h {
		switch {
		case e.Channel == "E-mail":
			out = append(out, "relance par e-mail du "+e.Date.French())
		case e.Step == backend.DocumentLabels[backend.DocFormalNotice]:
			out = append(out, "mise en demeure du "+e.Date.French())
		case e.Channel != "Téléphone":
			out = append(out, "relance par courrier du "+e.Date.French())
		}
	}
	return out, nil
}
