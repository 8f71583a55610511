package store

import (
	"encoding/json"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// Messages received in the watched mailbox. A batch of new messages and the folder's new state are written in one
// transaction, so that a crash neither loses nor doubles one; a message already kept (same Message-ID, e.g. after
// a UIDVALIDITY resync) is left out.

// NewInteraction is a received message to keep, with its full text.
type NewInteraction struct {
	Interaction backend.Interaction
	Text        string
}

// MailboxState returns where the watcher stands in a folder.
func (s *Store) MailboxState(folder string) (backend.MailboxState, bool, error) {
	var st backend.MailboxState
	var found bool
	err := s.read(func(tx *bolt.Tx) error {
		var err error
		found, err = getRecord(tx.Bucket(bMailboxState), []byte(folder), &st)
		return err
	})
	return st, found, err
}

func messageKey(it *backend.Interaction) []byte {
	if it.MessageID != "" {
		return []byte(strings.ToLower(it.MessageID))
	}
	return []byte(fmt.Sprintf("uid:%s:%d:%d", it.Folder, it.UID, it.ReceivedAt.Unix())) // no Message-ID: folder, UID and date
}

// AddInteractions keeps the new messages of a folder and its new state; it returns those kept (the others were
// already known).
func (s *Store) AddInteractions(folder string, st backend.MailboxState, items []NewInteraction) ([]backend.Interaction, error) {
	var added []backend.Interaction
	err := s.update(func(w *txw) error {
		for i := range items {
			it, kept, err := s.putInteraction(w, items[i])
			if err != nil {
				return err
			}
			if kept {
				added = append(added, it)
			}
		}
		return putRecord(w.tx.Bucket(bMailboxState), []byte(folder), st)
	})
	if err != nil {
		return nil, err
	}
	return added, nil
}

// putInteraction keeps one message with its indexes and journal entry, unless its Message-ID is already kept.
func (s *Store) putInteraction(w *txw, n NewInteraction) (backend.Interaction, bool, error) {
	it := n.Interaction
	key := messageKey(&it)
	if w.get(bInteractionsByMsg, key) != nil {
		return it, false, nil
	}
	b := w.tx.Bucket(bInteractions)
	b.FillPercent = 1.0 // ids only grow
	id, err := b.NextSequence()
	if err != nil {
		return it, false, err
	}
	it.ID = id
	if it.Status == "" {
		it.Status = backend.InteractionNew
	}
	if err := putRecord(b, itob(id), &it); err != nil {
		return it, false, err
	}
	text := w.tx.Bucket(bInteractionText)
	text.FillPercent = 1.0
	if err := text.Put(itob(id), []byte(n.Text)); err != nil {
		return it, false, err
	}
	w.put(bInteractionsByMsg, key, itob(id))
	if it.Status == backend.InteractionNew {
		w.put(bInteractionsNew, itob(id), itob(it.ClientID))
	}
	if it.ClientID != 0 {
		w.put(bInteractionsByCl, pair(it.ClientID, id), nil)
		if err := s.addEvent(w, backend.Event{Kind: "mail.received", ClientID: it.ClientID, EntityID: id, At: it.ReceivedAt,
			Summary: fmt.Sprintf("E-mail reçu de %s : « %s »", it.FromEmail, it.Subject)}); err != nil {
			return it, false, err
		}
	}
	return it, true, nil
}

// InteractionQuery filters the received messages.
type InteractionQuery struct {
	ClientID  uint64
	Status    backend.InteractionStatus // "" = all
	Unmatched bool                      // only those linked to no client
	Limit     int                       // 0 = all
}

// Interactions lists received messages, newest first. Those still to be read come from their own index, so the
// cost follows the to-do list, not the years of history.
func (s *Store) Interactions(q InteractionQuery) ([]backend.Interaction, error) {
	out := []backend.Interaction{}
	err := s.read(func(tx *bolt.Tx) error {
		keep := func(v []byte) (bool, error) {
			var it backend.Interaction
			if err := json.Unmarshal(v, &it); err != nil {
				return false, err
			}
			if q.Status != "" && it.Status != q.Status || q.Unmatched && it.ClientID != 0 || q.ClientID != 0 && it.ClientID != q.ClientID {
				return false, nil
			}
			out = append(out, it)
			return q.Limit > 0 && len(out) >= q.Limit, nil
		}
		b := tx.Bucket(bInteractions)
		if q.Status == backend.InteractionNew {
			c := tx.Bucket(bInteractionsNew).Cursor()
			for k, v := c.Last(); k != nil; k, v = c.Prev() {
				client := btoi(v)
				if q.Unmatched && client != 0 || q.ClientID != 0 && client != q.ClientID {
					continue
				}
				if done, err := keep(b.Get(k)); err != nil || done {
					return err
				}
			}
			return nil
		}
		if q.ClientID != 0 { // walk the client's index backwards
			c := tx.Bucket(bInteractionsByCl).Cursor()
			prefix := itob(q.ClientID)
			k, _ := c.Seek(itob(q.ClientID + 1))
			if k == nil {
				k, _ = c.Last()
			} else {
				k, _ = c.Prev()
			}
			for ; k != nil && strings.HasPrefix(string(k), string(prefix)); k, _ = c.Prev() {
				if done, err := keep(b.Get(k[8:])); err != nil || done {
					return err
				}
			}
			return nil
		}
		c := b.Cursor()
		for k, v := c.Last(); k != nil; k, v = c.Prev() {
			if done, err := keep(v); err != nil || done {
				return err
			}
		}
		return nil
	})
	return out, err
}

// InteractionCounts returns how many messages wait to be read: linked to a client (« À traiter ») and linked to
// none (« Non rattachés »). Only the to-do index is read.
func (s *Store) InteractionCounts() (toHandle, unmatched int, err error) {
	err = s.read(func(tx *bolt.Tx) error {
		return tx.Bucket(bInteractionsNew).ForEach(func(_, v []byte) error {
			if btoi(v) == 0 {
				unmatched++
			} else {
				toHandle++
			}
			return nil
		})
	})
	return toHandle, unmatched, err
}

// InteractionWithText returns one message and its full text.
func (s *Store) InteractionWithText(id uint64) (backend.Interaction, string, error) {
	var it backend.Interaction
	var text string
	err := s.read(func(tx *bolt.Tx) error {
		found, err := getRecord(tx.Bucket(bInteractions), itob(id), &it)
		if err == nil && !found {
			return notFound("message", id)
		}
		text = string(tx.Bucket(bInteractionText).Get(itob(id)))
		return err
	})
	return it, text, err
}

// UpdateInteraction changes a message (handled, corrected, linked to a client) and journals what the user did.
func (s *Store) UpdateInteraction(id uint64, summary string, fn func(it *backend.Interaction) error) (backend.Interaction, error) {
	var it backend.Interaction
	err := s.update(func(w *txw) error {
		found, err := getRecord(w.tx.Bucket(bInteractions), itob(id), &it)
		if err != nil {
			return err
		}
		if !found {
			return notFound("message", id)
		}
		before, wasNew := it.ClientID, it.Status == backend.InteractionNew
		if err := fn(&it); err != nil {
			return err
		}
		switch {
		case it.Status == backend.InteractionNew:
			w.put(bInteractionsNew, itob(id), itob(it.ClientID))
		case wasNew:
			w.del(bInteractionsNew, itob(id))
		}
		if it.ClientID != before {
			if before != 0 {
				w.del(bInteractionsByCl, pair(before, id))
			}
			if it.ClientID != 0 {
				w.put(bInteractionsByCl, pair(it.ClientID, id), nil)
			}
		}
		if err := putRecord(w.tx.Bucket(bInteractions), itob(id), &it); err != nil {
			return err
		}
		if summary == "" || it.ClientID == 0 {
			return nil
		}
		return s.addEvent(w, backend.Event{Kind: "mail.handled", ClientID: it.ClientID, EntityID: id, Summary: summary})
	})
	return it, err
}
