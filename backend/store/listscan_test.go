package store

import (
	"encoding/json"
	"testing"

	"relance/backend"
	"relance/backend/demo"
)

// The scanner must read exactly what encoding/json reads, on every generated invoice and on odd hand-written ones.
func TestScanListedMatchesEncodingJSON(t *testing.T) {
	d := demo.Generate(demo.Options{Clients: 200, Invoices: 3000, Seed: 3, Today: backend.MustDate("2026-11-23")})
	inputs := [][]byte{
		[]byte(`{"id":7,"number":"F \"guillemets\" \u00e9","clientId":2,"notes":{"a":[1,{"b":"}"}]},"issueDate":"2026-01-02","dueDate":"","amountInclTax":-5,"amountPaid":0,"status":"paid","orderReference":"BC-1"}`),
		[]byte(` { "id" : 1 , "number" : "x" } `),
		[]byte(`{"id":"not a number"}`),
		[]byte(`{"id":1,`),
	}
	for i := range d.Invoices {
		inv := d.Invoices[i]
		inv.Notes = "Remise \"spéciale\", {voir} [contrat]\n"
		raw, _ := json.Marshal(inv)
		inputs = append(inputs, raw)
	}
	for _, raw := range inputs {
		var want, got listedInvoice
		wantErr := json.Unmarshal(raw, &want)
		gotErr := decodeListed(raw, &got)
		if (wantErr == nil) != (gotErr == nil) || want != got {
			t.Fatalf("%s\nscanner %+v (%v)\njson    %+v (%v)", raw, got, gotErr, want, wantErr)
		}
	}
}

func FuzzScanListed(f *testing.F) {
	f.Add([]byte(`{"id":7,"number":"F-1","clientId":2,"issueDate":"2026-01-02","amountInclTax":5,"status":"paid"}`))
	f.Add([]byte(`{"notes":"\"}","id":1}`))
	f.Add([]byte("{\"number\":\"\xbb\"}")) // an invalid byte: encoding/json gives U+FFFD
	f.Fuzz(func(t *testing.T, raw []byte) {
		var got, want listedInvoice
		if scanListed(raw, &got) && json.Unmarshal(raw, &want) == nil && got != want {
			t.Fatalf("%q: scanner %+v, json %+v", raw, got, want)
		}
	})
}
