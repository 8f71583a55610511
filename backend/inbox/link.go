package inbox

import (
	"fmt"
	"slices"
	"strings"

	"relance/backend"
)

// Directory is what linking needs from the ledger; the app implements it over the store.
type Directory interface {
	// SentMessage recognises a Message-ID (with brackets) of the outbox.
	SentMessage(messageID string) (clientID uint64, invoiceIDs []uint64, ok bool)
	// ClientByEmail finds the client owning an address (contacts' and clients' own), lower-cased.
	ClientByEmail(email string) (clientID uint64, ok bool)
	// ClientsByDomain lists the clients with an address at a domain. LinkMessage never asks about public
	// providers (see PublicProvider): an address at gmail.com identifies a person, not a company.
	ClientsByDomain(domain string) []uint64
	InvoiceByNumber(number string) (invoiceID, clientID uint64, ok bool)
}

// SentDater may also be implemented by a Directory, to date the reminder a reply answers in Link.Reason
// (« réponse à la relance du 12/11 »). Without it the reason does not give the date.
type SentDater interface {
	SentDate(messageID string) (backend.Date, bool)
}

// Link ties a message to a client and invoices, and says how.
type Link struct {
	ClientID   uint64   `json:"clientId"` // 0: unmatched
	InvoiceIDs []uint64 `json:"invoiceIds"`
	By         string   `json:"by"`     // "reply", "address", "domain", "invoice" or ""
	Reason     string   `json:"reason"` // in French
}

// maxInvoiceLookups bounds the directory calls for one message: a 64 KB text has a few thousand tokens.
const maxInvoiceLookups = 300

// LinkMessage finds the client a message is about, most reliable evidence first: the reminder it answers
// (In-Reply-To, then References newest first; for a bounce, the returned message's Message-ID), the sender's
// address, the sender's domain when one client has it, and last the invoice numbers quoted in the message.
// Quoted invoice numbers of the linked client are added to the invoices.
func LinkMessage(m Message, d Directory) Link {
	l := Link{InvoiceIDs: []uint64{}}
	cited := citedInvoices(m, d)

	var refs []string
	if m.Bounce != nil && m.Bounce.OriginalMessageID != "" {
		refs = append(refs, m.Bounce.OriginalMessageID)
	}
	if m.InReplyTo != "" {
		refs = append(refs, m.InReplyTo)
	}
	for i := len(m.References) - 1; i >= 0; i-- {
		refs = append(refs, m.References[i])
	}
	for _, id := range refs {
		if c, inv, ok := d.SentMessage(id); ok && c != 0 {
			l.ClientID, l.By = c, "reply"
			l.InvoiceIDs = appendNew(l.InvoiceIDs, inv...)
			what := "réponse à une relance envoyée"
			if m.Bounce != nil {
				what = "avis de non-distribution d'une relance envoyée"
			}
			if sd, ok := d.(SentDater); ok {
				if on, ok := sd.SentDate(id); ok && on != 0 {
					what = fmt.Sprintf("réponse à la relance du %02d/%02d", on.Day(), int(on.Month()))
					if m.Bounce != nil {
						what = fmt.Sprintf("avis de non-distribution de la relance du %02d/%02d", on.Day(), int(on.Month()))
					}
				}
			}
			l.Reason = what
			break
		}
	}

	if l.ClientID == 0 {
		var tries []Address
		if m.Bounce != nil {
			// The sender of a bounce is a mail server; the address that failed is the client's.
			if m.Bounce.Recipient != "" {
				tries = append(tries, Address{Email: m.Bounce.Recipient})
			}
		} else {
			tries = append(tries, m.From)
			tries = append(tries, m.ReplyTo...)
		}
		for _, a := range tries {
			if a.Email == "" {
				continue
			}
			if c, ok := d.ClientByEmail(a.Email); ok && c != 0 {
				l.ClientID, l.By = c, "address"
				switch {
				case m.Bounce != nil:
					l.Reason = "adresse en échec " + a.Email
				case a.Name != "" && !strings.EqualFold(a.Name, a.Email):
					l.Reason = "adresse de " + a.Name + " (" + a.Email + ")"
				default:
					l.Reason = "adresse " + a.Email
				}
				break
			}
		}
	}

	if l.ClientID == 0 && m.Bounce == nil {
		for _, dom := range domainsOf(m.From.Email) {
			if PublicProvider(dom) {
				break
			}
			if cs := d.ClientsByDomain(dom); len(cs) == 1 && cs[0] != 0 {
				l.ClientID, l.By, l.Reason = cs[0], "domain", "domaine "+dom
				break
			} else if len(cs) > 1 {
				l.Reason = fmt.Sprintf("domaine %s partagé par %d clients : rapprochement à faire à la main", dom, len(cs))
				break
			}
		}
	}

	if l.ClientID != 0 {
		var extra []string
		for _, c := range cited {
			if c.client == l.ClientID && !slices.Contains(l.InvoiceIDs, c.id) {
				l.InvoiceIDs = append(l.InvoiceIDs, c.id)
				extra = append(extra, c.number)
			}
		}
		if len(extra) > 0 {
			l.Reason += " ; " + citedPhrase(extra)
		}
		return l
	}

	if len(cited) > 0 {
		client := cited[0].client
		var numbers []string
		for _, c := range cited {
			if c.client != client {
				l.Reason = "factures de plusieurs clients citées (" + strings.Join(numbersOf(cited), ", ") + ") : rapprochement à faire à la main"
				return l
			}
			numbers = append(numbers, c.number)
		}
		if client != 0 {
			l.ClientID, l.By, l.Reason = client, "invoice", citedPhrase(numbers)
			for _, c := range cited {
				l.InvoiceIDs = appendNew(l.InvoiceIDs, c.id)
			}
			return l
		}
	}
	if l.Reason == "" {
		l.Reason = "ni relance d'origine, ni adresse, ni domaine, ni numéro de facture reconnus"
	}
	return l
}

