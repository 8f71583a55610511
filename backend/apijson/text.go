// Package apijson reads the JSON of the public APIs Relance asks (the State's directory of businesses, the BODACC)
// leniently: their fields change type and go null from one answer to the next, and one odd field must not make the
// whole answer unreadable.
package apijson

import (
	"bytes"
	"encoding/json"
	"strings"
)

// Text is a string field that tolerates null (empty), numbers and booleans (their text) and anything else (empty);
// strings are trimmed.
type Text string

func (t *Text) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*t = Text(strings.TrimSpace(s))
	case len(b) > 0 && (b[0] == '-' || (b[0] >= '0' && b[0] <= '9') || b[0] == 't' || b[0] == 'f'):
		*t = Text(b)
	default:
		*t = ""
	}
	return nil
}
