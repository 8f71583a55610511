package report

import (
	"strconv"

	"relance/backend"
)

// excluded reports whether an invoice is left out of every figure.
func excluded(inv *backend.Invoice) bool {
	return inv.Status == backend.StatusCancelled || inv.Status == backend.StatusWrittenOff
}

// monthIndex numbers months continuously: year*12 + month-1.
func monthIndex(d backend.Date) int { return int(d)/10000*12 + int(d)/100%100 - 1 }

// daysInMonth is the length of the month with index mi.
func daysInMonth(mi int) int {
	y, m := mi/12, mi%12+1
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// monthLabel renders a month index as "2026-11".
func monthLabel(mi int) string {
	y, m := mi/12, mi%12+1
	if y < 0 || y > 9999 {
		return strconv.Itoa(y) + "-" + strconv.Itoa(m)
	}
	b := [7]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10)}
	return string(b[:])
}

// addMonths moves a date by n months, keeping the day when it exists and the month's last day otherwise.
func addMonths(d backend.Date, n int) backend.Date {
	mi := monthIndex(d) + n
	day := min(d.Day(), daysInMonth(mi))
	return backend.Date((mi/12)*10000 + (mi%12+1)*100 + day)
}

// divRound is a/b rounded half up, for a ≥ 0, b > 0.
func divRound(a, b int64) int64 { return (2*a + b) / (2 * b) }

// idIndex maps record IDs to positions in a slice: a flat table when IDs are dense (store sequences, demo data),
// a map otherwise.
type idIndex struct {
	dense  []int32 // position+1, 0 = absent
	sparse map[uint64]int32
}

func indexIDs[T any](s []T, id func(*T) uint64) idIndex {
	var x idIndex
	x.grow(len(s))
	for i := range s {
		x.set(id(&s[i]), i, len(s))
	}
	return x
}

// grow prepares a flat table for n records.
func (x *idIndex) grow(n int) { x.dense = make([]int32, n+1) }

// set records that id is at position i of n records; the table stays flat while IDs stay below 4n+1024.
func (x *idIndex) set(id uint64, i, n int) {
	if x.dense != nil {
		if id < uint64(len(x.dense)) {
			x.dense[id] = int32(i + 1)
			return
		}
		if id <= uint64(4*n+1024) {
			x.dense = append(x.dense, make([]int32, int(id)+1-len(x.dense))...)
			x.dense[id] = int32(i + 1)
			return
		}
		x.sparse = make(map[uint64]int32, n)
		for k, v := range x.dense {
			if v != 0 {
				x.sparse[uint64(k)] = v
			}
		}
		x.dense = nil
	}
	x.sparse[id] = int32(i + 1)
}

// get returns the position of id, or -1.
func (x *idIndex) get(id uint64) int {
	if x.dense != nil {
		if id < uint64(len(x.dense)) {
			return int(x.dense[id]) - 1
		}
		return -1
	}
	return int(x.sparse[id]) - 1
}

func clientID(c *backend.Client) uint64 { return c.ID }

// add accumulates an amount into a total without ever wrapping around: a total too large for int64 stays at
// the limit (backend.Cents.Add) rather than turning negative.
func add(total *backend.Cents, v backend.Cents) {
	*total, _ = total.Add(v)
}
