// Package fuzztest holds what the fuzz targets' packages share.
package fuzztest

import (
	"flag"
	"os"
	"testing"
	"time"
)

// MinimizeTime is how long the fuzzer spends shrinking an input, unless -fuzzminimizetime says otherwise.
//
// Go's fuzzer shrinks every new interesting input before going on, by trying to remove each subset of its
// bytes: O(n²) runs. For a mail or a bank statement of a few hundred bytes and a target that takes about a
// millisecond (parsing, then the classifier's regular expressions), that fills the default 60 s budget, and the
// worker fuzzes nothing meanwhile: a 60 s run of FuzzParseCAMT made 6 executions, FuzzParse stalled at 0/s.
// A crasher found this way is kept as it is; -fuzzminimizetime 60s shrinks it further when wanted.
const MinimizeTime = time.Second

// Main runs the package's tests; when fuzzing without -fuzzminimizetime, it sets it to MinimizeTime.
// Use it as: func TestMain(m *testing.M) { fuzztest.Main(m) }.
func Main(m *testing.M) {
	flag.Parse()
	if fuzz := flag.Lookup("test.fuzz"); fuzz != nil && fuzz.Value.String() != "" {
		given := false
		flag.Visit(func(f *flag.Flag) { given = given || f.Name == "test.fuzzminimizetime" })
		if !given {
			if err := flag.Set("test.fuzzminimizetime", MinimizeTime.String()); err != nil {
				panic(err) // the testing package renamed its flag: this helper must follow
			}
		}
	}
	os.Exit(m.Run())
}
