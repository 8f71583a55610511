package mail

import (
	"crypto/x509"
	"net"
	"strings"

	"relance/backend"
)

// Security is how a connection to a mail server is protected.
type Security string

const (
	SecurityTLS      Security = "tls"      // implicit TLS from the first byte (SMTP 465, IMAP 993)
	SecurityStartTLS Security = "starttls" // plain connection upgraded by STARTTLS, which is then mandatory (587, 143)
	SecurityNone     Security = "none"     // no encryption: accepted only for a server on this computer
)

// AuthMethod is the SMTP authentication mechanism.
type AuthMethod string

const (
	AuthPlain   AuthMethod = "plain"
	AuthLogin   AuthMethod = "login"
	AuthCramMD5 AuthMethod = "cram-md5"
	AuthXOAuth2 AuthMethod = "xoauth2"
	AuthNone    AuthMethod = "none"
)

// Settings are the mailbox settings kept in the store (never the password).
type Settings struct {
	FromName      string     `json:"fromName"`
	FromAddress   string     `json:"fromAddress"`
	ReplyTo       string     `json:"replyTo,omitempty"`
	SMTPHost      string     `json:"smtpHost"`
	SMTPPort      int        `json:"smtpPort"`
	SMTPSecurity  Security   `json:"smtpSecurity"`
	SMTPAuth      AuthMethod `json:"smtpAuth"`
	SMTPUser      string     `json:"smtpUser"`
	IMAPHost      string     `json:"imapHost"` // for the Sent copy (and later, watching replies); empty = no Sent copy
	IMAPPort      int        `json:"imapPort"`
	IMAPSecurity  Security   `json:"imapSecurity"`
	IMAPUser      string     `json:"imapUser,omitempty"`   // empty = SMTPUser
	SentFolder    string     `json:"sentFolder,omitempty"` // empty = the \Sent special-use mailbox, else a usual name
	RatePerMinute int        `json:"ratePerMinute"`        // default 20
	DailyCap      int        `json:"dailyCap"`             // default 200
	Preset        string     `json:"preset,omitempty"`
	// RootCAs is for tests only: trust a test certificate; nil = the system roots. Certificates are always verified.
	RootCAs *x509.CertPool `json:"-"`
}

// Defaults of the sending pace.
const (
	DefaultRatePerMinute = 20
	DefaultDailyCap      = 200
	maxRatePerMinute     = 600
	maxDailyCap          = 100000
)

// Normalize trims the settings, fills the defaults (ports from the security, security from the port, pace, IMAP
// user) and validates them, with a French message per field.
func (s *Settings) Normalize() error {
	var p backend.Problems
	s.FromName = strings.TrimSpace(s.FromName)
	s.FromAddress = strings.TrimSpace(s.FromAddress)
	s.ReplyTo = strings.TrimSpace(s.ReplyTo)
	s.SMTPHost = normalizeHost(s.SMTPHost)
	s.SMTPUser = strings.TrimSpace(s.SMTPUser)
	s.IMAPHost = normalizeHost(s.IMAPHost)
	s.IMAPUser = strings.TrimSpace(s.IMAPUser)
	s.SentFolder = strings.TrimSpace(s.SentFolder)
	s.Preset = strings.TrimSpace(s.Preset)
	s.SMTPSecurity = Security(strings.ToLower(strings.TrimSpace(string(s.SMTPSecurity))))
	s.IMAPSecurity = Security(strings.ToLower(strings.TrimSpace(string(s.IMAPSecurity))))
	s.SMTPAuth = AuthMethod(strings.ToLower(strings.TrimSpace(string(s.SMTPAuth))))

	if hasLineBreak(s.FromName) {
		p.Add("fromName", "nom d'expéditeur invalide : il ne peut pas contenir de retour à la ligne")
	}
	if s.FromAddress == "" {
		p.Add("fromAddress", "adresse d'expédition manquante : attendu par exemple compta@exemple.fr")
	} else if v, err := backend.NormalizeEmail(s.FromAddress); err != nil {
		p.Add("fromAddress", "adresse d'expédition « %s » invalide : attendu par exemple compta@exemple.fr", s.FromAddress)
	} else {
		s.FromAddress = v
	}
	if s.ReplyTo != "" {
		if v, err := backend.NormalizeEmail(s.ReplyTo); err != nil {
			p.Add("replyTo", "adresse de réponse « %s » invalide : attendu par exemple compta@exemple.fr", s.ReplyTo)
		} else {
			s.ReplyTo = v
		}
	}

	// SMTP server.
	if s.SMTPAuth == "" {
		s.SMTPAuth = AuthPlain
		if s.SMTPUser == "" {
			s.SMTPAuth = AuthNone
		}
	}
	s.SMTPSecurity, s.SMTPPort = defaultSecurityPort(s.SMTPSecurity, s.SMTPPort, 465, 587, 25)
	checkServer(&p, "smtp", "SMTP", s.SMTPHost, s.SMTPPort, s.SMTPSecurity)
	switch s.SMTPAuth {
	case AuthPlain, AuthLogin, AuthCramMD5, AuthXOAuth2:
		if s.SMTPUser == "" {
			p.Add("smtpUser", "identifiant SMTP manquant (le plus souvent votre adresse e-mail complète)")
		} else if hasLineBreak(s.SMTPUser) {
			p.Add("smtpUser", "identifiant SMTP invalide : il ne peut pas contenir de retour à la ligne")
		}
		// Never a password in clear to a remote server: checkServer refuses "none" unless the host is this computer.
	case AuthNone:
	default:
		p.Add("smtpAuth", "méthode d'authentification « %s » inconnue : choisissez plain, login, cram-md5, xoauth2 ou none", s.SMTPAuth)
	}

	// IMAP server (optional: the copy to the Sent folder).
	if s.IMAPHost != "" {
		s.IMAPSecurity, s.IMAPPort = defaultSecurityPort(s.IMAPSecurity, s.IMAPPort, 993, 143, 143)
		checkServer(&p, "imap", "IMAP", s.IMAPHost, s.IMAPPort, s.IMAPSecurity)
		if s.IMAPUser == "" {
			s.IMAPUser = s.SMTPUser
		}
		if s.IMAPUser == "" {
			p.Add("imapUser", "identifiant IMAP manquant (le plus souvent votre adresse e-mail complète)")
		} else if hasLineBreak(s.IMAPUser) {
			p.Add("imapUser", "identifiant IMAP invalide : il ne peut pas contenir de retour à la ligne")
		}
	}
	if hasControl(s.SentFolder) {
		p.Add("sentFolder", "nom de dossier « %s » invalide", s.SentFolder)
	} else if strings.EqualFold(s.SentFolder, "INBOX") {
		// The copies would be read back as clients' replies.
		p.Add("sentFolder", "le dossier des messages envoyés ne peut pas être la boîte de réception (INBOX) : laissez vide pour le trouver automatiquement")
	}

	if s.RatePerMinute == 0 {
		s.RatePerMinute = DefaultRatePerMinute
	}
	if s.RatePerMinute < 1 || s.RatePerMinute > maxRatePerMinute {
		p.Add("ratePerMinute", "cadence invalide : entre 1 et %d messages par minute", maxRatePerMinute)
	}
	if s.DailyCap == 0 {
		s.DailyCap = DefaultDailyCap
	}
	if s.DailyCap < 1 || s.DailyCap > maxDailyCap {
		p.Add("dailyCap", "plafond journalier invalide : entre 1 et %d messages par jour", maxDailyCap)
	}
	return p.Err()
}

