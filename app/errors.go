package app

import (
	"encoding/json"
	"log/slog"

	"relance/backend"
)

// AppError is what the UI receives when a bound method fails.
type AppError struct {
	Code    string               `json:"code"`
	Message string               `json:"message"`
	Fields  []backend.FieldError `json:"fields,omitempty"`
}

// ErrorFormatter is the one place errors are mapped for the UI; internal errors are logged with their detail
// and shown generically. The AppError travels as a JSON string: some Wails transports wrap a rejected value in a
// JS Error, which would turn an object into "[object Object]"; a string survives every one of them.
func ErrorFormatter(log *slog.Logger) func(error) any {
	return func(err error) any {
		b, _ := json.Marshal(toAppError(log, err))
		return string(b)
	}
}

func toAppError(log *slog.Logger, err error) AppError {
	code := backend.ErrorCode(err)
	if code == backend.EINTERNAL && log != nil {
		log.Error("internal error", "err", err)
	}
	out := AppError{Code: code, Message: backend.ErrorMessage(err)}
	if e, ok := err.(*backend.Error); ok {
		out.Fields = e.Fields
	}
	return out
}
