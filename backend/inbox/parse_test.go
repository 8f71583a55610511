package inbox

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"relance/backend"
)

func mustParse(t *testing.T, raw string) Message {
	t.Helper()
	m, err := Parse([]byte(raw))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return m
}

func hasProblem(m Message, s string) bool {
	for _, p := range m.Problems {
		if strings.Contains(p, s) {
			return true
		}
	}
	return false
}

func TestParseHeaders(t *testing.T) {
	raw := "From: =?UTF-8?Q?Marc_Lef=C3=A8vre?= <Marc@Lefevre.FR>\r\n" +
		"To: \"Atelier Dupont\" <compta@atelier-dupont.fr>, Julie <julie@atelier-dupont.fr>\r\n" +
		"Cc: autre@exemple.fr\r\n" +
		"Reply-To: Compta <compta@lefevre.fr>\r\n" +
		"Subject: =?UTF-8?Q?Re=C2=A0:_Relance_:_r=C3=A8glement?=\r\n =?UTF-8?Q?_en_retard?=\r\n" +
		"Message-ID: <abc@lefevre.fr>\r\n" +
		"In-Reply-To: <r-2026-0001@atelier-dupont.fr> (message de Atelier Dupont du 12/11)\r\n" +
		"References: <a@x>\r\n <r-2026-0001@atelier-dupont.fr>\r\n" +
		"Date: Wed, 2 Dec 2026 10:00:00 +0100 (CET)\r\n" +
		"\r\nBonjour\r\n"
	m := mustParse(t, raw)
	if m.From != (Address{Name: "Marc Lefèvre", Email: "marc@lefevre.fr"}) {
		t.Errorf("From = %+v", m.From)
	}
	if len(m.To) != 2 || m.To[1].Email != "julie@atelier-dupont.fr" || len(m.Cc) != 1 || m.ReplyTo[0].Email != "compta@lefevre.fr" {
		t.Errorf("To %+v Cc %+v ReplyTo %+v", m.To, m.Cc, m.ReplyTo)
	}
	if m.Subject != "Re : Relance : règlement en retard" && m.Subject != "Re\u00a0: Relance : règlement en retard" {
		t.Errorf("Subject = %q", m.Subject)
	}
	if m.MessageID != "<abc@lefevre.fr>" || m.InReplyTo != "<r-2026-0001@atelier-dupont.fr>" ||
		len(m.References) != 2 || m.References[1] != "<r-2026-0001@atelier-dupont.fr>" {
		t.Errorf("ids %q %q %q", m.MessageID, m.InReplyTo, m.References)
	}
	if want := time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC); !m.Date.Equal(want) || m.Date.Location() != time.UTC {
		t.Errorf("Date = %v", m.Date)
	}
	if m.Text != "Bonjour" || m.Excerpt != "Bonjour" || len(m.Problems) != 0 {
		t.Errorf("Text %q Excerpt %q Problems %q", m.Text, m.Excerpt, m.Problems)
	}
}

func TestParseErrors(t *testing.T) {
	for _, raw := range []string{"", "\r\n\r\n", "\xef\xbb\xbf", "juste du texte\nsur deux lignes", "From nobody Mon Jan 1 00:00:00 2026\n"} {
		_, err := Parse([]byte(raw))
		if err == nil || backend.ErrorCode(err) != backend.EINVALID {
			t.Errorf("Parse(%q) error %v, want EINVALID", raw, err)
		}
	}
	// An mbox separator line before the header is skipped.
	m := mustParse(t, "From nobody Mon Jan 1 00:00:00 2026\nFrom: a@b.fr\nSubject: x\n\ncorps")
	if m.From.Email != "a@b.fr" || m.Text != "corps" {
		t.Errorf("%+v", m)
	}
}

