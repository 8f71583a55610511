package store

import (
	"fmt"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

func TestInteractionsKeptOnceWithTheFolderState(t *testing.T) {
	s := openTest(t)
	c := mustClient(t, s, "C1", "Alpha")
	at := time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC)
	items := []NewInteraction{
		{Interaction: backend.Interaction{ClientID: c.ID, Folder: "INBOX", UID: 7, MessageID: "<a@x.fr>", FromEmail: "compta@alpha.fr", Subject: "Re: Rappel", ReceivedAt: at, Class: "promise"}, Text: "Nous réglerons le 15/12."},
		{Interaction: backend.Interaction{Folder: "INBOX", UID: 8, MessageID: "<b@y.fr>", FromEmail: "inconnu@y.fr", Subject: "Bonjour", ReceivedAt: at, Class: "other"}, Text: "?"},
	}
	added, err := s.AddInteractions("INBOX", backend.MailboxState{UIDValidity: 3, LastUID: 8}, items)
	if err != nil || len(added) != 2 || added[0].ID == 0 || added[0].Status != backend.InteractionNew {
		t.Fatalf("added %+v %v", added, err)
	}
	// A resync delivers the same messages again (new UIDs): nothing is added twice, the state moves.
	items[0].Interaction.UID, items[1].Interaction.UID = 1, 2
	if again, err := s.AddInteractions("INBOX", backend.MailboxState{UIDValidity: 4, LastUID: 2}, items); err != nil || len(again) != 0 {
		t.Fatalf("again %+v %v", again, err)
	}
	st, found, _ := s.MailboxState("INBOX")
	if !found || st.UIDValidity != 4 || st.LastUID != 2 {
		t.Fatalf("state %+v", st)
	}
	mine, _ := s.Interactions(InteractionQuery{ClientID: c.ID})
	if len(mine) != 1 || mine[0].MessageID != "<a@x.fr>" {
		t.Fatalf("client's %+v", mine)
	}
	un, _ := s.Interactions(InteractionQuery{Unmatched: true})
	if len(un) != 1 {
		t.Fatalf("unmatched %+v", un)
	}
	// Assigning the unmatched one to the client moves it to the client's timeline.
	if _, err := s.UpdateInteraction(un[0].ID, "rattaché à Alpha", func(it *backend.Interaction) error {
		it.ClientID, it.LinkedBy = c.ID, "user"
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if mine, _ = s.Interactions(InteractionQuery{ClientID: c.ID}); len(mine) != 2 || mine[0].UID != 8 {
		t.Fatalf("after assign %+v", mine)
	}
	_, text, err := s.InteractionWithText(added[0].ID)
	if err != nil || text != "Nous réglerons le 15/12." {
		t.Fatalf("text %q %v", text, err)
	}
	evs, _ := s.ClientEvents(c.ID, 0)
	if len(evs) < 2 {
		t.Fatalf("timeline %+v", evs)
	}
}

func TestToDoIndexFollowsTheMessages(t *testing.T) {
	s := openTest(t)
	a := mustClient(t, s, "C1", "Alpha")
	b := mustClient(t, s, "C2", "Beta")
	at := time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC)
	msg := func(uid uint32, client uint64, status backend.InteractionStatus) NewInteraction {
		return NewInteraction{Interaction: backend.Interaction{ClientID: client, Folder: "INBOX", UID: uid,
			MessageID: fmt.Sprintf("<%d@x.fr>", uid), ReceivedAt: at, Status: status}}
	}
	added, err := s.AddInteractions("INBOX", backend.MailboxState{UIDValidity: 1, LastUID: 5}, []NewInteraction{
		msg(1, a.ID, backend.InteractionHandled), msg(2, a.ID, ""), msg(3, b.ID, ""), msg(4, 0, ""), msg(5, 0, backend.InteractionHandled),
	})
	if err != nil || len(added) != 5 {
		t.Fatalf("%v %v", added, err)
	}
	counts := func(wantHandle, wantUnmatched int) {
		t.Helper()
		h, u, err := s.InteractionCounts()
		if err != nil || h != wantHandle || u != wantUnmatched {
			t.Fatalf("counts %d/%d %v, want %d/%d", h, u, err, wantHandle, wantUnmatched)
		}
	}
	uids := func(q InteractionQuery) []uint32 {
		t.Helper()
		its, err := s.Interactions(q)
		if err != nil {
			t.Fatal(err)
		}
		var out []uint32
		for _, it := range its {
			out = append(out, it.UID)
		}
		return out
	}
	counts(2, 1)
	if got := uids(InteractionQuery{Status: backend.InteractionNew}); !slices.Equal(got, []uint32{4, 3, 2}) {
		t.Fatalf("to do %v", got)
	}
	if got := uids(InteractionQuery{Status: backend.InteractionNew, ClientID: a.ID}); !slices.Equal(got, []uint32{2}) {
		t.Fatalf("Alpha's to do %v", got)
	}
	if got := uids(InteractionQuery{Status: backend.InteractionNew, Unmatched: true}); !slices.Equal(got, []uint32{4}) {
		t.Fatalf("unmatched %v", got)
	}
	// Assigning the unmatched one, reading Alpha's, reopening a handled one: the index follows each change.
	set := func(id uint64, fn func(it *backend.Interaction)) {
		t.Helper()
		if _, err := s.UpdateInteraction(id, "", func(it *backend.Interaction) error { fn(it); return nil }); err != nil {
			t.Fatal(err)
		}
	}
	set(added[3].ID, func(it *backend.Interaction) { it.ClientID = b.ID })
	counts(3, 0)
	set(added[1].ID, func(it *backend.Interaction) { it.Status = backend.InteractionHandled })
	counts(2, 0)
	set(added[0].ID, func(it *backend.Interaction) { it.Status = backend.InteractionNew })
	counts(3, 0)
	if got := uids(InteractionQuery{Status: backend.InteractionNew, ClientID: b.ID}); !slices.Equal(got, []uint32{4, 3}) {
		t.Fatalf("Beta's to do %v", got)
	}
	if got := uids(InteractionQuery{Status: backend.InteractionNew, Limit: 1}); !slices.Equal(got, []uint32{4}) {
		t.Fatalf("limit %v", got)
	}
}

func TestMigrationEightIndexesTheMessagesToRead(t *testing.T) {
	path := storeAtSchema(t, 7, func(tx *bolt.Tx) error {
		for i, it := range []backend.Interaction{{ID: 1, ClientID: 4, Status: backend.InteractionNew}, {ID: 2, ClientID: 4, Status: backend.InteractionHandled}, {ID: 3, Status: backend.InteractionNew}} {
			if err := putRecord(tx.Bucket(bInteractions), itob(uint64(i+1)), it); err != nil {
				return err
			}
		}
		return nil
	})
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if h, u, err := s.InteractionCounts(); err != nil || h != 1 || u != 1 {
		t.Fatalf("counts after migration %d/%d %v", h, u, err)
	}
}
