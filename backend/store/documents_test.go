package store

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"relance/backend"
)

func TestArchiveKeepsExactBytesAndJournalsSending(t *testing.T) {
	s := openTest(t)
	dir := t.TempDir()
	c := mustClient(t, s, "A", "Alpha")
	content := []byte("%PDF-1.4 mise en demeure")
	doc := backend.Document{Kind: backend.DocFormalNotice, ClientID: c.ID, Date: backend.MustDate("2026-11-23"), Amount: 123456, Channel: "letter"}
	if err := s.ArchiveDocument(dir, &doc, content); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(content)
	if doc.SHA256 != hex.EncodeToString(sum[:]) || doc.ID == 0 {
		t.Fatalf("%+v", doc)
	}
	got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(doc.File)))
	if err != nil || string(got) != string(content) {
		t.Fatalf("archived bytes: %q %v", got, err)
	}
	if _, err := s.RecordSending(doc.ID, "1A 234 567 8901 2", backend.MustDate("2026-11-24"), backend.MustDate("2026-11-20")); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("acknowledgment before sending accepted: %v", err)
	}
	d, err := s.RecordSending(doc.ID, "1A 234 567 8901 2", backend.MustDate("2026-11-24"), backend.MustDate("2026-11-26"))
	if err != nil || d.RegisteredNumber != "1A 234 567 8901 2" || d.AcknowledgedOn != backend.MustDate("2026-11-26") || d.SHA256 != doc.SHA256 {
		t.Fatalf("%+v %v", d, err)
	}
	docs, _ := s.ClientDocuments(c.ID)
	ev, _ := s.ClientEvents(c.ID, 0)
	if len(docs) != 1 || len(ev) < 2 || !strings.Contains(ev[0].Summary, "accusé de réception du 26/11/2026") {
		t.Fatalf("docs %+v events %+v", docs, ev)
	}
}
