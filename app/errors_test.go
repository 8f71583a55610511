package app

import (
	"encoding/json"
	"errors"
	"testing"

	"relance/backend"
)

func TestErrorFormatterSendsJSONWithFields(t *testing.T) {
	f := ErrorFormatter(nil)
	var got AppError
	err := &backend.Error{Code: backend.EINVALID, Fields: []backend.FieldError{{Field: "siren", Message: "SIREN invalide"}}}
	if e := json.Unmarshal([]byte(f(err).(string)), &got); e != nil {
		t.Fatal(e)
	}
	if got.Code != backend.EINVALID || len(got.Fields) != 1 || got.Fields[0].Field != "siren" {
		t.Fatalf("%+v", got)
	}
	_ = json.Unmarshal([]byte(f(errors.New("disk exploded: /secret/path")).(string)), &got)
	if got.Code != backend.EINTERNAL || got.Message == "disk exploded: /secret/path" {
		t.Fatalf("internal detail leaked: %+v", got)
	}
}
