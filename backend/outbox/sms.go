package outbox

import (
	"context"
	"errors"
	"time"

	"strings"

	"relance/backend"
	"relance/backend/calendar"
	"relance/backend/dunning"
	"relance/backend/service"
	"relance/backend/sms"
	"relance/backend/store"
)

// The SMS side of the outbox. A text goes queued → sending (committed) → sent, failed or uncertain like an e-mail:
// claimed before the request leaves, so that a crash or a request left without answer is never sent twice (neither
// Brevo nor OVHcloud documents an idempotency key for SMS — Brevo's is for its e-mail API — so the outbox's claim is
// what makes a text go once). It leaves only
// within the SMS hours (8:00–20:00 by default) on the chase's sending days; a temporary refusal is tried again
// later, a permanent one is explained and becomes a call to make.

// smsDeliveryEvery is how often the delivery reports of the texts sent are fetched while the window is open.
const smsDeliveryEvery = 5 * time.Minute

// smsReportDays bounds how long a report is waited for: past it, the text stays « envoyé » without report.
const smsReportDays = 7

// SendTexts sends the due texts of the outbox and fetches the delivery reports (a failure to fetch them is
// logged: the next pass asks again).
func (s *Sender) SendTexts(ctx context.Context) (Report, error) {
	rep, err := s.ProcessSMS(ctx)
	if err != nil {
		return rep, err
	}
	if _, err := s.FetchDeliveries(ctx); err != nil {
		s.Deps.Logger().Warn("sms delivery reports", "err", backend.ErrorMessage(err))
	}
	return rep, nil
}

// ProcessSMS sends the texts of the outbox whose time has come, oldest first.
func (s *Sender) ProcessSMS(ctx context.Context) (Report, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var rep Report
	queued, err := s.Deps.Store.Outbox(store.OutboxQuery{States: []backend.OutboxState{backend.OutboxQueued}})
	if err != nil {
		return rep, err
	}
	var due []backend.OutboxMessage
	for i := len(queued) - 1; i >= 0; i-- { // the list is newest first
		if queued[i].IsSMS() {
			due = append(due, queued[i])
		}
	}
	if len(due) == 0 {
		return rep, nil
	}
	p, set, why, err := s.Accounts.SMS()
	if err != nil || why != "" {
		rep.Stopped, rep.Waiting = why, len(due)
		return rep, err
	}
	if _, demo, err := s.Deps.Store.DemoMark(); err != nil || demo {
		rep.Waiting = len(due)
		rep.Stopped = "Données de démonstration : aucun SMS n'est envoyé aux numéros des clients fictifs. Effacez les données de démonstration pour relancer vos vrais clients."
		return rep, err
	}
	win, cal, err := window(s.Deps.Store, set)
	if err != nil {
		return rep, err
	}
	changed := false
	defer func() {
		if changed {
			s.Deps.Emit(EventUpdated, nil)
			s.Deps.Emit(service.EventChaseUpdated, nil)
		}
	}()
	for k, m := range due {
		now := s.Deps.Clock.Now()
		if m.NextAttempt.After(now) {
			continue
		}
		if next := win.Next(now, cal); !next.Equal(now) {
			rep.Waiting += len(due) - k
			rep.Stopped = "hors des heures d'envoi des SMS : ils partiront le " + backend.DateOf(next).French() + " à " + next.In(backend.Paris).Format("15h04")
			return rep, nil
		}
		if len(m.To) == 0 {
			continue
		}
		claimed, ok, err := s.claim(m, now)
		if err != nil {
			return rep, err
		}
		if !ok {
			continue
		}
		changed = true
		sctx, cancel := context.WithTimeout(ctx, 45*time.Second)
		rec, err := p.Send(sctx, sms.Message{Sender: set.Sender, To: claimed.To[0], Text: claimed.Text, Ref: smsRef(claimed.MessageID)})
		cancel()
		res, stop := s.smsResult(claimed, rec, err, &rep)
		if _, err := s.Deps.Store.SettleOutbox(claimed.ID, res); err != nil {
			return rep, err
		}
		if stop {
			rep.Waiting += len(due) - k - 1
			return rep, nil
		}
	}
	return rep, nil
}

