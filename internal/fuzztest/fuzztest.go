// Package fuzztest holds what the fuzz targets' packages share.
package fuzztest

import (
	"flag"
	"os"
	"testing"
)

// Minimize is how much shrinking an input may take, unless -fuzzminimizetime says otherwise: a number of runs.
//
// Go's fuzzer shrinks every new interesting input before going on, by trying to remove each subset of its
// bytes: O(n²) runs. For a mail or a bank statement of a few hundred bytes and a target that takes about a
// millisecond (parsing, then the classifier's regular expressions), that fills the default 60 s budget, and the
// worker fuzzes nothing meanwhile: a 60 s run of FuzzParseCAMT made 6 executions, FuzzParse stalled at 0/s.
// A count, not a duration: when a duration runs out, the coordinator kills the worker process and starts a new
// one (measured on FuzzParse, 30 s: 37 700 executions with 300x, 11 300 with 1s, 2 400 with 100ms). A crasher
// is kept shrunk this far; -fuzzminimizetime 60s shrinks it further when wanted.
const Minimize = "300x"

// Main runs the package's tests; when fuzzing without -fuzzminimizetime, it sets it to Minimize.
// Use it as: func TestMain(m *testing.M) { fuzztest.Main(m) }.
func Main(m *testing.M) {
	flag.Parse()
	if fuzz := flag.Lookup("test.fuzz"); fuzz != nil && fuzz.Value.String() != "" {
		given := false
		flag.Visit(func(f *flag.Flag) { given = given || f.Name == "test.fuzzminimizetime" })
		if !given {
			if err := flag.Set("test.fuzzminimizetime", Minimize); err != nil {
				panic(err) // the testing package renamed its flag: this helper must follow
			}
		}
	}
	os.Exit(m.Run())
}
