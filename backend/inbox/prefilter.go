package inbox

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
)

// pattern is a regular expression with a cheap necessary condition: the literal strings one of which any match
// must contain. The rules are a hundred large alternations that Go's linear-time engine runs at some tens of
// nanoseconds per byte each; most texts contain none of a rule's words, and strings.Contains says so far faster.
type pattern struct {
	expr string
	once sync.Once
	re   *regexp.Regexp // set by build
	any  []string       // set by build; nil: no condition found, always run the expression
}

// compile names the expression; it is compiled on first use (build). Compiling the few hundred rules at package
// init cost every relance process most of its start-up (#17), `relance version` included, although only reading
// replies needs them. TestPatternsCompile compiles them all, so that a wrong expression fails the tests, not a run.
func compile(expr string) *pattern {
	p := &pattern{expr: expr}
	patterns = append(patterns, p)
	return p
}

// patterns are all those compile made, and regexps all those lazyRE made, for TestPatternsCompile.
var (
	patterns []*pattern
	regexps  []func() *regexp.Regexp
)

// lazyRE is a plain regular expression compiled on first use, for the same reason as compile.
func lazyRE(expr string) func() *regexp.Regexp {
	re := sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
	regexps = append(regexps, re)
	return re
}

func (p *pattern) build() {
	p.once.Do(func() {
		p.re = regexp.MustCompile(p.expr)
		if tree, err := syntax.Parse(p.expr, syntax.Perl); err == nil {
			if set, ok := triggers(tree.Simplify()); ok {
				p.any = set
			}
		}
	})
}

// mayMatch is false only when s cannot match. It builds the pattern: the methods below read p.re after it.
func (p *pattern) mayMatch(s string) bool {
	p.build()
	if p.any == nil {
		return true
	}
	for _, lit := range p.any {
		if strings.Contains(s, lit) {
			return true
		}
	}
	return false
}

func (p *pattern) MatchString(s string) bool { return p.mayMatch(s) && p.re.MatchString(s) }

func (p *pattern) FindAllStringIndex(s string, n int) [][]int {
	if !p.mayMatch(s) {
		return nil
	}
	return p.re.FindAllStringIndex(s, n)
}

func (p *pattern) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !p.mayMatch(s) {
		return nil
	}
	return p.re.FindAllStringSubmatchIndex(s, n)
}

// maxTriggers bounds a trigger set; past it the test would cost as much as the expression.
const maxTriggers = 48

// triggers computes a set of strings one of which every match of re contains; ok is false when it finds none.
// Case-folded literals give none (the rules run on lower-cased text and are written in lower case).
func triggers(re *syntax.Regexp) (set []string, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(set) == 16 {
					return nil, false
				}
				set = append(set, string(r))
			}
		}
		return set, len(set) > 0
	case syntax.OpCapture, syntax.OpPlus:
		return triggers(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return triggers(re.Sub[0])
		}
		return nil, false
	case syntax.OpConcat:
		// Adjacent literals make longer, more selective triggers: "virement" rather than "v".
		var best []string
		for i := 0; i < len(re.Sub); i++ {
			s, ok := triggers(re.Sub[i])
			if !ok {
				continue
			}
			for len(s) == 1 && i+1 < len(re.Sub) && re.Sub[i+1].Op == syntax.OpLiteral && re.Sub[i+1].Flags&syntax.FoldCase == 0 {
				s = []string{s[0] + string(re.Sub[i+1].Rune)}
				i++
			}
			if best == nil || selectivity(s) > selectivity(best) {
				best = s
			}
		}
		return best, best != nil
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			s, ok := triggers(sub)
			if !ok {
				return nil, false
			}
			set = append(set, s...)
			if len(set) > maxTriggers {
				return nil, false
			}
		}
		return set, true
	}
	return nil, false
}

// selectivity prefers sets of long strings, then small sets.
func selectivity(set []string) int {
	shortest := 1 << 20
	for _, s := range set {
		shortest = min(shortest, len(s))
	}
	return shortest*100 - len(set)
}
