// Package outbox sends what the chase queued: e-mails from the user's own mailbox (backend/mail, go-mail) and texts
// through the SMS provider (backend/sms). Each message goes queued → sending (committed) → sent, failed or
// uncertain; a message found "sending" at start may have left, so it is never re-sent without the user. The
// sender keeps to the rate limit and the daily cap, retries temporary failures later, turns a permanent one into a
// call or a letter to make, files a copy in the Sent folder, settles uncertain messages it finds there (or at the
// SMS provider), fetches the texts' delivery reports and waits while the mailbox refuses the sign-in.
//
// It depends on backend/store (through service.Deps: store, clock, log, events), backend/mail, backend/sms and
// backend/dunning (the sending days), and on an Accounts the adapter implements: the mailbox settings and
// credentials (keychain, OAuth tokens) and the SMS account stay with it. The window's bindings (app.OutboxAPI, and
// app.ChaseAPI to send what it just queued) and the command line (`relance run`) call it.
package outbox

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"relance/backend"
	"relance/backend/mail"
	"relance/backend/oauth"
	"relance/backend/service"
	"relance/backend/sms"
	"relance/backend/store"
)

// EventUpdated tells the UI the outbox changed.
const EventUpdated = service.EventOutboxUpdated

// Account is the mailbox e-mails leave from, as the adapter that keeps its settings and credentials gives it.
type Account struct {
	Settings mail.Settings
	// OAuth is true when the mailbox signs in with the provider's access token (renewed when refused).
	OAuth bool
	// Credential is the secret of the next message: the password from the keychain, or a valid access token
	// (force: a renewed one).
	Credential func(ctx context.Context, force bool) (mail.Secret, error)
}

// Accounts is what the sender needs from the adapter holding the settings and the keychain.
type Accounts interface {
	// Mailbox returns the account when e-mails can go out, or why not, in French.
	Mailbox() (Account, string, error)
	// Block stops sending until the owner fixes the sign-in (signIn: the provider's sign-in is to be renewed).
	Block(reason string, signIn bool)
	// SMS returns the provider of the saved settings, or why texts cannot go out, in French.
	SMS() (sms.Provider, sms.Settings, string, error)
}

// Sender sends the outbox, one pass at a time.
type Sender struct {
	Deps     *service.Deps
	Accounts Accounts
	// DataDir is the data folder the attachments are read from.
	DataDir string
	// LogoCID is the Content-ID the composed HTML uses for the company's logo.
	LogoCID string
	// Send is mail.Send when nil; tests count calls through it.
	Send func(ctx context.Context, s mail.Settings, sec mail.Secret, m mail.Message) error

	mu   sync.Mutex // one sender at a time
	pace pacer
}

// pacer spaces sendings to the rate limit. It counts real time, not the ledger's clock (which the command line
// may fix to a given day): only one process can hold the store, so the window of this process is the whole one.
type pacer struct{ sent []time.Time }

// wait returns how long to wait before the next message may go, for at most perMinute a minute.
func (p *pacer) wait(perMinute int) time.Duration {
	now := time.Now()
	for len(p.sent) > 0 && now.Sub(p.sent[0]) >= time.Minute {
		p.sent = p.sent[1:]
	}
	if perMinute <= 0 || len(p.sent) < perMinute {
		return 0
	}
	return time.Minute - now.Sub(p.sent[0])
}

func (p *pacer) add() { p.sent = append(p.sent, time.Now()) }

// Retry delays after temporary failures; after the last one the message is failed.
var retryDelays = []time.Duration{time.Minute, 5 * time.Minute, 15 * time.Minute, time.Hour, 3 * time.Hour, 12 * time.Hour}

// View is the outbox screen.
type View struct {
	Messages  []backend.OutboxMessage `json:"messages"`
	Counts    map[string]int          `json:"counts"`
	FollowUps []backend.FollowUp      `json:"followUps"`
	SentToday int                     `json:"sentToday"`
	DailyCap  int                     `json:"dailyCap"`
	Ready     bool                    `json:"ready"`
	NotReady  string                  `json:"notReady"` // why e-mails cannot go out
	// SMSNotReady says why texts cannot go out ("" when they can, or when SMS are not used: no text in the outbox).
	SMSNotReady string `json:"smsNotReady"`
}

