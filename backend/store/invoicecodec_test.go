package store

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// everyFieldSet is an invoice whose every field holds a value of its own (strings with accents and quotes, negative
// and large amounts, times in another zone), built by reflection so that a field added to backend.Invoice is
// filled too.
func everyFieldSet(t *testing.T) backend.Invoice {
	t.Helper()
	var inv backend.Invoice
	v := reflect.ValueOf(&inv).Elem()
	paris := time.FixedZone("", 3600)
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.String:
			f.SetString(fmt.Sprintf("« %s » n°%d \"é\"\n", v.Type().Field(i).Name, i))
		case reflect.Int32: // a Date
			f.SetInt(int64(backend.NewDate(2026, time.Month(1+i%12), 1+i)))
		case reflect.Int64:
			f.SetInt(-int64(1)<<40 - int64(i))
		case reflect.Uint64:
			f.SetUint(1<<50 + uint64(i))
		case reflect.Struct:
			if f.Type() != reflect.TypeOf(time.Time{}) {
				t.Fatalf("field %s: a struct the codec does not know", v.Type().Field(i).Name)
			}
			f.Set(reflect.ValueOf(time.Date(2026, 3, 29, 1, 59, 58, 123456789+i, paris)))
		default:
			t.Fatalf("field %s of kind %s: teach invoicecodec.go to write it", v.Type().Field(i).Name, f.Kind())
		}
	}
	return inv
}

func TestInvoiceCodecCoversEveryField(t *testing.T) {
	if n := reflect.TypeOf(backend.Invoice{}).NumField(); n != invoiceFields {
		t.Fatalf("backend.Invoice has %d fields, the binary form writes %d: add the new field to invoicecodec.go (at the end)", n, invoiceFields)
	}
	checkCodec(t, []backend.Invoice{{}, everyFieldSet(t), {ID: 1, Number: "F-1", Status: backend.StatusOpen, CreatedAt: testNow}}, encodeInvoice, decodeInvoice)
}

// An invoice an older Relance wrote as JSON reads the same, and migration 12 rewrites it in the binary form.
func TestJSONInvoicesOfAnOlderRelance(t *testing.T) {
	inv := everyFieldSet(t)
	inv.ID, inv.ClientID, inv.Number, inv.Status = 7, 1, "F-2024-0007", backend.StatusOpen
	legacy, _ := json.Marshal(inv)
	path := storeAtSchema(t, 11, func(tx *bolt.Tx) error {
		c, _ := json.Marshal(backend.Client{ID: 1, Code: "MEN", Name: "Menuiserie"})
		if err := tx.Bucket(bClients).Put(itob(1), c); err != nil {
			return err
		}
		if err := tx.Bucket(bClientsByCode).Put([]byte("MEN"), itob(1)); err != nil {
			return err
		}
		if err := tx.Bucket(bInvoicesByNumber).Put([]byte(inv.Number), itob(7)); err != nil {
			return err
		}
		if err := tx.Bucket(bInvoicesByClient).Put(pair(1, 7), nil); err != nil {
			return err
		}
		return tx.Bucket(bInvoices).Put(itob(7), legacy)
	})
	s := openMigrated(t, path, bInvoices, 7, invoiceV1)
	defer s.Close()
	got, err := s.Invoice(7)
	if err != nil {
		t.Fatal(err)
	}
	if back, _ := json.Marshal(got); string(back) != string(legacy) {
		t.Fatalf("migrated invoice differs:\n%s\n%s", legacy, back)
	}
	list, err := s.ListInvoices(backend.InvoiceQuery{})
	if err != nil || len(list.Rows) != 1 || list.Rows[0].Number != inv.Number {
		t.Fatalf("list after migration: %+v %v", list, err)
	}
	// A JSON record written by a test or found in an older backup still reads (decodeInvoice takes both).
	var again backend.Invoice
	if err := decodeInvoice(legacy, &again); err != nil || again.Number != inv.Number || !strings.HasPrefix(string(legacy), "{") {
		t.Fatalf("JSON record: %+v %v", again, err)
	}
}