func TestParseLenientHeaders(t *testing.T) {
	m := mustParse(t, "From: Marc <marc@lefevre.fr\nSubject : avec espace\nDate: n'importe quand\nCeci n'est pas un en-tête\nmais le corps.\n")
	if m.From.Email != "marc@lefevre.fr" || m.From.Name != "Marc" {
		t.Errorf("From = %+v", m.From)
	}
	if m.Subject != "avec espace" || !m.Date.IsZero() {
		t.Errorf("Subject %q Date %v", m.Subject, m.Date)
	}
	if !strings.Contains(m.Text, "Ceci n'est pas un en-tête") || !hasProblem(m, "ligne d'en-tête illisible") || !hasProblem(m, "date") {
		t.Errorf("Text %q Problems %q", m.Text, m.Problems)
	}
	// 8-bit Latin-1 in a header.
	m = mustParse(t, "From: x@y.fr\nSubject: R\xe9ponse\n\n.")
	if m.Subject != "Réponse" {
		t.Errorf("Subject = %q", m.Subject)
	}
}

func TestParseCharsets(t *testing.T) {
	tests := []struct {
		charset, body, want, problem string
	}{
		{"iso-8859-1", "r\xe9gl\xe9 \x80", "réglé €", ""},
		{"windows-1252", "l\x92avoir", "l’avoir", ""},
		{"utf-8", "réglé", "réglé", ""},
		{"x-unknown", "r\xe9gl\xe9", "réglé", "jeu de caractères « x-unknown » inconnu : lu comme Windows-1252"},
		{"utf-8", "r\xe9gl\xe9", "réglé", "texte déclaré « utf-8 » mais illisible comme tel : lu comme Windows-1252"},
		{"", "r\xe9gl\xe9", "réglé", "sans jeu de caractères déclaré"},
		{"iso-8859-15", "\xa4", "€", ""},
		{"koi8-r", "\xf0\xd2\xc9\xd7\xc5\xd4", "Привет", ""},
	}
	for _, tt := range tests {
		ct := "text/plain"
		if tt.charset != "" {
			ct += "; charset=" + tt.charset
		}
		m := mustParse(t, "From: a@b.fr\nContent-Type: "+ct+"\nContent-Transfer-Encoding: 8bit\n\n"+tt.body)
		if m.Text != tt.want {
			t.Errorf("%s: Text %q, want %q", tt.charset, m.Text, tt.want)
		}
		if tt.problem == "" && len(m.Problems) > 0 || tt.problem != "" && !hasProblem(m, tt.problem) {
			t.Errorf("%s: Problems %q, want %q", tt.charset, m.Problems, tt.problem)
		}
	}
}

func TestParseTransferEncodings(t *testing.T) {
	m := mustParse(t, "From: a@b.fr\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"+
		"r=C3=A9gl=C3=A9 par vir=\nement =ZZ 3=3D3 =\r\nfin")
	if m.Text != "réglé par virement =ZZ 3=3 fin" {
		t.Errorf("QP: %q", m.Text)
	}
	m = mustParse(t, "From: a@b.fr\nContent-Transfer-Encoding: base64\n\n"+
		base64.StdEncoding.EncodeToString([]byte("Virement effectué"))[:12]+"\n  ***\n"+base64.StdEncoding.EncodeToString([]byte("Virement effectué"))[12:])
	if m.Text != "Virement effectué" || !hasProblem(m, "base64") {
		t.Errorf("base64: %q %q", m.Text, m.Problems)
	}
	m = mustParse(t, "From: a@b.fr\nContent-Transfer-Encoding: x-uuencode\n\nbegin 644")
	if m.Text != "begin 644" || !hasProblem(m, "x-uuencode") {
		t.Errorf("unknown encoding: %q %q", m.Text, m.Problems)
	}
}

