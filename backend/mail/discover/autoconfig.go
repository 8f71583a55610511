package discover

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"relance/backend/mail"
)

// maxBody bounds a configuration file: real ones weigh a few kilobytes.
const maxBody = 256 << 10

// DefaultAutoconfigURLs are where a domain publishes its configuration for mail clients, in Thunderbird's order:
// the autoconfig host first, then the domain's well-known path. Both carry the address, as Thunderbird does, for
// a host that serves several customers to answer for the right one.
func DefaultAutoconfigURLs(domain, address string) []string {
	q := "?emailaddress=" + url.QueryEscape(address)
	return []string{
		"https://autoconfig." + domain + "/mail/config-v1.1.xml" + q,
		"https://" + domain + "/.well-known/autoconfig/mail/config-v1.1.xml" + q,
	}
}

// Autoconfig is what a configuration file says, reduced to what the app uses.
type Autoconfig struct {
	ProviderName string // the file's display name, "" when absent
	SMTP         Server
	IMAP         Server // Host "": no usable IMAP server in the file
	Instruction  string // what the provider asks to do first (enable IMAP access…), "" when nothing
}

// Server is one server of a configuration file, placeholders replaced.
type Server struct {
	Host     string
	Port     int
	Security mail.Security
	Username string
	Auth     mail.AuthMethod
}

// The file's layout (Thunderbird's clientConfig, version 1.1); whatever else it holds is ignored.
type xmlClientConfig struct {
	XMLName   xml.Name           `xml:"clientConfig"`
	Providers []xmlEmailProvider `xml:"emailProvider"`
}

type xmlEmailProvider struct {
	DisplayName      string      `xml:"displayName"`
	DisplayShortName string      `xml:"displayShortName"`
	Incoming         []xmlServer `xml:"incomingServer"`
	Outgoing         []xmlServer `xml:"outgoingServer"`
	Enable           []struct {
		VisitURL     string    `xml:"visiturl,attr"`
		Instructions []xmlText `xml:"instruction"`
	} `xml:"enable"`
}

type xmlServer struct {
	Type           string   `xml:"type,attr"`
	Hostname       string   `xml:"hostname"`
	Port           string   `xml:"port"`
	SocketType     string   `xml:"socketType"`
	Username       string   `xml:"username"`
	Authentication []string `xml:"authentication"`
}

type xmlText struct {
	Lang string `xml:"lang,attr"`
	Text string `xml:",chardata"`
}

// ParseAutoconfig reads a configuration file for address: the first e-mail provider of the file with a usable
// SMTP server, its first IMAP server that is usable too. Usable means encrypted (SSL or STARTTLS: the app never
// sends a password in clear, so a "plain" entry is skipped), a valid host name and port, and an authentication
// the app speaks. POP3 servers are ignored. An error means the file is of no use.
func ParseAutoconfig(data []byte, address string) (Autoconfig, error) {
	var cfg xmlClientConfig
	d := xml.NewDecoder(bytes.NewReader(data))
	d.CharsetReader = charsetReader
	if err := d.Decode(&cfg); err != nil {
		return Autoconfig{}, fmt.Errorf("discover: reading the configuration file: %w", err)
	}
	at := strings.LastIndex(address, "@")
	if at < 0 {
		return Autoconfig{}, fmt.Errorf("discover: address %q without @", address)
	}
	v := vars{address: address, local: address[:at], domain: strings.ToLower(address[at+1:])}
	for _, p := range cfg.Providers {
		smtp, ok := pickServer(p.Outgoing, "smtp", v, 465, 587)
		if !ok {
			continue
		}
		out := Autoconfig{ProviderName: cleanText(p.DisplayName, 80), SMTP: smtp}
		if out.ProviderName == "" {
			out.ProviderName = cleanText(p.DisplayShortName, 80)
		}
		out.IMAP, _ = pickServer(p.Incoming, "imap", v, 993, 143)
		for _, e := range p.Enable {
			if out.Instruction = instruction(e.Instructions, e.VisitURL); out.Instruction != "" {
				break
			}
		}
		return out, nil
	}
	return Autoconfig{}, errors.New("discover: no encrypted SMTP server in the configuration file")
}

// vars are the values of the file's placeholders.
type vars struct{ address, local, domain string }

func (v vars) expand(s string) string {
	return strings.NewReplacer("%EMAILADDRESS%", v.address, "%EMAILLOCALPART%", v.local, "%EMAILDOMAIN%", v.domain).
		Replace(strings.TrimSpace(s))
}

// pickServer is the first usable server of type typ, in the file's order (the provider's preference).
func pickServer(servers []xmlServer, typ string, v vars, tlsPort, startTLSPort int) (Server, bool) {
	for _, x := range servers {
		if !strings.EqualFold(strings.TrimSpace(x.Type), typ) {
			continue
		}
		var s Server
		switch strings.ToUpper(strings.TrimSpace(x.SocketType)) {
		case "SSL", "TLS":
			s.Security, s.Port = mail.SecurityTLS, tlsPort
		case "STARTTLS":
			s.Security, s.Port = mail.SecurityStartTLS, startTLSPort
		default: // plain or unknown: no password in clear
			continue
		}
		if p := strings.TrimSpace(x.Port); p != "" {
			n, err := strconv.Atoi(p)
			if err != nil || n < 1 || n > 65535 {
				continue
			}
			s.Port = n
		}
		s.Host = strings.TrimSuffix(strings.ToLower(v.expand(x.Hostname)), ".")
		if !validDomain(s.Host) {
			continue
		}
		var ok bool
		if s.Auth, ok = pickAuth(x.Authentication); !ok {
			continue
		}
		s.Username = v.expand(x.Username)
		// An unknown placeholder (%REALNAME%…) or a control character: the full address is the usual login.
		if s.Username == "" || strings.Contains(s.Username, "%") || strings.ContainsFunc(s.Username, unicode.IsControl) ||
			utf8.RuneCountInString(s.Username) > 254 || !utf8.ValidString(s.Username) {
			s.Username = v.address
		}
		if s.Auth == mail.AuthNone {
			s.Username = ""
		}
		return s, true
	}
	return Server{}, false
}

