package inbox

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
	"unicode"

	"relance/backend"
)

// A learned reading for the replies the phrase rules do not recognise. The rules keep what they do well (bounce
// and auto-reply headers, dates, the deciding phrase); when they find nothing, a multinomial naive Bayes model over
// words, word pairs and character 4-grams (robust to typos and missing accents) reads the sender's own words. It
// is trained from testdata/train, train2 and train3 (replies by three authors, written apart from the rules and from
// the evaluation corpora) by
// `go test ./backend/inbox -run TrainModel -update`, shipped gzipped inside the binary, and decoded on first use.

//go:embed model.json.gz
var modelGz []byte

// model is what training keeps: per class, the log-probability of each feature.
type model struct {
	Classes []Class              `json:"classes"`
	Prior   []float64            `json:"prior"`   // log P(class)
	Weights map[string][]float64 `json:"weights"` // feature → log P(feature | class)
	// What the weights were computed from, so that the owner's corrections can be added to the counts (owner.go):
	// documents and feature occurrences per class, and the number of features kept.
	Docs   []int `json:"docs"`
	Totals []int `json:"totals"`
	Vocab  int   `json:"vocab"`
}

var loadModel = sync.OnceValue(func() *model {
	r, err := gzip.NewReader(bytes.NewReader(modelGz))
	if err != nil {
		return nil
	}
	var m model
	if json.NewDecoder(r).Decode(&m) != nil || len(m.Classes) == 0 {
		return nil
	}
	return &m
})

// modelThreshold is the least probability the model must give its reading to overrule « autre »: below, the
// message is left for the owner to read (the safe side). Chosen on the training corpus by cross-validation.
const modelThreshold = 0.90

