package app

import (
	"context"
	"slices"
	"strings"
	"sync"
	"time"

	"relance/backend"
	"relance/backend/inbox/watch"
	"relance/backend/mail"
	"relance/backend/oauth"
	"relance/backend/replies"
)

// InboxAPI watches the mailbox for the clients' replies: each message is linked to its client and invoices, kept
// on the client's timeline, classified with the words that decided, and acted on. A human reply pauses the
// client's automatic reminders until the user has read it; a promise or a dispute is proposed, to accept in one
// click; a bounce marks the address invalid and asks for a letter or a call. Applying the messages is
// backend/replies'; here are the watcher, its settings and the account it signs in with.
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
	EventInboxStatus = "inbox:status"   // the watcher's state (connected, syncing n/N, offline since…)
	EventInboxNew    = replies.EventNew // new messages kept
)

const settingInbox = "inbox"

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
	cfg, err := LoadMailConfig(a.env) // the IMAP side is enough: replies are watched even before sending works
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
	return watch.New(acc, a.replies().Sink(), watch.Options{Poll: time.Duration(set.PollMinutes) * time.Minute,
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