// List returns the outbox, newest first; state filters ("" = all).
func (s *Sender) List(state string) (View, error) {
	q := store.OutboxQuery{Limit: 500}
	if state != "" {
		q.States = []backend.OutboxState{backend.OutboxState(state)}
	}
	msgs, err := s.Deps.Store.Outbox(q)
	if err != nil {
		return View{}, err
	}
	counts, err := s.Deps.Store.OutboxCounts()
	if err != nil {
		return View{}, err
	}
	v := View{Messages: msgs, Counts: map[string]int{}}
	for st, n := range counts {
		v.Counts[string(st)] = n
	}
	for i := range v.Messages { // the list does not need the bodies
		v.Messages[i].HTML = ""
	}
	if v.FollowUps, err = s.Deps.Store.FollowUps(false); err != nil {
		return v, err
	}
	acct, why, err := s.Accounts.Mailbox()
	if err != nil {
		return v, err
	}
	v.Ready, v.NotReady, v.DailyCap = why == "", why, acct.Settings.DailyCap
	for _, m := range v.Messages {
		if m.IsSMS() {
			if _, _, v.SMSNotReady, err = s.Accounts.SMS(); err != nil {
				return v, err
			}
			break
		}
	}
	v.SentToday, err = s.Deps.Store.OutboxSentSince(StartOfDay(s.Deps.Clock.Now()))
	return v, err
}

// Resolve settles a message by hand: "sent" (it did leave), "queued" (send it again, same Message-ID) or
// "cancelled".
func (s *Sender) Resolve(id uint64, state, note string) error {
	if _, err := s.Deps.Store.ResolveOutbox(id, backend.OutboxState(state), note); err != nil {
		return err
	}
	s.Deps.Emit(EventUpdated, nil)
	return nil
}

// CompleteFollowUp marks a fallback call or letter done.
func (s *Sender) CompleteFollowUp(id uint64, note string) error {
	if _, err := s.Deps.Store.CompleteFollowUp(id, note); err != nil {
		return err
	}
	s.Deps.Emit(EventUpdated, nil)
	return nil
}

// SendNow sends what is due in the outbox at once (within the rate limit), the SMS too (within their hours), and
// fetches the SMS delivery reports.
func (s *Sender) SendNow(ctx context.Context) error {
	if _, err := s.Process(ctx, false); err != nil {
		return err
	}
	_, err := s.SendTexts(ctx)
	return err
}

// SendDue sends the due e-mails and texts without waiting for the rate limit; failures are logged (the window
// sends in the background what it just queued).
func (s *Sender) SendDue(ctx context.Context) {
	if _, err := s.Process(ctx, false); err != nil {
		s.Deps.Logger().Error("outbox", "err", backend.ErrorMessage(err))
	}
	if _, err := s.ProcessSMS(ctx); err != nil {
		s.Deps.Logger().Error("outbox sms", "err", backend.ErrorMessage(err))
	}
}

// StartOfDay is midnight in Paris of t's civil day: the daily cap counts from it.
func StartOfDay(t time.Time) time.Time {
	d := backend.DateOf(t)
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, backend.Paris)
}

// Report is what one pass over the outbox did.
type Report struct {
	Sent, Retry, Failed, Uncertain int
	Waiting                        int    // due messages left for the rate limit or the daily cap
	Stopped                        string // why sending stopped early
}

