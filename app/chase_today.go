package app

import (
	"sync"

	"relance/backend"
)

// todayFlight lets concurrent readers of the day's plan share one computation: at start-up the dashboard's counts
// and « Aujourd'hui » ask for it together, and on a large ledger it is the slowest thing the first screen waits
// for. A reader joins a computation only when it started at the same store generation and date as the reader's
// own would: what it gets is what it would have computed. Nothing is kept once the computation ends.
type todayFlight struct {
	mu  sync.Mutex
	cur *todayCall
}

type todayCall struct {
	gen  uint64
	day  backend.Date
	done chan struct{}
	v    TodayView
	err  error
}

// Today plans the day and sorts it for the « Aujourd'hui » page.
func (a *ChaseAPI) Today() (TodayView, error) {
	gen, day := a.env.Store.Generation(), backend.Today(a.env.Clock)
	f := &a.flight
	f.mu.Lock()
	if c := f.cur; c != nil && c.gen == gen && c.day == day {
		f.mu.Unlock()
		<-c.done
		return c.v, c.err
	}
	c := &todayCall{gen: gen, day: day, done: make(chan struct{})}
	f.cur = c
	f.mu.Unlock()
	defer func() {
		close(c.done)
		f.mu.Lock()
		if f.cur == c {
			f.cur = nil
		}
		f.mu.Unlock()
	}()
	c.v, c.err = a.computeToday()
	return c.v, c.err
}
