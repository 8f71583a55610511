package app

import (
	"errors"
	"io/fs"
	"os"
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

// fileError words a system error about a file in French (the Go message is English: « no such file or directory »).
func fileError(err error) string {
	var pe *fs.PathError
	path := ""
	if errors.As(err, &pe) {
		path = pe.Path
	}
	var why string
	switch {
	case errors.Is(err, fs.ErrNotExist):
		why = "fichier ou dossier introuvable"
	case errors.Is(err, fs.ErrPermission):
		why = "permission refusée"
	case errors.Is(err, fs.ErrExist):
		why = "le fichier existe déjà"
	case isDir(path):
		why = "c'est un dossier, pas un fichier"
	default:
		if pe != nil {
			why = pe.Err.Error()
		} else {
			why = err.Error()
		}
	}
	if path == "" {
		return why
	}
	return path + " : " + why
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return p != "" && err == nil && st.IsDir()
}

// countFR writes a count with its noun (backend.CountFR).
func countFR(n int, one, many string) string { return backend.CountFR(n, one, many) }
