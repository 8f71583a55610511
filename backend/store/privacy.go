package store

import (
	"encoding/json"

	"relance/backend"
)

// ErasePersonalData removes, in one transaction, what identifies the people of a client beyond what invoices must
// keep: contacts, e-mail addresses, phone numbers, delivery address, notes, the received messages' senders and
// text, and the owner's corrections of how those messages were read (they quote them). Invoices, payments, documents and the journal's facts stay (legal retention); the erasure is journaled.
func (s *Store) ErasePersonalData(clientID uint64) error {
	var c backend.Client
	err := s.update(func(w *txw) error {
		found, err := getRecord(w.tx.Bucket(bClients), itob(clientID), &c)
		if err != nil {
			return err
		}
		if !found {
			return notFound("client", clientID)
		}
		c.Contacts, c.Email, c.Phone, c.Notes, c.DeliveryAddress = nil, "", "", "", backend.Address{}
		c.UpdatedAt = s.now()
		if _, _, err := s.putClient(w, &c); err != nil {
			return err
		}
		cur := w.tx.Bucket(bInteractionsByCl).Cursor()
		prefix := itob(clientID)
		for k, _ := cur.Seek(prefix); k != nil && string(k[:8]) == string(prefix); k, _ = cur.Next() {
			id := k[8:]
			var it backend.Interaction
			if _, err := getRecord(w.tx.Bucket(bInteractions), id, &it); err != nil {
				return err
			}
			it.FromName, it.FromEmail, it.Excerpt, it.Phrase, it.Attachments = "", "", "(effacé à la demande du client)", "", []string{}
			raw, err := json.Marshal(&it)
			if err != nil {
				return err
			}
			if err := w.tx.Bucket(bInteractions).Put(id, raw); err != nil {
				return err
			}
			if err := w.tx.Bucket(bInteractionText).Put(id, []byte{}); err != nil {
				return err
			}
		}
		if err := removeClientCorrections(w.tx, clientID); err != nil {
			return err
		}
		return s.addEvent(w, backend.Event{Kind: "client.erased", ClientID: clientID, EntityID: clientID,
			Summary: "Données personnelles effacées à la demande (RGPD) ; factures, règlements et documents conservés (obligation légale de 10 ans)"})
	})
	if err != nil {
		return err
	}
	s.applyClients([]backend.Client{c})
	return nil
}
