package latefee

import "relance/backend"

// Day numbers (days since 1970-01-01) keep Compute in integer arithmetic: backend.Date's AddDays and DaysUntil go
// through time.Date, several times slower. The same helpers live in package calendar; they could move to backend.

func dayNumber(d backend.Date) int {
	y, m, dd := d.Year(), int(d.Month()), d.Day()
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12 // March = 0, so that the leap day ends the year
	doy := (153*mp+2)/5 + dd - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func fromDayNumber(z int) backend.Date {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return backend.Date(y*10000 + m*100 + d)
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

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
