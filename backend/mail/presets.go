package mail

// Preset is a known provider: its servers, so that the user only types an address and a password.
type Preset struct {
	ID           string   `json:"id"`
	Name         string   `json:"name"`
	SMTPHost     string   `json:"smtpHost"` // empty: depends on the user's domain (see Note)
	SMTPPort     int      `json:"smtpPort"`
	SMTPSecurity Security `json:"smtpSecurity"`
	IMAPHost     string   `json:"imapHost"`
	IMAPPort     int      `json:"imapPort"`
	IMAPSecurity Security `json:"imapSecurity"`
	Note         string   `json:"note"`
	// SavesSent: the provider files what goes through its SMTP server in the Sent folder by itself, so the copy
	// over IMAP is not needed (AppendSent skips a message already there anyway).
	SavesSent bool `json:"savesSent"`
}

const appPasswordNote = " Votre mot de passe habituel est refusé : créez un « mot de passe d'application » "

// Presets lists the providers French small businesses use most, with their real server names.
func Presets() []Preset {
	return []Preset{
		{ID: "gmail", Name: "Gmail / Google Workspace", SMTPHost: "smtp.gmail.com", SMTPPort: 465, SMTPSecurity: SecurityTLS,
			IMAPHost: "imap.gmail.com", IMAPPort: 993, IMAPSecurity: SecurityTLS, SavesSent: true,
			Note: "Identifiant : votre adresse Gmail complète." + appPasswordNote +
				"(Compte Google › Sécurité › Validation en deux étapes › Mots de passe des applications) et collez-le ici. " +
				"Gmail range lui-même une copie dans « Messages envoyés »."},
		{ID: "outlook", Name: "Outlook / Microsoft 365", SMTPHost: "smtp.office365.com", SMTPPort: 587, SMTPSecurity: SecurityStartTLS,
			IMAPHost: "outlook.office365.com", IMAPPort: 993, IMAPSecurity: SecurityTLS, SavesSent: true,
			Note: "Identifiant : votre adresse complète. Sur Microsoft 365, l'administrateur doit autoriser « SMTP authentifié » " +
				"pour la boîte ; si Microsoft refuse le mot de passe, il faut une connexion OAuth2 (XOAUTH2) ou un mot de passe d'application."},
		{ID: "ovh", Name: "OVHcloud (MX Plan, E-mail Pro)", SMTPHost: "ssl0.ovh.net", SMTPPort: 465, SMTPSecurity: SecurityTLS,
			IMAPHost: "ssl0.ovh.net", IMAPPort: 993, IMAPSecurity: SecurityTLS,
			Note: "Identifiant : votre adresse e-mail complète. Pour E-mail Pro ou Exchange, le serveur figure dans votre espace client OVHcloud (par exemple pro1.mail.ovh.net)."},
		{ID: "ionos", Name: "IONOS", SMTPHost: "smtp.ionos.fr", SMTPPort: 465, SMTPSecurity: SecurityTLS,
			IMAPHost: "imap.ionos.fr", IMAPPort: 993, IMAPSecurity: SecurityTLS,
			Note: "Identifiant : votre adresse e-mail complète."},
		{ID: "orange", Name: "Orange", SMTPHost: "smtp.orange.fr", SMTPPort: 465, SMTPSecurity: SecurityTLS,
			IMAPHost: "imap.orange.fr", IMAPPort: 993, IMAPSecurity: SecurityTLS,
			Note: "Identifiant : votre adresse @orange.fr ou @wanadoo.fr complète et le mot de passe de la messagerie."},
		{ID: "free", Name: "Free", SMTPHost: "smtp.free.fr", SMTPPort: 465, SMTPSecurity: SecurityTLS,
			IMAPHost: "imap.free.fr", IMAPPort: 993, IMAPSecurity: SecurityTLS,
			Note: "Identifiant : votre adresse @free.fr complète."},
		{ID: "gandi", Name: "Gandi", SMTPHost: "mail.gandi.net", SMTPPort: 465, SMTPSecurity: SecurityTLS,
			IMAPHost: "mail.gandi.net", IMAPPort: 993, IMAPSecurity: SecurityTLS,
			Note: "Identifiant : votre adresse e-mail complète."},
		{ID: "infomaniak", Name: "Infomaniak", SMTPHost: "mail.infomaniak.com", SMTPPort: 465, SMTPSecurity: SecurityTLS,
			IMAPHost: "mail.infomaniak.com", IMAPPort: 993, IMAPSecurity: SecurityTLS,
			Note: "Identifiant : votre adresse e-mail complète. Avec la double authentification, utilisez un mot de passe d'application."},
		{ID: "zoho", Name: "Zoho Mail (Europe)", SMTPHost: "smtp.zoho.eu", SMTPPort: 465, SMTPSecurity: SecurityTLS,
			IMAPHost: "imap.zoho.eu", IMAPPort: 993, IMAPSecurity: SecurityTLS,
			Note: "Adresse sur votre propre domaine : smtppro.zoho.eu et imappro.zoho.eu. Compte ouvert aux États-Unis : zoho.com au lieu de zoho.eu. " +
				"L'accès IMAP doit être activé dans les paramètres Zoho ; avec la double authentification, utilisez un mot de passe d'application."},
		{ID: "o2switch", Name: "o2switch", SMTPPort: 465, SMTPSecurity: SecurityTLS, IMAPPort: 993, IMAPSecurity: SecurityTLS,
			Note: "Le serveur est votre propre domaine : indiquez mail.votre-domaine.fr (remplacez par votre domaine) pour l'envoi et pour l'IMAP. " +
				"Identifiant : l'adresse e-mail complète créée dans cPanel."},
		{ID: "yahoo", Name: "Yahoo Mail", SMTPHost: "smtp.mail.yahoo.com", SMTPPort: 465, SMTPSecurity: SecurityTLS,
			IMAPHost: "imap.mail.yahoo.com", IMAPPort: 993, IMAPSecurity: SecurityTLS,
			Note: "Identifiant : votre adresse Yahoo complète." + appPasswordNote + "(Infos du compte › Sécurité du compte) et collez-le ici."},
		{ID: "icloud", Name: "iCloud Mail", SMTPHost: "smtp.mail.me.com", SMTPPort: 587, SMTPSecurity: SecurityStartTLS,
			IMAPHost: "imap.mail.me.com", IMAPPort: 993, IMAPSecurity: SecurityTLS,
			Note: "Identifiant : votre adresse @icloud.com complète." + appPasswordNote +
				"sur appleid.apple.com (Connexion et sécurité › Mots de passe pour app) et collez-le ici."},
		{ID: "laposte", Name: "La Poste (laposte.net)", SMTPHost: "smtp.laposte.net", SMTPPort: 465, SMTPSecurity: SecurityTLS,
			IMAPHost: "imap.laposte.net", IMAPPort: 993, IMAPSecurity: SecurityTLS,
			Note: "Identifiant : votre adresse @laposte.net complète. L'accès par un logiciel de messagerie doit être autorisé dans les réglages du compte."},
		{ID: "sfr", Name: "SFR", SMTPHost: "smtp.sfr.fr", SMTPPort: 465, SMTPSecurity: SecurityTLS,
			IMAPHost: "imap.sfr.fr", IMAPPort: 993, IMAPSecurity: SecurityTLS,
			Note: "Identifiant : votre adresse @sfr.fr complète."},
	}
}

// PresetByID finds a known provider by its ID.
func PresetByID(id string) (Preset, bool) {
	for _, p := range Presets() {
		if p.ID == id {
			return p, true
		}
	}
	return Preset{}, false
}

// SetServers writes the provider's servers (and its ID) into s; the sender's own fields are left alone.
func (p Preset) SetServers(s *Settings) {
	s.Preset = p.ID
	s.SMTPHost, s.SMTPPort, s.SMTPSecurity = p.SMTPHost, p.SMTPPort, p.SMTPSecurity
	s.IMAPHost, s.IMAPPort, s.IMAPSecurity = p.IMAPHost, p.IMAPPort, p.IMAPSecurity
}