func TestParseMultipart(t *testing.T) {
	pdf := bytes.Repeat([]byte{0, 1, 2, 3, 250}, 1000)
	raw := "From: a@b.fr\nContent-Type: multipart/mixed; boundary=\"out\"\n\npreamble\n--out\n" +
		"Content-Type: multipart/alternative; boundary=in\n\n--in\nContent-Type: text/plain; charset=utf-8\n\nTexte brut\n" +
		"--in\nContent-Type: text/html; charset=utf-8\n\n<p>Texte <b>HTML</b></p>\n--in--\n" +
		"--out\nContent-Type: application/pdf; name=\"=?UTF-8?Q?Re=C3=A7u.pdf?=\"\nContent-Disposition: attachment\nContent-Transfer-Encoding: base64\n\n" +
		base64.StdEncoding.EncodeToString(pdf) + "\n--out\nContent-Type: text/plain\nContent-Disposition: attachment; filename=notes.txt\n\nnon lu\n" +
		"--out\nContent-Type: message/rfc822\n\nSubject: Transfert\nMessage-ID: <fwd@x>\n\ncorps transféré\n--out--\nepilogue"
	m := mustParse(t, raw)
	if m.Text != "Texte brut" {
		t.Errorf("Text = %q", m.Text)
	}
	want := []Attachment{{"Reçu.pdf", "application/pdf", len(pdf)}, {"notes.txt", "text/plain", 6}, {"Transfert.eml", "message/rfc822", 57}}
	if fmt.Sprint(m.Attachments) != fmt.Sprint(want) {
		t.Errorf("Attachments = %+v, want %+v", m.Attachments, want)
	}
	if m.Bounce != nil || len(m.Problems) > 0 {
		t.Errorf("Bounce %+v Problems %q", m.Bounce, m.Problems)
	}
	// Only HTML: converted.
	m = mustParse(t, "From: a@b.fr\nContent-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/html\n\n<p>Un</p><p>Deux &amp; trois</p>\n--b--")
	if m.Text != "Un\nDeux & trois" {
		t.Errorf("Text = %q", m.Text)
	}
	// Missing closing boundary, then missing boundary parameter.
	m = mustParse(t, "From: a@b.fr\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\nune partie\n")
	if m.Text != "une partie" || !hasProblem(m, "fin de message multipart absente") {
		t.Errorf("Text %q Problems %q", m.Text, m.Problems)
	}
	m = mustParse(t, "From: a@b.fr\nContent-Type: multipart/mixed\n\n--devine\n\ntrouvée\n--devine--\n")
	if m.Text != "trouvée" {
		t.Errorf("guessed boundary: Text %q Problems %q", m.Text, m.Problems)
	}
}

func TestParseDepthAndSize(t *testing.T) {
	var b strings.Builder
	b.WriteString("From: a@b.fr\nContent-Type: multipart/mixed; boundary=b0\n\n--b0\n\nhaut\n")
	for i := 1; i <= 60; i++ {
		fmt.Fprintf(&b, "--b%d\nContent-Type: multipart/mixed; boundary=b%d\n\n", i-1, i)
	}
	b.WriteString("--b60\n\nprofond\n")
	m := mustParse(t, b.String())
	if m.Text != "haut" || !hasProblem(m, "20 niveaux") {
		t.Errorf("Text %q Problems %q", m.Text, m.Problems)
	}

	big := strings.Repeat("texte long ", (12<<20)/11)
	m = mustParse(t, "From: a@b.fr\n\n"+big)
	if !hasProblem(m, "partie de 12 Mo tronquée à 10 Mo") || !hasProblem(m, "64 Ko") || len(m.Text) > maxTextBytes || !utf8.ValidString(m.Text) {
		t.Errorf("len(Text) %d Problems %q", len(m.Text), m.Problems)
	}
}

func TestParseTooLarge(t *testing.T) {
	raw := make([]byte, 0, MaxMessageBytes+2<<20)
	raw = append(raw, "From: a@b.fr\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\nBonjour\n--b\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n"...)
	line := []byte(strings.Repeat("QUFB", 19) + "\n")
	for len(raw) < MaxMessageBytes+1<<20 {
		raw = append(raw, line...)
	}
	m, err := Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	if !hasProblem(m, "seuls les 25 Mo premiers ont été lus") || m.Text != "Bonjour" || len(m.Attachments) != 1 {
		t.Errorf("Problems %q Text %q Attachments %+v", m.Problems, m.Text, m.Attachments)
	}
}

