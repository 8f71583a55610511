package app

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"relance/app/apptest"
	"relance/backend"
	"relance/backend/dunning"
	"relance/backend/secret"
	"relance/backend/sms"
	"relance/backend/store"
)

// smsLedger: MEN (a business) is chased by an SMS step; its billing contact has a mobile number; SMS go through
// the Brevo stand-in. The clock is Monday 23 November 2026, 10:00 in Paris.
func smsLedger(t *testing.T) (*Env, *ChaseAPI, *apptest.Brevo, backend.Client) {
	t.Helper()
	env, biz, cons := ledgerWithOverdue(t)
	env.Keychain = secret.Keychain{Account: t.TempDir(), Backend: &secret.Memory{}}
	b, biz := apptest.SMSLedger(t, &env.Deps, biz, cons, func(s sms.Settings, key string) error {
		_, err := (&SMSAPI{env: env}).SaveSettings(s, key)
		return err
	})
	return env, &ChaseAPI{env: env, outbox: &OutboxAPI{env: env}}, b, biz
}

func smsTimeline(t *testing.T, env *Env, clientID uint64) string {
	evs, err := env.Store.ClientEvents(clientID, 0)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range evs {
		b.WriteString(e.Summary + "\n")
	}
	return b.String()
}

// The day's SMS step is listed to send, queued once with its step, sent once to the provider with the billing
// contact's number in E.164 and the filled template, and its delivery report reaches the client's timeline.
func TestSMSStepSentOnceAndDelivered(t *testing.T) {
	env, api, brevo, biz := smsLedger(t)
	v, err := api.Today()
	if err != nil {
		t.Fatal(err)
	}
	var men *ActionView
	for i := range v.ToSend {
		if v.ToSend[i].Action.ClientCode == "MEN" {
			men = &v.ToSend[i]
		}
	}
	if men == nil || men.Action.Channel != backend.ChannelSMS || men.Pending != "" {
		t.Fatalf("MEN's SMS is not ready to send: %+v (to call: %+v)", v.ToSend, v.ToCall)
	}
	if !strings.HasPrefix(men.Text, "Atelier Dupont : sauf erreur, 1 800,00 € reste à régler") {
		t.Fatalf("the page does not show the text that will leave: %q", men.Text)
	}
	// PET is a consumer who never gave a number for SMS: it waits, and says why.
	for _, av := range v.ToSend {
		if av.Action.ClientCode == "PET" && !strings.Contains(av.Pending, "particulier") {
			t.Fatalf("PET's SMS: pending %q", av.Pending)
		}
	}
	rep, err := api.service().Run(backend.Today(env.Clock), false)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Texts != 1 || rep.Queued != 0 {
		t.Fatalf("run queued %d texts, %d e-mails", rep.Texts, rep.Queued)
	}
	msgs, _ := env.Store.Outbox(store.OutboxQuery{})
	if len(msgs) != 1 || !msgs[0].IsSMS() || msgs[0].To[0] != "+33612345678" || msgs[0].Segments != 1 || msgs[0].Cost != 5 { // one part at 0,045 €, rounded up to the cent
		t.Fatalf("outbox %+v", msgs)
	}
	outbox := api.outbox
	sent, err := outbox.sender().ProcessSMS(context.Background())
	if err != nil || sent.Sent != 1 {
		t.Fatalf("processSMS: %+v %v", sent, err)
	}
	// Nothing goes twice: a second run and a second pass send nothing more.
	if _, err := api.service().Run(backend.Today(env.Clock), false); err != nil {
		t.Fatal(err)
	}
	if again, _ := outbox.sender().ProcessSMS(context.Background()); again.Sent != 0 || brevo.Count() != 1 {
		t.Fatalf("second pass sent %d, provider got %d", again.Sent, brevo.Count())
	}
	got := brevo.Request(0)
	if got.Sender != "ATELIER" || got.Recipient != "33612345678" || got.Type != "transactional" || got.UnicodeEnabled ||
		got.Content != "Atelier Dupont : sauf erreur, 1 800,00 € reste à régler (réf. F-2026-0101 et F-2026-0102). Merci de votre règlement ou appelez-nous au 04 78 00 00 00." ||
		got.Tag == "" {
		t.Fatalf("sent %+v", got)
	}
	brevo.Events = `{"events":[{"messageId":"1","event":"delivered","phoneNumber":"33612345678"}]}`
	if n, err := outbox.sender().FetchDeliveries(context.Background()); err != nil || n != 1 {
		t.Fatalf("deliveries %d %v", n, err)
	}
	tl := smsTimeline(t, env, biz.ID)
	for _, want := range []string{"SMS « Relance SMS » envoyé à +33612345678", "SMS « Relance SMS » délivré au +33612345678"} {
		if !strings.Contains(tl, want) {
			t.Errorf("timeline lacks %q:\n%s", want, tl)
		}
	}
	v, _ = api.Today()
	for _, av := range v.ToSend {
		if av.Action.ClientCode == "MEN" {
			t.Fatalf("MEN still to send after its SMS: %+v", av)
		}
	}
}