// smsResult turns a send's outcome into the outbox's; stop is true when the account itself was refused (the other
// texts wait too, none used up).
func (s *Sender) smsResult(m backend.OutboxMessage, rec sms.Receipt, err error, rep *Report) (res store.OutboxResult, stop bool) {
	var se *sms.Error
	if err != nil && !errors.As(err, &se) {
		se = &sms.Error{Kind: sms.Temporary, Message: backend.ErrorMessage(err), Err: err}
	}
	now := s.Deps.Clock.Now()
	switch {
	case err == nil:
		rep.Sent++
		return store.OutboxResult{State: backend.OutboxSent, ProviderID: rec.ID}, false
	case se.Kind == sms.Account:
		rep.Stopped = se.Message
		return store.OutboxResult{State: backend.OutboxQueued, ErrorKind: string(se.Kind), Error: se.Message, Release: true,
			NextAttempt: now.Add(15 * time.Minute)}, true
	case se.Kind == sms.Uncertain:
		rep.Uncertain++
		return store.OutboxResult{State: backend.OutboxUncertain, ErrorKind: string(se.Kind), Error: se.Message}, false
	case se.Kind == sms.Temporary && m.Attempts <= len(retryDelays):
		rep.Retry++
		return store.OutboxResult{State: backend.OutboxQueued, ErrorKind: string(se.Kind), Error: se.Message,
			NextAttempt: now.Add(retryDelays[m.Attempts-1])}, false
	}
	rep.Failed++
	return store.OutboxResult{State: backend.OutboxFailed, ErrorKind: string(se.Kind), Error: se.Message,
		FollowUp: &backend.FollowUp{ClientID: m.ClientID, ClientName: m.ClientName, InvoiceIDs: m.InvoiceIDs, Channel: backend.ChannelCall,
			Reason: "le SMS « " + m.Subject + " » n'a pas pu partir : " + se.Message}}, false
}

// FetchDeliveries asks the provider where the texts sent in the last days stand, and records the final reports
// (« délivré », « échec : numéro invalide ») on the clients' timelines; an undelivered text becomes a call to make.
func (s *Sender) FetchDeliveries(ctx context.Context) (int, error) {
	p, _, why, err := s.Accounts.SMS()
	if err != nil || why != "" {
		return 0, err
	}
	if err := s.findUncertainSMS(ctx, p); err != nil {
		return 0, err
	}
	sent, err := s.Deps.Store.Outbox(store.OutboxQuery{States: []backend.OutboxState{backend.OutboxSent}, Limit: 2000})
	if err != nil {
		return 0, err
	}
	since := s.Deps.Clock.Now().Add(-smsReportDays * 24 * time.Hour)
	n := 0
	for _, m := range sent {
		if !m.IsSMS() || m.Delivery != sms.Pending || m.ProviderID == "" || m.SentAt.Before(since) || len(m.To) == 0 {
			continue
		}
		cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		d, err := p.Delivery(cctx, m.ProviderID, m.To[0])
		cancel()
		if err != nil {
			return n, err // the provider is out of reach or refuses: the next pass asks again
		}
		var f *backend.FollowUp
		if d.State == sms.Failed {
			f = &backend.FollowUp{ClientID: m.ClientID, ClientName: m.ClientName, InvoiceIDs: m.InvoiceIDs, Channel: backend.ChannelCall,
				Reason: "le SMS « " + m.Subject + " » n'a pas été délivré au " + m.To[0] + " : " + d.Reason}
		}
		changed, err := s.Deps.Store.SetOutboxDelivery(m.ID, d.State, d.Reason, f)
		if err != nil {
			return n, err
		}
		if changed && d.State != sms.Pending {
			n++
		}
	}
	if n > 0 {
		s.Deps.Emit(EventUpdated, nil)
		s.Deps.Emit(service.EventLedgerChanged, nil)
	}
	return n, nil
}

// findUncertainSMS looks for the texts left without answer at the provider, by their tag: one found did leave and is
// settled as sent (its report is then fetched like the others); one not found stays « incertain » for the owner.
// Nothing is ever sent again from here.
func (s *Sender) findUncertainSMS(ctx context.Context, p sms.Provider) error {
	unc, err := s.Deps.Store.Outbox(store.OutboxQuery{States: []backend.OutboxState{backend.OutboxUncertain}})
	if err != nil {
		return err
	}
	changed := false
	for _, m := range unc {
		if !m.IsSMS() || len(m.To) == 0 {
			continue
		}
		cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		id, found, err := p.Find(cctx, smsRef(m.MessageID), m.To[0])
		cancel()
		if err != nil {
			return err
		}
		if found {
			ok, err := s.Deps.Store.SettleUncertainSMS(m.ID, id)
			if err != nil {
				return err
			}
			changed = changed || ok
		}
	}
	if changed {
		s.Deps.Emit(EventUpdated, nil)
	}
	return nil
}

// smsRef is the tag the provider files the message under (letters, digits and dashes), derived from the outbox's
// stable reference of the text.
func smsRef(messageID string) string {
	return "relance-" + strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(messageID, "<"), "sms."), "@relance.invalid>")
}

// window is when texts may leave: the SMS hours on the chase's sending days, public holidays excepted.
func window(st *store.Store, s sms.Settings) (calendar.SendWindow, calendar.Calendar, error) {
	cs, err := st.ChaseSettings()
	if err != nil {
		return calendar.SendWindow{}, calendar.Calendar{}, err
	}
	w := dunning.SendWindow(cs)
	w.Start, w.End = s.WindowStart, s.WindowEnd
	return w, calendar.Calendar{AlsaceMoselle: cs.AlsaceMoselle}, nil
}
