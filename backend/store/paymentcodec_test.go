package store

import (
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// paymentEveryFieldSet is a payment whose every field holds a value of its own, built by reflection so that a field
// added to backend.Payment is filled too (and fails here when the codec cannot hold its kind).
func paymentEveryFieldSet(t *testing.T) backend.Payment {
	t.Helper()
	var p backend.Payment
	v := reflect.ValueOf(&p).Elem()
	paris := time.FixedZone("", 7200)
	for i := 0; i < v.NumField(); i++ {
		f, name := v.Field(i), v.Type().Field(i).Name
		switch {
		case f.Kind() == reflect.String:
			f.SetString(fmt.Sprintf("« %s » n°%d \"é\"\n", name, i))
		case f.Kind() == reflect.Int32: // a Date
			f.SetInt(int64(backend.NewDate(2026, time.Month(1+i%12), 1+i)))
		case f.Kind() == reflect.Int64:
			f.SetInt(-int64(1)<<40 - int64(i))
		case f.Kind() == reflect.Uint64:
			f.SetUint(1<<50 + uint64(i))
		case f.Type() == reflect.TypeOf(time.Time{}):
			f.Set(reflect.ValueOf(time.Date(2026, 10, 25, 2, 30, 0, 987654321, paris)))
		case f.Type() == reflect.TypeOf([]backend.Allocation{}):
			f.Set(reflect.ValueOf([]backend.Allocation{{InvoiceID: 1<<63 + 5, Amount: -12345}, {InvoiceID: 2, Amount: 1 << 45}, {}}))
		default:
			t.Fatalf("field %s of type %s: teach paymentcodec.go to write it", name, f.Type())
		}
	}
	return p
}

func TestPaymentCodecCoversEveryField(t *testing.T) {
	if n := reflect.TypeOf(backend.Payment{}).NumField(); n != paymentFields {
		t.Fatalf("backend.Payment has %d fields, the binary form writes %d: add the new field to paymentcodec.go (at the end)", n, paymentFields)
	}
	credit := backend.Payment{ID: 9, ClientID: 2, Date: backend.MustDate("2026-11-30"), Amount: 4200, Method: backend.MethodCreditNote,
		Allocations: []backend.Allocation{{InvoiceID: 3, Amount: 4200}}, CreatedAt: testNow}
	checkCodec(t, []backend.Payment{{}, paymentEveryFieldSet(t), credit}, encodePayment, decodePayment)
}

// Payments an older Relance wrote as JSON read the same, and migration 13 rewrites them in the binary form; every way
// of reading payments (all of them, one client's, the bank's undo) sees the same values.
func TestJSONPaymentsOfAnOlderRelance(t *testing.T) {
	p := paymentEveryFieldSet(t)
	p.ID, p.ClientID = 7, 1
	p.Allocations = []backend.Allocation{{InvoiceID: 7, Amount: 1500}}
	legacy, _ := json.Marshal(p)
	path := storeAtSchema(t, 12, func(tx *bolt.Tx) error {
		c, _ := json.Marshal(backend.Client{ID: 1, Code: "MEN", Name: "Menuiserie"})
		if err := tx.Bucket(bClients).Put(itob(1), c); err != nil {
			return err
		}
		if err := tx.Bucket(bClientsByCode).Put([]byte("MEN"), itob(1)); err != nil {
			return err
		}
		if err := tx.Bucket(bPaymentsByClient).Put(pair(1, 7), nil); err != nil {
			return err
		}
		return tx.Bucket(bPayments).Put(itob(7), legacy)
	})
	s := openMigrated(t, path, bPayments, 7, paymentV1)
	defer s.Close()
	one, err := s.ClientPayments(1) // through the client's index: nothing decoded yet
	if err != nil || len(one) != 1 {
		t.Fatalf("client's payments %+v %v", one, err)
	}
	var all []backend.Payment
	if err := s.Payments(func(p *backend.Payment) error { all = append(all, *p); return nil }); err != nil || len(all) != 1 {
		t.Fatalf("payments %+v %v", all, err)
	}
	for _, got := range []backend.Payment{one[0], all[0]} {
		if back, _ := json.Marshal(got); string(back) != string(legacy) {
			t.Fatalf("migrated payment differs:\n%s\n%s", legacy, back)
		}
	}
	var again backend.Payment
	if err := decodePayment(legacy, &again); err != nil || again.Reference != p.Reference {
		t.Fatalf("JSON record: %+v %v", again, err)
	}
}

func FuzzDecodePayment(f *testing.F) {
	p := backend.Payment{ID: 3, ClientID: 1, Amount: 100, Method: "transfer", Allocations: []backend.Allocation{{InvoiceID: 2, Amount: 100}}, CreatedAt: testNow}
	raw, _ := encodePayment(&p)
	f.Add(raw)
	f.Add([]byte{paymentV1})
	f.Add([]byte{paymentV1, 1, 1, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Add([]byte(`{"id":1,"allocations":[{"invoiceId":2,"amount":3}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var got backend.Payment
		if decodePayment(b, &got) == nil && len(b) > 0 && b[0] == paymentV1 {
			again, err := encodePayment(&got)
			if err != nil {
				return // a time MarshalBinary refuses is not ours to write
			}
			var back backend.Payment
			if err := decodePayment(again, &back); err != nil {
				t.Fatalf("re-encoded record unreadable: %v", err)
			}
			if a, b := fmt.Sprint(got.Allocations), fmt.Sprint(back.Allocations); a != b {
				t.Fatalf("allocations changed: %s → %s", a, b)
			}
		}
	})
}
