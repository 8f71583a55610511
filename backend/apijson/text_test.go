package apijson

import (
	"encoding/json"
	"testing"
)

func TestTextTakesWhatTheAPIsSend(t *testing.T) {
	var v struct {
		A, B, C, D, E, F Text
	}
	if err := json.Unmarshal([]byte(`{"A":" 833 310 592 ","B":833310592,"C":null,"D":true,"E":{"x":1},"F":[1]}`), &v); err != nil {
		t.Fatal(err)
	}
	if v.A != "833 310 592" || v.B != "833310592" || v.C != "" || v.D != "true" || v.E != "" || v.F != "" {
		t.Fatalf("%+v", v)
	}
}
