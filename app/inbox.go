package app

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"relance/backend"
	"relance/backend/inbox"
	"relance/backend/inbox/watch"
	"relance/backend/mail"
	"relance/backend/oauth"
)

// InboxAPI watches the mailbox for the clients' replies: each message is linked to its client and invoices, kept
// on the client's timeline, classified with the words that decided, and acted on. A human reply pauses the
// client's automatic reminders until the user has read it; a promise or a dispute is proposed, to accept in one
// click; a bounce marks the address invalid and asks for a letter or a call.
type InboxAPI struct {
	env   *Env
	chase *ChaseAPI

	mu      sync.Mutex
	status  watch.Status
	watcher *watch.Watcher
	stop    context.CancelFunc
	lastEv  time.Time
	// restarting serialises restarts (a sign-in and a save close together must not leave two watchers).
	restarting sync.Mutex
}

// Events for the UI.
const (
	EventInboxStatus = "inbox:status" // the watcher's state (connected, syncing n/N, offline since…)
	EventInboxNew    = "inbox:new"    // new messages kept
)

const settingInbox = "inbox"

// replyPausePrefix marks the pauses the watcher sets, so that reading the reply lifts them (and only them).
const replyPausePrefix = "Réponse du client à traiter"

// InboxSettings are the watching preferences; the account is the mailbox's (Paramètres › Messagerie).
type InboxSettings struct {
	Enabled      bool     `json:"enabled"`
	Folders      []string `json:"folders"`      // default INBOX
	PollMinutes  int      `json:"pollMinutes"`  // when the server has no IDLE; default 2
	LookBackDays int      `json:"lookBackDays"` // first sync; default 90
}

func inboxSettings(env *Env) (InboxSettings, error) {
	s := InboxSettings{Enabled: true, Folders: []string{"INBOX"}, PollMinutes: 2, LookBackDays: 90}
	_, err := env.Store.Setting(settingInbox, &s)
	return s, err
}

// Settings returns the watching preferences.
func (a *InboxAPI) Settings() (InboxSettings, error) { return inboxSettings(a.env) }

// SaveSettings stores them and restarts the watcher.
func (a *InboxAPI) SaveSettings(s InboxSettings) (InboxSettings, error) {
	var p backend.Problems
	var folders []string
	for _, f := range s.Folders {
		if f = strings.TrimSpace(f); f != "" && !slices.Contains(folders, f) {
			folders = append(folders, f)
		}
	}
	if len(folders) == 0 {
		folders = []string{"INBOX"}
	}
	s.Folders = folders
	if s.PollMinutes < 1 || s.PollMinutes > 60 {
		p.Add("pollMinutes", "entre 1 et 60 minutes")
	}
	if s.LookBackDays < 1 || s.LookBackDays > 365 {
		p.Add("lookBackDays", "entre 1 et 365 jours")
	}
	if err := p.Err(); err != nil {
		return s, err
	}
	if err := a.env.Store.SetSetting(settingInbox, s); err != nil {
		return s, err
	}
	a.restart()
	return s, nil
}

// account is the IMAP side of the mailbox settings, with the password from the keychain.
func (a *InboxAPI) account() (watch.Account, InboxSettings, string, error) {
	set, err := inboxSettings(a.env)
	if err != nil {
		return watch.Account{}, set, "", err
	}
	cfg, err := loadMailConfig(a.env) // the IMAP side is enough: replies are watched even before sending works
	if err != nil {
		return watch.Account{}, set, "", err
	}
	s := cfg.Settings
	if s.IMAPHost == "" {
		return watch.Account{}, set, "serveur IMAP non renseigné : complétez la partie « Réception » dans Paramètres › Messagerie", nil
	}
	if !set.Enabled {
		return watch.Account{}, set, "suivi des réponses désactivé", nil
	}
	user := s.IMAPUser
	if user == "" {
		user = s.SMTPUser
	}
	acc := watch.Account{Host: s.IMAPHost, Port: s.IMAPPort, Security: watch.Security(s.IMAPSecurity), User: user,
		Folders: set.Folders, RootCAs: s.RootCAs}
	if usesOAuth(cfg) { // the same sign-in as sending: a fresh token at each connection
		if !a.env.Keychain.Has(oauth.RefreshTokenName) {
			return watch.Account{}, set, "boîte non connectée : connectez-vous par « Se connecter » dans Paramètres › Messagerie", nil
		}
		acc.AccessToken = func(ctx context.Context, force bool) (string, error) { return mailToken(ctx, a.env, cfg, force) }
		return acc, set, "", nil
	}
	sec, err := mailSecret(a.env, mail.Settings{SMTPAuth: mail.AuthPlain})
	if err != nil {
		return watch.Account{}, set, "", err
	}
	acc.Password, acc.Token = sec.Password, sec.Token
	return acc, set, "", nil
}

