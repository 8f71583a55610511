package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"relance/app/apptest"
	"relance/backend"
)

// « Lancer les relances maintenant » says what it did: nothing « lancé » when the mailbox cannot send.
func TestRunNowSaysWhatLeftAndWhatWaits(t *testing.T) {
	env, api, _, _ := mailLedger(t)
	if err := env.Store.SetSetting(settingMail, MailConfig{}); err != nil { // no mailbox
		t.Fatal(err)
	}
	v, err := api.Run()
	if err != nil {
		t.Fatal(err)
	}
	if v.Run == nil || v.Run.Queued != 0 || v.Run.Waiting < 1 || !strings.Contains(v.Run.Why, "messagerie non configurée") {
		t.Fatalf("without a mailbox: %+v", v.Run)
	}
	waiting := v.Run.Waiting

	_, api2, _, _ := mailLedger(t)
	v, err = api2.Run()
	if err != nil {
		t.Fatal(err)
	}
	// MEN's reminder goes; the others wait for their own reason (no address), not for the mailbox.
	if v.Run == nil || v.Run.Queued != 1 || v.Run.Waiting != waiting-1 || strings.Contains(v.Run.Why, "messagerie") {
		t.Fatalf("with a mailbox: %+v", v.Run)
	}
	// Clicked again: nothing new goes, and it says so.
	if v, _ = api2.Run(); v.Run.Queued != 0 || v.Run.Waiting != waiting-1 {
		t.Fatalf("second click: %+v", v.Run)
	}
}

// waitLateEnd waits for a run's slow work on the action to end (it records its result first).
func waitLateEnd(t *testing.T, api *ChaseAPI, actionID string) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if _, ok := api.service().StillRunning(actionID); !ok {
			return
		}
	}
	t.Fatal("the slow action never ended")
}

// An e-mail slow to prepare that ends late is queued by itself, once; the run's other messages went meanwhile.
func TestSlowEmailEndsLateQueuedOnce(t *testing.T) {
	env, api, sink, biz := mailLedger(t)
	pet, err := env.Store.ClientByCode("PET")
	if err != nil {
		t.Fatal(err)
	}
	pet.Contacts = []backend.Contact{{FirstName: "Claire", LastName: "Petit", Email: "claire.petit@example.com", Billing: true}}
	if err := env.Store.SaveClient(&pet); err != nil {
		t.Fatal(err)
	}
	if _, err := api.SetClientScenario(pet.ID, "mail"); err != nil {
		t.Fatal(err)
	}
	release, _ := apptest.SlowClient(t, biz.ID)
	rep, err := api.service().Run(backend.Today(env.Clock), false)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Queued != 1 || len(rep.Slow) != 1 || rep.Slow[0].Channel != "email" {
		t.Fatalf("queued %d, slow %+v", rep.Queued, rep.Slow)
	}
	if _, err := api.ApproveMessage(rep.Slow[0].ActionID, "Relance", "Bonjour"); backend.ErrorCode(err) != backend.ECONFLICT ||
		!strings.Contains(backend.ErrorMessage(err), "encore en préparation") {
		t.Fatalf("edited and approved while it runs: %v", err)
	}
	release()
	waitLateEnd(t, api, rep.Slow[0].ActionID)
	for range 2 {
		if _, err := api.service().Run(backend.Today(env.Clock), false); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := api.outbox.sender().Process(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	msgs := sink.Messages()
	men := 0
	for _, m := range msgs {
		if strings.Contains(m, "compta@lefevre.fr") {
			men++
		}
	}
	if len(msgs) != 2 || men != 1 {
		t.Fatalf("%d messages, %d to the slow client", len(msgs), men)
	}
}
