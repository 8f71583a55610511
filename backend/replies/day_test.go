package replies

import (
	"testing"
	"time"

	"relance/backend/inbox"
)

// « demain », « vendredi » count from the day the client wrote, unless its Date is missing or implausible.
func TestMessageDay(t *testing.T) {
	arrived := time.Date(2026, 12, 7, 8, 0, 0, 0, time.UTC) // a Monday morning
	written := func(date string) inbox.Message {
		m, err := inbox.Parse([]byte("From: a@b.example\r\nDate: " + date + "\r\nSubject: x\r\n\r\nok\r\n"))
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	tests := []struct {
		m    inbox.Message
		want string
	}{
		{written("Fri, 04 Dec 2026 18:30:00 +0000"), "2026-12-04"}, // written Friday evening, arrived Monday
		{inbox.Message{}, "2026-12-07"},
		{written("Mon, 01 Mar 2027 00:00:00 +0000"), "2026-12-07"}, // a clock in the future
		{written("Mon, 01 Dec 2025 00:00:00 +0000"), "2026-12-07"}, // a year back: a wrong clock, or a resend
		// Sunday 21:00 in Montréal is Monday 03:00 in Paris: the client's « demain » is Monday, their own day is Sunday.
		{written("Sun, 06 Dec 2026 21:00:00 -0500"), "2026-12-06"},
		// Monday 00:30 in Tokyo is Sunday in Paris: the client's day is Monday.
		{written("Mon, 07 Dec 2026 00:30:00 +0900"), "2026-12-07"},
	}
	for _, tt := range tests {
		if got := messageDay(tt.m, arrived).String(); got != tt.want {
			t.Errorf("written %s: %s, want %s", tt.m.Date, got, tt.want)
		}
	}
	if got := messageDay(written("Fri, 04 Dec 2026 18:30:00 +0000"), time.Time{}).String(); got != "2026-12-04" {
		t.Errorf("no arrival time: %s", got)
	}
}
