package backend

import "testing"

func TestReservedAddress(t *testing.T) {
	for addr, want := range map[string]bool{
		"contact@example.com":              true,
		"a.b@mail.example.org":             true,
		"compta@atelier-demo.example":      true,
		"x@fai.test":                       true,
		"X@Webmail.TEST.":                  true,
		"Marc <m@lefevre.example>":         true,
		"nobody@host.invalid":              true,
		"root@localhost":                   true,
		"jean.dupont@gmail.com":            false,
		"compta@lefevre.fr":                false,
		"contact@example.fr":               false, // not reserved: a real French registration
		"x@example.com.attacker.fr":        false,
		"x@notexample.com":                 false,
		"x@test.fr":                        false,
		"x@mytest":                         false,
		"Marc <m@lefevre.fr>":              false,
		"no-at-sign.example":               false,
		"@example.com":                     false,
		"":                                 false,
		"a@":                               false,
		"m@lefevre.fr <m@lefevre.example>": true, // the address is what is inside the angle brackets
	} {
		if got := ReservedAddress(addr); got != want {
			t.Errorf("ReservedAddress(%q) = %v, want %v", addr, got, want)
		}
	}
}
