// Package procbench holds the whole-process benchmarks (issue #17): the relance binary, built once, run as a
// process per iteration on a generated ledger, with its wall time and peak resident memory; and SQLite answering
// the same aging question on the same invoices. Only `make bench` runs them (go test -bench).
package procbench
