package documents

import (
	"strings"
	"testing"

	"relance/backend"
	"relance/backend/template"
)

// A preview names the letters an e-mail will carry without making them; queueing makes them, the formal notice as
// sent by e-mail (proof at once, not a draft to print). A client without an address is a problem to solve first.
func TestComposeAttachesTheLettersOnlyWhenQueueing(t *testing.T) {
	s, biz, _ := ledgerWithOverdue(t)
	first, _ := s.Store.InvoiceByNumber("F-2026-0101")
	m := Message{ClientID: biz.ID, InvoiceIDs: []uint64{first.ID}, Template: template.KeyNotice, Day: backend.Today(s.Clock),
		Attach: []string{backend.AttachFormalNotice, backend.AttachStatement}}
	preview, err := s.Compose(m)
	if err != nil {
		t.Fatal(err)
	}
	if len(preview.Attachments) != 2 || preview.Attachments[0].Name != "mise-en-demeure.pdf" || preview.Attachments[0].DocumentID != 0 ||
		len(preview.Problems) != 2 || !strings.Contains(preview.Problems[0], "aucune adresse e-mail valide pour Menuiserie Lefèvre") ||
		preview.Problems[1] != "valeurs manquantes : SignatoryPhoneNumber" ||
		preview.ToName != "Menuiserie Lefèvre" || !strings.Contains(preview.Rendered.Text, "F-2026-0101") {
		t.Fatalf("preview: %+v", preview)
	}
	if docs, _ := s.List(biz.ID); len(docs) != 0 {
		t.Fatalf("a preview archived %d documents", len(docs))
	}

	biz.Contacts = []backend.Contact{{FirstName: "Paul", LastName: "Lefèvre", Email: "paul@menuiserie.example", Billing: true}}
	if err := s.Store.SaveClient(&biz); err != nil {
		t.Fatal(err)
	}
	co, _ := s.Store.Company()
	co.Signatory.Phone = "04 78 00 00 00"
	if err := s.Store.SaveCompany(&co); err != nil {
		t.Fatal(err)
	}
	m.Produce = true
	c, err := s.Compose(m)
	if err != nil {
		t.Fatal(err)
	}
	if c.To != "paul@menuiserie.example" || c.ToName != "Paul Lefèvre" || len(c.Problems) != 0 || len(c.Attachments) != 2 {
		t.Fatalf("queued: %+v", c)
	}
	notice, err := s.Document(c.Attachments[0].DocumentID)
	if err != nil {
		t.Fatal(err)
	}
	if notice.Kind != backend.DocFormalNotice || notice.Draft || notice.Channel != "email" || notice.Recipient != "paul@menuiserie.example" ||
		c.Attachments[0].Name != "Mise en demeure Menuiserie-Lef-vre.pdf" || c.Attachments[0].File != notice.File {
		t.Errorf("notice attached: %+v %+v", c.Attachments[0], notice)
	}
	if st, err := s.Document(c.Attachments[1].DocumentID); err != nil || st.Kind != backend.DocStatement {
		t.Errorf("statement attached: %+v %v", st, err)
	}
	o := s.OutboxMessage("claire@atelier.example", c, "a1", biz.ID, biz.Name, m.InvoiceIDs, []string{"F-2026-0101"}, "Mise en demeure")
	if o.Subject != c.Rendered.Subject || o.To[0] != c.To || !strings.HasSuffix(o.MessageID, "@atelier.example>") || o.Template != template.KeyNotice {
		t.Errorf("outbox message: %+v", o)
	}
}
