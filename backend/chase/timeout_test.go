package chase

import (
	"testing"
	"time"
)

func TestSecondsInFrench(t *testing.T) {
	for d, want := range map[time.Duration]string{60 * time.Second: "60 s", 100 * time.Millisecond: "0,1 s", 1500 * time.Millisecond: "1,5 s"} {
		if got := seconds(d); got != want {
			t.Errorf("%v: %q, want %q", d, got, want)
		}
	}
}
