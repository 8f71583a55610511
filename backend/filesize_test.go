package backend

import "testing"

func TestSizeMBRoundsUp(t *testing.T) {
	for _, c := range []struct {
		n    int64
		want string
	}{{0, "0 Mo"}, {1, "1 Mo"}, {1 << 20, "1 Mo"}, {1<<20 + 1, "2 Mo"}, {3 << 20 / 2, "2 Mo"}, {50 << 20, "50 Mo"}} {
		if got := SizeMB(c.n); got != c.want {
			t.Errorf("SizeMB(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}
