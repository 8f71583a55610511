package bank

import (
	"testing"

	"relance/internal/fuzztest"
)

// TestMain keeps `go test -fuzz` fuzzing rather than shrinking inputs (see fuzztest.Minimize).
func TestMain(m *testing.M) { fuzztest.Main(m) }