// A refused number is explained and becomes a call; a provider error is tried again later; a request left without
// answer is « incertain » and never sent again by itself.
func TestSMSFailuresAreClassified(t *testing.T) {
	cases := []struct {
		name   string
		answer func(w http.ResponseWriter)
		state  backend.OutboxState
		says   string
	}{
		{"invalid number", func(w http.ResponseWriter) {
			w.WriteHeader(400)
			io.WriteString(w, `{"message":"Invalid phone number"}`)
		},
			backend.OutboxFailed, "Brevo a refusé le SMS (400) : Invalid phone number"},
		{"provider down", func(w http.ResponseWriter) { w.WriteHeader(503) }, backend.OutboxQueued, "indisponible"},
		{"connection dropped", func(w http.ResponseWriter) {
			c, _, _ := w.(http.Hijacker).Hijack()
			c.Close()
		}, backend.OutboxUncertain, "peut-être parti"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			env, api, brevo, biz := smsLedger(t)
			brevo.Answer = c.answer
			if _, err := api.service().Run(backend.Today(env.Clock), false); err != nil {
				t.Fatal(err)
			}
			if _, err := api.outbox.sender().ProcessSMS(context.Background()); err != nil {
				t.Fatal(err)
			}
			msgs, _ := env.Store.Outbox(store.OutboxQuery{})
			if len(msgs) != 1 || msgs[0].State != c.state || !strings.Contains(msgs[0].LastError, c.says) {
				t.Fatalf("outbox %+v", msgs)
			}
			if _, err := api.outbox.sender().ProcessSMS(context.Background()); err != nil || brevo.Count() != 1 {
				t.Fatalf("sent again at once: %d requests, %v", brevo.Count(), err)
			}
			fus, _ := env.Store.FollowUps(false)
			if c.state == backend.OutboxFailed {
				if len(fus) != 1 || fus[0].Channel != backend.ChannelCall || !strings.Contains(fus[0].Reason, "Invalid phone number") {
					t.Fatalf("follow-ups %+v", fus)
				}
				if tl := smsTimeline(t, env, biz.ID); !strings.Contains(tl, "Échec du SMS « Relance SMS » au +33612345678") {
					t.Fatalf("timeline:\n%s", tl)
				}
			} else if len(fus) != 0 {
				t.Fatalf("no call to make yet: %+v", fus)
			}
			if c.state == backend.OutboxQueued && !msgs[0].NextAttempt.After(env.Clock.Now()) {
				t.Fatalf("retry at %v", msgs[0].NextAttempt)
			}
		})
	}
}

// Texts wait outside the SMS hours and on days without sending (a Sunday, a public holiday).
func TestSMSOnlyWithinTheWindow(t *testing.T) {
	env, api, brevo, _ := smsLedger(t)
	if _, err := api.service().Run(backend.Today(env.Clock), false); err != nil {
		t.Fatal(err)
	}
	for _, at := range []time.Time{
		time.Date(2026, 11, 23, 21, 0, 0, 0, backend.Paris), // Monday evening
		time.Date(2026, 11, 23, 7, 30, 0, 0, backend.Paris), // Monday, early
		time.Date(2026, 11, 29, 10, 0, 0, 0, backend.Paris), // Sunday
		time.Date(2026, 12, 25, 10, 0, 0, 0, backend.Paris), // Christmas, a Friday
	} {
		env.Clock = backend.FixedClock(at)
		rep, err := api.outbox.sender().ProcessSMS(context.Background())
		if err != nil || rep.Sent != 0 || rep.Waiting != 1 || !strings.Contains(rep.Stopped, "hors des heures d'envoi des SMS") {
			t.Fatalf("at %v: %+v %v", at, rep, err)
		}
	}
	if brevo.Count() != 0 {
		t.Fatal("a text left outside the window")
	}
	env.Clock = backend.FixedClock(time.Date(2026, 11, 24, 8, 0, 0, 0, backend.Paris))
	if rep, _ := api.outbox.sender().ProcessSMS(context.Background()); rep.Sent != 1 {
		t.Fatalf("at 8:00: %+v", rep)
	}
}

