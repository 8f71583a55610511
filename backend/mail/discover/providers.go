package discover

import (
	"strings"

	"relance/backend/mail"
)

// provider is what the app knows of a mail provider: the preset holding its servers and how one signs in there.
type provider struct {
	id              string // Result.Provider: the preset's ID, or "microsoft" / "google"
	name            string
	preset          string // ID in mail.Presets(); "" when servers below are the only ones
	oauth           string // OAuthMicrosoft, OAuthGoogle or ""
	appPassword     bool
	appPasswordHelp string
	note            string // replaces the preset's note when set

	// Servers that replace the preset's (custom-domain Zoho) or stand alone (no preset, e.g. GMX).
	smtpHost, imapHost string
	smtpPort, imapPort int
	smtpSec, imapSec   mail.Security
}

// Browser sign-in (OAuth2) offered by a provider: the value of Result.OAuth.
const (
	OAuthMicrosoft = "microsoft"
	OAuthGoogle    = "google"
)

const (
	googleHelp = "myaccount.google.com › Sécurité › Validation en deux étapes › Mots de passe des applications " +
		"(la validation en deux étapes doit être activée)"
	icloudHelp = "appleid.apple.com › Connexion et sécurité › Mots de passe pour app (l'identification à deux facteurs doit être activée)"
	yahooHelp  = "Infos du compte Yahoo › Sécurité du compte › Générer un mot de passe d'application"
)

var (
	gmail = provider{id: "google", name: "Gmail", preset: "gmail", oauth: OAuthGoogle,
		appPassword: true, appPasswordHelp: googleHelp}
	googleWorkspace = provider{id: "google", name: "Google Workspace", preset: "gmail", oauth: OAuthGoogle,
		appPassword: true, appPasswordHelp: googleHelp,
		note: "Identifiant : votre adresse complète. Connectez-vous avec Google ; sinon créez un « mot de passe d'application » " +
			"(l'administrateur de Google Workspace doit l'autoriser). Google range lui-même une copie dans « Messages envoyés »."}
	outlookCom = provider{id: "microsoft", name: "Outlook.com", preset: "outlook", oauth: OAuthMicrosoft,
		note: "Identifiant : votre adresse complète. Outlook.com refuse de plus en plus le mot de passe du compte " +
			"pour les logiciels de messagerie : connectez-vous avec Microsoft."}
	microsoft365 = provider{id: "microsoft", name: "Microsoft 365", preset: "outlook", oauth: OAuthMicrosoft}
	orange       = provider{id: "orange", name: "Orange", preset: "orange"}
	free         = provider{id: "free", name: "Free", preset: "free"}
	laposte      = provider{id: "laposte", name: "La Poste", preset: "laposte"}
	sfr          = provider{id: "sfr", name: "SFR", preset: "sfr"}
	yahoo        = provider{id: "yahoo", name: "Yahoo Mail", preset: "yahoo", appPassword: true, appPasswordHelp: yahooHelp}
	icloud       = provider{id: "icloud", name: "iCloud Mail", preset: "icloud", appPassword: true, appPasswordHelp: icloudHelp}
	icloudDomain = provider{id: "icloud", name: "iCloud+ (domaine personnalisé)", preset: "icloud", appPassword: true,
		appPasswordHelp: icloudHelp,
		note: "Identifiant : l'adresse @icloud.com de votre identifiant Apple (pas celle de votre domaine). " +
			"Votre mot de passe habituel est refusé : créez un « mot de passe d'application » et collez-le ici."}
	ovh        = provider{id: "ovh", name: "OVHcloud", preset: "ovh"}
	ionos      = provider{id: "ionos", name: "IONOS", preset: "ionos"}
	gandi      = provider{id: "gandi", name: "Gandi", preset: "gandi"}
	infomaniak = provider{id: "infomaniak", name: "Infomaniak", preset: "infomaniak"}
	// Zoho serves addresses on the customer's own domain from other servers than its free addresses.
	zohoEU = provider{id: "zoho", name: "Zoho Mail (Europe)", preset: "zoho",
		smtpHost: "smtppro.zoho.eu", smtpPort: 465, smtpSec: mail.SecurityTLS,
		imapHost: "imappro.zoho.eu", imapPort: 993, imapSec: mail.SecurityTLS}
	zohoCom = provider{id: "zoho", name: "Zoho Mail", preset: "zoho",
		smtpHost: "smtppro.zoho.com", smtpPort: 465, smtpSec: mail.SecurityTLS,
		imapHost: "imappro.zoho.com", imapPort: 993, imapSec: mail.SecurityTLS,
		note: "L'accès IMAP doit être activé dans les paramètres Zoho ; avec la double authentification, utilisez un mot de passe d'application."}
	// GMX has no preset: its international and German services answer on different names.
	gmxCom = provider{id: "gmx", name: "GMX",
		smtpHost: "mail.gmx.com", smtpPort: 465, smtpSec: mail.SecurityTLS,
		imapHost: "imap.gmx.com", imapPort: 993, imapSec: mail.SecurityTLS, note: gmxNote}
	gmxNet = provider{id: "gmx", name: "GMX",
		smtpHost: "mail.gmx.net", smtpPort: 465, smtpSec: mail.SecurityTLS,
		imapHost: "imap.gmx.net", imapPort: 993, imapSec: mail.SecurityTLS, note: gmxNote}
)

