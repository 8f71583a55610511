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

// fillEveryField gives every field of the struct v points to a value of its own (strings with accents and
// quotes, negative and large numbers, true flags, times in another zone, two elements in a slice of structs), and
// fails on a kind the codecs do not know, so that a field added to a stored type is filled here too.
func fillEveryField(t *testing.T, v reflect.Value, seed int) {
	t.Helper()
	for i := 0; i < v.NumField(); i++ {
		f, name, n := v.Field(i), v.Type().Field(i).Name, seed*100+i
		switch {
		case f.Kind() == reflect.String:
			f.SetString(fmt.Sprintf("« %s » n°%d \"é\"\n", name, n))
		case f.Kind() == reflect.Bool:
			f.SetBool(true)
		case f.Kind() == reflect.Int || f.Kind() == reflect.Int64:
			f.SetInt(-int64(1)<<40 - int64(n))
		case f.Kind() == reflect.Uint64:
			f.SetUint(1<<50 + uint64(n))
		case f.Type() == reflect.TypeOf(time.Time{}):
			f.Set(reflect.ValueOf(time.Date(2026, 3, 29, 1, 59, 58, 123456789+n, time.FixedZone("", 3600))))
		case f.Kind() == reflect.Struct:
			fillEveryField(t, f, n)
		case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.Struct:
			s := reflect.MakeSlice(f.Type(), 2, 2)
			fillEveryField(t, s.Index(0), n)
			fillEveryField(t, s.Index(1), n+1)
			f.Set(s)
		default:
			t.Fatalf("field %s of type %s: teach the binary codec to write it", name, f.Type())
		}
	}
}

func TestClientCodecCoversEveryField(t *testing.T) {
	for typ, want := range map[reflect.Type]int{reflect.TypeOf(backend.Client{}): clientFields,
		reflect.TypeOf(backend.Address{}): addressFields, reflect.TypeOf(backend.Contact{}): contactFields} {
		if n := typ.NumField(); n != want {
			t.Fatalf("%s has %d fields, the binary form writes %d: add the new field to clientcodec.go (at the end)", typ, n, want)
		}
	}
	var full backend.Client
	fillEveryField(t, reflect.ValueOf(&full).Elem(), 1)
	someFlags := backend.Client{ID: 4, Code: "C4", Name: "Menuiserie", Type: backend.Business, Language: "fr", Segment: "regular",
		Address: backend.Address{City: "Lyon", Country: "France"}, Contacts: []backend.Contact{{Email: "a@b.example", Billing: true}, {SMSConsent: true}},
		CreatedAt: testNow}
	checkCodec(t, []backend.Client{{}, full, someFlags}, encodeClient, decodeClient)
}

// A client an older Relance wrote as JSON reads the same, migration 14 rewrites it in the binary form, and every
// way of reading clients (by id, by code, all of them, the start-up projection) sees the same values.
func TestJSONClientsOfAnOlderRelance(t *testing.T) {
	var c backend.Client
	fillEveryField(t, reflect.ValueOf(&c).Elem(), 3)
	c.ID, c.Code = 7, "MEN"
	legacy, _ := json.Marshal(c)
	path := storeAtSchema(t, 13, func(tx *bolt.Tx) error {
		if err := tx.Bucket(bClientsByCode).Put([]byte("MEN"), itob(7)); err != nil {
			return err
		}
		return tx.Bucket(bClients).Put(itob(7), legacy)
	})
	s := openMigrated(t, path, bClients, 7, clientV1)
	defer s.Close()
	byID, err1 := s.Client(7)
	byCode, err2 := s.ClientByCode("MEN")
	all, err3 := s.Clients()
	if err1 != nil || err2 != nil || err3 != nil || len(all) != 1 {
		t.Fatalf("%v %v %v %d", err1, err2, err3, len(all))
	}
	for _, got := range []backend.Client{byID, byCode, all[0]} {
		if back, _ := json.Marshal(got); string(back) != string(legacy) {
			t.Fatalf("migrated client differs:\n%s\n%s", legacy, back)
		}
	}
	if o, err := s.Overview(); err != nil || o.Clients != 1 {
		t.Fatalf("projection %+v %v", o, err)
	}
}

func FuzzDecodeClient(f *testing.F) {
	c := backend.Client{ID: 3, Code: "C3", Name: "Alpha", Contacts: []backend.Contact{{Email: "a@b.example", Billing: true}}, CreatedAt: testNow}
	raw, _ := encodeClient(&c)
	f.Add(raw)
	f.Add([]byte{clientV1})
	f.Add([]byte(`{"id":1,"contacts":[{"email":"x@y.example"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var got backend.Client
		if decodeClient(b, &got) == nil && len(b) > 0 && b[0] == clientV1 {
			again, err := encodeClient(&got)
			if err != nil {
				return // a time MarshalBinary refuses is not ours to write
			}
			var back backend.Client
			if err := decodeClient(again, &back); err != nil {
				t.Fatalf("re-encoded record unreadable: %v", err)
			}
			if fmt.Sprint(back) != fmt.Sprint(got) {
				t.Fatalf("changed by a round trip:\n%v\n%v", got, back)
			}
		}
	})
}
