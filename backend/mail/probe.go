package mail

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"strings"

	"relance/backend"
)

// TestResult is the outcome of Test: the stage that failed (empty when OK), a message for the user and one line
// per step, e.g. « Connexion à smtp.exemple.fr:587 : OK ».
type TestResult struct {
	OK         bool     `json:"ok"`
	Stage      string   `json:"stage"`
	Message    string   `json:"message"`
	SentFolder string   `json:"sentFolder,omitempty"`
	Steps      []string `json:"steps"`
}

// Test connects to the SMTP server, negotiates TLS, authenticates, checks the sender address is accepted (MAIL
// FROM then RSET) and quits without sending anything. When an IMAP server is set, it also logs in there and finds
// the Sent folder. It stops at the first failure and names it precisely, in French.
func Test(ctx context.Context, s Settings, sec Secret) TestResult {
	r := TestResult{Steps: []string{}}
	if err := s.Normalize(); err != nil {
		r.Stage, r.Message = StageSettings, "Réglages invalides : "+backend.ErrorMessage(err)
		return r
	}
	addr := net.JoinHostPort(s.SMTPHost, strconv.Itoa(s.SMTPPort))
	sess, t, se := dialSMTP(ctx, s, sec)
	if se == nil {
		if err := sess.smtp.Mail(s.FromAddress); err != nil {
			se = replyErrorFromSMTP(StageMail, err, s)
		} else {
			_ = sess.smtp.Reset()
		}
	}
	tlsVersion := t.tlsVersion()
	if sess != nil {
		sess.close()
	}
	failed := ""
	if se != nil {
		failed = se.Stage
		r.Stage, r.Message = se.Stage, se.Message
	}
	steps := []struct{ stage, line string }{
		{StageConnect, "Connexion à " + addr},
		{StageTLS, securityLine(s.SMTPSecurity, tlsVersion)},
		{StageAuth, authLine(s)},
		{StageMail, "Adresse d'expédition " + s.FromAddress + " acceptée"},
	}
	if !addSteps(&r, steps, failed, map[string]string{StageDNS: StageConnect}) {
		return r
	}

	if s.IMAPHost == "" {
		r.OK = true
		r.Message = fmt.Sprintf("Connexion réussie : le serveur %s accepte vos identifiants. Sans serveur IMAP, aucune copie n'ira dans vos messages envoyés.", s.SMTPHost)
		return r
	}
	iaddr := net.JoinHostPort(s.IMAPHost, strconv.Itoa(s.IMAPPort))
	isess, ierr := openSent(ctx, s, sec)
	failed = ""
	if ierr != nil {
		failed = ierr.stage
		r.Stage, r.Message = ierr.stage, ierr.message
	} else {
		r.SentFolder = isess.folder
		isess.close()
	}
	imapSteps := []struct{ stage, line string }{
		{StageIMAPConnect, "Connexion IMAP à " + iaddr},
		{StageIMAPTLS, "IMAP : " + lowerFirst(securityLine(s.IMAPSecurity, ""))},
		{StageIMAPAuth, "Identification IMAP de " + s.imapUser()},
		{StageIMAPFolder, "Dossier des messages envoyés"},
	}
	if !addSteps(&r, imapSteps, failed, nil) {
		return r
	}
	r.Steps[len(r.Steps)-1] = "Dossier des messages envoyés : « " + r.SentFolder + " »"
	r.OK = true
	r.Message = fmt.Sprintf("Connexion réussie : envoi par %s, copie dans le dossier « %s » de %s.", s.SMTPHost, r.SentFolder, s.IMAPHost)
	return r
}

// SignInFailed is the result of a test that could not start: the account's sign-in itself failed (a provider's
// token could not be had), nothing was sent to the servers.
func SignInFailed(account, message string) TestResult {
	return TestResult{Stage: StageAuth, Message: message, Steps: []string{"Connexion au compte " + account + " : échec — " + lowerFirst(message)}}
}

// addSteps appends « line : OK » up to the failed stage, which gets « line : échec » (alias maps a stage to the
// step that shows it). It reports whether every step passed.
func addSteps(r *TestResult, steps []struct{ stage, line string }, failed string, alias map[string]string) bool {
	if a, ok := alias[failed]; ok {
		failed = a
	}
	for _, st := range steps {
		if st.stage == failed {
			r.Steps = append(r.Steps, st.line+" : échec — "+lowerFirst(r.Message))
			return false
		}
		r.Steps = append(r.Steps, st.line+" : OK")
	}
	if failed != "" { // a stage outside the list (e.g. imap-append): the last line carries it
		r.Steps = append(r.Steps, "Échec : "+r.Message)
		return false
	}
	return true
}

func securityLine(sec Security, version string) string {
	v := ""
	if version != "" {
		v = " (" + version + ")"
	}
	switch sec {
	case SecurityTLS:
		return "Chiffrement SSL/TLS" + v
	case SecurityStartTLS:
		return "Chiffrement STARTTLS" + v
	}
	return "Sans chiffrement (serveur local)"
}

func authLine(s Settings) string {
	if s.SMTPAuth == AuthNone {
		return "Sans identification"
	}
	return fmt.Sprintf("Identification de %s (%s)", s.SMTPUser, strings.ToUpper(string(s.SMTPAuth)))
}
