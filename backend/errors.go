package backend

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Error codes shared by every layer; the app's ErrorFormatter maps them for the UI, the CLI to exit codes.
const (
	EINVALID     = "EINVALID"
	ENOTFOUND    = "ENOTFOUND"
	ECONFLICT    = "ECONFLICT"
	EUNAVAILABLE = "EUNAVAILABLE"
	EINTERNAL    = "EINTERNAL"
)

// Error is a domain error whose Message a user can act on, in French.
type Error struct {
	Code    string
	Message string
	Fields  []FieldError // per-field problems of a form or a row
	Err     error        // the cause a caller may test with errors.Is (never shown)
}

// Unwrap gives the cause.
func (e *Error) Unwrap() error { return e.Err }

// FieldError names the field at fault (JSON name of the field) and why.
type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

func (e *Error) Error() string {
	if len(e.Fields) == 0 {
		return e.Message
	}
	parts := make([]string, len(e.Fields))
	for i, f := range e.Fields {
		parts[i] = f.Message
	}
	if e.Message == "" {
		return strings.Join(parts, " ; ")
	}
	return e.Message + " : " + strings.Join(parts, " ; ")
}

// Errorf builds a domain error with a code.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode is the code of err, EINTERNAL for anything that is not a domain error.
func ErrorCode(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	if err == nil {
		return ""
	}
	return EINTERNAL
}

// ErrorMessage is the user-facing message of err; internal errors get a generic one (their detail is logged).
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Error()
	}
	return "Une erreur interne est survenue. Le détail a été enregistré dans le journal."
}

// Problems collects field errors while validating.
type Problems []FieldError

func (p *Problems) Add(field, format string, args ...any) {
	*p = append(*p, FieldError{Field: field, Message: fmt.Sprintf(format, args...)})
}

// Err returns nil when nothing was collected, else an EINVALID error listing the fields.
func (p Problems) Err() error {
	if len(p) == 0 {
		return nil
	}
	return &Error{Code: EINVALID, Fields: p}
}

// UpperFirst capitalises a message's first letter, for a sentence built from a lower-case message
// (« le taux contractuel… » shown alone).
func UpperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