func TestHTMLToText(t *testing.T) {
	html := `<html><head><title>Titre</title><style>p{color:red}</style><script>var x = "<p>";</script></head>
<body><p>Bonjour&nbsp;Madame,</p><p>Nous r&eacute;glerons le 15/12 &amp; merci.</p>
<ul><li>un</li><li>deux</li></ul><table><tr><td>A</td><td>B</td></tr></table>
<div class="gmail_signature">Marc<br>G&eacute;rant</div>
<div class="gmail_quote">Le mar. 1 déc. 2026, Atelier Dupont a écrit :<blockquote>Relance<blockquote>Plus ancien</blockquote></blockquote></div>
<pre>  garde
  les espaces</pre></body></html>`
	want := "Bonjour Madame,\nNous réglerons le 15/12 & merci.\n- un\n- deux\nA B\n--\nMarc\nGérant\nLe mar. 1 déc. 2026, Atelier Dupont a écrit :\n> Relance\n> > Plus ancien\n  garde\n  les espaces"
	if got := htmlToText(html); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := ownWords(htmlToText(html)); got != "Bonjour Madame,\nNous réglerons le 15/12 & merci.\n- un\n- deux\nA B" {
		t.Errorf("own words %q", got)
	}
}

func TestOwnWords(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"gmail fr wrapped", "Merci.\n\nLe mar. 1 déc. 2026 à 10:02, Atelier Dupont <\ncompta@atelier-dupont.fr> a écrit :\n> Relance", "Merci."},
		{"gmail en", "Thanks.\n\nOn Tue, Dec 1, 2026 at 10:02 AM Atelier Dupont <compta@atelier-dupont.fr>\nwrote:\n\n> Reminder", "Thanks."},
		{"thunderbird", "OK\nLe 01/12/2026 à 10:02, Atelier Dupont a écrit :\n> Relance", "OK"},
		{"outlook fr", "Vu.\n\n________________________________\nDe : Atelier Dupont <compta@atelier-dupont.fr>\nEnvoyé : mardi 1 décembre 2026 10:02\nÀ : Marc\nObjet : Relance\n\nRelance sans chevrons", "Vu."},
		{"outlook fr bold html", "Vu.\nDe : Atelier Dupont\nEnvoyé : mardi\nObjet : Relance\nRelance", "Vu."},
		{"outlook en", "Seen.\n\nFrom: Atelier Dupont <compta@atelier-dupont.fr>\nSent: Tuesday, December 1, 2026 10:02 AM\nTo: Marc\nSubject: Reminder\n\nReminder", "Seen."},
		{"original message", "Vu\n-----Original Message-----\nFrom: x", "Vu"},
		{"message d'origine", "Vu\n-----Message d'origine-----\nDe : x", "Vu"},
		{"mail original", "Vu\n----- Mail original -----\nDe: x", "Vu"},
		{"forward", "Pour info\n---------- Forwarded message ---------\nFrom: x", "Pour info"},
		{"signature", "Réglé.\n-- \nMarc Lefèvre\nTél. 06 12 34 56 78", "Réglé."},
		{"iphone", "Réglé.\n\nEnvoyé de mon iPhone\n\n> Le 1 déc. 2026 à 10:02, Atelier Dupont a écrit :", "Réglé."},
		{"interleaved", "> Pouvez-vous régler ?\nOui, le 15/12.\n> Merci", "Oui, le 15/12."},
		{"bottom posting", "Le 01/12/2026 à 10:02, Atelier Dupont a écrit :\n> Relance\n> ...\n\nRéglé hier.\n-- \nMarc", "Réglé hier."},
		{"own last line is not an attribution", "Le virement est fait.\nLe 01/12/2026 à 10:02, Atelier Dupont a écrit :\n> Relance", "Le virement est fait."},
		{"de in a sentence", "De : rien, c'est normal.\nMerci", "De : rien, c'est normal.\nMerci"},
		{"envoyé in a sentence", "Envoyé hier par la poste.\nMarc", "Envoyé hier par la poste.\nMarc"},
		{"android", "OK\n\nEnvoyé depuis mon appareil Galaxy\n\n-------- Message d'origine --------", "OK"},
		{"confidentiality notice fr", "Le virement sera fait le 12.\nJulien\n\nCe message et toutes les pièces jointes sont confidentiels et établis à\nl'intention exclusive de ses destinataires. Toute utilisation non conforme à sa\ndestination est interdite.", "Le virement sera fait le 12.\nJulien"},
		{"confidentiality notice en", "Paid today.\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. If you received it in error, please delete it.", "Paid today."},
		{"environment", "Réglé.\nPensez à l'environnement avant d'imprimer ce mail.", "Réglé."},
		{"a sentence about this message", "Ce message pour vous dire que le chèque est parti.", "Ce message pour vous dire que le chèque est parti."},
	}
	for _, tt := range tests {
		if got := ownWords(tt.text); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
	long := strings.Repeat("mot ", 300)
	if e := excerpt(long); utf8.RuneCountInString(e) > maxExcerpt || !strings.HasSuffix(e, "…") {
		t.Errorf("excerpt of %d runes: %q", utf8.RuneCountInString(e), e)
	}
	if e := excerpt("  a\n\n b\t c "); e != "a b c" {
		t.Errorf("excerpt %q", e)
	}
}

