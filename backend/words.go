package backend

import "strconv"

// CountFR writes a count with its noun, singular for 0 and 1 as French does (« 0 e-mail envoyé », « 2 e-mails
// envoyés »).
func CountFR(n int, one, many string) string {
	if n <= 1 && n >= -1 {
		return strconv.Itoa(n) + " " + one
	}
	return strconv.Itoa(n) + " " + many
}