// Configured tells whether e-mails can be sent at all: a server and a sender address are set.
func (s Settings) Configured() bool {
	return strings.TrimSpace(s.SMTPHost) != "" && strings.TrimSpace(s.FromAddress) != ""
}

// imapUser is the IMAP login (the SMTP one when not set).
func (s Settings) imapUser() string {
	if s.IMAPUser != "" {
		return s.IMAPUser
	}
	return s.SMTPUser
}

// defaultSecurityPort fills the security from the port (implicit TLS port → tls, else starttls) and the port from
// the security.
func defaultSecurityPort(sec Security, port, tlsPort, startTLSPort, plainPort int) (Security, int) {
	if sec == "" {
		sec = SecurityStartTLS
		if port == tlsPort || port == 0 {
			sec = SecurityTLS
		}
	}
	if port == 0 {
		switch sec {
		case SecurityTLS:
			port = tlsPort
		case SecurityStartTLS:
			port = startTLSPort
		case SecurityNone:
			port = plainPort
		}
	}
	return sec, port
}

func checkServer(p *backend.Problems, prefix, label, host string, port int, sec Security) {
	switch {
	case host == "":
		p.Add(prefix+"Host", "serveur %s manquant (par exemple %s.exemple.fr)", label, prefix)
	case !validHost(host):
		p.Add(prefix+"Host", "serveur %s « %s » invalide : indiquez seulement le nom, par exemple %s.exemple.fr (le port se règle à part)", label, host, prefix)
	}
	if port < 1 || port > 65535 {
		p.Add(prefix+"Port", "port %s %d invalide : entre 1 et 65535 (le plus souvent %s)", label, port, map[string]string{"smtp": "465 ou 587", "imap": "993"}[prefix])
	}
	switch sec {
	case SecurityTLS, SecurityStartTLS:
	case SecurityNone:
		if host != "" && !isLoopback(host) {
			p.Add(prefix+"Security", "sans chiffrement, seul un serveur local est accepté : choisissez SSL/TLS ou STARTTLS")
		}
	default:
		p.Add(prefix+"Security", "sécurité %s « %s » inconnue : choisissez SSL/TLS, STARTTLS ou aucune (serveur local)", label, sec)
	}
}

// normalizeHost trims a host name, lowercases it and drops the brackets of an IPv6 literal and a final dot.
func normalizeHost(h string) string {
	h = strings.ToLower(strings.TrimSpace(h))
	if strings.HasPrefix(h, "[") && strings.HasSuffix(h, "]") {
		h = h[1 : len(h)-1]
	}
	return strings.TrimSuffix(h, ".")
}

// validHost accepts an IP address or an ASCII host name (letters, digits, hyphens, dots, underscores).
func validHost(h string) bool {
	if net.ParseIP(h) != nil {
		return true
	}
	if len(h) > 253 {
		return false
	}
	for _, label := range strings.Split(h, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, r := range label {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
				return false
			}
		}
	}
	return true
}

// isLoopback tells whether host is this computer: localhost or a loopback address.
func isLoopback(host string) bool {
	host = normalizeHost(host)
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func hasLineBreak(s string) bool { return strings.ContainsAny(s, "\r\n") }

func hasControl(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f })
}