// Process sends the due e-mails of the outbox, oldest first, within the rate limit and the daily cap. With wait,
// it sleeps for the rate limit until every due message went (the command line); without, it stops and the next
// pass continues (the window's sender loop).
func (s *Sender) Process(ctx context.Context, wait bool) (Report, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var rep Report
	acct, why, err := s.Accounts.Mailbox()
	if err != nil || why != "" {
		rep.Stopped = why
		return rep, err
	}
	cfg := acct.Settings
	sec, err := acct.Credential(ctx, false)
	if why, wait := waitForMailbox(acct, err); wait {
		rep.Stopped = why
		return rep, nil
	} else if err != nil {
		return rep, err
	}
	queued, err := s.Deps.Store.Outbox(store.OutboxQuery{States: []backend.OutboxState{backend.OutboxQueued}})
	if err != nil {
		return rep, err
	}
	queued = slices.DeleteFunc(queued, func(m backend.OutboxMessage) bool { return m.IsSMS() }) // texts go through ProcessSMS
	changed := false
	defer func() {
		if changed {
			s.Deps.Emit(EventUpdated, nil)
			s.Deps.Emit(service.EventChaseUpdated, nil)
		}
	}()
	for i := len(queued) - 1; i >= 0; i-- { // the list is newest first
		m := queued[i]
		now := s.Deps.Clock.Now()
		if m.NextAttempt.After(now) {
			continue
		}
		if demoHold(s.Deps.Store, m, &rep) { // demo data: nothing to a real address (demo.go)
			continue
		}
		if n, err := s.Deps.Store.OutboxSentSince(StartOfDay(now)); err != nil {
			return rep, err
		} else if n >= cfg.DailyCap {
			rep.Stopped = fmt.Sprintf("plafond de %d e-mails par jour atteint : les suivants partiront demain", cfg.DailyCap)
			rep.Waiting = i + 1
			return rep, nil
		}
		if d := s.pace.wait(cfg.RatePerMinute); d > 0 {
			if !wait {
				rep.Waiting = i + 1
				rep.Stopped = fmt.Sprintf("limite de %d e-mails par minute : la suite part dans un instant", cfg.RatePerMinute)
				return rep, nil
			}
			select {
			case <-ctx.Done():
				return rep, ctx.Err()
			case <-time.After(d):
			}
		}
		if acct.OAuth { // a pass paced over minutes outlives an access token: renewed shortly before it ends
			sec, err = acct.Credential(ctx, false)
			if why, wait := waitForMailbox(acct, err); wait {
				rep.Stopped, rep.Waiting = why, i+1
				return rep, nil
			} else if err != nil {
				return rep, err
			}
		}
		claimed, ok, err := s.claim(m, now)
		if err != nil {
			return rep, err
		}
		if !ok {
			continue
		}
		changed = true
		s.pace.add()
		refused, err := s.sendOne(ctx, acct, &sec, claimed, &rep)
		if err != nil {
			return rep, err
		}
		if refused { // the mailbox refused the sign-in: the rest waits too
			rep.Waiting = i
			return rep, nil
		}
	}
	return rep, nil
}

// claim marks m as being sent, committed before it leaves; ok is false when another pass took it first or it was
// settled meanwhile.
func (s *Sender) claim(m backend.OutboxMessage, now time.Time) (claimed backend.OutboxMessage, ok bool, err error) {
	claimed, err = s.Deps.Store.ClaimOutbox(m.ID, now)
	if errors.Is(err, store.ErrNotClaimable) {
		return claimed, false, nil
	}
	return claimed, err == nil, err
}

// sendOne sends a claimed message and records the outcome.
// A refusal of the mailbox itself (sign-in revoked, password refused) puts the message back in the queue, blocks
// the mailbox, sets rep.Stopped and returns refused: it is never failed nor turned into a letter.
func (s *Sender) sendOne(ctx context.Context, acct Account, sec *mail.Secret, m backend.OutboxMessage, rep *Report) (refused bool, _ error) {
	cfg := acct.Settings
	msg, err := s.mailMessage(m)
	if err != nil { // an attachment vanished from the data folder: the user must look
		_, err2 := s.Deps.Store.SettleOutbox(m.ID, store.OutboxResult{State: backend.OutboxFailed, ErrorKind: "permanent", Error: backend.ErrorMessage(err)})
		rep.Failed++
		return false, err2
	}
	send := s.Send
	if send == nil {
		send = mail.Send
	}
	sctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	err = send(sctx, cfg, *sec, msg)
	cancel()
	var se *mail.SendError
	if acct.OAuth && errors.As(err, &se) && se.Stage == mail.StageAuth && se.Kind == mail.Permanent {
		// The token was refused (revoked early, or expired on the way): once more with a renewed one.
		var renewed mail.Secret
		if renewed, err = acct.Credential(ctx, true); err == nil {
			sec.Token = renewed.Token
			sctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
			err = send(sctx, cfg, *sec, msg)
			cancel()
		}
	}
	var res store.OutboxResult
	se = nil
	why, mailbox := mailboxRefusal(err)
	switch {
	case err == nil:
		res.State = backend.OutboxSent
		rep.Sent++
	case mailbox:
		if _, ok := oauth.AsSignInNeeded(err); !ok {
			s.Accounts.Block(why, acct.OAuth)
		}
		res = store.OutboxResult{State: backend.OutboxQueued, ErrorKind: "mailbox", Error: why, Release: true}
		rep.Stopped, refused = why, true
	case !errors.As(err, &se) && backend.ErrorCode(err) == backend.EUNAVAILABLE: // the provider's token endpoint is out of reach
		res = store.OutboxResult{State: backend.OutboxQueued, ErrorKind: "temporary", Error: backend.ErrorMessage(err), Release: true,
			NextAttempt: s.Deps.Clock.Now().Add(retryDelays[0])}
		rep.Stopped, refused = backend.ErrorMessage(err), true
	case errors.As(err, &se) && se.Kind == mail.Temporary && m.Attempts <= len(retryDelays):
		res = store.OutboxResult{State: backend.OutboxQueued, ErrorKind: string(se.Kind), Error: se.Message,
			NextAttempt: s.Deps.Clock.Now().Add(retryDelays[m.Attempts-1])}
		rep.Retry++
	case errors.As(err, &se) && se.Kind == mail.Uncertain:
		res = store.OutboxResult{State: backend.OutboxUncertain, ErrorKind: string(se.Kind), Error: se.Message}
		rep.Uncertain++
	default:
		why := backend.ErrorMessage(err)
		kind := "permanent"
		if se != nil {
			why, kind = se.Message, string(se.Kind)
		}
		res = store.OutboxResult{State: backend.OutboxFailed, ErrorKind: kind, Error: why, FollowUp: s.fallback(m, why)}
		rep.Failed++
	}
	if _, err := s.Deps.Store.SettleOutbox(m.ID, res); err != nil {
		return refused, err
	}
	if res.State == backend.OutboxSent && cfg.IMAPHost != "" {
		s.copyToSent(ctx, cfg, *sec, m.ID, msg)
	}
	if res.State == backend.OutboxUncertain && cfg.IMAPHost != "" {
		s.settleUncertain(ctx, cfg, *sec, m)
	}
	return refused, nil
}

