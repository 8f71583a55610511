package app

import (
	"strings"
	"testing"
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
