package inbox

import "testing"

// The rules and the other expressions are compiled on first use: each must compile (a wrong one would panic while reading a reply) and
// keep its prefilter.
func TestPatternsCompile(t *testing.T) {
	if len(patterns) < 100 {
		t.Fatalf("%d patterns registered: compile no longer registers them", len(patterns))
	}
	withTriggers := 0
	for _, p := range patterns {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s : %v", p.expr, r)
				}
			}()
			p.mayMatch("")
			if p.re == nil {
				t.Errorf("%s : not compiled by its first use", p.expr)
			}
			if p.any != nil {
				withTriggers++
			}
		}()
	}
	if withTriggers < len(patterns)/2 {
		t.Errorf("only %d of %d patterns have a prefilter", withTriggers, len(patterns))
	}
	if len(regexps) < 40 {
		t.Fatalf("%d regexps registered: lazyRE no longer registers them", len(regexps))
	}
	for i, re := range regexps {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("regexp %d : %v", i, r)
				}
			}()
			re()
		}()
	}
}
