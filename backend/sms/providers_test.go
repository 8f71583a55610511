package sms

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// standIn is a provider's server on 127.0.0.1 that checks each request as the provider documents it, then answers
// as the test says.
type standIn struct {
	*httptest.Server
	t       *testing.T
	check   func(r *http.Request, body []byte) // fails the test on a request the real provider would refuse
	answer  func(w http.ResponseWriter, r *http.Request)
	hits    atomic.Int32
	lastRaw atomic.Value
}

func newStandIn(t *testing.T, check func(r *http.Request, body []byte)) *standIn {
	s := &standIn{t: t, check: check}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if r.URL.Path == "/auth/time" {
			io.WriteString(w, strconv.FormatInt(time.Now().Unix(), 10))
			return
		}
		s.hits.Add(1)
		s.lastRaw.Store(string(body))
		s.check(r, body)
		s.answer(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func status(code int, body string) func(http.ResponseWriter, *http.Request) {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		io.WriteString(w, body)
	}
}

// hang answers nothing for longer than the client waits.
func hang(d time.Duration) func(http.ResponseWriter, *http.Request) {
	return func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(d):
		case <-r.Context().Done():
		}
	}
}

// drop reads the request and closes the connection without a word.
func drop(w http.ResponseWriter, _ *http.Request) {
	c, _, err := w.(http.Hijacker).Hijack()
	if err == nil {
		c.Close()
	}
}

func kindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return ""
}

type failure struct {
	name   string
	answer func(http.ResponseWriter, *http.Request)
	kind   Kind
	says   string
}

func failures(name string) []failure {
	return []failure{
		{"400 bad number", status(400, `{"code":"invalid_parameter","message":"Invalid phone number"}`), Permanent, name},
		{"401 key refused", status(401, `{"code":"unauthorized","message":"Key not found"}`), Account, "clé"},
		{"402 no credit", status(402, `{"code":"not_enough_credits","message":"Not enough credits"}`), Account, "crédit"},
		{"429 too many", status(429, `{"message":"Too many requests"}`), Temporary, "nouvel essai"},
		{"500", status(500, `{"message":"Internal error"}`), Temporary, "indisponible"},
		{"503", status(503, ``), Temporary, "indisponible"},
		{"timeout after the request", hang(3 * time.Second), Uncertain, "peut-être parti"},
		{"connection dropped", drop, Uncertain, "peut-être parti"},
	}
}

const testText = "Bonjour, la facture F-2026-001 de 1 234,56 € est échue. Merci. ATELIER"

func TestBrevoSend(t *testing.T) {
	srv := newStandIn(t, func(r *http.Request, body []byte) {
		if r.Method != http.MethodPost || r.URL.Path != "/v3/transactionalSMS/send" {
			t.Errorf("request %s %s", r.Method, r.URL.Path)
		}
		if r.Header.Get("api-key") != "xkeysib-test" || r.Header.Get("Content-Type") != "application/json" {
			t.Errorf("headers %v", r.Header)
		}
		var got map[string]any
		if err := json.Unmarshal(body, &got); err != nil {
			t.Fatalf("body %s: %v", body, err)
		}
		want := map[string]any{"sender": "ATELIER", "recipient": "33612345678", "content": testText, "type": "transactional",
			"tag": "relance-sms-7", "unicodeEnabled": false}
		if len(got) != len(want) {
			t.Errorf("body has fields %v, want %v", got, want)
		}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("body %s = %#v, want %#v", k, got[k], v)
			}
		}
	})
	msg := Message{Sender: "ATELIER", To: "+33612345678", Text: testText, Ref: "relance-sms-7"}
	p := &BrevoProvider{URL: srv.URL, Key: "xkeysib-test", Client: &http.Client{Timeout: time.Second}}
	srv.answer = status(201, `{"messageId":1511882900176220}`)
	rec, err := p.Send(context.Background(), msg)
	if err != nil || rec.ID != "1511882900176220" {
		t.Fatalf("Send = %+v, %v", rec, err)
	}
	for _, f := range failures("Brevo") {
		t.Run(f.name, func(t *testing.T) {
			srv.answer = f.answer
			_, err := p.Send(context.Background(), msg)
			if kindOf(err) != f.kind || !strings.Contains(err.Error(), f.says) {
				t.Fatalf("error %v (kind %q), want %s saying %q", err, kindOf(err), f.kind, f.says)
			}
		})
	}
	t.Run("unreachable", func(t *testing.T) {
		p := &BrevoProvider{URL: closedURL(t), Key: "k", Client: &http.Client{Timeout: time.Second}}
		_, err := p.Send(context.Background(), msg)
		if kindOf(err) != Temporary || !strings.Contains(err.Error(), "injoignable") {
			t.Fatalf("error %v, want temporary « injoignable »", err)
		}
	})
	t.Run("unicode flagged", func(t *testing.T) {
		srv.check = func(r *http.Request, body []byte) {
			var got BrevoRequest
			_ = json.Unmarshal(body, &got)
			if !got.UnicodeEnabled || got.Content != "Merci de régler la fête 🙂" {
				t.Errorf("body %s", body)
			}
		}
		srv.answer = status(201, `{"messageId":1}`)
		if _, err := p.Send(context.Background(), Message{Sender: "ATELIER", To: "+33612345678", Text: "Merci de régler la fête 🙂"}); err != nil {
			t.Fatal(err)
		}
	})
}

