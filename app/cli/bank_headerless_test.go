package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"relance/backend"
)

// The older BNP Paribas export, as the bank writes it (Windows-1252, CRLF, an account line, no header row, then
// `date;;;libellé;montant`), written for this test: it used to be refused with the invoice importer's message
// about client codes. Now it imports, and its credit quoting F-2026-0101 pays that invoice.
func TestCLIImportsHeaderlessBNP(t *testing.T) {
	env, _, _ := ledgerWithOverdue(t)
	dir := env.Dirs.Data
	env.Store.Close()
	text := "Compte de chèques ****7890;Compte de chèques;****7890;23/11/2026;;8 412,17\n" +
		"23/11/2026;;;VIR SEPA RECU /DE MENUISERIE LEFEVRE /MOTIF REGLEMENT FACTURE F-2026-0101 /REF MLF20261123;1 200,00\n" +
		"22/11/2026;;;PRLV SEPA ORANGE SA /MOTIF FACTURE MOBILE NOVEMBRE;-47,99\n" +
		"21/11/2026;;;FACTURE CARTE DU 19/11/26 STATION TOTAL LYON CARTE 4974XXXXXXXX7890;-82,15\n"
	data, err := charmap.Windows1252.NewEncoder().Bytes([]byte(strings.ReplaceAll(text, "\n", "\r\n")))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "E0007890.csv")
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) string {
		var out bytes.Buffer
		c := &CLI{Stdout: &out, Stderr: &out, Clock: backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))}
		if code := c.Run(dir, args); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, out.String())
		}
		return out.String()
	}
	if out := run("import", "bank", file); !strings.Contains(out, "Relevé CSV en EUR importé : 3 opérations nouvelles dont 1 encaissement (1\u00a0200,00\u00a0€)") {
		t.Fatalf("import: %s", out)
	}
	if out := run("reconcile", "--auto"); !strings.Contains(out, "1 paiement rapproché automatiquement (1\u00a0200,00\u00a0€)") {
		t.Fatalf("reconcile --auto: %s", out)
	}
}
