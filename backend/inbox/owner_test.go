package inbox

import (
	"testing"
	"time"

	"relance/backend"
)

var correctedAt = time.Date(2026, 12, 9, 10, 0, 0, 0, time.UTC)

// A message the rules misread, corrected by the owner: the next message of the same kind is read the owner's way,
// with Relance's first reading offered back; a different message is not touched.
func TestOwnerCorrectionReadsTheSameKindRight(t *testing.T) {
	thu := backend.MustDate("2026-12-10")
	first := Message{Text: "Bonjour, je transmets à notre comptable qui vous réglera le 15/12 dès que le numéro de bon de commande figurera sur la facture. Merci de nous la refaire avec notre référence BC-2291."}
	next := Message{Text: "Bonjour, notre comptable vous réglera le 22/12 dès que le numéro de bon de commande figurera sur la facture. Merci de nous la refaire avec la référence BC-3310.\nCordialement"}
	if c := Classify(first, thu); c.Class != Promise {
		t.Fatalf("the rules were expected to misread this one as a promise, got %s", c.Class)
	}
	if c := Classify(next, thu); c.Class != Promise {
		t.Fatalf("and this one too, got %s", c.Class)
	}
	o := NewOwner([]backend.ClassCorrection{{InteractionID: 1, ClientID: 3, Was: "promise", Class: "copy_request", Text: LearnText(first), At: correctedAt}})
	c := ClassifyFor(next, thu, o)
	if c.Class != CopyRequest || !c.Learned || c.Alternative != Promise || c.AlternativeDate.String() != "2026-12-22" {
		t.Fatalf("after the correction: %+v", c)
	}
	if want := "lu comme vous l'avez corrigé le 09/12/2026"; len(c.Reason) < len(want) || c.Reason[:len(want)] != want {
		t.Errorf("reason %q", c.Reason)
	}
	// A genuine promise is not touched by that correction.
	if c := ClassifyFor(Message{Text: "Bonjour, nous réglerons la facture par virement le 18/12. Cordialement"}, thu, o); c.Class != Promise || c.PromiseDate.String() != "2026-12-18" {
		t.Errorf("a plain promise after the correction: %+v", c)
	}
	// No corrections: the same as Classify.
	if a, b := ClassifyFor(next, thu, nil), Classify(next, thu); a != b {
		t.Errorf("nil owner changed the reading: %+v vs %+v", a, b)
	}
}

// A correction counts in the model too: a message the rules leave alone leans further the owner's way.
func TestOwnerCorrectionsAddToTheModelCounts(t *testing.T) {
	mdl := loadModel()
	text := modelText(Message{Text: "Bonjour, votre facture a été transmise au siège, le service achats doit encore la valider avant mise en règlement."})
	base, pBase, _ := mdl.predict(text)
	if b, p, _ := mdl.predictOwner(text, nil); b != base || p != pBase {
		t.Fatalf("without corrections the model must read as shipped: %s %.3f vs %s %.3f", b, p, base, pBase)
	}
	if b, p, _ := mdl.predictOwner(text, NewOwner(nil)); b != base || p != pBase {
		t.Fatalf("empty corrections: %s %.3f", b, p)
	}
	o := NewOwner([]backend.ClassCorrection{
		{InteractionID: 1, Was: "promise", Class: "other", Text: "Bonjour, la facture est transmise au siège pour validation par le service achats.", At: correctedAt},
		{InteractionID: 2, Was: "promise", Class: "other", Text: "Facture transmise au service achats du siège, en attente de validation.", At: correctedAt},
	})
	probOther := func(o *Owner) float64 {
		b, p, _ := mdl.predictOwner(text, o)
		if b == Other {
			return p
		}
		return 1 - p // an upper bound for « other » when it is not first
	}
	if before, after := probOther(nil), probOther(o); after <= before {
		t.Errorf("P(other) %.3f before the corrections, %.3f after", before, after)
	}
}

// When two rules of different classes match, the second is offered.
func TestSecondReadingOffered(t *testing.T) {
	thu := backend.MustDate("2026-12-10")
	c := Classify(Message{Text: "Nous contestons le montant de la facture, mais nous réglerons la partie non contestée le 18/12."}, thu)
	if c.Class != Dispute || c.Alternative != Promise || c.AlternativeDate.String() != "2026-12-18" || c.AlternativeReason == "" {
		t.Fatalf("%+v", c)
	}
	// A sure reading offers nothing.
	if c := Classify(Message{Text: "Bonjour, nous réglerons le 18/12 par virement."}, thu); c.Alternative != "" {
		t.Errorf("a plain promise offered %s (%s)", c.Alternative, c.AlternativeReason)
	}
	// A bounce report never offers a human reading.
	if c := Classify(Message{Bounce: &Bounce{Recipient: "a@b.fr", Permanent: true}, Text: "nous réglerons le 18/12"}, thu); c.Alternative != "" {
		t.Errorf("bounce offered %s", c.Alternative)
	}
}

// BenchmarkClassifyOwner classifies the reply corpus with the most corrections the store keeps (300, made from the
// training corpus), the Owner built once per batch as the sink does.
func BenchmarkClassifyOwner(b *testing.B) {
	texts, classes, _ := trainingSet(b)
	var cs []backend.ClassCorrection
	for i := 0; len(cs) < 300 && i < len(texts); i++ {
		cs = append(cs, backend.ClassCorrection{InteractionID: uint64(i + 1), Was: "other", Class: string(classes[i]), Text: truncateUTF8(texts[i], LearnTextBytes), At: correctedAt})
	}
	var msgs []Message
	for _, f := range corpusFiles(b) {
		if m, err := Parse(f); err == nil {
			msgs = append(msgs, m)
		}
	}
	received := backend.MustDate("2026-12-02")
	b.ReportAllocs()
	for b.Loop() {
		o := NewOwner(cs)
		for _, m := range msgs {
			ClassifyFor(m, received, o)
		}
	}
	b.ReportMetric(float64(len(msgs)), "messages")
}