func TestBrevoDelivery(t *testing.T) {
	srv := newStandIn(t, func(r *http.Request, _ []byte) {
		if r.Method != http.MethodGet || r.URL.Path != "/v3/transactionalSMS/statistics/events" || r.Header.Get("api-key") != "k" ||
			r.URL.Query().Get("phoneNumber") != "33612345678" {
			t.Errorf("request %s %s %v", r.Method, r.URL, r.Header)
		}
	})
	p := &BrevoProvider{URL: srv.URL, Key: "k", Client: &http.Client{Timeout: time.Second}}
	cases := []struct {
		events string
		want   Delivery
	}{
		{`{"events":[{"messageId":"42","event":"sent"},{"messageId":"41","event":"delivered"}]}`, Delivery{State: Pending}},
		{`{"events":[{"messageId":"42","event":"delivered"},{"messageId":"42","event":"sent"}]}`, Delivery{State: Delivered}},
		{`{"events":[{"messageId":42,"event":"hardBounce","reason":"Unknown subscriber"}]}`, Delivery{State: Failed, Reason: "numéro invalide (Unknown subscriber)"}},
		{`{"events":[{"messageId":"42","event":"blocked"}]}`, Delivery{State: Failed, Reason: "numéro bloqué (le client a répondu STOP ou est sur liste noire)"}},
		{`{}`, Delivery{State: Pending}},
	}
	for _, c := range cases {
		srv.answer = status(200, c.events)
		got, err := p.Delivery(context.Background(), "42", "+33612345678")
		if err != nil || got != c.want {
			t.Errorf("Delivery with %s = %+v, %v; want %+v", c.events, got, err, c.want)
		}
	}
}

func TestOVHSignature(t *testing.T) {
	// Computed apart, with Python's hashlib: "$1$" + sha1("AS+CK+POST+https://eu.api.ovh.com/1.0/sms/sms-ab1-1/jobs+{}+1700000000").
	got := OVHSignature("AS", "CK", "POST", "https://eu.api.ovh.com/1.0/sms/sms-ab1-1/jobs", "{}", 1700000000)
	if got != "$1$d2e1314a57ce990a2ee35f75eb36be7aaa505d2f" {
		t.Fatalf("signature %q", got)
	}
	if got != OVHSignature("AS", "CK", "POST", "https://eu.api.ovh.com/1.0/sms/sms-ab1-1/jobs", "{}", 1700000000) ||
		got == OVHSignature("AS", "CK", "POST", "https://eu.api.ovh.com/1.0/sms/sms-ab1-1/jobs", "{ }", 1700000000) {
		t.Fatal("the signature must depend on the body, and only on its inputs")
	}
}