// A landline or a consumer's number without consent is refused with the reason; consent lets it go.
func TestSMSRecipientRules(t *testing.T) {
	env, api, _, biz := smsLedger(t)
	biz.Contacts[0].Phone = "04 91 00 00 00"
	if err := env.Store.SaveClient(&biz); err != nil {
		t.Fatal(err)
	}
	v, _ := api.Today()
	for _, av := range v.ToSend {
		if av.Action.ClientCode == "MEN" && !strings.Contains(av.Pending, "ligne fixe") {
			t.Fatalf("MEN with a landline: %q", av.Pending)
		}
	}
	cons, _ := env.Store.ClientByCode("PET")
	cons.Contacts[0].SMSConsent = true
	if err := env.Store.SaveClient(&cons); err != nil {
		t.Fatal(err)
	}
	v, _ = api.Today()
	found := false
	for _, av := range v.ToSend {
		if av.Action.ClientCode == "PET" {
			found = av.Pending == "" && av.Action.Channel == backend.ChannelSMS && av.Action.Status == dunning.Due
		}
	}
	if !found {
		t.Fatalf("PET with consent: %+v", v.ToSend)
	}
}

func TestSMSTemplateCount(t *testing.T) {
	env := testEnv(t)
	a := &SMSAPI{env: env}
	if _, err := a.SaveSettings(sms.Settings{Provider: "", PricePerSegment: 450}, ""); err != nil {
		t.Fatal(err)
	}
	v, err := a.TemplateCount("sms_reminder", "fr")
	if err != nil || v.Count.Encoding != sms.GSM7 || v.Count.Segments < 1 || v.Cost == 0 || v.Warning != "" || strings.Contains(v.Sample, "[[") {
		t.Fatalf("count %+v %v", v, err)
	}
	v, _ = a.Count("Merci de régler la fête 🙂 [[CustomerName]]")
	if v.Count.Encoding != sms.UCS2 || !strings.Contains(v.Warning, "un accent ou un emoji double le coût") || !strings.Contains(v.Warning, "ê") {
		t.Fatalf("unicode %+v", v)
	}
	if _, err := a.TemplateCount("reminder1", "fr"); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("an e-mail template counted as SMS: %v", err)
	}
}

// A text left without answer is looked up at the provider by its tag: not found, it stays « incertain »; found, it
// is settled as sent and its report followed. It is never sent again.
func TestUncertainSMSFoundAtTheProvider(t *testing.T) {
	env, api, brevo, biz := smsLedger(t)
	brevo.Answer = func(w http.ResponseWriter) {
		c, _, _ := w.(http.Hijacker).Hijack()
		c.Close()
	}
	if _, err := api.service().Run(backend.Today(env.Clock), false); err != nil {
		t.Fatal(err)
	}
	if rep, err := api.outbox.sender().ProcessSMS(context.Background()); err != nil || rep.Uncertain != 1 {
		t.Fatalf("processSMS: %+v %v", rep, err)
	}
	tag := brevo.Request(0).Tag
	if !strings.HasPrefix(tag, "relance-") {
		t.Fatalf("tag %q", tag)
	}
	if _, err := api.outbox.sender().FetchDeliveries(context.Background()); err != nil {
		t.Fatal(err)
	}
	if msgs, _ := env.Store.Outbox(store.OutboxQuery{}); msgs[0].State != backend.OutboxUncertain {
		t.Fatalf("settled without being found: %+v", msgs[0])
	}
	brevo.Events = `{"events":[{"messageId":"99","event":"sent","tag":"` + tag + `"},{"messageId":"99","event":"delivered","tag":"` + tag + `"}]}`
	if _, err := api.outbox.sender().FetchDeliveries(context.Background()); err != nil {
		t.Fatal(err)
	}
	msgs, _ := env.Store.Outbox(store.OutboxQuery{})
	if msgs[0].State != backend.OutboxSent || msgs[0].ProviderID != "99" || msgs[0].Delivery != "delivered" || brevo.Count() != 1 {
		t.Fatalf("after the lookup: %+v, %d requests", msgs[0], brevo.Count())
	}
	if tl := smsTimeline(t, env, biz.ID); !strings.Contains(tl, "retrouvé chez le fournisseur") || !strings.Contains(tl, "délivré au +33612345678") {
		t.Fatalf("timeline:\n%s", tl)
	}
}