const gmxNote = "Identifiant : votre adresse GMX complète. L'accès par un logiciel de messagerie doit être activé " +
	"dans les paramètres de GMX (POP3 & IMAP)."

// knownDomains are the address domains of the providers most French small businesses use; an address there needs
// no network to be set up.
var knownDomains = map[string]provider{
	"gmail.com": gmail, "googlemail.com": gmail,

	"outlook.com": outlookCom, "outlook.fr": outlookCom, "hotmail.com": outlookCom, "hotmail.fr": outlookCom,
	"live.com": outlookCom, "live.fr": outlookCom, "msn.com": outlookCom,

	"orange.fr": orange, "wanadoo.fr": orange,
	"free.fr":     free,
	"laposte.net": laposte,
	"sfr.fr":      sfr, "neuf.fr": sfr, "cegetel.net": sfr, "club-internet.fr": sfr,
	"yahoo.fr": yahoo, "yahoo.com": yahoo, "ymail.com": yahoo, "rocketmail.com": yahoo,
	"icloud.com": icloud, "me.com": icloud, "mac.com": icloud,
	"gmx.fr": gmxCom, "gmx.com": gmxCom, "gmx.net": gmxNet, "gmx.de": gmxNet,
}

// mxProviders recognise a host by the name of its MX servers (the domain itself or any name under it). The order
// matters only in that the first match wins.
var mxProviders = []struct {
	suffixes []string
	p        provider
}{
	{[]string{"mail.protection.outlook.com", "mx.microsoft"}, microsoft365},
	{[]string{"google.com", "googlemail.com"}, googleWorkspace},
	{[]string{"ovh.net"}, ovh},
	{[]string{"ionos.fr", "ionos.de", "ionos.com", "ionos.co.uk", "ionos.es", "ionos.it", "kundenserver.de"}, ionos},
	{[]string{"gandi.net"}, gandi},
	{[]string{"infomaniak.ch", "infomaniak.com"}, infomaniak},
	{[]string{"zoho.eu", "zohomail.eu"}, zohoEU},
	{[]string{"zoho.com", "zohomail.com"}, zohoCom},
	{[]string{"mail.icloud.com"}, icloudDomain},
	{[]string{"yahoodns.net"}, yahoo},
}

// providerOfMX is the provider whose servers host is one of, if known.
func providerOfMX(host string) (provider, bool) {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	for _, m := range mxProviders {
		for _, s := range m.suffixes {
			if host == s || strings.HasSuffix(host, "."+s) {
				return m.p, true
			}
		}
	}
	return provider{}, false
}

// oauthOfHost tells which browser sign-in a server accepts, from its name: a domain's own configuration file may
// point at Microsoft's or Google's servers.
func oauthOfHost(host string) string {
	switch host {
	case "smtp.office365.com", "outlook.office365.com", "smtp-mail.outlook.com", "imap-mail.outlook.com":
		return OAuthMicrosoft
	case "smtp.gmail.com", "imap.gmail.com", "smtp.googlemail.com", "imap.googlemail.com":
		return OAuthGoogle
	}
	return ""
}

// settings fills the servers of p for address. ok is false when p has no servers (a preset renamed or emptied).
func (p provider) settings(address string) (s mail.Settings, note string, ok bool) {
	s = mail.Settings{FromAddress: address, SMTPUser: address, SMTPAuth: mail.AuthPlain}
	if pr, ok := mail.PresetByID(p.preset); ok {
		pr.SetServers(&s)
		note = pr.Note
	}
	if p.smtpHost != "" {
		s.SMTPHost, s.SMTPPort, s.SMTPSecurity = p.smtpHost, p.smtpPort, p.smtpSec
		s.IMAPHost, s.IMAPPort, s.IMAPSecurity = p.imapHost, p.imapPort, p.imapSec
	}
	if p.note != "" {
		note = p.note
	}
	return s, note, s.SMTPHost != ""
}

// result is the answer for an address at provider p.
func (p provider) result(address, source, sourceText string) (Result, bool) {
	s, note, ok := p.settings(address)
	if !ok {
		return Result{}, false
	}
	return Result{Found: true, Source: source, SourceText: sourceText, Provider: p.id, ProviderName: p.name,
		OAuth: p.oauth, Settings: s, AppPassword: p.appPassword, AppPasswordHelp: p.appPasswordHelp, Note: note}, true
}
