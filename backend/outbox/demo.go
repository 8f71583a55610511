package outbox

import (
	"fmt"
	"strings"

	"relance/backend"
	"relance/backend/store"
)

// demoRecipientAllowed says whether an e-mail may go to addr, and if not why, in French. In a ledger marked as
// demo data (store.DemoMark) only the reserved domains of RFC 2606 and 6761 are allowed: demo clients are made
// up, and a real-looking address could belong to someone.
func demoRecipientAllowed(demo bool, addr string) (bool, string) {
	if !demo || backend.ReservedAddress(addr) {
		return true, ""
	}
	return false, fmt.Sprintf("Données de démonstration : aucun e-mail n'est envoyé à une adresse réelle (%s n'est pas dans les domaines réservés %s). "+
		"Le message reste en attente ; effacez les données de démonstration pour relancer vos vrais clients.", strings.TrimSpace(addr), backend.ReservedDomains)
}

// demoHold is the sender's guard: true when m must not leave because the ledger holds demo data and one of its
// recipients is outside the reserved domains. The message is neither claimed nor failed: it stays queued, and the
// pass reports why. A store that cannot say whether it is a demo one holds the message too.
func demoHold(st *store.Store, m backend.OutboxMessage, rep *Report) bool {
	_, demo, err := st.DemoMark()
	if err != nil {
		rep.Waiting++
		rep.Stopped = "Données de démonstration : impossible de vérifier si ce dossier en contient (" + backend.ErrorMessage(err) + ") : rien n'est envoyé"
		return true
	}
	if !demo {
		return false
	}
	if len(m.To) == 0 {
		return false // nothing to send to: the sender reports it as usual
	}
	for _, to := range m.To {
		if ok, why := demoRecipientAllowed(true, to); !ok {
			rep.Waiting++
			rep.Stopped = why
			return true
		}
	}
	return false
}