func FuzzDecodeInvoice(f *testing.F) {
	inv := backend.Invoice{ID: 3, Number: "F-3", Notes: "note", CreatedAt: testNow}
	raw, _ := encodeInvoice(&inv)
	f.Add(raw)
	f.Add([]byte{invoiceV1})
	f.Add([]byte(`{"id":1}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var got backend.Invoice
		if decodeInvoice(b, &got) == nil && len(b) > 0 && b[0] == invoiceV1 {
			again, err := encodeInvoice(&got)
			if err != nil {
				return // a time MarshalBinary refuses (an offset it cannot write) is not ours to write
			}
			var back backend.Invoice
			if err := decodeInvoice(again, &back); err != nil {
				t.Fatalf("re-encoded record unreadable: %v", err)
			}
		}
	})
}

// The child process: opens the store named by the environment, which runs migrations 12 to 14, then idles.
func TestHelperMigrateProcess(t *testing.T) {
	path := os.Getenv("RELANCE_MIGRATE_TEST_STORE")
	if path == "" {
		t.Skip("run only as the child of TestKillDuringMigration")
	}
	_ = os.WriteFile(filepath.Join(filepath.Dir(path), "opening"), nil, 0o600)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	_ = os.WriteFile(filepath.Join(filepath.Dir(path), "done"), nil, 0o600)
	time.Sleep(time.Minute)
}

// A process killed with SIGKILL while migrations 12 to 14 rewrite a store of schema 11 (JSON invoices, payments and
// clients) leaves it at a schema boundary, never half of one: schema 11 untouched, 12 with every invoice rewritten and
// no payment, or 13 and later with both; whichever, it opens and every invoice and payment reads as it was written.
func TestKillDuringMigration(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	const n, np = 60000, 30000
	legacy := make([][]byte, n)
	legacyPay := make([][]byte, np)
	for i := range legacyPay {
		p := backend.Payment{ID: uint64(i + 1), ClientID: 1, Date: backend.MustDate("2026-02-10"), Amount: backend.Cents(1000 + i), Method: "virement",
			Reference: fmt.Sprintf("VIR %06d", i+1), Allocations: []backend.Allocation{{InvoiceID: uint64(i + 1), Amount: backend.Cents(1000 + i)}}, CreatedAt: testNow}
		legacyPay[i], _ = json.Marshal(p)
	}
	for i := range legacy {
		inv := backend.Invoice{ID: uint64(i + 1), Number: fmt.Sprintf("F-%06d", i+1), ClientID: 1, IssueDate: backend.MustDate("2026-01-05"),
			DueDate: backend.MustDate("2026-02-04"), AmountInclTax: backend.Cents(1000 + i), Currency: "EUR", Status: backend.StatusOpen,
			Notes: "écrite par la version précédente", CreatedAt: testNow, UpdatedAt: testNow}
		legacy[i], _ = json.Marshal(inv)
	}
	sawHalfway := false
	for round, delay := range []time.Duration{0, 100 * time.Millisecond, 300 * time.Millisecond, 500 * time.Millisecond, 800 * time.Millisecond, -1} {
		path := storeAtSchema(t, 11, func(tx *bolt.Tx) error {
			c, _ := json.Marshal(backend.Client{ID: 1, Code: "MEN", Name: "Menuiserie"})
			if err := tx.Bucket(bClients).Put(itob(1), c); err != nil {
				return err
			}
			if err := tx.Bucket(bClientsByCode).Put([]byte("MEN"), itob(1)); err != nil {
				return err
			}
			b := tx.Bucket(bInvoices)
			b.FillPercent = 1
			for i, raw := range legacy {
				if err := b.Put(itob(uint64(i+1)), raw); err != nil {
					return err
				}
			}
			pb := tx.Bucket(bPayments)
			pb.FillPercent = 1
			for i, raw := range legacyPay {
				if err := pb.Put(itob(uint64(i+1)), raw); err != nil {
					return err
				}
				if err := tx.Bucket(bPaymentsByClient).Put(pair(1, uint64(i+1)), nil); err != nil {
					return err
				}
			}
			return nil
		})
		dir := filepath.Dir(path)
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperMigrateProcess$")
		cmd.Env = append(os.Environ(), "RELANCE_MIGRATE_TEST_STORE="+path)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(60 * time.Second)
		wait := func(name string) {
			for time.Now().Before(deadline) {
				if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
					return
				}
				time.Sleep(2 * time.Millisecond)
			}
		}
		wait("opening")
		if delay < 0 {
			wait("done")
		}
		time.Sleep(max(delay, 0))
		_ = cmd.Process.Kill()
		_ = cmd.Wait()

		// What the kill left, read without migrating: the previous schema untouched, or the new one whole.
		db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: 5 * time.Second})
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		var schema uint64
		binaryRecords, binaryPayments := 0, 0
		_ = db.View(func(tx *bolt.Tx) error {
			schema = version(tx)
			_ = tx.Bucket(bPayments).ForEach(func(_, v []byte) error {
				if len(v) > 0 && v[0] == paymentV1 {
					binaryPayments++
				}
				return nil
			})
			return tx.Bucket(bInvoices).ForEach(func(_, v []byte) error {
				if len(v) > 0 && v[0] == invoiceV1 {
					binaryRecords++
				}
				return nil
			})
		})
		db.Close()
		switch {
		case schema == 11 && binaryRecords == 0 && binaryPayments == 0:
			sawHalfway = sawHalfway || delay >= 0
		case schema == 12 && binaryRecords == n && binaryPayments == 0:
			sawHalfway = sawHalfway || delay >= 0
		case schema >= 13 && binaryRecords == n && binaryPayments == np: // 14: its one client rewritten too
		default:
			t.Fatalf("round %d: schema %d with %d of %d invoices and %d of %d payments rewritten: half a migration", round, schema,
				binaryRecords, n, binaryPayments, np)
		}
		if delay < 0 && schema != SchemaVersion {
			t.Fatalf("round %d: the migration never finished", round)
		}

		s, err := Open(path, Options{Clock: backend.FixedClock(testNow)})
		if err != nil {
			t.Fatalf("round %d: store does not open after SIGKILL: %v", round, err)
		}
		for _, id := range []uint64{1, n / 2, n} {
			inv, err := s.Invoice(id)
			back, _ := json.Marshal(inv)
			if err != nil || string(back) != string(legacy[id-1]) {
				s.Close()
				t.Fatalf("round %d: invoice %d after the kill: %v\n%s\n%s", round, id, err, back, legacy[id-1])
			}
		}
		pays, err := s.ClientPayments(1)
		if err != nil || len(pays) != np {
			s.Close()
			t.Fatalf("round %d: %d payments after the kill: %v", round, len(pays), err)
		}
		for _, i := range []int{0, np / 2, np - 1} {
			if back, _ := json.Marshal(pays[i]); string(back) != string(legacyPay[i]) {
				s.Close()
				t.Fatalf("round %d: payment %d after the kill:\n%s\n%s", round, i+1, back, legacyPay[i])
			}
		}
		o, err := s.Overview()
		s.Close()
		if err != nil || o.Invoices != n {
			t.Fatalf("round %d: overview %+v %v", round, o, err)
		}
		t.Logf("round %d: killed after %v: schema %d, %d invoices and %d payments rewritten", round, delay, schema, binaryRecords, binaryPayments)
	}
	if !sawHalfway {
		t.Log("no kill landed during the migration on this machine (it ran too fast); the invariants held in every round")
	}
}

// checkCodec checks a binary codec on values: each reads back as written (compared as JSON), every strict prefix of
// its record is refused (never read as a shorter record), and so is a record with trailing bytes.
func checkCodec[T any](t *testing.T, values []T, encode func(*T) ([]byte, error), decode func([]byte, *T) error) {
	t.Helper()
	for _, v := range values {
		raw, err := encode(&v)
		if err != nil {
			t.Fatal(err)
		}
		var got T
		if err := decode(raw, &got); err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(v)
		back, _ := json.Marshal(got)
		if string(want) != string(back) {
			t.Errorf("round trip changed the record:\n%s\n%s", want, back)
		}
		for i := 1; i < len(raw); i++ {
			if err := decode(raw[:i], &got); err == nil {
				t.Fatalf("a record cut at %d of %d bytes was accepted", i, len(raw))
			}
		}
		if err := decode(append(raw, 0), &got); err == nil {
			t.Fatal("a record with trailing bytes was accepted")
		}
	}
}

// openMigrated opens a store written by an older schema (which migrates it) and checks that the record at id of
// bucket is now stored in the binary form tagged tag.
func openMigrated(t *testing.T, path string, bucket []byte, id uint64, tag byte) *Store {
	t.Helper()
	s, err := Open(path, Options{Clock: backend.FixedClock(testNow)})
	if err != nil {
		t.Fatal(err)
	}
	var raw []byte
	_ = s.read(func(tx *bolt.Tx) error { raw = append(raw, tx.Bucket(bucket).Get(itob(id))...); return nil })
	if len(raw) == 0 || raw[0] != tag {
		s.Close()
		t.Fatalf("after migration %s/%d is still stored as %q", bucket, id, raw[:min(len(raw), 20)])
	}
	return s
}
