package mail

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	netmail "net/mail"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"relance/backend"
	"relance/backend/oauth"
)

// Stages of the IMAP part of Test.
const (
	StageIMAPConnect = "imap-connect" // name resolution and connection
	StageIMAPTLS     = "imap-tls"
	StageIMAPAuth    = "imap-auth"
	StageIMAPFolder  = "imap-folder"
	StageIMAPAppend  = "imap-append"
)

// sentFallbacks are the usual names of the Sent folder, tried in this order when no mailbox has the \Sent
// special-use attribute.
var sentFallbacks = []string{"Sent", "Envoyés", "Éléments envoyés", "Sent Items", "Sent Messages", "INBOX.Sent", "Messages envoyés", "INBOX/Sent"}

// AppendSent copies raw (as produced by Build) to the Sent folder with the \Seen flag and returns the folder's
// name. It does nothing when a message with the same Message-ID is already there (providers such as Gmail file
// what they send themselves, and a retry after a crash must not make a second copy).
func AppendSent(ctx context.Context, s Settings, sec Secret, raw []byte) (folder string, err error) {
	hdr, perr := netmail.ReadMessage(bytes.NewReader(raw))
	if perr != nil {
		return "", backend.Errorf(backend.EINVALID, "copie dans les messages envoyés impossible : message illisible (%v)", perr)
	}
	sess, ierr := openSent(ctx, s, sec)
	if ierr != nil {
		return "", ierr.backend("copie dans les messages envoyés impossible")
	}
	defer sess.close()
	if id := strings.TrimSpace(hdr.Header.Get("Message-Id")); id != "" {
		found, ierr := sess.search(id)
		if ierr != nil {
			return "", ierr.backend("copie dans les messages envoyés impossible")
		}
		if found {
			return sess.folder, nil
		}
	}
	opts := &imap.AppendOptions{Flags: []imap.Flag{imap.FlagSeen}}
	if d, err := hdr.Header.Date(); err == nil {
		opts.Time = d
	}
	cmd := sess.c.Append(sess.folder, int64(len(raw)), opts)
	if _, err := cmd.Write(raw); err != nil {
		_ = cmd.Close()
		return "", sess.fail(StageIMAPAppend, err).backend("copie dans les messages envoyés impossible")
	}
	if err := cmd.Close(); err != nil {
		return "", sess.fail(StageIMAPAppend, err).backend("copie dans les messages envoyés impossible")
	}
	if _, err := cmd.Wait(); err != nil {
		return "", sess.fail(StageIMAPAppend, err).backend("copie dans les messages envoyés impossible")
	}
	return sess.folder, nil
}

// FindSent reports whether a message with this Message-ID is in the Sent folder (SEARCH HEADER Message-ID): it
// settles a message whose sending was uncertain.
func FindSent(ctx context.Context, s Settings, sec Secret, messageID string) (bool, error) {
	messageID = strings.TrimSpace(messageID)
	if !validMessageID(messageID) {
		return false, backend.Errorf(backend.EINVALID, "identifiant de message « %s » invalide", messageID)
	}
	sess, ierr := openSent(ctx, s, sec)
	if ierr != nil {
		return false, ierr.backend("recherche dans les messages envoyés impossible")
	}
	defer sess.close()
	found, ierr := sess.search(messageID)
	if ierr != nil {
		return false, ierr.backend("recherche dans les messages envoyés impossible")
	}
	return found, nil
}

// imapError is a failed IMAP step, with a French message.
type imapError struct {
	stage   string
	message string
	code    string // backend error code
	err     error
}

func (e *imapError) backend(what string) error {
	return backend.Errorf(e.code, "%s : %s", what, lowerFirst(e.message))
}

// imapSession is a logged-in IMAP connection with the Sent folder found.
type imapSession struct {
	s      Settings
	c      *imapclient.Client
	raw    net.Conn
	stop   func() bool
	ctx    context.Context
	folder string

	mu    sync.Mutex
	phase string
}

func (sess *imapSession) setPhase(p string) {
	sess.mu.Lock()
	sess.phase = p
	sess.mu.Unlock()
}

// openSent validates the settings, connects, logs in and finds the Sent folder.
func openSent(ctx context.Context, s Settings, sec Secret) (*imapSession, *imapError) {
	if err := s.Normalize(); err != nil {
		return nil, &imapError{stage: StageSettings, code: backend.EINVALID, message: "réglages de messagerie invalides : " + backend.ErrorMessage(err), err: err}
	}
	if s.IMAPHost == "" {
		return nil, &imapError{stage: StageSettings, code: backend.EINVALID, message: "aucun serveur IMAP n'est renseigné dans les réglages de la messagerie"}
	}
	sess, ierr := dialIMAP(ctx, s, sec)
	if ierr != nil {
		return nil, ierr
	}
	folder, ierr := sess.findSent()
	if ierr != nil {
		sess.close()
		return nil, ierr
	}
	sess.folder = folder
	return sess, nil
}