// fallback is what the user does when an e-mail cannot reach the client: a letter when the postal address is
// known, else a call.
func (s *Sender) fallback(m backend.OutboxMessage, why string) *backend.FollowUp {
	f := &backend.FollowUp{ClientID: m.ClientID, ClientName: m.ClientName, InvoiceIDs: m.InvoiceIDs, Channel: backend.ChannelCall,
		Reason: "l'e-mail « " + m.Subject + " » n'a pas pu partir : " + why}
	if c, err := s.Deps.Store.Client(m.ClientID); err == nil && c.Address.Line1 != "" && c.Address.City != "" {
		f.Channel = backend.ChannelLetter
	}
	return f
}

// copyToSent files a copy in the mailbox's Sent folder; a failure is logged, the message itself did go.
func (s *Sender) copyToSent(ctx context.Context, cfg mail.Settings, sec mail.Secret, id uint64, msg mail.Message) {
	raw, err := mail.Build(cfg, msg)
	if err == nil {
		cctx, cancel := context.WithTimeout(ctx, time.Minute)
		var folder string
		folder, err = mail.AppendSent(cctx, cfg, sec, raw)
		cancel()
		if err == nil {
			err = s.Deps.Store.MarkSentCopy(id, folder)
		}
	}
	if err != nil {
		s.Deps.Logger().Warn("copy to Sent folder", "message", id, "err", backend.ErrorMessage(err))
	}
}

// settleUncertain looks for an uncertain message in the Sent folder (some providers file what they accepted):
// found, it was sent; otherwise the user decides.
func (s *Sender) settleUncertain(ctx context.Context, cfg mail.Settings, sec mail.Secret, m backend.OutboxMessage) {
	cctx, cancel := context.WithTimeout(ctx, time.Minute)
	found, err := mail.FindSent(cctx, cfg, sec, m.MessageID)
	cancel()
	if err == nil && found {
		_, err = s.Deps.Store.ResolveOutbox(m.ID, backend.OutboxSent, "trouvé dans le dossier des messages envoyés")
	}
	if err != nil {
		s.Deps.Logger().Warn("settle uncertain message", "message", m.ID, "err", backend.ErrorMessage(err))
	}
}

// Recover runs at start, before anything can be sent: messages left "sending" by the last run become uncertain.
func (s *Sender) Recover() error {
	_, err := s.Deps.Store.RecoverOutbox()
	return err
}

