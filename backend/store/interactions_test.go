package store

import (
	"testing"
	"time"

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
