package watch

import (
	"context"
	"crypto/x509"
	"errors"
	"math/rand/v2"
	"time"

	"github.com/emersion/go-imap/v2"
)

// Security is how the connection to the IMAP server is protected.
type Security string

const (
	SecurityTLS      Security = "tls"      // implicit TLS (port 993)
	SecurityStartTLS Security = "starttls" // plain connection upgraded by STARTTLS, which is then mandatory (143)
	SecurityNone     Security = "none"     // no encryption: accepted only towards this computer (localhost, loopback)
)

// Account is the mailbox to follow.
type Account struct {
	Host     string
	Port     int // 0: 993 with TLS, else 143
	Security Security
	User     string
	Password string
	Token    string // OAuth2 access token: when set, XOAUTH2 is used instead of LOGIN
	// AccessToken, when set, gives a fresh OAuth2 access token at each connection (force: the server just
	// refused the last one); it replaces Token. Its error (sign-in revoked, provider offline) stops the attempt.
	AccessToken func(ctx context.Context, force bool) (string, error)
	Folders     []string // default ["INBOX"]; IDLE follows the first one
	// RootCAs replaces the system roots (tests). Certificates are always verified.
	RootCAs *x509.CertPool
}

// State is what the store remembers per folder, so a restart resumes without duplicates.
type State struct {
	UIDValidity uint32 `json:"uidValidity"`
	LastUID     uint32 `json:"lastUid"`
	// Retry lists the messages at or below LastUID the server refused to give (NO to the FETCH), fetched again
	// at each later synchronisation until they come or MaxAttempts is reached.
	Retry []Retry `json:"retry,omitempty"`
}

// Retry is a message the server refused: how many times, and what it said the last time.
type Retry struct {
	UID      uint32 `json:"uid"`
	Attempts int    `json:"attempts"`
	Why      string `json:"why"`
}

// MaxAttempts is how many synchronisations ask for a message the server refuses before it is delivered as
// unreadable (Fetched.Failed, with what the server said): a server that cannot convert a message today may after
// a restart or a repair.
const MaxAttempts = 6

// Fetched is one new message.
type Fetched struct {
	Folder       string
	UID          uint32
	InternalDate time.Time
	Size         int64  // RFC822.SIZE: the full size, even when Raw is truncated
	Raw          []byte // at most MaxFetchBytes: BODY.PEEK[]<0.MaxFetchBytes> for larger messages
	Truncated    bool
	// Failed says why the server refused to give this message MaxAttempts times (Raw is empty): it is delivered
	// all the same, so the owner sees it arrived and can open it in their mail program.
	Failed string
}

// MaxFetchBytes is the most of one message that is fetched.
const MaxFetchBytes = 25 << 20

// maxBatch and maxBatchBytes bound one delivery.
const (
	maxBatch      = 200
	maxBatchBytes = 32 << 20
)

// Sink is the app side.
type Sink interface {
	// State returns the stored state of folder; ok is false when there is none.
	State(folder string) (st State, ok bool, err error)
	// Deliver stores the messages AND the new state in one transaction (so a crash never loses or doubles one).
	// The watcher calls it per batch (at most 200 messages) in UID order, and with no message at all when only
	// the state moves (end of a resynchronisation, empty folder).
	Deliver(folder string, st State, msgs []Fetched) error
}

// Phase is what the watcher is doing.
type Phase string

const (
	PhaseConnecting Phase = "connecting"
	PhaseSyncing    Phase = "syncing"
	PhaseIdle       Phase = "idle"
	PhasePolling    Phase = "polling"
	PhaseOffline    Phase = "offline"
)

// Status is the watcher's progress and state, for the UI.
type Status struct {
	Phase  Phase     `json:"phase"`
	Folder string    `json:"folder"`
	Done   int       `json:"done"`
	Total  int       `json:"total"`
	Since  time.Time `json:"since"` // offline since (offline, connecting after a failure) or connected since
	Error  string    `json:"error"` // French; also set while idle when a folder cannot be opened
	IDLE   bool      `json:"idle"`
}

// Options tune the watcher; zero values get the defaults.
type Options struct {
	// Poll is the polling interval when IDLE is not supported (default 2 min); also the upper bound of the IDLE
	// restart period (IDLE is restarted at least every 25 min anyway), after which every folder is re-checked.
	Poll time.Duration
	// LookBack is the window of a first sync or resync (default 90 days): SEARCH SINCE.
	LookBack time.Duration
	Now      func() time.Time
	// OnStatus receives progress and state changes, from the goroutine of Run or SyncOnce; throttle it if needed.
	OnStatus func(Status)
	// Backoff is the wait before reconnection attempt n (from 1); default: exponential 2 s → 5 min, ±20 % jitter.
	Backoff func(attempt int) time.Duration
	// ForcePoll behaves as if IDLE were not supported (tests).
	ForcePoll bool
}

