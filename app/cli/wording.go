package cli

import (
	"regexp"
	"relance/backend"
	"strings"
)

// The operations word their hints for the window (« Paramètres › Messagerie »); on the command line the same hint
// names the command and the `config set` keys. Translated here, at the command line's edge, so that the window
// keeps its wording.
var cliHints = strings.NewReplacer(
	"renseignez votre adresse et votre serveur d'envoi dans Paramètres › Messagerie",
	"renseignez votre adresse et votre serveur d'envoi : relance config set mail.from ADRESSE, relance config set mail.smtp.host SERVEUR (puis mail.smtp.port, mail.smtp.user ; relance secret set smtp pour le mot de passe)",
	"saisissez-le dans Paramètres › Messagerie",
	"enregistrez-le avec relance secret set smtp (lu sur l'entrée standard)",
	"complétez la partie « Réception » dans Paramètres › Messagerie",
	"relance config set mail.imap.host SERVEUR (puis mail.imap.port, mail.imap.user)",
	"par « Se connecter » dans Paramètres › Messagerie",
	"avec relance mail signin",
	"dans Paramètres › Messagerie",
	"avec relance config set CLÉ VALEUR (relance config pour la liste des clés)",
	"ajoutez le nouveau semestre dans Paramètres",
	"ajoutez le nouveau semestre dans Paramètres › Pénalités de la fenêtre, ou passez --rate",
	"complétez « Mon entreprise »", "complétez votre profil avec relance company set CLÉ VALEUR (relance company get pour la liste)",
	"dans « Mon entreprise »", "avec relance company set signatory.last_name NOM (et signatory.title)",
	"Générez le dossier quand même seulement si", "Ajoutez --force seulement si",
	// System errors quoted inside a message (« open x.db: permission denied »), in French.
	"no such file or directory", "fichier ou dossier introuvable",
	"permission denied", "permission refusée",
	"is a directory", "est un dossier",
	"not a directory", "n'est pas un dossier",
	"file exists", "le fichier existe déjà",
	"read-only file system", "système de fichiers en lecture seule",
	"no space left on device", "disque plein",
	"The system cannot find the file specified.", "fichier introuvable",
	"The system cannot find the path specified.", "dossier introuvable",
	"Access is denied.", "accès refusé",
)

// cliWording rewrites a message meant for the window into its command-line form, and the system's English
// words into French.
func cliWording(s string) string { return goOp.ReplaceAllString(cliHints.Replace(s), "$2 : ") }

// goOp is the operation Go puts before a path in a system error (« mkdir /a/b: … »): the path stays, the verb goes.
var goOp = regexp.MustCompile(`\b(open|mkdir|stat|lstat|rename|remove|read|write|chmod) (/[^:]*|[A-Za-z]:\\[^:]*): `)

// countFR writes a count with its noun (backend.CountFR).
func countFR(n int, one, many string) string { return backend.CountFR(n, one, many) }
