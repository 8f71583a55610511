package replies

import (
	"strconv"
	"strings"

	"relance/backend"
	"relance/backend/inbox"
	"relance/backend/service"
)

// What Relance does by itself with the messages just kept, before the owner reads them.

// react acts on the messages just kept.
func (r *Replies) react(added []backend.Interaction) {
	human := 0
	for _, it := range added {
		if err := r.act(it); err != nil {
			r.deps.Logger().Error("inbox reaction", "message", it.ID, "err", backend.ErrorMessage(err))
		}
		if it.Class != string(inbox.AutoReply) && it.Class != string(inbox.Bounced) {
			human++
		}
	}
	r.deps.Emit(EventNew, len(added))
	r.deps.Emit(service.EventChaseUpdated, nil)
	if human > 0 {
		r.deps.Notify("Relance : nouvelle réponse de client", plural(human, "réponse à traiter", "réponses à traiter"))
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// act is what Relance does by itself with one message: a bounce marks the address invalid and asks for a letter
// or a call; a human reply pauses the client's chase until read (a payment said to be made also pauses its
// invoices a few days, as a phone call saying so would).
func (r *Replies) act(it backend.Interaction) error {
	st := r.deps.Store
	today := backend.Today(r.deps.Clock)
	switch inbox.Class(it.Class) {
	case inbox.AutoReply:
		return nil
	case inbox.Bounced:
		return r.bounced(it)
	}
	if it.ClientID == 0 || it.Status == backend.InteractionHandled {
		return nil
	}
	if _, err := st.UpdateClientChase(it.ClientID, PausePrefix+" : relances automatiques suspendues", func(c *backend.ClientChase) error {
		if c.Pause != nil && c.Pause.Until >= today {
			return errUnchanged // already paused (by the user or another reply): theirs stands
		}
		c.Pause = &backend.Pause{Until: today.AddDays(30), Since: today,
			Reason: PausePrefix + " (e-mail du " + backend.DateOf(it.ReceivedAt).French() + ")"}
		return nil
	}); err != nil && err != errUnchanged {
		return err
	}
	if inbox.Class(it.Class) == inbox.Paid {
		until := today.AddDays(backend.AnnouncedPaymentDays)
		for _, id := range it.InvoiceIDs {
			if _, err := st.UpdateInvoiceChase(id, "paiement annoncé par e-mail : relance suspendue jusqu'au "+until.French()+", en attente du paiement",
				func(_ *backend.Invoice, c *backend.InvoiceChase) error {
					c.Promise = &backend.Promise{Until: until, Since: today, Note: "Paiement annoncé par e-mail : « " + it.Phrase + " »"}
					return nil
				}); err != nil {
				return err
			}
		}
	}
	return nil
}

// bounced marks the refused address invalid on the client's contacts and asks for a letter or a call instead.
func (r *Replies) bounced(it backend.Interaction) error {
	st := r.deps.Store
	addr := strings.ToLower(it.BounceAddress)
	clientID := it.ClientID
	if clientID == 0 && addr != "" {
		dir, err := newDirectory(st)
		if err != nil {
			return err
		}
		clientID, _ = dir.ClientByEmail(addr)
	}
	decision := "Adresse refusée par le serveur du destinataire"
	if clientID != 0 {
		c, err := st.Client(clientID)
		if err != nil {
			return err
		}
		changed := false
		for k := range c.Contacts {
			if addr != "" && strings.EqualFold(c.Contacts[k].Email, addr) && !c.Contacts[k].EmailInvalid {
				c.Contacts[k].EmailInvalid, changed = true, true
			}
		}
		if changed {
			if err := st.SaveClient(&c); err != nil {
				return err
			}
			decision += " : " + addr + " marquée invalide sur la fiche de " + c.Name
		}
		f := &backend.FollowUp{ClientID: clientID, ClientName: c.Name, InvoiceIDs: it.InvoiceIDs, Channel: backend.ChannelCall,
			Reason: "e-mail non distribué à " + addr + " : " + it.Reason}
		if c.Address.Line1 != "" && c.Address.City != "" {
			f.Channel = backend.ChannelLetter
		}
		if err := st.AddFollowUp(f); err != nil {
			return err
		}
	}
	_, err := st.UpdateInteraction(it.ID, "", func(x *backend.Interaction) error {
		x.ClientID, x.Status, x.Decision, x.HandledAt = clientID, backend.InteractionHandled, decision, r.deps.Clock.Now().UTC()
		return nil
	})
	return err
}