// CheckUncertain looks for the uncertain messages in the Sent folder; those found are settled as sent.
func (s *Sender) CheckUncertain(ctx context.Context) error {
	acct, why, err := s.Accounts.Mailbox()
	if err != nil || why != "" || acct.Settings.IMAPHost == "" {
		return err
	}
	sec, err := acct.Credential(ctx, false)
	if _, wait := waitForMailbox(acct, err); wait {
		return nil
	} else if err != nil {
		return err
	}
	unc, err := s.Deps.Store.Outbox(store.OutboxQuery{States: []backend.OutboxState{backend.OutboxUncertain}})
	if err != nil {
		return err
	}
	for _, m := range unc {
		if !m.IsSMS() { // a text is not in the Sent folder
			s.settleUncertain(ctx, acct.Settings, sec, m)
		}
	}
	return nil
}

// waitForMailbox tells whether sending must wait (and why) after a failure to get the credential: the sign-in
// is to be renewed, or the provider is out of reach. Messages stay queued.
func waitForMailbox(acct Account, err error) (string, bool) {
	if err == nil {
		return "", false
	}
	if why, ok := mailboxRefusal(err); ok {
		return why, true
	}
	if acct.OAuth && backend.ErrorCode(err) == backend.EUNAVAILABLE {
		return backend.ErrorMessage(err), true
	}
	return "", false
}

// mailboxRefusal tells whether a send failed because of the mailbox itself (sign-in refused or impossible), not
// because of the message: then the message waits and the mailbox is blocked.
func mailboxRefusal(err error) (string, bool) {
	if need, ok := oauth.AsSignInNeeded(err); ok {
		return need.Error(), true
	}
	var se *mail.SendError
	// Sign-in refused, settings unusable, or the sender address refused (MAIL FROM): every message would fail the
	// same way, so none is failed.
	if errors.As(err, &se) && se.Kind == mail.Permanent && (se.Stage == mail.StageAuth || se.Stage == mail.StageSettings || se.Stage == mail.StageMail) {
		return se.Message, true
	}
	return "", false
}

// mailMessage rebuilds the message of an outbox entry, reading its attachments from the data folder.
func (s *Sender) mailMessage(m backend.OutboxMessage) (mail.Message, error) {
	msg := mail.Message{MessageID: m.MessageID, Date: m.Date, Subject: m.Subject, Text: m.Text, HTML: m.HTML,
		Headers: map[string]string{"X-Relance-Action": headerSafe(m.ActionID)}}
	if m.InReplyTo != "" { // threaded under the client's message in their mail client
		msg.Headers["In-Reply-To"], msg.Headers["References"] = headerSafe(m.InReplyTo), headerSafe(m.InReplyTo)
	}
	for _, to := range m.To {
		msg.To = append(msg.To, mail.Address{Name: m.ToName, Email: to})
	}
	for _, at := range m.Attachments {
		data, err := os.ReadFile(filepath.Join(s.DataDir, filepath.FromSlash(at.File)))
		if err != nil {
			return msg, backend.Errorf(backend.EUNAVAILABLE, "pièce jointe %s illisible (%v) : le fichier a été déplacé ou supprimé du dossier de données", at.Name, err)
		}
		msg.Attachments = append(msg.Attachments, mail.Attachment{Name: at.Name, ContentType: at.ContentType, Data: data})
	}
	if strings.Contains(m.HTML, "cid:"+s.LogoCID) {
		if c, err := s.Deps.Store.Company(); err == nil && len(c.Logo) > 0 {
			msg.Attachments = append(msg.Attachments, mail.Attachment{Name: "logo", ContentType: c.LogoType, Data: c.Logo, Inline: true, ContentID: s.LogoCID})
		}
	}
	return msg, nil
}

// headerSafe keeps a value fit for a header: no line breaks can reach one.
func headerSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
}

// Run sends due messages every 20 seconds until ctx ends (the window's sender; Recover has run before it).
func (s *Sender) Run(ctx context.Context) {
	if err := s.CheckUncertain(ctx); err != nil {
		s.Deps.Logger().Warn("uncertain messages", "err", backend.ErrorMessage(err))
	}
	tick := time.NewTicker(20 * time.Second)
	defer tick.Stop()
	var reports time.Time
	for {
		s.SendDue(ctx)
		if time.Since(reports) >= smsDeliveryEvery {
			reports = time.Now()
			if _, err := s.FetchDeliveries(ctx); err != nil {
				s.Deps.Logger().Warn("sms delivery reports", "err", backend.ErrorMessage(err))
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}
