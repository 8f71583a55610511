package store

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// jsonLedgerAtSchema11 is a store as the release before the binary forms left it: n JSON invoices and as many JSON
// payments of one client.
func jsonLedgerAtSchema11(t *testing.T, n int) string {
	t.Helper()
	return storeAtSchema(t, 11, func(tx *bolt.Tx) error {
		c, _ := json.Marshal(backend.Client{ID: 1, Code: "MEN", Name: "Menuiserie"})
		if err := tx.Bucket(bClients).Put(itob(1), c); err != nil {
			return err
		}
		if err := tx.Bucket(bClientsByCode).Put([]byte("MEN"), itob(1)); err != nil {
			return err
		}
		for i := 1; i <= n; i++ {
			inv, _ := json.Marshal(backend.Invoice{ID: uint64(i), Number: fmt.Sprintf("F-%06d", i), ClientID: 1, IssueDate: backend.MustDate("2026-01-05"),
				DueDate: backend.MustDate("2026-02-04"), AmountInclTax: 1200, AmountPaid: 1200, Currency: "EUR", Status: backend.StatusPaid, CreatedAt: testNow, UpdatedAt: testNow})
			pay, _ := json.Marshal(backend.Payment{ID: uint64(i), ClientID: 1, Date: backend.MustDate("2026-02-01"), Amount: 1200, Method: "virement",
				Allocations: []backend.Allocation{{InvoiceID: uint64(i), Amount: 1200}}, CreatedAt: testNow})
			for _, kv := range []struct {
				b    []byte
				k, v []byte
			}{{bInvoices, itob(uint64(i)), inv}, {bInvoicesByNumber, []byte(fmt.Sprintf("F-%06d", i)), itob(uint64(i))},
				{bInvoicesByClient, pair(1, uint64(i)), nil}, {bPayments, itob(uint64(i)), pay}, {bPaymentsByClient, pair(1, uint64(i)), nil}} {
				if err := tx.Bucket(kv.b).Put(kv.k, kv.v); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

func fileSize(t *testing.T, path string) int64 {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return st.Size()
}

// A store whose records a migration rewrote is compacted once: the file ends smaller than the JSON one it was (not
// larger, as bbolt alone leaves it), no copy is left beside it, and every record reads.
func TestStoreCompactedAfterRewritingMigrations(t *testing.T) {
	const n = 20000
	path := jsonLedgerAtSchema11(t, n)
	before := fileSize(t, path)
	s, err := Open(path, Options{Clock: backend.FixedClock(testNow)})
	if err != nil {
		t.Fatal(err)
	}
	after := fileSize(t, path)
	if after >= before {
		t.Errorf("store of %d bytes before migrating, %d after: not compacted", before, after)
	}
	if _, err := os.Stat(path + compactSuffix); !os.IsNotExist(err) {
		t.Errorf("compacted copy left beside the store: %v", err)
	}
	o, err := s.Overview()
	if err != nil || o.Invoices != n {
		t.Fatalf("overview %+v %v", o, err)
	}
	pays, err := s.AllPayments()
	if err != nil || len(pays) != n || pays[n-1].Allocations[0].InvoiceID != n {
		t.Fatalf("%d payments %v", len(pays), err)
	}
	// Still writable, and the next opening (nothing to migrate) does not compact again.
	if _, err := s.Invoice(n / 2); err != nil {
		t.Fatal(err)
	}
	mustClient(t, s, "C2", "Beta")
	s.Close()
	grown := fileSize(t, path)
	s, err = Open(path, Options{Clock: backend.FixedClock(testNow)})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if fileSize(t, path) != grown {
		t.Errorf("an opening with nothing to migrate rewrote the file (%d → %d bytes)", grown, fileSize(t, path))
	}
	t.Logf("%d invoices and payments: %d bytes as JSON, %d migrated and compacted", n, before, after)
}

// When the compacted copy cannot be written (here its name is taken by a folder, as a full disk would stop it), the
// migrated store stays as it is and opens.
func TestCompactionFailureKeepsTheStore(t *testing.T) {
	path := jsonLedgerAtSchema11(t, 500)
	if err := os.Mkdir(path+compactSuffix, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path+compactSuffix+"/keep", nil, 0o600); err != nil { // a folder os.Remove cannot take
		t.Fatal(err)
	}
	s, err := Open(path, Options{Clock: backend.FixedClock(testNow)})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if o, err := s.Overview(); err != nil || o.Invoices != 500 {
		t.Fatalf("overview %+v %v", o, err)
	}
	if inv, err := s.Invoice(250); err != nil || inv.Number != "F-000250" {
		t.Fatalf("%+v %v", inv, err)
	}
}