func TestParseAutoInfo(t *testing.T) {
	tests := []struct {
		header string
		auto   bool
	}{
		{"Auto-Submitted: auto-replied", true},
		{"Auto-Submitted: auto-generated", true},
		{"Auto-Submitted: no", false},
		{"X-Autoreply: yes", true},
		{"X-Autorespond: vacation", true},
		{"Precedence: bulk", true},
		{"Precedence: list", false},
		{"X-Auto-Response-Suppress: All", true},
		{"X-Mailer: Outlook", false},
	}
	for _, tt := range tests {
		m := mustParse(t, "From: a@b.fr\n"+tt.header+"\n\nx")
		if m.Auto.Auto != tt.auto {
			t.Errorf("%s: Auto %v", tt.header, m.Auto)
		}
	}
}

func TestParseBounceWithoutReport(t *testing.T) {
	raw := "From: MAILER-DAEMON@mx.exemple.fr\nTo: compta@atelier-dupont.fr\nSubject: failure notice\n\n" +
		"Hi. This is the qmail-send program at mx.exemple.fr.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n" +
		"This is a permanent error; I've given up. Sorry it didn't work out.\n\n<marc@lefevre.fr>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n" +
		"--- Below this line is a copy of the message.\n\nMessage-ID: <r-2026-0002@atelier-dupont.fr>\nSubject: Relance\n"
	m := mustParse(t, raw)
	want := Bounce{Recipient: "marc@lefevre.fr", Status: "5.1.1", Diagnostic: "Sorry, no mailbox here by that name. (#5.1.1)", Permanent: true, OriginalMessageID: "<r-2026-0002@atelier-dupont.fr>"}
	if m.Bounce == nil || *m.Bounce != want {
		t.Errorf("Bounce = %+v, want %+v", m.Bounce, want)
	}
	// A human reply quoting the word "failed" is not a bounce.
	for _, raw := range []string{
		"From: marc@lefevre.fr\nSubject: Re: relance\n\nThe transfer failed, I will retry tomorrow.",
		"From: marc@lefevre.fr\nSubject: Delivery failure\n\nThe delivery failed, the parcel is lost.",
		"From: MAILER-DAEMON@mx.exemple.fr\nSubject: Warning: message delayed\n\nStill trying, will retry for 5 days.",
	} {
		if m := mustParse(t, raw); m.Bounce != nil {
			t.Errorf("%q: Bounce = %+v", raw, m.Bounce)
		}
	}
}

// « Z » as the zone (RFC 5322's obsolete military zone, still written by some mailers and scripts) is UT: the
// message keeps its date, and « lundi » counts from it.
func TestDateWithZoneZ(t *testing.T) {
	m := mustParse(t, "From: a@client.example\r\nDate: Tue, 01 Sep 2026 21:44:20 Z\r\nSubject: Re: facture\r\n\r\nPaiement lundi.\r\n")
	if m.Date.IsZero() || m.WrittenOn() != backend.MustDate("2026-09-01") {
		t.Fatalf("date %v, written on %v", m.Date, m.WrittenOn())
	}
	if c := Classify(m, m.WrittenOn()); c.Class != Promise || c.PromiseDate != backend.MustDate("2026-09-07") {
		t.Fatalf("%s %v — %s", c.Class, c.PromiseDate, c.Reason)
	}
}
