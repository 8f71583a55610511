package apptest

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"relance/backend/sms"
	"sync"
	"testing"
)

// Brevo is Brevo's SMS API on 127.0.0.1: it records each send and answers as the test says.
type Brevo struct {
	mu     sync.Mutex
	Sent   []sms.BrevoRequest
	Answer func(w http.ResponseWriter) // nil: 201 with the next messageId
	Events string                      // the answer of the events endpoint
}

// StartBrevo starts the stand-in at RELANCE_BREVO_URL (sms.EnvBrevoURL) until the test ends.
func StartBrevo(t testing.TB) *Brevo {
	b := &Brevo{Events: `{"events":[]}`}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("api-key") != "xkeysib-test" {
			w.WriteHeader(401)
			io.WriteString(w, `{"code":"unauthorized","message":"Key not found"}`)
			return
		}
		b.mu.Lock()
		defer b.mu.Unlock()
		switch r.URL.Path {
		case "/v3/transactionalSMS/send":
			var req sms.BrevoRequest
			if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
				t.Errorf("body: %v", err)
			}
			b.Sent = append(b.Sent, req)
			if b.Answer != nil {
				b.Answer(w)
				return
			}
			w.WriteHeader(201)
			io.WriteString(w, `{"messageId":`+string(rune('0'+len(b.Sent)))+`}`)
		case "/v3/transactionalSMS/statistics/events":
			io.WriteString(w, b.Events)
		default:
			w.WriteHeader(404)
		}
	}))
	t.Cleanup(srv.Close)
	t.Setenv(sms.EnvBrevoURL, srv.URL)
	return b
}

// Count is how many texts the provider was asked to send.
func (b *Brevo) Count() int { b.mu.Lock(); defer b.mu.Unlock(); return len(b.Sent) }

// Request is the i-th request received (read under the lock: the server's goroutine appends to Sent).
func (b *Brevo) Request(i int) sms.BrevoRequest { b.mu.Lock(); defer b.mu.Unlock(); return b.Sent[i] }
