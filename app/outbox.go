package app

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
	"relance/backend/store"
)

// OutboxAPI is the outbox screen and the sender behind it. Each message goes queued → sending (committed) → sent,
// failed or uncertain; a message found "sending" at start may have left, so it is never re-sent without the user.
type OutboxAPI struct {
	env *Env
	mu  sync.Mutex // one sender at a time
	// send is mail.Send; tests count calls through it.
	send func(ctx context.Context, s mail.Settings, sec mail.Secret, m mail.Message) error
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

// EventOutboxUpdated tells the UI the outbox changed.
const EventOutboxUpdated = "outbox:updated"

// Retry delays after temporary failures; after the last one the message is failed.
var retryDelays = []time.Duration{time.Minute, 5 * time.Minute, 15 * time.Minute, time.Hour, 3 * time.Hour, 12 * time.Hour}

// OutboxView is the outbox screen.
type OutboxView struct {
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
func (a *OutboxAPI) List(state string) (OutboxView, error) {
	q := store.OutboxQuery{Limit: 500}
	if state != "" {
		q.States = []backend.OutboxState{backend.OutboxState(state)}
	}
	msgs, err := a.env.Store.Outbox(q)
	if err != nil {
		return OutboxView{}, err
	}
	counts, err := a.env.Store.OutboxCounts()
	if err != nil {
		return OutboxView{}, err
	}
	v := OutboxView{Messages: msgs, Counts: map[string]int{}}
	for st, n := range counts {
		v.Counts[string(st)] = n
	}
	for i := range v.Messages { // the list does not need the bodies
		v.Messages[i].HTML = ""
	}
	if v.FollowUps, err = a.env.Store.FollowUps(false); err != nil {
		return v, err
	}
	cfg, why, err := mailReady(a.env)
	if err != nil {
		return v, err
	}
	v.Ready, v.NotReady, v.DailyCap = why == "", why, cfg.Settings.DailyCap
	for _, m := range v.Messages {
		if m.IsSMS() {
			if _, _, v.SMSNotReady, err = smsReady(a.env); err != nil {
				return v, err
			}
			break
		}
	}
	v.SentToday, err = a.env.Store.OutboxSentSince(startOfDay(a.env.Clock.Now()))
	return v, err
}

// Message returns one message with its bodies, for the preview.
func (a *OutboxAPI) Message(id uint64) (backend.OutboxMessage, error) {
	return a.env.Store.OutboxMessage(id)
}

// Resolve settles a message by hand: "sent" (it did leave), "queued" (send it again, same Message-ID) or
// "cancelled".
func (a *OutboxAPI) Resolve(id uint64, state, note string) (OutboxView, error) {
	if _, err := a.env.Store.ResolveOutbox(id, backend.OutboxState(state), note); err != nil {
		return OutboxView{}, err
	}
	a.env.emit(EventOutboxUpdated, nil)
	return a.List("")
}

// CompleteFollowUp marks a fallback call or letter done.
func (a *OutboxAPI) CompleteFollowUp(id uint64, note string) (OutboxView, error) {
	if _, err := a.env.Store.CompleteFollowUp(id, note); err != nil {
		return OutboxView{}, err
	}
	a.env.emit(EventOutboxUpdated, nil)
	return a.List("")
}

// SendNow sends what is due in the outbox at once (within the rate limit), the SMS too (within their hours), and
// fetches the SMS delivery reports.
func (a *OutboxAPI) SendNow() (OutboxView, error) {
	if _, err := a.process(context.Background(), false); err != nil {
		return OutboxView{}, err
	}
	if _, err := a.processSMS(context.Background()); err != nil {
		return OutboxView{}, err
	}
	if _, err := a.fetchDeliveries(context.Background()); err != nil && a.env.Log != nil {
		a.env.Log.Warn("sms delivery reports", "err", backend.ErrorMessage(err))
	}
	return a.List("")
}

func startOfDay(t time.Time) time.Time {
	d := backend.DateOf(t)
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, backend.Paris)
}

// SendReport is what one pass over the outbox did.
type SendReport struct {
	Sent, Retry, Failed, Uncertain int
	Waiting                        int    // due messages left for the rate limit or the daily cap
	Stopped                        string // why sending stopped early
}

// process sends the due messages of the outbox, oldest first, within the rate limit and the daily cap. With wait,
// it sleeps for the rate limit until every due message went (the command line); without, it stops and the next
// pass continues (the window's sender loop).
func (a *OutboxAPI) process(ctx context.Context, wait bool) (SendReport, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	var rep SendReport
	cfg, why, err := mailReady(a.env)
	if err != nil || why != "" {
		rep.Stopped = why
		return rep, err
	}
	sec, err := a.secretFor(ctx, cfg, false)
	if why, wait := waitForMailbox(cfg, err); wait {
		rep.Stopped = why
		return rep, nil
	} else if err != nil {
		return rep, err
	}
	queued, err := a.env.Store.Outbox(store.OutboxQuery{States: []backend.OutboxState{backend.OutboxQueued}})
	if err != nil {
		return rep, err
	}
	queued = slices.DeleteFunc(queued, func(m backend.OutboxMessage) bool { return m.IsSMS() }) // texts go through processSMS
	changed := false
	defer func() {
		if changed {
			a.env.emit(EventOutboxUpdated, nil)
			a.env.emit(EventChaseUpdated, nil)
		}
	}()
	for i := len(queued) - 1; i >= 0; i-- { // the list is newest first
		m := queued[i]
		now := a.env.Clock.Now()
		if m.NextAttempt.After(now) {
			continue
		}
		if demoHold(a.env, m, &rep) { // demo data: nothing to a real address (demo_guard.go)
			continue
		}
		if n, err := a.env.Store.OutboxSentSince(startOfDay(now)); err != nil {
			return rep, err
		} else if n >= cfg.Settings.DailyCap {
			rep.Stopped = fmt.Sprintf("plafond de %d e-mails par jour atteint : les suivants partiront demain", cfg.Settings.DailyCap)
			rep.Waiting = i + 1
			return rep, nil
		}
		if d := a.pace.wait(cfg.Settings.RatePerMinute); d > 0 {
			if !wait {
				rep.Waiting = i + 1
				rep.Stopped = fmt.Sprintf("limite de %d e-mails par minute : la suite part dans un instant", cfg.Settings.RatePerMinute)
				return rep, nil
			}
			select {
			case <-ctx.Done():
				return rep, ctx.Err()
			case <-time.After(d):
			}
		}
		if usesOAuth(cfg) { // a pass paced over minutes outlives an access token: renewed shortly before it ends
			sec, err = a.secretFor(ctx, cfg, false)
			if why, wait := waitForMailbox(cfg, err); wait {
				rep.Stopped, rep.Waiting = why, i+1
				return rep, nil
			} else if err != nil {
				return rep, err
			}
		}
		claimed, err := a.env.Store.ClaimOutbox(m.ID, now)
		if errors.Is(err, store.ErrNotClaimable) {
			continue
		}
		if err != nil {
			return rep, err
		}
		changed = true
		a.pace.add()
		refused, err := a.sendOne(ctx, cfg, &sec, claimed, &rep)
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

// sendOne sends a claimed message and records the outcome.
// A refusal of the mailbox itself (sign-in revoked, password refused) puts the message back in the queue, blocks
// the mailbox, sets rep.Stopped and returns refused: it is never failed nor turned into a letter.
func (a *OutboxAPI) sendOne(ctx context.Context, cfg MailConfig, sec *mail.Secret, m backend.OutboxMessage, rep *SendReport) (refused bool, _ error) {
	msg, err := a.mailMessage(m)
	if err != nil { // an attachment vanished from the data folder: the user must look
		_, err2 := a.env.Store.SettleOutbox(m.ID, store.OutboxResult{State: backend.OutboxFailed, ErrorKind: "permanent", Error: backend.ErrorMessage(err)})
		rep.Failed++
		return false, err2
	}
	send := a.send
	if send == nil {
		send = mail.Send
	}
	sctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	err = send(sctx, cfg.Settings, *sec, msg)
	cancel()
	var se *mail.SendError
	if usesOAuth(cfg) && errors.As(err, &se) && se.Stage == mail.StageAuth && se.Kind == mail.Permanent {
		// The token was refused (revoked early, or expired on the way): once more with a renewed one.
		var tok string
		if tok, err = mailToken(ctx, a.env, cfg, true); err == nil {
			sec.Token = tok
			sctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
			err = send(sctx, cfg.Settings, *sec, msg)
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
			blockMailbox(a.env, why, usesOAuth(cfg))
		}
		res = store.OutboxResult{State: backend.OutboxQueued, ErrorKind: "mailbox", Error: why, Release: true}
		rep.Stopped, refused = why, true
	case !errors.As(err, &se) && backend.ErrorCode(err) == backend.EUNAVAILABLE: // the provider's token endpoint is out of reach
		res = store.OutboxResult{State: backend.OutboxQueued, ErrorKind: "temporary", Error: backend.ErrorMessage(err), Release: true,
			NextAttempt: a.env.Clock.Now().Add(retryDelays[0])}
		rep.Stopped, refused = backend.ErrorMessage(err), true
	case errors.As(err, &se) && se.Kind == mail.Temporary && m.Attempts <= len(retryDelays):
		res = store.OutboxResult{State: backend.OutboxQueued, ErrorKind: string(se.Kind), Error: se.Message,
			NextAttempt: a.env.Clock.Now().Add(retryDelays[m.Attempts-1])}
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
		res = store.OutboxResult{State: backend.OutboxFailed, ErrorKind: kind, Error: why, FollowUp: a.fallback(m, why)}
		rep.Failed++
	}
	if _, err := a.env.Store.SettleOutbox(m.ID, res); err != nil {
		return refused, err
	}
	if res.State == backend.OutboxSent && cfg.Settings.IMAPHost != "" {
		a.copyToSent(ctx, cfg, *sec, m.ID, msg)
	}
	if res.State == backend.OutboxUncertain && cfg.Settings.IMAPHost != "" {
		a.settleUncertain(ctx, cfg, *sec, m)
	}
	return refused, nil
}

// fallback is what the user does when an e-mail cannot reach the client: a letter when the postal address is
// known, else a call.
func (a *OutboxAPI) fallback(m backend.OutboxMessage, why string) *backend.FollowUp {
	f := &backend.FollowUp{ClientID: m.ClientID, ClientName: m.ClientName, InvoiceIDs: m.InvoiceIDs, Channel: backend.ChannelCall,
		Reason: "l'e-mail « " + m.Subject + " » n'a pas pu partir : " + why}
	if c, err := a.env.Store.Client(m.ClientID); err == nil && c.Address.Line1 != "" && c.Address.City != "" {
		f.Channel = backend.ChannelLetter
	}
	return f
}

// copyToSent files a copy in the mailbox's Sent folder; a failure is logged, the message itself did go.
func (a *OutboxAPI) copyToSent(ctx context.Context, cfg MailConfig, sec mail.Secret, id uint64, msg mail.Message) {
	raw, err := mail.Build(cfg.Settings, msg)
	if err == nil {
		cctx, cancel := context.WithTimeout(ctx, time.Minute)
		var folder string
		folder, err = mail.AppendSent(cctx, cfg.Settings, sec, raw)
		cancel()
		if err == nil {
			err = a.env.Store.MarkSentCopy(id, folder)
		}
	}
	if err != nil && a.env.Log != nil {
		a.env.Log.Warn("copy to Sent folder", "message", id, "err", backend.ErrorMessage(err))
	}
}

// settleUncertain looks for an uncertain message in the Sent folder (some providers file what they accepted):
// found, it was sent; otherwise the user decides.
func (a *OutboxAPI) settleUncertain(ctx context.Context, cfg MailConfig, sec mail.Secret, m backend.OutboxMessage) {
	cctx, cancel := context.WithTimeout(ctx, time.Minute)
	found, err := mail.FindSent(cctx, cfg.Settings, sec, m.MessageID)
	cancel()
	if err == nil && found {
		_, err = a.env.Store.ResolveOutbox(m.ID, backend.OutboxSent, "trouvé dans le dossier des messages envoyés")
	}
	if err != nil && a.env.Log != nil {
		a.env.Log.Warn("settle uncertain message", "message", m.ID, "err", backend.ErrorMessage(err))
	}
}

// recover runs at start, before anything can be sent: messages left "sending" by the last run become uncertain.
func (a *OutboxAPI) recover() error {
	_, err := a.env.Store.RecoverOutbox()
	return err
}

// checkUncertain looks for the uncertain messages in the Sent folder; those found are settled as sent.
func (a *OutboxAPI) checkUncertain(ctx context.Context) error {
	cfg, why, err := mailReady(a.env)
	if err != nil || why != "" || cfg.Settings.IMAPHost == "" {
		return err
	}
	sec, err := a.secretFor(ctx, cfg, false)
	if _, wait := waitForMailbox(cfg, err); wait {
		return nil
	} else if err != nil {
		return err
	}
	unc, err := a.env.Store.Outbox(store.OutboxQuery{States: []backend.OutboxState{backend.OutboxUncertain}})
	if err != nil {
		return err
	}
	for _, m := range unc {
		if !m.IsSMS() { // a text is not in the Sent folder
			a.settleUncertain(ctx, cfg, sec, m)
		}
	}
	return nil
}

// secretFor is the credential of the next message: the password from the keychain, or a valid access token.
func (a *OutboxAPI) secretFor(ctx context.Context, cfg MailConfig, force bool) (mail.Secret, error) {
	if usesOAuth(cfg) {
		tok, err := mailToken(ctx, a.env, cfg, force)
		return mail.Secret{Token: tok}, err
	}
	return mailSecret(a.env, cfg.Settings)
}

// waitForMailbox tells whether sending must wait (and why) after a failure to get the credential: the sign-in
// is to be renewed, or the provider is out of reach. Messages stay queued.
func waitForMailbox(cfg MailConfig, err error) (string, bool) {
	if err == nil {
		return "", false
	}
	if why, ok := mailboxRefusal(err); ok {
		return why, true
	}
	if usesOAuth(cfg) && backend.ErrorCode(err) == backend.EUNAVAILABLE {
		return backend.ErrorMessage(err), true
	}
	return "", false
}

// mailMessage rebuilds the message of an outbox entry, reading its attachments from the data folder.
func (a *OutboxAPI) mailMessage(m backend.OutboxMessage) (mail.Message, error) {
	msg := mail.Message{MessageID: m.MessageID, Date: m.Date, Subject: m.Subject, Text: m.Text, HTML: m.HTML,
		Headers: map[string]string{"X-Relance-Action": headerSafe(m.ActionID)}}
	if m.InReplyTo != "" { // threaded under the client's message in their mail client
		msg.Headers["In-Reply-To"], msg.Headers["References"] = headerSafe(m.InReplyTo), headerSafe(m.InReplyTo)
	}
	for _, to := range m.To {
		msg.To = append(msg.To, mail.Address{Name: m.ToName, Email: to})
	}
	for _, at := range m.Attachments {
		data, err := os.ReadFile(filepath.Join(a.env.Dirs.Data, filepath.FromSlash(at.File)))
		if err != nil {
			return msg, backend.Errorf(backend.EUNAVAILABLE, "pièce jointe %s illisible (%v) : le fichier a été déplacé ou supprimé du dossier de données", at.Name, err)
		}
		msg.Attachments = append(msg.Attachments, mail.Attachment{Name: at.Name, ContentType: at.ContentType, Data: data})
	}
	if strings.Contains(m.HTML, "cid:"+logoCID) {
		if c, err := a.env.Store.Company(); err == nil && len(c.Logo) > 0 {
			msg.Attachments = append(msg.Attachments, mail.Attachment{Name: "logo", ContentType: c.LogoType, Data: c.Logo, Inline: true, ContentID: logoCID})
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

// runSender sends due messages every 20 seconds while the window is open (recover has run before the window).
func (a *OutboxAPI) runSender(ctx context.Context) {
	if err := a.checkUncertain(ctx); err != nil && a.env.Log != nil {
		a.env.Log.Warn("uncertain messages", "err", backend.ErrorMessage(err))
	}
	tick := time.NewTicker(20 * time.Second)
	defer tick.Stop()
	var reports time.Time
	for {
		if _, err := a.process(ctx, false); err != nil && a.env.Log != nil {
			a.env.Log.Error("outbox", "err", backend.ErrorMessage(err))
		}
		if _, err := a.processSMS(ctx); err != nil && a.env.Log != nil {
			a.env.Log.Error("outbox sms", "err", backend.ErrorMessage(err))
		}
		if time.Since(reports) >= smsDeliveryEvery {
			reports = time.Now()
			if _, err := a.fetchDeliveries(ctx); err != nil && a.env.Log != nil {
				a.env.Log.Warn("sms delivery reports", "err", backend.ErrorMessage(err))
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}
