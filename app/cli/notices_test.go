package cli

import (
	"path/filepath"
	"relance/backend/documents/documentstest"
	"strings"
	"testing"
)

func TestCLINoticeStatementDossier(t *testing.T) {
	env, _, _ := ledgerWithOverdue(t)
	data := env.Dirs.Data
	env.Store.Close()
	out := filepath.Join(t.TempDir(), "mise-en-demeure.pdf")
	r := runCLI(t, data, "notice", "--invoice", "F-2026-0102", "--today", "2026-11-23", "--out", out)
	if r.code != 0 || !strings.Contains(r.stdout, "Mise en demeure du 23/11/2026") {
		t.Fatalf("%+v", r)
	}
	if text := documentstest.PDFText(t, out); !strings.Contains(text, "MISE EN DEMEURE DE PAYER") || !strings.Contains(text, "F-2026-0101") {
		t.Fatal("notice lacks its title or the client's other overdue invoice")
	}
	if r := runCLI(t, data, "statement", "--client", "MEN", "--out", filepath.Join(t.TempDir(), "releve.pdf")); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	// The notice is a draft until posted: the court file says so; recorded as sent, the notice's 8 days run: the
	// file is refused the same day, saying how to force it; two weeks later, made.
	if r := runCLI(t, data, "dossier", "--client", "MEN", "--out", filepath.Join(t.TempDir(), "dossier.pdf")); r.code != 0 || !strings.Contains(r.stderr, "encore un brouillon") {
		t.Fatalf("%+v", r)
	}
	var id string
	if _, after, ok := strings.Cut(r.stdout, "Brouillon n° "); ok {
		id, _, _ = strings.Cut(after, " ")
	}
	if r := runCLI(t, data, "document", "sent", id, "--on", "2026-11-23", "--registered", "1A 222 333 4445 6"); r.code != 0 || !strings.Contains(r.stdout, "envoyée le 23/11/2026, recommandé n° 1A 222 333 4445 6") {
		t.Fatalf("document sent %q: %+v", id, r)
	}
	if r := runCLI(t, data, "document", "discard", id); r.code != 1 || !strings.Contains(r.stderr, "preuve") {
		t.Fatalf("a sent notice discarded: %+v", r)
	}
	if r := runCLI(t, data, "dossier", "--client", "MEN", "--out", filepath.Join(t.TempDir(), "dossier.pdf")); r.code != 1 || !strings.Contains(r.stderr, "--force") {
		t.Fatalf("%+v", r)
	}
	if r := runCLI(t, data, "dossier", "--client", "MEN", "--today", "2026-12-07", "--out", filepath.Join(t.TempDir(), "dossier.pdf")); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	if r := runCLI(t, data, "notice", "--client", "MEN", "--out", out); r.code != 2 {
		t.Fatalf("notice by client accepted: %+v", r)
	}
	if r := runCLI(t, data, "notice", "--invoice", "F-404", "--out", out); r.code != 1 || !strings.Contains(r.stderr, "F-404") {
		t.Fatalf("unknown invoice: %+v", r)
	}
}
