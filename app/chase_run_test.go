package app

import (
	"context"
	"encoding/json"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"relance/backend"
	"relance/backend/chase"
	"relance/backend/dunning"
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

// slowClient makes the actions of one client block until the returned release is called (at the latest when the
// test ends), with a time limit of 2 s per action (the others' letters must be produced within it, under -race too).
func slowClient(t *testing.T, clientID uint64) (release func(), started *atomic.Int32) {
	t.Helper()
	gate := make(chan struct{})
	var once sync.Once
	release = func() { once.Do(func() { close(gate) }) }
	started = &atomic.Int32{}
	prevHook, prevLimit := chase.ActionHook, chase.ActionTimeout
	chase.ActionHook = func(act dunning.Action) {
		if act.ClientID == clientID && act.Status != dunning.Done {
			started.Add(1)
			<-gate
		}
	}
	chase.ActionTimeout = 2 * time.Second
	t.Cleanup(func() { chase.ActionHook, chase.ActionTimeout = prevHook, prevLimit; release() })
	return release, started
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
	release, _ := slowClient(t, biz.ID)
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
	msgs := sink.messages()
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

// relance run: the slow action is listed and summed up, with exit code 3; --json marks it; the next run, once the
// process that stopped waiting for it has ended without recording it, carries it out, once.
func TestCLIRunReportsASlowAction(t *testing.T) {
	env, _, sink, biz := mailLedger(t)
	data := env.Dirs.Data
	env.Store.Close()
	slowClient(t, biz.ID)
	r := runCLI(t, data, "run", "--today", "2026-11-23")
	want := "Relance 1 pour Menuiserie Lefèvre (F-2026-0101, F-2026-0102) : trop longue, pas faite par ce passage (plus de 2 s) ; elle sera reprise au prochain passage"
	if r.code != ExitIncomplete || strings.Count(r.stdout, want) != 2 || !strings.Contains(r.stdout, "1 relance trop longue :") {
		t.Fatalf("%+v", r)
	}
	r = runCLI(t, data, "run", "--today", "2026-11-23", "--json")
	var lines []runLine
	if err := json.Unmarshal([]byte(r.stdout), &lines); err != nil || r.code != ExitIncomplete {
		t.Fatalf("%v: %+v", err, r)
	}
	slow := 0
	for _, l := range lines {
		if l.TooSlow {
			slow++
			if l.ClientCode != "MEN" || l.Status != "due" || !strings.Contains(l.Pending, "trop longue") {
				t.Errorf("slow line %+v", l)
			}
		}
	}
	if slow != 1 || !strings.Contains(r.stderr, "1 relance trop longue") || len(sink.messages()) != 0 {
		t.Fatalf("%d slow lines, %d messages sent, stderr %s", slow, len(sink.messages()), r.stderr)
	}
	chase.ActionHook = nil // the next process is not slow
	r = runCLI(t, data, "run", "--today", "2026-11-23")
	if !strings.Contains(r.stdout, "E-mails : 1 envoyé") || strings.Contains(r.stdout, "trop longue") {
		t.Fatalf("%+v", r)
	}
	runCLI(t, data, "run", "--today", "2026-11-23")
	if n := len(sink.messages()); n != 1 {
		t.Fatalf("%d messages sent", n)
	}
}