func TestOVHSend(t *testing.T) {
	var base string
	srv := newStandIn(t, func(r *http.Request, body []byte) {
		if r.Method != http.MethodPost || r.URL.Path != "/sms/sms-ab12345-1/jobs" {
			t.Errorf("request %s %s", r.Method, r.URL.Path)
		}
		ts := r.Header.Get("X-Ovh-Timestamp")
		n, _ := strconv.ParseInt(ts, 10, 64)
		want := OVHSignature("SECRET", "CONSUMER", "POST", base+"/sms/sms-ab12345-1/jobs", string(body), n)
		if r.Header.Get("X-Ovh-Application") != "APPKEY" || r.Header.Get("X-Ovh-Consumer") != "CONSUMER" || r.Header.Get("X-Ovh-Signature") != want {
			t.Errorf("auth headers %v, want signature %s", r.Header, want)
		}
		if d := time.Now().Unix() - n; d < -5 || d > 5 {
			t.Errorf("timestamp %s is %d s off", ts, d)
		}
		var got map[string]any
		if err := json.Unmarshal(body, &got); err != nil {
			t.Fatalf("body %s: %v", body, err)
		}
		wantBody := `{"message":"` + testText + `","receivers":["+33612345678"],"sender":"ATELIER","noStopClause":true,"priority":"high","coding":"7bit","charset":"UTF-8","tag":"relance-sms-7"}`
		if string(body) != wantBody {
			t.Errorf("body\n%s\nwant\n%s", body, wantBody)
		}
	})
	base = srv.URL
	msg := Message{Sender: "ATELIER", To: "+33612345678", Text: testText, Ref: "relance-sms-7"}
	p, err := NewOVH(srv.URL, "sms-ab12345-1", "APPKEY:SECRET:CONSUMER", &http.Client{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	srv.answer = status(200, `{"totalCreditsRemoved":1,"invalidReceivers":[],"ids":[987654],"validReceivers":["+33612345678"],"tag":"relance-sms-7"}`)
	rec, err := p.Send(context.Background(), msg)
	if err != nil || rec.ID != "987654" {
		t.Fatalf("Send = %+v, %v", rec, err)
	}
	t.Run("receiver refused", func(t *testing.T) {
		srv.answer = status(200, `{"totalCreditsRemoved":0,"invalidReceivers":["+33612345678"],"ids":[],"validReceivers":[]}`)
		_, err := p.Send(context.Background(), msg)
		if kindOf(err) != Permanent || !strings.Contains(err.Error(), "numéro invalide") {
			t.Fatalf("error %v", err)
		}
	})
	t.Run("signature refused", func(t *testing.T) {
		srv.answer = status(400, `{"message":"Invalid signature"}`)
		_, err := p.Send(context.Background(), msg)
		if kindOf(err) != Account || !strings.Contains(err.Error(), "identifiants") {
			t.Fatalf("error %v", err)
		}
	})
	for _, f := range failures("OVHcloud") {
		if f.name == "400 bad number" {
			f.answer = status(400, `{"message":"Invalid receiver"}`)
		}
		t.Run(f.name, func(t *testing.T) {
			srv.answer = f.answer
			_, err := p.Send(context.Background(), msg)
			if kindOf(err) != f.kind || !strings.Contains(err.Error(), f.says) {
				t.Fatalf("error %v (kind %q), want %s saying %q", err, kindOf(err), f.kind, f.says)
			}
		})
	}
	if _, err := NewOVH(srv.URL, "sms-ab12345-1", "only-one-part", nil); kindOf(err) != Account {
		t.Fatalf("an incomplete key must be refused: %v", err)
	}
}

func TestOVHDelivery(t *testing.T) {
	srv := newStandIn(t, func(r *http.Request, _ []byte) {
		if r.Method != http.MethodGet || r.URL.Path != "/sms/sms-ab12345-1/outgoing/987654" || r.Header.Get("X-Ovh-Signature") == "" {
			t.Errorf("request %s %s", r.Method, r.URL)
		}
	})
	p, _ := NewOVH(srv.URL, "sms-ab12345-1", "A:S:C", &http.Client{Timeout: time.Second})
	for body, want := range map[string]Delivery{
		`{"id":987654,"deliveryReceipt":1,"ptt":0}`:  {State: Delivered},
		`{"id":987654,"deliveryReceipt":4,"ptt":0}`:  {State: Pending},
		`{"id":987654,"deliveryReceipt":2,"ptt":13}`: {State: Failed, Reason: "non remis (code opérateur 13)"},
	} {
		srv.answer = status(200, body)
		got, err := p.Delivery(context.Background(), "987654", "+33612345678")
		if err != nil || got != want {
			t.Errorf("Delivery(%s) = %+v, %v; want %+v", body, got, err, want)
		}
	}
	srv.answer = status(404, `{"message":"The requested object (id = 987654) does not exist"}`)
	if got, err := p.Delivery(context.Background(), "987654", ""); err != nil || got.State != Pending {
		t.Errorf("not yet outgoing: %+v, %v", got, err)
	}
}

// closedURL is the address of a port nothing listens on.
func closedURL(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return "http://" + addr
}

// A send left without answer is looked up by its tag: found, it did leave; an event of another message does not count.
func TestFindByTag(t *testing.T) {
	t.Run("brevo", func(t *testing.T) {
		srv := newStandIn(t, func(r *http.Request, _ []byte) {
			q := r.URL.Query()
			if r.Method != http.MethodGet || r.URL.Path != "/v3/transactionalSMS/statistics/events" || r.Header.Get("api-key") != "k" ||
				q.Get("tags") != "relance-abc" || q.Get("phoneNumber") != "33612345678" {
				t.Errorf("request %s %s", r.Method, r.URL)
			}
		})
		p := &BrevoProvider{URL: srv.URL, Key: "k", Client: &http.Client{Timeout: time.Second}}
		srv.answer = status(200, `{"events":[{"messageId":"77","event":"sent","tag":"relance-other"}]}`)
		if id, found, err := p.Find(context.Background(), "relance-abc", "+33612345678"); err != nil || found {
			t.Fatalf("another message's event settled it: %q %v %v", id, found, err)
		}
		srv.answer = status(200, `{"events":[{"messageId":"78","event":"accepted","tag":"relance-abc"}]}`)
		if id, found, err := p.Find(context.Background(), "relance-abc", "+33612345678"); err != nil || !found || id != "78" {
			t.Fatalf("Find = %q %v %v", id, found, err)
		}
	})
	t.Run("ovh", func(t *testing.T) {
		var base string
		srv := newStandIn(t, func(r *http.Request, body []byte) {
			n, _ := strconv.ParseInt(r.Header.Get("X-Ovh-Timestamp"), 10, 64)
			want := OVHSignature("S", "C", "GET", base+"/sms/sms-ab12345-1/outgoing?tag=relance-abc", "", n)
			if r.Method != http.MethodGet || r.URL.Path != "/sms/sms-ab12345-1/outgoing" || r.URL.Query().Get("tag") != "relance-abc" ||
				r.Header.Get("X-Ovh-Signature") != want {
				t.Errorf("request %s %s signed %s, want %s", r.Method, r.URL, r.Header.Get("X-Ovh-Signature"), want)
			}
		})
		base = srv.URL
		p, _ := NewOVH(srv.URL, "sms-ab12345-1", "A:S:C", &http.Client{Timeout: time.Second})
		srv.answer = status(200, `[]`)
		if _, found, err := p.Find(context.Background(), "relance-abc", ""); err != nil || found {
			t.Fatalf("nothing found: %v %v", found, err)
		}
		srv.answer = status(200, `[987654]`)
		if id, found, err := p.Find(context.Background(), "relance-abc", ""); err != nil || !found || id != "987654" {
			t.Fatalf("Find = %q %v %v", id, found, err)
		}
	})
}
