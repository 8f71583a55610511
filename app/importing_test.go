package app

import (
	"context"
	"encoding/base64"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"relance/app/desktop"
	"relance/backend/service"

	"relance/backend"
	"relance/backend/importer"
	"relance/backend/store"
)

func testEnv(t *testing.T) *Env {
	t.Helper()
	dir := t.TempDir()
	clock := backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))
	st, err := store.Open(filepath.Join(dir, store.FileName), store.Options{Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return &Env{Deps: service.Deps{Store: st, Clock: clock, Emitter: NopEmitter{}}, Dirs: desktop.ResolveDirs(dir)}
}

func importCSV(t *testing.T, env *Env, kind importer.Kind, csv string, mapping importer.Mapping, skip bool) ImportResult {
	t.Helper()
	tab, err := importer.Decode("test.csv", []byte(csv))
	if err != nil {
		t.Fatal(err)
	}
	if mapping == nil {
		mapping = importer.Suggest(kind, tab.Headers)
	}
	res, err := RunImport(context.Background(), env.Store, ImportJob{Kind: kind, Table: tab, Mapping: mapping, SkipInvalid: skip}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestImportWithUnmappedFieldsAsMinusOne(t *testing.T) {
	env := testEnv(t)
	m := importer.Mapping{"client_code": 0, "name": 1, "type": -1, "siren": -1, "email": -1, "siret": -1, "segment": -1}
	res := importCSV(t, env, importer.Clients, "client_code,name\nBOUL01,Boulangerie\n", m, false)
	if !res.Written || res.Created != 1 {
		t.Fatalf("%+v", res)
	}
}

func TestImportBadRowWritesNothingAndNamesIt(t *testing.T) {
	env := testEnv(t)
	importCSV(t, env, importer.Clients, "client_code,name\nBOUL01,Boulangerie\n", nil, false)
	csv := "N° facture;Code client;Date;Échéance;Montant HT;TVA;Montant TTC\n" +
		"F-1;BOUL01;01/10/2026;31/10/2026;100,00;20,00;120,00\n" +
		"F-2;BOUL01;01/10/2026;31/02/2026;100,00;20,00;120,00\n" +
		"F-3;INCONNU;01/10/2026;31/10/2026;100,00;20,00;120,00\n"
	res := importCSV(t, env, importer.Invoices, csv, nil, false)
	if res.Written || res.Invalid != 2 || res.Errors[0].Line != 3 || res.Errors[0].Column != "Échéance" ||
		res.Errors[1].Line != 4 || !strings.Contains(res.Errors[1].Message, "INCONNU") {
		t.Fatalf("%+v", res)
	}
	if o, _ := env.Store.Overview(); o.Invoices != 0 {
		t.Fatalf("written: %+v", o)
	}
	res = importCSV(t, env, importer.Invoices, csv, nil, true)
	if !res.Written || res.Created != 1 || res.Invalid != 2 {
		t.Fatalf("skip invalid: %+v", res)
	}
}

func TestRecordPaymentAndAttachPDF(t *testing.T) {
	env := testEnv(t)
	importCSV(t, env, importer.Clients, "client_code,name\nC1,Alpha\n", nil, false)
	importCSV(t, env, importer.Invoices, "number,client_code,issue_date,due_date,amount_incl_tax\nF-1,C1,2026-09-01,2026-10-01,1000.00\n", nil, false)
	api := &InvoicesAPI{env: env}
	inv, _ := env.Store.InvoiceByNumber("F-1")
	if _, err := api.RecordPayment(PaymentRequest{InvoiceID: inv.ID, Date: "2030-01-01", Amount: 100}); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("future payment accepted: %v", err)
	}
	v, err := api.RecordPayment(PaymentRequest{InvoiceID: inv.ID, Date: "20/11/2026", Amount: 40000, Method: "virement", Reference: "VIR 1"})
	if err != nil || v.Remaining != 60000 || v.Invoice.Status != backend.StatusPartiallyPaid || len(v.Payments) != 1 || !v.Penalty.Applicable {
		t.Fatalf("%+v %v", v, err)
	}
	v, err = api.RecordPayment(PaymentRequest{InvoiceID: inv.ID, Date: "21/11/2026", Amount: 70000})
	if err != nil || v.Remaining != 0 || v.Invoice.Status != backend.StatusPaid {
		t.Fatalf("overpayment: %+v %v", v, err)
	}
	if _, err := api.AttachPDF(inv.ID, "f.pdf", base64.StdEncoding.EncodeToString([]byte("not a pdf"))); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("non-PDF accepted: %v", err)
	}
	v, err = api.AttachPDF(inv.ID, "f.pdf", base64.StdEncoding.EncodeToString([]byte("%PDF-1.4 facture")))
	if err != nil || !strings.HasPrefix(v.Invoice.AttachmentPath, "attachments/F-1-") {
		t.Fatalf("%+v %v", v.Invoice, err)
	}
}