func citedPhrase(numbers []string) string {
	if len(numbers) == 1 {
		return "facture " + numbers[0] + " citée"
	}
	return "factures " + strings.Join(numbers, ", ") + " citées"
}

type citedInvoice struct {
	number     string
	id, client uint64
}

func numbersOf(c []citedInvoice) []string {
	out := make([]string, len(c))
	for i, x := range c {
		out[i] = x.number
	}
	return out
}

func appendNew(ids []uint64, more ...uint64) []uint64 {
	for _, id := range more {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
}

// citedInvoices looks up the tokens of subject, excerpt and text that could be invoice numbers: runs of
// letters, digits and - / _ . with at least one digit, 3 to 30 long. A token that is not a number as a whole is
// tried in pieces (« F-2026-014/F-2026-015 ») and in upper case (clients type « f-2026-014 »).
func citedInvoices(m Message, d Directory) []citedInvoice {
	var out []citedInvoice
	seen := map[string]bool{}
	lookups := 0
	try := func(tok string) bool {
		if lookups >= maxInvoiceLookups {
			return false
		}
		for _, t := range []string{tok, strings.ToUpper(tok)} {
			if seen[t] {
				continue
			}
			seen[t] = true
			lookups++
			if id, client, ok := d.InvoiceByNumber(t); ok {
				for _, c := range out {
					if c.id == id {
						return true
					}
				}
				out = append(out, citedInvoice{number: t, id: id, client: client})
				return true
			}
		}
		return false
	}
	for _, text := range []string{m.Subject, m.Excerpt, m.Text} {
		for _, tok := range invoiceTokens(text) {
			if !try(tok) && strings.ContainsAny(tok, "/_.") {
				for _, piece := range strings.FieldsFunc(tok, func(r rune) bool { return r == '/' || r == '_' || r == '.' }) {
					if validToken(piece) {
						try(piece)
					}
				}
			}
			if lookups >= maxInvoiceLookups {
				return out
			}
		}
	}
	return out
}

func tokenRune(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '/' || c == '_' || c == '.'
}

func validToken(t string) bool {
	return len(t) >= 3 && len(t) <= 30 && strings.ContainsAny(t, "0123456789")
}

// invoiceTokens cuts text into candidate invoice numbers, trimming the punctuation that ends a sentence.
func invoiceTokens(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		if !tokenRune(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && tokenRune(s[j]) {
			j++
		}
		t := strings.Trim(s[i:j], "-/_.")
		if validToken(t) {
			out = append(out, t)
		}
		i = j
	}
	return out
}

// domainsOf gives the domain of an address and its parents down to two labels: compta.lefevre.fr, then
// lefevre.fr.
func domainsOf(email string) []string {
	i := strings.LastIndexByte(email, '@')
	if i < 0 {
		return nil
	}
	dom := strings.ToLower(strings.TrimSuffix(email[i+1:], "."))
	var out []string
	for strings.Count(dom, ".") >= 1 {
		out = append(out, dom)
		if strings.Count(dom, ".") == 1 {
			break
		}
		dom = dom[strings.IndexByte(dom, '.')+1:]
	}
	return out
}

// publicProviders are mailbox providers for individuals: their domain says nothing about who the client is.
var publicProviders = map[string]bool{
	"gmail.com": true, "googlemail.com": true, "orange.fr": true, "wanadoo.fr": true, "free.fr": true,
	"sfr.fr": true, "neuf.fr": true, "laposte.net": true, "bbox.fr": true, "numericable.fr": true,
	"aliceadsl.fr": true, "club-internet.fr": true, "cegetel.net": true, "noos.fr": true, "libertysurf.fr": true,
	"msn.com": true, "ymail.com": true, "icloud.com": true, "me.com": true, "mac.com": true, "aol.com": true,
	"aol.fr": true, "web.de": true, "protonmail.com": true, "proton.me": true, "pm.me": true, "mail.com": true,
	"zoho.com": true, "tutanota.com": true, "gmx.com": true, "gmx.fr": true, "gmx.net": true, "gmx.de": true,
	"yandex.com": true, "yandex.ru": true, "mailo.com": true, "netcourrier.com": true, "skynet.be": true,
	"bluewin.ch": true, "hotmail.com": true, "outlook.com": true, "live.com": true, "yahoo.com": true,
}

// providerFamilies are brands present under many country domains (hotmail.fr, yahoo.co.uk, live.be…).
var providerFamilies = []string{"hotmail.", "outlook.", "live.", "yahoo.", "gmx.", "yandex.", "posteo.", "windowslive."}

// PublicProvider tells whether a domain belongs to a public mailbox provider, which never identifies a
// client. The app's Directory can use it too.
func PublicProvider(domain string) bool {
	d := strings.ToLower(strings.TrimSpace(domain))
	if publicProviders[d] {
		return true
	}
	for _, f := range providerFamilies {
		if strings.HasPrefix(d, f) && !strings.Contains(d[len(f):], "-") && len(d[len(f):]) <= 6 {
			return true
		}
	}
	return false
}