// dialIMAP connects (implicit TLS, STARTTLS or, towards this computer only, in clear) and logs in.
func dialIMAP(ctx context.Context, s Settings, sec Secret) (*imapSession, *imapError) {
	sess := &imapSession{s: s, ctx: ctx}
	addr := net.JoinHostPort(s.IMAPHost, strconv.Itoa(s.IMAPPort))
	conn, err := dialTCP(ctx, s.IMAPHost, "tcp", addr, sess.setPhase)
	if err != nil {
		return nil, sess.fail("", err)
	}
	sess.raw = conn
	sess.stop = context.AfterFunc(ctx, func() { _ = conn.Close() })
	conf := tlsConfig(s.IMAPHost, s.RootCAs)
	opts := &imapclient.Options{TLSConfig: conf}
	switch s.IMAPSecurity {
	case SecurityTLS:
		sess.setPhase(StageTLS)
		conf.NextProtos = []string{"imap"}
		tc := tls.Client(conn, conf)
		hctx, cancel := context.WithTimeout(ctx, smtpTimeout)
		err = tc.HandshakeContext(hctx)
		cancel()
		if err != nil {
			sess.closeConn()
			return nil, sess.fail("", err)
		}
		sess.c = imapclient.New(tc, opts)
	case SecurityStartTLS:
		sess.setPhase(StageTLS)
		_ = conn.SetDeadline(time.Now().Add(smtpTimeout))
		sess.c, err = imapclient.NewStartTLS(conn, opts)
		if err != nil {
			sess.closeConn()
			var ie *imap.Error
			if errors.As(err, &ie) {
				return nil, &imapError{stage: StageIMAPTLS, code: backend.EINVALID, err: err,
					message: "Le serveur IMAP ne propose pas STARTTLS : choisissez SSL/TLS (port 993)"}
			}
			return nil, sess.fail("", err)
		}
		_ = conn.SetDeadline(time.Time{})
	default:
		sess.c = imapclient.New(conn, opts)
	}
	sess.setPhase(StageConnect)
	if err := sess.c.WaitGreeting(); err != nil {
		sess.close()
		return nil, sess.fail("", err)
	}
	sess.setPhase(StageAuth)
	if s.SMTPAuth == AuthXOAuth2 {
		caps := sess.c.Caps()
		err = sess.c.Authenticate(oauth.SASLClient(func(m string) bool { return caps.Has(imap.AuthCap(m)) },
			s.imapUser(), sec.Token, s.IMAPHost, s.IMAPPort))
	} else {
		err = sess.c.Login(s.imapUser(), sec.Password).Wait()
	}
	if err != nil {
		sess.close()
		var ie *imap.Error
		if errors.As(err, &ie) && ie.Code == imap.ResponseCodeUnavailable {
			return nil, &imapError{stage: StageIMAPAuth, code: backend.EUNAVAILABLE, err: err,
				message: fmt.Sprintf("Serveur IMAP momentanément indisponible (%s) : réessayez plus tard", strings.TrimSpace(ie.Text))}
		}
		if errors.As(err, &ie) {
			return nil, &imapError{stage: StageIMAPAuth, code: backend.EINVALID, err: err,
				message: fmt.Sprintf("Identifiant ou mot de passe IMAP refusé par le serveur (%s)", strings.TrimSpace(ie.Text))}
		}
		return nil, sess.fail("", err)
	}
	return sess, nil
}

