package backend

import "strings"

// ReservedDomains lists, for people, the mail domains that never reach anyone (RFC 2606 and RFC 6761): the
// example.com, example.net and example.org domains and the .example, .test, .invalid and .localhost top-level
// domains, with everything under them. Demo data uses only these.
const ReservedDomains = "example.com, example.net, example.org, .example, .test, .invalid, .localhost"

var reservedSuffixes = []string{"example.com", "example.net", "example.org", "example", "test", "invalid", "localhost"}

// ReservedDomain reports whether domain is, or lies under, a name reserved for documentation and tests.
func ReservedDomain(domain string) bool {
	d := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(domain)), ".")
	if d == "" {
		return false
	}
	for _, r := range reservedSuffixes {
		if d == r || strings.HasSuffix(d, "."+r) {
			return true
		}
	}
	return false
}

// ReservedAddress reports whether the e-mail address (« Nom <a@b> » or a@b) is at a reserved domain.
func ReservedAddress(addr string) bool {
	a := strings.TrimSpace(addr)
	if i := strings.LastIndexByte(a, '<'); i >= 0 {
		a = strings.TrimSuffix(a[i+1:], ">")
	}
	at := strings.LastIndexByte(a, '@')
	if at <= 0 {
		return false
	}
	return ReservedDomain(a[at+1:])
}