func (a *InboxAPI) newWatcher() (*watch.Watcher, string, error) {
	acc, set, why, err := a.account()
	if err != nil || why != "" {
		return nil, why, err
	}
	sink := &inboxSink{env: a.env, react: a.react}
	return watch.New(acc, sink, watch.Options{Poll: time.Duration(set.PollMinutes) * time.Minute,
		LookBack: time.Duration(set.LookBackDays) * 24 * time.Hour, Now: a.env.Clock.Now, OnStatus: a.setStatus}), "", nil
}

func (a *InboxAPI) setStatus(s watch.Status) {
	a.mu.Lock()
	a.status = s
	throttled := s.Phase == watch.PhaseSyncing && s.Done < s.Total && time.Since(a.lastEv) < 250*time.Millisecond
	if !throttled {
		a.lastEv = time.Now()
	}
	a.mu.Unlock()
	if !throttled {
		a.env.emit(EventInboxStatus, s)
	}
}

// start watches the mailbox in the background until ctx ends (the window closes).
func (a *InboxAPI) start(ctx context.Context) {
	w, why, err := a.newWatcher()
	if err != nil || w == nil {
		a.setStatus(watch.Status{Phase: watch.PhaseOffline, Error: why + errText(err)})
		return
	}
	cctx, cancel := context.WithCancel(ctx)
	a.mu.Lock()
	a.watcher, a.stop = w, cancel
	a.mu.Unlock()
	go func() {
		if err := w.Run(cctx); err != nil && cctx.Err() == nil && a.env.Log != nil {
			a.env.Log.Error("inbox watcher", "err", backend.ErrorMessage(err))
		}
	}()
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return backend.ErrorMessage(err)
}

// restart stops the watcher and starts it again with the current settings (after a change of mailbox).
func (a *InboxAPI) restart() {
	a.restarting.Lock()
	defer a.restarting.Unlock()
	a.mu.Lock()
	stop := a.stop
	a.watcher, a.stop = nil, nil
	a.mu.Unlock()
	if stop != nil {
		stop()
	}
	a.start(context.Background())
}

// SyncNow asks the watcher to look for new messages at once.
func (a *InboxAPI) SyncNow() InboxStatus {
	a.mu.Lock()
	w := a.watcher
	a.mu.Unlock()
	if w != nil {
		w.Wake()
	} else {
		a.restart()
	}
	return a.Status()
}

// InboxStatus is the watcher's state and the counts the UI badges show.
type InboxStatus struct {
	Watching  bool   `json:"watching"`
	Phase     string `json:"phase"`
	Folder    string `json:"folder"`
	Done      int    `json:"done"`
	Total     int    `json:"total"`
	Since     string `json:"since"`
	Error     string `json:"error"`
	ToHandle  int    `json:"toHandle"`  // « À traiter »
	Unmatched int    `json:"unmatched"` // « Non rattachés »
}

// Status returns the watcher's state and the counts.
func (a *InboxAPI) Status() InboxStatus {
	a.mu.Lock()
	s, watching := a.status, a.watcher != nil
	a.mu.Unlock()
	v := InboxStatus{Watching: watching, Phase: string(s.Phase), Folder: s.Folder, Done: s.Done, Total: s.Total, Error: s.Error}
	if !s.Since.IsZero() {
		v.Since = s.Since.UTC().Format(time.RFC3339)
	}
	if h, u, err := a.env.Store.InteractionCounts(); err == nil {
		v.ToHandle, v.Unmatched = h, u
	}
	return v
}

