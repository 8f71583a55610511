package app

import (
	"testing"
	"time"
)

// « demain », « vendredi » count from the day the client wrote, unless its Date is missing or implausible.
func TestMessageDay(t *testing.T) {
	arrived := time.Date(2026, 12, 7, 8, 0, 0, 0, time.UTC) // a Monday morning
	tests := []struct {
		written time.Time
		want    string
	}{
		{time.Date(2026, 12, 4, 18, 30, 0, 0, time.UTC), "2026-12-04"}, // written Friday evening, arrived Monday
		{time.Time{}, "2026-12-07"},
		{time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC), "2026-12-07"},  // a clock in the future
		{time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC), "2026-12-07"}, // a year back: a wrong clock, or a resend
	}
	for _, tt := range tests {
		if got := messageDay(tt.written, arrived).String(); got != tt.want {
			t.Errorf("written %s: %s, want %s", tt.written, got, tt.want)
		}
	}
	if got := messageDay(time.Date(2026, 12, 4, 18, 30, 0, 0, time.UTC), time.Time{}).String(); got != "2026-12-04" {
		t.Errorf("no arrival time: %s", got)
	}
}
