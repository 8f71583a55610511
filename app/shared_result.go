package app

import (
	"sync"

	"relance/backend"
)

// sharedResult lets readers of one computation over the store share it: a reader joins a computation started at
// the same store generation and date as its own would be, so what it gets is what it would have computed. With
// keep, the result also serves later readers until the store or the day changes (only for a computation that
// reads nothing but the store and the date).
type sharedResult[T any] struct {
	keep bool

	mu  sync.Mutex
	cur *sharedCall[T]
}

type sharedCall[T any] struct {
	gen  uint64
	day  backend.Date
	done chan struct{}
	v    T
	err  error
}

// get returns compute's result at (gen, day), computing it unless a matching computation is under way or kept.
func (s *sharedResult[T]) get(gen uint64, day backend.Date, compute func() (T, error)) (T, error) {
	s.mu.Lock()
	if c := s.cur; c != nil && c.gen == gen && c.day == day {
		s.mu.Unlock()
		<-c.done
		if c.err == nil || !s.keep {
			return c.v, c.err
		}
		s.mu.Lock() // a kept failure is not a result: compute again
	}
	c := &sharedCall[T]{gen: gen, day: day, done: make(chan struct{})}
	s.cur = c
	s.mu.Unlock()
	defer func() {
		close(c.done)
		s.mu.Lock()
		if s.cur == c && (!s.keep || c.err != nil) {
			s.cur = nil
		}
		s.mu.Unlock()
	}()
	c.v, c.err = compute()
	return c.v, c.err
}