// react acts on the messages just kept.
func (a *InboxAPI) react(added []backend.Interaction) {
	human := 0
	for _, it := range added {
		if err := a.act(it); err != nil && a.env.Log != nil {
			a.env.Log.Error("inbox reaction", "message", it.ID, "err", backend.ErrorMessage(err))
		}
		if it.Class != string(inbox.AutoReply) && it.Class != string(inbox.Bounced) {
			human++
		}
	}
	a.env.emit(EventInboxNew, len(added))
	a.env.emit(EventChaseUpdated, nil)
	if human > 0 {
		a.env.notify("Relance : nouvelle réponse de client", plural(human, "réponse à traiter", "réponses à traiter"))
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// act is what Relance does by itself with one message: a bounce marks the address invalid and asks for a letter
// or a call; a human reply pauses the client's chase until read (a payment said to be made also pauses its
// invoices a few days, as a phone call saying so would).
func (a *InboxAPI) act(it backend.Interaction) error {
	today := backend.Today(a.env.Clock)
	switch inbox.Class(it.Class) {
	case inbox.AutoReply:
		return nil
	case inbox.Bounced:
		return a.bounced(it)
	}
	if it.ClientID == 0 || it.Status == backend.InteractionHandled {
		return nil
	}
	if _, err := a.env.Store.UpdateClientChase(it.ClientID, replyPausePrefix+" : relances automatiques suspendues", func(c *backend.ClientChase) error {
		if c.Pause != nil && c.Pause.Until >= today {
			return errUnchanged // already paused (by the user or another reply): theirs stands
		}
		c.Pause = &backend.Pause{Until: today.AddDays(30), Since: today,
			Reason: replyPausePrefix + " (e-mail du " + backend.DateOf(it.ReceivedAt).French() + ")"}
		return nil
	}); err != nil && err != errUnchanged {
		return err
	}
	if inbox.Class(it.Class) == inbox.Paid {
		until := today.AddDays(announcedPaymentDays)
		for _, id := range it.InvoiceIDs {
			if _, err := a.env.Store.UpdateInvoiceChase(id, "paiement annoncé par e-mail : relance suspendue jusqu'au "+until.French()+", en attente du paiement",
				func(_ *backend.Invoice, c *backend.InvoiceChase) error {
					c.Promise = &backend.Promise{Until: until, Since: today, Note: "Paiement annoncé par e-mail : « " + it.Phrase + " »"}
					return nil
				}); err != nil {
				return err
			}
		}
	}
	return nil
}

// bounced marks the refused address invalid on the client's contacts and asks for a letter or a call instead.
func (a *InboxAPI) bounced(it backend.Interaction) error {
	addr := strings.ToLower(it.BounceAddress)
	clientID := it.ClientID
	if clientID == 0 && addr != "" {
		dir, err := newDirectory(a.env)
		if err != nil {
			return err
		}
		clientID, _ = dir.ClientByEmail(addr)
	}
	decision := "Adresse refusée par le serveur du destinataire"
	if clientID != 0 {
		c, err := a.env.Store.Client(clientID)
		if err != nil {
			return err
		}
		changed := false
		for k := range c.Contacts {
			if addr != "" && strings.EqualFold(c.Contacts[k].Email, addr) && !c.Contacts[k].EmailInvalid {
				c.Contacts[k].EmailInvalid, changed = true, true
			}
		}
		if changed {
			if err := a.env.Store.SaveClient(&c); err != nil {
				return err
			}
			decision += " : " + addr + " marquée invalide sur la fiche de " + c.Name
		}
		f := &backend.FollowUp{ClientID: clientID, ClientName: c.Name, InvoiceIDs: it.InvoiceIDs, Channel: backend.ChannelCall,
			Reason: "e-mail non distribué à " + addr + " : " + it.Reason}
		if c.Address.Line1 != "" && c.Address.City != "" {
			f.Channel = backend.ChannelLetter
		}
		if err := a.env.Store.AddFollowUp(f); err != nil {
			return err
		}
	}
	_, err := a.env.Store.UpdateInteraction(it.ID, "", func(x *backend.Interaction) error {
		x.ClientID, x.Status, x.Decision, x.HandledAt = clientID, backend.InteractionHandled, decision, a.env.Clock.Now().UTC()
		return nil
	})
	return err
}

// syncOnce runs one synchronisation (the command line).
func (a *InboxAPI) syncOnce(ctx context.Context) error {
	w, why, err := a.newWatcher()
	if err != nil {
		return err
	}
	if w == nil {
		return backend.Errorf(backend.EUNAVAILABLE, "%s", why)
	}
	return w.SyncOnce(ctx)
}
