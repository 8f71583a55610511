package inbox

import (
	"os"
	"path/filepath"
	"testing"
)

// testdata/bounces2: 200 notices written apart from these rules (its README): 120 delivery failures and delays in
// the shapes of many mail systems, 80 look-alikes. Measured blind first (permanent failures 90/102, look-alikes
// taken 3/80), then used to find what the rules missed — a server that gave up (Action: failed with a 4.x.x
// status), an address of our own domain in a client's forwarded notice, accented addresses, a Message-ID taken for
// the recipient — so it is no longer blind: testdata/eval stays the measure. These floors keep what was reached.
const (
	bounces2PermanentFloor = 0.995 // 102/102 (101 before a full mailbox that came back was read as final)
	bounces2RecipientFloor = 0.975 // 100/102 with the right address
	bounces2MaxLookalikes  = 0     // of 80 (2 before a person quoting a notice and a notice about mail to us were told apart)
)

type bounces2Label struct {
	Bounce    bool   `json:"bounce"`
	Kind      string `json:"kind"`
	Permanent bool   `json:"permanent"`
	Recipient string `json:"recipient"`
}

// bounceScore is what the rules make of a labelled corpus of notices and look-alikes.
type bounceScore struct{ perm, permHit, rcpt, look, lookHit, delayed, delayedKept int }

func scoreBounces(t *testing.T, dir string) bounceScore {
	t.Helper()
	names, labels := readLabels[bounces2Label](t, dir)
	var sc bounceScore
	for _, name := range names {
		e := labels[name]
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		m, err := Parse(raw)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		c := Classify(m, receivedOn(m))
		switch {
		case !e.Bounce:
			sc.look++
			if c.Class == Bounced {
				sc.lookHit++
				t.Logf("%s: not a failure of ours, taken for one (%s)", name, c.Reason)
			}
		case e.Permanent:
			sc.perm++
			if c.Class == Bounced && m.Bounce != nil && m.Bounce.Permanent {
				sc.permHit++
				if m.Bounce.Recipient == e.Recipient {
					sc.rcpt++
				}
			} else {
				t.Logf("%s (%s): failure not recognised, got %s — %s", name, e.Kind, c.Class, c.Reason)
			}
		default:
			sc.delayed++
			if c.Class == AutoReply || c.Class == Bounced && m.Bounce != nil && !m.Bounce.Permanent {
				sc.delayedKept++
			} else {
				t.Logf("%s (%s): delay taken for %s — %s", name, e.Kind, c.Class, c.Reason)
			}
		}
	}
	t.Logf("%s: permanent failures %d/%d (right address %d); delays kept apart %d/%d; look-alikes taken %d/%d", dir,
		sc.permHit, sc.perm, sc.rcpt, sc.delayedKept, sc.delayed, sc.lookHit, sc.look)
	return sc
}

func TestBounces2Floors(t *testing.T) {
	sc := scoreBounces(t, "testdata/bounces2")
	perm, permHit, rcpt, look, lookHit, delayed, delayedKept := sc.perm, sc.permHit, sc.rcpt, sc.look, sc.lookHit, sc.delayed, sc.delayedKept
	_ = look
	if r := ratio(permHit, perm); r < bounces2PermanentFloor {
		t.Errorf("permanent failures recognised %.3f, floor %.2f", r, bounces2PermanentFloor)
	}
	if r := ratio(rcpt, perm); r < bounces2RecipientFloor {
		t.Errorf("right address %.3f, floor %.2f", r, bounces2RecipientFloor)
	}
	if delayedKept != delayed {
		t.Errorf("delays taken for something else: %d of %d", delayed-delayedKept, delayed)
	}
	if lookHit > bounces2MaxLookalikes {
		t.Errorf("look-alikes taken for a failure: %d, at most %d", lookHit, bounces2MaxLookalikes)
	}
}

// testdata/bounces3: 160 more (100 notices of some forty mail systems, 60 look-alikes) by another helper shown no
// code and no other corpus. Read blind on 2026-12-08: permanent failures 86/87 (right address 85), delays 13/13 kept
// apart, look-alikes taken 3/60; then 87/87 (a plain "552" reply code is final), look-alikes 0/60 (recall reports,
// quarantine digests, notices naming only our own address).
func TestBounces3Floors(t *testing.T) {
	sc := scoreBounces(t, "testdata/bounces3")
	if r := ratio(sc.permHit, sc.perm); r < 0.995 {
		t.Errorf("permanent failures recognised %d/%d", sc.permHit, sc.perm)
	}
	if sc.delayedKept != sc.delayed {
		t.Errorf("delays taken for something else: %d of %d", sc.delayed-sc.delayedKept, sc.delayed)
	}
	if sc.lookHit > bounces3MaxLookalikes {
		t.Errorf("look-alikes taken for a failure: %d, at most %d", sc.lookHit, bounces3MaxLookalikes)
	}
}

const bounces3MaxLookalikes = 0

// testdata/bounces4: 170 more (105 notices of some fifty mail systems and sending services, 65 look-alikes) by a
// helper shown no code and no other corpus. Read blind on 2026-12-08: permanent failures 84/91 (right address 84),
// delays 14/14 kept apart, look-alikes taken 0/65; then 91/91 (90 with the right address): a sending service's
// notice titled "Delivery failed: …", "Hard bounce: …", « Adresse en erreur permanente » that gives a code or says
// the failure is final, a full mailbox whose notice says it "failed to deliver", a list's moderator rejecting the
// reminder.
func TestBounces4Floors(t *testing.T) { checkBlindBounces(t, "testdata/bounces4", 91, 90) }

// testdata/bounces5: 150 more (95 notices, many of French providers and hosts, 55 look-alikes) by a helper shown no
// code and no other corpus. Read blind on 2026-12-08: permanent failures 83/83 (right address 82: a quoted
// 'address'), delays 12/12 kept apart, look-alikes taken 0/55; then 83/83 with the right address.
func TestBounces5Floors(t *testing.T) { checkBlindBounces(t, "testdata/bounces5", 83, 83) }

// checkBlindBounces holds a corpus of notices at what is reached: every one of its perm permanent failures read,
// rcpt of them with the right address, every delay kept apart, no look-alike taken.
func checkBlindBounces(t *testing.T, dir string, perm, rcpt int) {
	t.Helper()
	sc := scoreBounces(t, dir)
	if sc.perm != perm || sc.permHit < perm || sc.rcpt < rcpt {
		t.Errorf("permanent failures recognised %d/%d, right address %d", sc.permHit, sc.perm, sc.rcpt)
	}
	if sc.delayedKept != sc.delayed {
		t.Errorf("delays taken for something else: %d of %d", sc.delayed-sc.delayedKept, sc.delayed)
	}
	if sc.lookHit > 0 {
		t.Errorf("look-alikes taken for a failure: %d of %d", sc.lookHit, sc.look)
	}
}
