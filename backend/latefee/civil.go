package latefee

import "relance/backend"

// Compute steps through dates as day numbers (days since 1970-01-01), in integer arithmetic.

func dayNumber(d backend.Date) int { return d.DayNumber() }

func fromDayNumber(z int) backend.Date { return backend.DateFromDayNumber(z) }
func isLeap(y int) bool                { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysInMonth(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// addMonths moves d by n months; a day missing from the target month becomes its last day, the way a délai in
// months expires (CPC 641: 31 December + 2 months → 28 or 29 February).
func addMonths(d backend.Date, n int) backend.Date {
	m0 := d.Year()*12 + int(d.Month()) - 1 + n
	y, m := m0/12, m0%12+1
	day := min(d.Day(), daysInMonth(y, m))
	return backend.Date(y*10000 + m*100 + day)
}