const (
	defaultPoll     = 2 * time.Minute
	defaultLookBack = 90 * 24 * time.Hour
	maxIdle         = 25 * time.Minute
	settle          = time.Second      // first IDLE cycle after a delivery
	cmdTimeout      = 45 * time.Second // longest silence accepted from the server during a command
	authAttempt     = 6                // a refused login waits at least Backoff(6) (about 1 min) before the next try
)

// DefaultBackoff is exponential from 2 s to 5 min with ±20 % jitter.
func DefaultBackoff(attempt int) time.Duration {
	d := 2 * time.Second
	for i := 1; i < attempt && d < 5*time.Minute; i++ {
		d *= 2
	}
	d = min(d, 5*time.Minute)
	return time.Duration(float64(d) * (0.8 + 0.4*rand.Float64()))
}

// Watcher follows one account. Run and SyncOnce must not be used at the same time on one Watcher.
type Watcher struct {
	acc        Account
	sink       Sink
	opt        Options
	wake       chan struct{}
	cmdTimeout time.Duration
}

// New returns a watcher; nothing happens before Run or SyncOnce.
func New(a Account, s Sink, o Options) *Watcher {
	if len(a.Folders) == 0 {
		a.Folders = []string{"INBOX"}
	}
	if o.Poll <= 0 {
		o.Poll = defaultPoll
	}
	if o.LookBack <= 0 {
		o.LookBack = defaultLookBack
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Backoff == nil {
		o.Backoff = DefaultBackoff
	}
	return &Watcher{acc: a, sink: s, opt: o, wake: make(chan struct{}, 1), cmdTimeout: cmdTimeout}
}

// Wake asks for an immediate re-check (e.g. after the computer wakes up); while offline, it cuts the backoff.
func (w *Watcher) Wake() {
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

func (w *Watcher) emit(st Status) {
	if w.opt.OnStatus != nil {
		w.opt.OnStatus(st)
	}
}

// Run follows the mailbox until ctx ends, and then returns ctx.Err().
func (w *Watcher) Run(ctx context.Context) error {
	var (
		attempt      int
		offlineSince time.Time
		lastErr      string
	)
	for {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		w.emit(Status{Phase: PhaseConnecting, Since: offlineSince, Error: lastErr})
		s, err := w.connect(ctx)
		if err == nil {
			err = w.serve(ctx, s, func() { attempt, offlineSince, lastErr = 0, time.Time{}, "" })
			s.close()
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if offlineSince.IsZero() {
			offlineSince = w.opt.Now()
		}
		attempt++
		if errors.Is(err, errAuth) {
			attempt = max(attempt, authAttempt)
		}
		lastErr = message(err)
		w.emit(Status{Phase: PhaseOffline, Since: offlineSince, Error: lastErr})
		t := time.NewTimer(w.opt.Backoff(attempt))
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-w.wake:
			t.Stop()
		case <-t.C:
		}
	}
}

// SyncOnce connects, synchronises every folder once and logs out. A folder that cannot be opened does not stop
// the others; its error is returned at the end.
func (w *Watcher) SyncOnce(ctx context.Context) error {
	w.emit(Status{Phase: PhaseConnecting})
	s, err := w.connect(ctx)
	if err != nil {
		return publicError(err)
	}
	defer s.close()
	s.since = w.opt.Now()
	if err := s.checkAll(ctx); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return publicError(err)
	}
	if err := s.folderErr(); err != nil {
		return publicError(err)
	}
	return nil
}

// serve synchronises every folder, then follows them until an error; healthy is called after each complete
// round of checks.
func (w *Watcher) serve(ctx context.Context, s *session, healthy func()) error {
	s.since = w.opt.Now()
	useIdle := !w.opt.ForcePoll && s.c.Caps().Has(imap.CapIdle)
	period := min(w.opt.Poll, maxIdle)
	full := true
	for {
		var err error
		if full || s.selected == "" {
			err = s.checkAll(ctx)
		} else {
			err = s.check(ctx, s.selected, false)
		}
		if err != nil {
			return err
		}
		healthy()
		idle := useIdle && s.selected != ""
		st := Status{Phase: PhasePolling, Since: s.since, IDLE: idle, Folder: s.selected}
		if idle {
			st.Phase = PhaseIdle
		}
		if ferr := s.folderErr(); ferr != nil {
			st.Error = message(ferr)
		}
		w.emit(st)
		var why reason
		if idle {
			// A message that lands while IDLE is starting may not be announced until the next cycle (some
			// servers only register for notices after acknowledging IDLE). Messages come in bursts, so after a
			// check that delivered, the first cycle is short and followed by a re-check of the folder.
			p := period
			if s.delivered {
				p = min(settle, period)
			}
			s.delivered = false
			why, err = s.idleCycle(ctx, p)
			if why == reasonTimer && p < period {
				why = reasonExists
			}
		} else {
			why, err = s.pollWait(ctx, w.opt.Poll)
		}
		if err != nil {
			return err
		}
		full = why != reasonExists
	}
}

type reason int

const (
	reasonTimer reason = iota
	reasonExists
	reasonWake
)