// features of a text: folded words, consecutive word pairs, and the character 4-grams of longer words, each once
// (a word repeated a hundred times is one piece of evidence, not a hundred: naive Bayes is overconfident enough).
func features(text string) []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range allFeatures(text) {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

func allFeatures(text string) []string {
	n, _ := fold(text)
	words := strings.FieldsFunc(n, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' })
	out := make([]string, 0, 3*len(words))
	prev := ""
	for _, w := range words {
		w = strings.Trim(w, "'")
		if w == "" {
			continue
		}
		if isNumber(w) {
			w = "0" // a figure is a figure: amounts and invoice numbers say nothing of the class
		}
		out = append(out, w)
		if prev != "" {
			out = append(out, prev+"_"+w)
		}
		prev = w
		if r := []rune(w); len(r) > 4 {
			for i := 0; i+4 <= len(r); i++ {
				out = append(out, "#"+string(r[i:i+4]))
			}
		}
	}
	return out
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// predict gives the likeliest class of a text, its probability, and the runner-up.
func (m *model) predict(text string) (best Class, p float64, second Class) {
	scores := append([]float64(nil), m.Prior...)
	for _, f := range features(text) {
		w, ok := m.Weights[f]
		if !ok {
			continue // never seen in training: no evidence either way
		}
		for i := range scores {
			scores[i] += w[i]
		}
	}
	return softmaxBest(m.Classes, scores)
}

// softmaxBest is the best of the log-likelihoods, its probability, and the runner-up (naive Bayes is
// overconfident, hence the high threshold).
func softmaxBest(classes []Class, scores []float64) (Class, float64, Class) {
	order := make([]int, len(scores))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return scores[order[a]] > scores[order[b]] })
	top, sum := scores[order[0]], 0.0
	for _, s := range scores {
		sum += math.Exp(s - top)
	}
	return classes[order[0]], 1 / sum, classes[order[1]]
}

// train builds the model from labelled texts (Laplace smoothing; features seen once in the whole corpus are
// dropped, which keeps the model small and the names of people out of it).
func train(texts []string, labels []Class) *model {
	classes := []Class{Promise, Dispute, Paid, CopyRequest, AutoReply, Other}
	idx := map[Class]int{}
	for i, c := range classes {
		idx[c] = i
	}
	k := len(classes)
	docs := make([]int, k)
	counts := map[string][]int{}
	for i, t := range texts {
		c, ok := idx[labels[i]]
		if !ok {
			continue
		}
		docs[c]++
		for _, f := range features(t) {
			v := counts[f]
			if v == nil {
				v = make([]int, k+1)
				counts[f] = v
			}
			v[c]++
			v[k]++
		}
	}
	totals := make([]int, k)
	kept := map[string][]int{}
	for f, v := range counts {
		if v[k] < 2 {
			continue
		}
		kept[f] = v
		for c := 0; c < k; c++ {
			totals[c] += v[c]
		}
	}
	vocab := float64(len(kept))
	m := &model{Classes: classes, Prior: make([]float64, k), Weights: make(map[string][]float64, len(kept)), Docs: docs, Totals: totals, Vocab: len(kept)}
	all := 0
	for _, d := range docs {
		all += d
	}
	for c := 0; c < k; c++ {
		m.Prior[c] = math.Log(float64(docs[c]+1) / float64(all+k))
	}
	for f, v := range kept {
		w := make([]float64, k)
		for c := 0; c < k; c++ {
			// Rounded: the shipped file is smaller and training gives the same bytes on every machine.
			w[c] = math.Round(math.Log(float64(v[c]+1)/(float64(totals[c])+vocab))*1e4) / 1e4
		}
		m.Weights[f] = w
	}
	for c := range m.Prior {
		m.Prior[c] = math.Round(m.Prior[c]*1e4) / 1e4
	}
	return m
}

// modelText is what the model reads of a message: the same words as the rules.
func modelText(m Message) string {
	own, subject := ownAndSubject(m)
	return subject + "\n" + own
}

// modelClasses are the readings the model may give in place of « autre ». Automatic replies are left to the rules
// (their headers): a human reply taken for one would not pause the chase.
var modelClasses = map[Class]string{Promise: "une promesse de paiement", Dispute: "une contestation", Paid: "un paiement déjà fait",
	CopyRequest: "une demande de copie"}

// modelLeanThreshold is the least probability at which the model's reading, not sure enough to overrule
// « autre », is still offered as the second reading.
const modelLeanThreshold = 0.5

// modelReading is the model's reading of m (with the owner's corrections), whatever its probability.
func modelReading(m Message, received backend.Date, o *Owner) (Classification, float64, bool) {
	mdl := loadModel()
	if mdl == nil {
		return Classification{}, 0, false
	}
	best, p, _ := mdl.predictOwner(modelText(m), o)
	what, ok := modelClasses[best]
	if !ok {
		return Classification{}, p, false
	}
	c := Classification{Class: best, Learned: true,
		Reason: fmt.Sprintf("lu comme %s par le modèle appris (sûr à %d %%), sans phrase type reconnue : à confirmer", what, int(p*100))}
	switch best {
	case Dispute:
		c.DisputeReason = backend.DisputeOther // the rules name the reason; the model only the class
	case Promise:
		if d, ph, ok := promisedDate(m, received); ok {
			c.PromiseDate, c.Phrase = d, ph
			c.Reason += " ; date promise : " + d.French() + " (« " + ph + " »)"
		} else {
			c.Reason += " ; sans date"
		}
	}
	return c, p, true
}

// modelOpinion is the model's reading of a message the rules left « autre »: taken when the model is sure enough of
// one of modelClasses and the words do not contradict it; else offered as the second reading when it leans to one
// (modelLeanThreshold) or was sure of what the words contradict.
func modelOpinion(m Message, received backend.Date, o *Owner) (c Classification, taken, offered bool) {
	c, p, ok := modelReading(m, received, o)
	if !ok || p < modelLeanThreshold {
		return Classification{}, false, false
	}
	if p >= modelThreshold && !saysOtherwise(c, m) {
		return c, true, false
	}
	c.Reason = strings.Replace(c.Reason, "sans phrase type reconnue : à confirmer", "sans phrase type reconnue", 1)
	return c, false, true
}

// saysOtherwise tells a reading of the model the words contradict: a promise or a dispute in a message that only
// asks (« Could we pay in three instalments? »), a promise without a date where the sender says they commit to
// nothing.
func saysOtherwise(c Classification, m Message) bool {
	if c.Class != Promise && c.Class != Dispute {
		return false
	}
	own, _ := ownAndSubject(m)
	n, _ := fold(own)
	return onlyAsks(n) || c.Class == Promise && c.PromiseDate.IsZero() && commitsToNothing(n)
}

// onlyAsks tells a (folded) text whose every sentence of some length is a question: « Pouvez-vous me rappeler
// demain ? », "Could we pay in three instalments?" (a greeting or a signature is too short to count).
func onlyAsks(n string) bool {
	asked := false
	for _, sentence := range sentences().FindAllString(n, 200) {
		sentence = strings.TrimSpace(sentence)
		if len(strings.Fields(sentence)) < 4 {
			continue
		}
		if !strings.HasSuffix(sentence, "?") || tagQuestion().MatchString(sentence) {
			return false // « le virement part le 5, ça vous va ? » proposes a date: a commitment asked to be accepted
		}
		asked = true
	}
	return asked
}

// noCommitment is what a client writes who does not promise: asks for a payment plan (« serait-il possible de
// régler en plusieurs fois ? », "would it be possible to split it into instalments?"), cannot say when, or hands the
// matter to someone else (« je vois avec mon associé et je vous tiens au courant », "I've passed this on to our
// bookkeeper").
var noCommitment = lazyRE(`\b(?:possible|possibilite|envisageable|accepteriez|pourrions|pourrait|pourriez|could|would|can|any way)\b[^.?!\n]{0,60}\b(?:plusieurs (?:fois|versements|mensualites)|echelonn\w*|etal\w*|fractionn\w*|en (?:deux|trois|quatre|\d) fois|in (?:two|three|four|\d) (?:times|parts|goes)|instal+ments?|payment plan|split (?:it|the (?:payment|amount|invoice))|spread (?:it|the (?:payment|amount|cost)))\b|` +
	`\bno promises?\b|\bpas de promesse\b|` +
	// Someone else to see: a death, a sale, a relative (« la succession est confiée à Maître Pujol », « c'est le
	// repreneur qui reprend les contrats », « je lui en parle ce week-end »).
	`\b(?:decede|deces|succession|notaire|passed away|deceased)\b|\b(?:repreneur|nouveau proprietaire|new owners?|sold the (?:business|company))\b|\bje vous laisse voir avec\b|\bje (?:lui|leur) en parle\b|\bje vais (?:lui|leur) en parler\b|\bi'll (?:talk to|ask) (?:him|her|them|my)\b|` +
	`\b(?:donner|indiquer|fixer|communiquer|avancer) (?:de |une )?date (?:de (?:paiement|reglement))?\b|` +
	`\b(?:ne (?:peux|pouvons|sais|savons) (?:pas|vraiment pas) (?:vous )?(?:dire|indiquer|donner) quand|ne sais pas quand|aucune idee de (?:la date|quand)|(?:can ?not|can't|cannot) (?:say|tell you|give you a date|promise) (?:when|a date)|(?:don't|do not) know when)\b|` +
	`\b(?:je|nous) (?:vais|allons|vois|voyons|verifie|verifions|regarde|regardons|dois voir|dois verifier) (?:voir |verifier |en parler |regarder )?(?:avec|aupres de) (?:mon|ma|mes|notre|nos|le|la|les)\b|` +
	`\b(?:je|nous) (?:vous )?(?:tiens|tenons|tiendrai|tiendrons) (?:au courant|informee?s?)\b|\b(?:passed|forwarded|handed) (?:this|it|your (?:email|e-mail|message|reminder)) (?:on )?to\b|\b(?:is|are) (?:dealing|handling) (?:with )?(?:this|it|all of this)\b`)

// commitsToNothing tells a (folded) text saying in so many words that it does not commit (noCommitment), and not
// promising either (« nous allons régler cela, je vous tiens au courant » commits, without a date).
func commitsToNothing(n string) bool {
	if !noCommitment().MatchString(n) {
		return false
	}
	for _, re := range promiseVerbs {
		for _, loc := range re.FindAllStringIndex(n, 20) {
			end := len(n)
			if i := strings.IndexAny(n[loc[1]:], ".!?\n"); i >= 0 {
				end = loc[1] + i
			}
			asked := end < len(n) && n[end] == '?' // « Could we pay in three instalments? » asks
			if !negated(n, loc[0], loc[1]) && !asked {
				return false
			}
		}
	}
	return true
}

// tagQuestion ends a statement asked to be agreed: "…on the 5th ok?", « …le 15, ça vous va ? ».
var tagQuestion = lazyRE(`(?:\bok|\bokay|d'accord|ca vous (?:va|convient)|cela vous (?:va|convient)|ca (?:vous )?irait|is that (?:ok|okay|alright|fine)|does that work|would that (?:work|be ok|be okay|be fine)|alright|all right|\bright)\s*\?+$`)

// sentences are a text's sentences with their closing marks.
var sentences = lazyRE(`[^.!?\n]+[.!?]*`)
