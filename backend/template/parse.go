package template

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Issue is a parse problem with its position (1-based line and column in runes, and byte offset).
type Issue struct {
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Offset  int    `json:"offset"`
	Name    string `json:"name"` // the variable or block name at fault, as written; "" for a bracket problem
	Message string `json:"message"`
}

type nodeKind uint8

const (
	textNode  nodeKind = iota
	varNode            // [[Name]]
	openNode           // [[#Business]]
	closeNode          // [[/Business]]
)

// node is a piece of a parsed text: literal text, or the name of a variable or block.
type node struct {
	kind nodeKind
	text string
}

// Block names; the only conditions a model may test (see the package doc).
const (
	blockBusiness = "Business"
	blockConsumer = "Consumer"
)

// Check lists every problem of one text, in order of position; an empty list means the text is valid.
func Check(src string) []Issue {
	_, issues := parse(src)
	if issues == nil {
		issues = []Issue{} // the editor receives [] rather than null
	}
	return issues
}

// Variables lists the distinct variable names a text uses, in order of first appearance (unknown names included,
// blocks excluded).
func Variables(src string) []string {
	nodes, _ := parse(src)
	var out []string
	seen := map[string]bool{}
	for _, n := range nodes {
		if n.kind == varNode && n.text != "" && !seen[n.text] {
			seen[n.text] = true
			out = append(out, n.text)
		}
	}
	return out
}

// parse splits src into nodes and reports its problems. It makes one pass (each byte is looked at a bounded number
// of times), so a pasted document full of brackets cannot stall the editor's live check.
func parse(src string) ([]node, []Issue) {
	var (
		nodes                []node
		issues               []Issue
		open                 []openBlock // blocks opened and not yet closed; more than one is already an error
		textStart, lineStart = 0, 0
		lineClean            = true            // nothing but blanks since lineStart: a block tag here may stand alone
		unknown              map[string]string // message per unknown name: a pasted text may repeat one thousands of times
	)
	emitText := func(end int) {
		if end > textStart {
			nodes = append(nodes, node{textNode, src[textStart:end]})
		}
	}
	problem := func(off int, name, msg string) {
		issues = append(issues, Issue{Offset: off, Name: name, Message: msg})
	}
	i := 0
	for i < len(src) {
		c := src[i]
		if c == '\n' {
			i++
			lineStart, lineClean = i, true
			continue
		}
		if c != '[' || i+1 >= len(src) || src[i+1] != '[' {
			if c != ' ' && c != '\t' && c != '\r' {
				lineClean = false
			}
			i++
			continue
		}
		// In a run of '[' the last two open the tag, so "[[[Name]]]" reads as "[" + variable + "]".
		j := i
		for j+2 < len(src) && src[j+2] == '[' {
			j++
		}
		if j > i {
			lineClean = false
		}
		k, closed := j+2, false
		for k < len(src) {
			b := src[k]
			if b == '\n' || b == '\r' || (b == '[' && k+1 < len(src) && src[k+1] == '[') {
				break
			}
			if b == ']' && k+1 < len(src) && src[k+1] == ']' {
				closed = true
				break
			}
			k++
		}
		if !closed {
			problem(j, "", "« [[ » sans « ]] » sur la même ligne : fermez la variable par ]] ou retirez les crochets")
			lineClean = false
			i = k // resume at the line end or at the next "[[", never before: the scan stays linear
			continue
		}
		content := strings.Trim(src[j+2:k], " \t")
		end := k + 2
		kind, name := varNode, content
		switch {
		case strings.HasPrefix(content, "#"):
			kind, name = openNode, strings.TrimLeft(content[1:], " \t")
		case strings.HasPrefix(content, "/"):
			kind, name = closeNode, strings.TrimLeft(content[1:], " \t")
		}
		switch kind {
		case varNode:
			switch {
			case name == "":
				problem(j, "", "variable vide [[ ]] : écrivez un nom de variable entre les crochets")
			case !known[name]:
				msg, ok := unknown[name]
				if !ok {
					if unknown == nil {
						unknown = map[string]string{}
					}
					msg = unknownVariable(name)
					unknown[name] = msg
				}
				problem(j, name, msg)
			}
		case openNode:
			switch {
			case !isBlock(name):
				problem(j, name, unknownBlock("#", name))
			default:
				if len(open) > 0 {
					outer := open[len(open)-1].name
					problem(j, name, "bloc [[#"+name+"]] ouvert à l'intérieur du bloc [[#"+outer+"]] : les blocs ne "+
						"s'imbriquent pas, fermez d'abord [[/"+outer+"]]")
				}
				open = append(open, openBlock{name, j}) // kept, so that its own close is not reported too
			}
		case closeNode:
			switch {
			case !isBlock(name):
				problem(j, name, unknownBlock("/", name))
			case len(open) == 0:
				problem(j, name, "[[/"+name+"]] ferme un bloc qui n'est pas ouvert : ajoutez [[#"+name+"]] avant, ou retirez-le")
			default:
				if top := open[len(open)-1].name; top != name {
					problem(j, name, "[[/"+name+"]] ne correspond pas au bloc ouvert [[#"+top+"]] : fermez-le par [[/"+top+"]]")
				}
				open = open[:len(open)-1] // one report for the pair, not one for every tag after it
			}
		}
		// A block tag alone on its line takes the line with it, so skipping a block leaves no blank line.
		if kind != varNode && lineClean {
			e := end
			for e < len(src) && (src[e] == ' ' || src[e] == '\t' || src[e] == '\r') {
				e++
			}
			if e == len(src) || src[e] == '\n' {
				emitText(lineStart)
				nodes = append(nodes, node{kind, name})
				if e < len(src) {
					e++
				}
				textStart, i, lineStart = e, e, e
				continue
			}
		}
		emitText(j)
		nodes = append(nodes, node{kind, name})
		textStart, i, lineClean = end, end, false
	}
	emitText(len(src))
	for _, b := range open {
		problem(b.off, b.name, "bloc [[#"+b.name+"]] jamais fermé : ajoutez [[/"+b.name+"]] à la fin du passage")
	}
	locate(src, issues)
	return nodes, issues
}

type openBlock struct {
	name string
	off  int
}

func isBlock(name string) bool { return name == blockBusiness || name == blockConsumer }

// locate sorts the issues by offset and fills in their line and column in one walk over src.
func locate(src string, issues []Issue) {
	if len(issues) == 0 {
		return
	}
	byOffset := func(a, b Issue) int { return a.Offset - b.Offset }
	if !slices.IsSortedFunc(issues, byOffset) { // only unclosed blocks, reported last, can be out of order
		slices.SortStableFunc(issues, byOffset)
	}
	line, col, pos := 1, 1, 0
	for k := range issues {
		for off := issues[k].Offset; pos < off; {
			// Decoding like range does counts an invalid byte as one character, as the editor shows it.
			r, size := utf8.DecodeRuneInString(src[pos:off])
			if r == '\n' {
				line, col = line+1, 1
			} else {
				col++
			}
			pos += size
		}
		issues[k].Line, issues[k].Column = line, col
	}
}

// walk calls fn for every node the debtor's kind keeps: blocks of the other kind are skipped. The nodes come from
// a valid text, so blocks do not nest.
func walk(nodes []node, business bool, fn func(node)) {
	skip := false
	for _, n := range nodes {
		switch n.kind {
		case openNode:
			skip = (n.text == blockBusiness) != business
		case closeNode:
			skip = false
		default:
			if !skip {
				fn(n)
			}
		}
	}
}