// pickAuth chooses among the file's authentication methods the one the app prefers: a password (the user has
// one), else OAuth2, else none. No method listed means a password, as Thunderbird assumes. ok is false when
// only methods the app does not speak are listed (NTLM, GSSAPI, client certificate).
func pickAuth(methods []string) (mail.AuthMethod, bool) {
	if len(methods) == 0 {
		return mail.AuthPlain, true
	}
	best, rank := mail.AuthMethod(""), 0
	for _, m := range methods {
		var a mail.AuthMethod
		var r int
		switch strings.ToLower(strings.TrimSpace(m)) {
		case "password-cleartext", "plain":
			a, r = mail.AuthPlain, 4
		case "password-encrypted", "secure":
			a, r = mail.AuthCramMD5, 3
		case "oauth2", "xoauth2":
			a, r = mail.AuthXOAuth2, 2
		case "none", "client-ip-address":
			a, r = mail.AuthNone, 1
		}
		if r > rank {
			best, rank = a, r
		}
	}
	return best, rank > 0
}

// instruction is the provider's instruction, French when given, then English, then the first; with its link when
// it is HTTPS.
func instruction(texts []xmlText, visitURL string) string {
	var pick string
	for _, lang := range []string{"fr", "en", ""} {
		for _, t := range texts {
			l := strings.ToLower(strings.TrimSpace(t.Lang))
			if lang == "" || l == lang || strings.HasPrefix(l, lang+"-") {
				if pick = cleanText(t.Text, 400); pick != "" {
					break
				}
			}
		}
		if pick != "" {
			break
		}
	}
	if u, err := url.Parse(strings.TrimSpace(visitURL)); err == nil && u.Scheme == "https" && u.Host != "" && len(visitURL) < 500 {
		if pick == "" {
			return "Activez d'abord l'accès par un logiciel de messagerie : " + u.String()
		}
		return pick + " (" + u.String() + ")"
	}
	return pick
}

// cleanText makes a remote text fit for a form: one line, no control character, at most max runes.
func cleanText(s string, max int) string {
	s = strings.Join(strings.FieldsFunc(strings.ToValidUTF8(s, ""), func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r)
	}), " ")
	if utf8.RuneCountInString(s) > max {
		s = string([]rune(s)[:max-1]) + "…"
	}
	return s
}

// charsetReader decodes the few non-UTF-8 encodings such files declare (encoding/xml reads only UTF-8).
func charsetReader(label string, r io.Reader) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "iso-8859-1", "latin1", "latin-1", "iso8859-1":
		return charmap.ISO8859_1.NewDecoder().Reader(r), nil
	case "windows-1252", "cp1252":
		return charmap.Windows1252.NewDecoder().Reader(r), nil
	case "iso-8859-15", "latin9":
		return charmap.ISO8859_15.NewDecoder().Reader(r), nil
	case "us-ascii", "ascii":
		return r, nil
	}
	return nil, fmt.Errorf("discover: unsupported encoding %q", label)
}

// fetch gets a configuration file: HTTPS only, certificate verified, bounded in time and size, 200 only.
func (f *Finder) fetch(ctx context.Context, rawURL string) ([]byte, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Scheme != "https" {
		return nil, fmt.Errorf("discover: %q is not an HTTPS address", rawURL)
	}
	ctx, cancel := context.WithTimeout(ctx, f.requestTimeout())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/xml, text/xml;q=0.9, */*;q=0.1")
	req.Header.Set("User-Agent", "Relance (configuration de messagerie)")
	resp, err := f.client().Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("discover: %s: HTTP %s", u.Host, resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody+1))
	if err != nil {
		return nil, err
	}
	if len(body) > maxBody {
		return nil, fmt.Errorf("discover: %s: answer larger than %d bytes", u.Host, maxBody)
	}
	return body, nil
}

// client is the Finder's HTTP client (or a default one) that follows only a few redirects, and only to HTTPS.
func (f *Finder) client() *http.Client {
	var c http.Client
	if f.HTTP != nil {
		c = *f.HTTP
	}
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) >= 3 {
			return errors.New("discover: too many redirects")
		}
		if req.URL.Scheme != "https" {
			return fmt.Errorf("discover: redirect to %s refused (HTTPS only)", req.URL.Scheme)
		}
		return nil
	}
	return &c
}

// autoconfig asks every configuration address at once and keeps the answer of the first, in order, that has a
// usable file: a slow first address then costs no more than a failed one.
func (f *Finder) autoconfig(ctx context.Context, address, domain string) (Autoconfig, bool) {
	urls := DefaultAutoconfigURLs(domain, address)
	if f.AutoconfigURLs != nil {
		urls = f.AutoconfigURLs(domain, address)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // the slower requests end when an answer is chosen
	type answer struct {
		ac Autoconfig
		ok bool
	}
	answers := make([]chan answer, len(urls))
	for i, u := range urls {
		answers[i] = make(chan answer, 1)
		go func() {
			body, err := f.fetch(ctx, u)
			if err != nil {
				answers[i] <- answer{}
				return
			}
			ac, err := ParseAutoconfig(body, address)
			answers[i] <- answer{ac, err == nil}
		}()
	}
	for _, ch := range answers {
		if a := <-ch; a.ok {
			return a.ac, true
		}
	}
	return Autoconfig{}, false
}