// fail classifies an IMAP failure; stage "" means the stage under way.
func (sess *imapSession) fail(stage string, err error) *imapError {
	sess.mu.Lock()
	phase := sess.phase
	sess.mu.Unlock()
	if stage == "" {
		stage = "imap-" + phase
		if phase == StageDNS {
			stage = StageIMAPConnect
		}
	}
	addr := net.JoinHostPort(sess.s.IMAPHost, strconv.Itoa(sess.s.IMAPPort))
	if sess.ctx.Err() != nil && !isTLSError(err) {
		return &imapError{stage: stage, code: backend.EUNAVAILABLE, message: interrupted(sess.ctx, "l'échange avec le serveur IMAP "+addr), err: err}
	}
	if se := netError(err, sess.s.IMAPHost, sess.s.IMAPPort, sess.s.IMAPSecurity, "IMAP ", phase); se != nil {
		code := backend.EUNAVAILABLE
		if se.Kind == Permanent {
			code = backend.EINVALID
		}
		st := "imap-" + se.Stage
		if se.Stage == StageDNS {
			st = StageIMAPConnect
		}
		return &imapError{stage: st, code: code, message: se.Message, err: err}
	}
	var ie *imap.Error
	if errors.As(err, &ie) {
		return &imapError{stage: stage, code: backend.EUNAVAILABLE, err: err,
			message: fmt.Sprintf("le serveur IMAP %s a répondu : %s", addr, strings.TrimSpace(ie.Text))}
	}
	return &imapError{stage: stage, code: backend.EUNAVAILABLE, err: err,
		message: fmt.Sprintf("l'échange avec le serveur IMAP %s a échoué (%v)", addr, err)}
}

// findSent returns the configured folder if it exists, else the mailbox with the \Sent attribute, else the first
// usual name found.
func (sess *imapSession) findSent() (string, *imapError) {
	var opts *imap.ListOptions
	caps := sess.c.Caps()
	if caps.Has(imap.CapSpecialUse) && (caps.Has(imap.CapListExtended) || caps.Has(imap.CapIMAP4rev2)) {
		opts = &imap.ListOptions{ReturnSpecialUse: true}
	}
	boxes, err := sess.c.List("", "*", opts).Collect()
	if err != nil {
		return "", sess.fail(StageIMAPFolder, err)
	}
	selectable := func(b *imap.ListData) bool {
		for _, a := range b.Attrs {
			if strings.EqualFold(string(a), string(imap.MailboxAttrNoSelect)) || strings.EqualFold(string(a), string(imap.MailboxAttrNonExistent)) {
				return false
			}
		}
		return true
	}
	if want := sess.s.SentFolder; want != "" {
		for _, b := range boxes {
			if b.Mailbox == want && selectable(b) {
				return b.Mailbox, nil
			}
		}
		for _, b := range boxes {
			if strings.EqualFold(b.Mailbox, want) && selectable(b) {
				return b.Mailbox, nil
			}
		}
		return "", &imapError{stage: StageIMAPFolder, code: backend.EINVALID,
			message: fmt.Sprintf("Le dossier « %s » n'existe pas sur le serveur IMAP : corrigez son nom ou laissez le champ vide", want)}
	}
	for _, b := range boxes {
		for _, a := range b.Attrs {
			if strings.EqualFold(string(a), string(imap.MailboxAttrSent)) && selectable(b) {
				return b.Mailbox, nil
			}
		}
	}
	for _, name := range sentFallbacks {
		for _, b := range boxes {
			if strings.EqualFold(b.Mailbox, name) && selectable(b) {
				return b.Mailbox, nil
			}
		}
	}
	for _, name := range sentFallbacks { // a usual name one level down, e.g. INBOX/Envoyés
		for _, b := range boxes {
			if b.Delim != 0 && selectable(b) {
				if i := strings.LastIndex(b.Mailbox, string(b.Delim)); i >= 0 && strings.EqualFold(b.Mailbox[i+len(string(b.Delim)):], name) {
					return b.Mailbox, nil
				}
			}
		}
	}
	return "", &imapError{stage: StageIMAPFolder, code: backend.EINVALID,
		message: "Aucun dossier des messages envoyés trouvé sur le serveur IMAP : indiquez son nom dans les réglages"}
}

// search looks for a Message-ID in the Sent folder, opened read-only.
func (sess *imapSession) search(messageID string) (bool, *imapError) {
	if _, err := sess.c.Select(sess.folder, &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		return false, sess.fail(StageIMAPFolder, err)
	}
	data, err := sess.c.UIDSearch(&imap.SearchCriteria{
		Header: []imap.SearchCriteriaHeaderField{{Key: "Message-ID", Value: messageID}},
	}, nil).Wait()
	if err != nil {
		return false, sess.fail(StageIMAPFolder, err)
	}
	return len(data.AllUIDs()) > 0, nil
}

// close logs out (briefly) and closes the connection.
func (sess *imapSession) close() {
	if sess.c != nil {
		done := make(chan struct{})
		go func() {
			_ = sess.c.Logout().Wait()
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
		}
		_ = sess.c.Close()
	}
	sess.closeConn()
}

func (sess *imapSession) closeConn() {
	if sess.stop != nil {
		sess.stop()
	}
	if sess.raw != nil {
		_ = sess.raw.Close()
	}
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToLower(string(r[0])) + string(r[1:])
}
