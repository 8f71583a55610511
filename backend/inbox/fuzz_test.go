package inbox

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"relance/backend"
)

func corpusFiles(tb testing.TB) [][]byte {
	tb.Helper()
	files, err := filepath.Glob("testdata/corpus/*.eml")
	if err != nil {
		tb.Fatal(err)
	}
	var out [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// FuzzParse feeds arbitrary bytes to Parse, then to Classify and LinkMessage: none may panic, and what Parse
// returns keeps its promises (bounded, valid UTF-8, one-line subject).
func FuzzParse(f *testing.F) {
	// Small messages only: the fuzzer mutates and shrinks its seeds, and a 5–60 KB mail makes each run tens of
	// milliseconds and each shrinking endless; the large ones are parsed by the corpus tests. The structures they
	// alone had (a returned message inside a report) get a small seed of their own.
	for _, b := range corpusFiles(f) {
		if len(b) < 2<<10 {
			f.Add(b)
		}
	}
	f.Add([]byte("From: MAILER-DAEMON@mx.fr\nSubject: Undelivered\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\n\n" +
		"--b\nContent-Type: text/plain\n\nfailed\n--b\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; a@b.fr\nAction: failed\nStatus: 5.1.1\n\n" +
		"--b\nContent-Type: message/rfc822\n\nMessage-ID: <x@y>\nSubject: Relance F-1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\nw6k=\n--b--\n"))
	f.Add([]byte("From: a@b.fr\nContent-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: multipart/mixed; boundary=x\n\n--x--"))
	f.Add([]byte("Subject: =?x-unknown?B?////?= =?utf-8?Q?=FF=FE?=\n\n"))
	dir := newFixture()
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := Parse(raw)
		if err != nil {
			if backend.ErrorCode(err) != backend.EINVALID {
				t.Fatalf("error code %s", backend.ErrorCode(err))
			}
			return
		}
		if len(m.Text) > maxTextBytes || utf8.RuneCountInString(m.Excerpt) > maxExcerpt || len(m.Problems) > maxProblems {
			t.Fatalf("limits: text %d excerpt %d problems %d", len(m.Text), utf8.RuneCountInString(m.Excerpt), len(m.Problems))
		}
		for _, s := range []string{m.Text, m.Excerpt, m.Subject, m.From.Name} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8: %q", s)
			}
		}
		if strings.ContainsAny(m.Subject, "\r\n") {
			t.Fatalf("subject on several lines: %q", m.Subject)
		}
		if m.Attachments == nil {
			t.Fatal("nil Attachments")
		}
		c := Classify(m, backend.MustDate("2026-12-02"))
		if c.Class == "" || c.Reason == "" {
			t.Fatalf("classification %+v", c)
		}
		_ = LinkMessage(m, dir)
	})
}

// FuzzClassify runs the rules on arbitrary text: the class is one of the known ones, a promise has a date and
// the phrase quoted is really in the message.
func FuzzClassify(f *testing.F) {
	seeds := []string{
		"Nous réglerons le 15/12.", "Nous ne contestons pas, paiement prévu fin de mois.", "déjà réglé",
		"Je n'ai pas reçu la facture", "We will pay on December 15th", "le 31/02 ou le 29 février", "œuvre réglée le 1er",
		"Bien reçu.\n\nLe 1 déc. 2026, X a écrit :\n> litige", "sous 999 jours", "dans 366 mois", "le 15.12 € ou 15/13/2026",
	}
	for i, s := range seeds {
		f.Add("Re: relance", s, uint16(i*37))
	}
	var patterns []*pattern
	for _, rules := range [][]rule{disputeRules, paidRules, copyRules} {
		for _, r := range rules {
			patterns = append(patterns, r.re)
		}
	}
	patterns = append(patterns, promiseVerbs...)
	for _, d := range datePatterns {
		patterns = append(patterns, d.re)
	}
	valid := map[Class]bool{AutoReply: true, Bounced: true, Promise: true, Dispute: true, Paid: true, CopyRequest: true, Other: true}
	f.Fuzz(func(t *testing.T, subject, text string, day uint16) {
		// The prefilter may only skip expressions that cannot match.
		n, _ := fold(truncateUTF8(text, maxTextBytes))
		for _, p := range patterns {
			if !p.mayMatch(n) && p.re.MatchString(n) {
				t.Fatalf("prefilter %q skips a match of %s in %q", p.any, p.re, n)
			}
		}
		received := backend.MustDate("2026-01-01").AddDays(int(day % 3000))
		m := Message{Subject: subject, Text: text}
		c := Classify(m, received)
		if !valid[c.Class] {
			t.Fatalf("class %q", c.Class)
		}
		if c.Class == Promise && c.PromiseDate == 0 && !c.Learned {
			t.Fatal("promise without a date from a rule")
		}
		if c.Learned && (c.Phrase != "" || c.PromiseDate != 0) {
			t.Fatalf("the model gives a class only: %+v", c)
		}
		if c.Class == Dispute && c.DisputeReason == "" {
			t.Fatal("dispute without a reason")
		}
		if c.Phrase != "" {
			collapse := func(s string) string { return strings.Join(strings.Fields(strings.ToValidUTF8(s, "")), " ") }
			in := collapse(ownWords(truncateUTF8(text, maxTextBytes))) + "\n" + collapse(subject)
			if !strings.Contains(in, c.Phrase) && c.Phrase != strings.TrimSpace(subject) {
				t.Fatalf("phrase %q not in %q", c.Phrase, in)
			}
		}
	})
}

// BenchmarkParse parses the whole corpus, hostile messages included.
func BenchmarkParse(b *testing.B) {
	files := corpusFiles(b)
	total := 0
	for _, f := range files {
		total += len(f)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			_, _ = Parse(f)
		}
	}
}

// BenchmarkClassify classifies and links the whole corpus.
func BenchmarkClassify(b *testing.B) {
	var msgs []Message
	for _, f := range corpusFiles(b) {
		if m, err := Parse(f); err == nil {
			msgs = append(msgs, m)
		}
	}
	dir := newFixture()
	received := backend.MustDate("2026-12-02")
	b.ReportAllocs()
	for b.Loop() {
		for _, m := range msgs {
			Classify(m, received)
			LinkMessage(m, dir)
		}
	}
}