// Demo data: no text goes to the made-up clients' numbers; it waits, and the pass says why.
func TestNoSMSToDemoClients(t *testing.T) {
	env, api, brevo, _ := smsLedger(t)
	if _, err := api.service().Run(backend.Today(env.Clock), false); err != nil {
		t.Fatal(err)
	}
	if err := env.Store.SetSetting("demo", store.DemoMark{LoadedAt: env.Clock.Now(), Clients: 2}); err != nil {
		t.Fatal(err)
	}
	rep, err := api.outbox.sender().ProcessSMS(context.Background())
	if err != nil || rep.Sent != 0 || rep.Waiting != 1 || !strings.Contains(rep.Stopped, "Données de démonstration") || brevo.Count() != 0 {
		t.Fatalf("demo ledger: %+v %v, %d requests", rep, err, brevo.Count())
	}
	if msgs, _ := env.Store.Outbox(store.OutboxQuery{}); msgs[0].State != backend.OutboxQueued {
		t.Fatalf("the text did not wait: %+v", msgs[0])
	}
}

// The same step through OVHcloud: the key split into its three credentials, the service name in the path, each
// request signed; the job's id kept for the report.
func TestSMSThroughOVH(t *testing.T) {
	env, api, _, _ := smsLedger(t)
	var mu sync.Mutex
	var jobs []sms.OVHJob
	var base string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if r.URL.Path == "/auth/time" {
			io.WriteString(w, strconv.FormatInt(time.Now().Unix(), 10))
			return
		}
		ts, _ := strconv.ParseInt(r.Header.Get("X-Ovh-Timestamp"), 10, 64)
		if r.Header.Get("X-Ovh-Application") != "AK" || r.Header.Get("X-Ovh-Consumer") != "CK" ||
			r.Header.Get("X-Ovh-Signature") != sms.OVHSignature("AS", "CK", r.Method, base+r.URL.RequestURI(), string(body), ts) {
			w.WriteHeader(400)
			io.WriteString(w, `{"message":"Invalid signature"}`)
			return
		}
		switch {
		case r.Method == http.MethodPost && r.URL.Path == "/sms/sms-ab12345-1/jobs":
			var j sms.OVHJob
			_ = json.Unmarshal(body, &j)
			mu.Lock()
			jobs = append(jobs, j)
			mu.Unlock()
			io.WriteString(w, `{"totalCreditsRemoved":1,"invalidReceivers":[],"ids":[555],"validReceivers":["+33612345678"]}`)
		case r.Method == http.MethodGet && r.URL.Path == "/sms/sms-ab12345-1/outgoing/555":
			io.WriteString(w, `{"id":555,"deliveryReceipt":2,"ptt":13}`)
		default:
			w.WriteHeader(404)
		}
	}))
	defer srv.Close()
	base = srv.URL
	t.Setenv(sms.EnvOVHURL, srv.URL)
	if _, err := (&SMSAPI{env: env}).SaveSettings(sms.Settings{Provider: "ovh", Sender: "ATELIER", OVHService: "sms-ab12345-1"}, "AK:AS"); err == nil {
		t.Fatal("an OVHcloud key without its consumer key was accepted")
	}
	if _, err := (&SMSAPI{env: env}).SaveSettings(sms.Settings{Provider: "ovh", Sender: "ATELIER", OVHService: "sms-ab12345-1"}, "AK:AS:CK"); err != nil {
		t.Fatal(err)
	}
	if _, err := api.service().Run(backend.Today(env.Clock), false); err != nil {
		t.Fatal(err)
	}
	if rep, err := api.outbox.sender().ProcessSMS(context.Background()); err != nil || rep.Sent != 1 {
		t.Fatalf("processSMS: %+v %v", rep, err)
	}
	if len(jobs) != 1 || jobs[0].Receivers[0] != "+33612345678" || jobs[0].Sender != "ATELIER" || !jobs[0].NoStopClause || jobs[0].Coding != "7bit" ||
		!strings.Contains(jobs[0].Message, "1 800,00 € reste à régler") {
		t.Fatalf("jobs %+v", jobs)
	}
	if _, err := api.outbox.sender().FetchDeliveries(context.Background()); err != nil {
		t.Fatal(err)
	}
	msgs, _ := env.Store.Outbox(store.OutboxQuery{})
	if msgs[0].ProviderID != "555" || msgs[0].Delivery != "failed" || msgs[0].DeliveryNote != "non remis (code opérateur 13)" {
		t.Fatalf("outbox %+v", msgs[0])
	}
	fus, _ := env.Store.FollowUps(false)
	if len(fus) != 1 || fus[0].Channel != backend.ChannelCall {
		t.Fatalf("an undelivered SMS must become a call: %+v", fus)
	}
}
