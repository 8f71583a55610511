package dunning

import (
	"strconv"
	"strings"

	"relance/backend"
)

// French reasons, written for the owner reading the « Aujourd'hui » page and the client timeline:
// « facture F-2026-014 échue depuis 8 jours, étape Relance ferme ».

func days(n int) string {
	if n == 1 || n == -1 {
		return "1 jour"
	}
	if n < 0 {
		n = -n
	}
	return strconv.Itoa(n) + " jours"
}

// subject names the invoice, or the instalment of its payment plan.
func subject(l *Line) string {
	if l.Instalment > 0 {
		return "échéance " + strconv.Itoa(l.Instalment) + "/" + strconv.Itoa(l.Instalments) + " de la facture " + l.Number +
			" (" + backend.FormatEUR(l.Amount) + ")"
	}
	return "facture " + l.Number
}

// timing says where the due date stands on the action's date.
func timing(l *Line) string {
	switch {
	case l.DaysOverdue > 0:
		return "échue depuis " + days(l.DaysOverdue)
	case l.DaysOverdue == 0:
		return "à échéance aujourd'hui"
	}
	return "à échéance dans " + days(l.DaysOverdue) + " (le " + l.DueDate.French() + ")"
}

func lineReason(l *Line, st *backend.Step, u *unit, repeat bool, every int) string {
	var b strings.Builder
	b.WriteString(subject(l))
	b.WriteString(" ")
	b.WriteString(timing(l))
	b.WriteString(", étape ")
	b.WriteString(st.Name)
	if repeat {
		b.WriteString(" (répétée tous les " + days(every) + ")")
	}
	if l.CaughtUp {
		b.WriteString(", rattrapage : prévue le " + l.PlannedFor.French())
	}
	if d, ok := u.brokenPromise(); ok {
		b.WriteString(", promesse de paiement au " + d.French() + " non tenue")
	}
	if u.debitFailed {
		b.WriteString(", prélèvement rejeté")
	}
	return b.String()
}

func skipReason(l *Line, st *backend.Step, kind skipKind, u *unit) string {
	head := "étape " + st.Name + " sautée pour la " + subject(l) + " : "
	switch kind {
	case skipMissed:
		return head + "sa date (" + l.PlannedFor.French() + ") est passée"
	case skipLate:
		return head + "elle ne pourrait partir que le " + l.PlannedFor.French() + ", après l'échéance du " + l.DueDate.French()
	case skipHalt:
		return head + u.halt + " : relances arrêtées, la créance se déclare au mandataire judiciaire"
	}
	return head + backend.FormatEUR(u.amount) + " dus, sous le minimum de " + backend.FormatEUR(st.MinAmount) + " de l'étape"
}

func doneReason(l *Line, s Status) string {
	if s == Skipped {
		return "étape " + l.StepName + " sautée aujourd'hui pour la " + subject(l)
	}
	return "étape " + l.StepName + " effectuée aujourd'hui pour la " + subject(l)
}

// maxReasonLines bounds the summary of a grouped action; the lines carry every detail.
const maxReasonLines = 5

func actionReason(a *Action) string {
	if len(a.Lines) == 1 {
		return a.Lines[0].Reason
	}
	var b strings.Builder
	b.WriteString(strconv.Itoa(len(a.Lines)))
	if a.Lines[0].Instalment > 0 || len(a.InvoiceIDs) != len(a.Lines) {
		b.WriteString(" échéances")
	} else {
		b.WriteString(" factures")
	}
	b.WriteString(" (" + backend.FormatEUR(a.Total) + ") : ")
	for i, l := range a.Lines {
		if i == maxReasonLines {
			b.WriteString(" ; et " + strconv.Itoa(len(a.Lines)-i) + " autres")
			break
		}
		if i > 0 {
			b.WriteString(" ; ")
		}
		b.WriteString(l.Reason)
	}
	return b.String()
}
