package inbox

import (
	"fmt"
	"math"
	"strings"

	"relance/backend"
)

// What the owner taught by correcting readings (« Corriger la catégorie »), applied on this installation only:
//   - a new message much like one the owner corrected, and read the way that one was misread, is read the owner's
//     way (whatever the rules said: the owner has seen them wrong on this kind of message);
//   - every correction also adds its words to the learned model's counts, as ownerWeight training documents, so
//     that messages of the same kind the rules do not recognise lean the owner's way.
// The corrections come from the store (a bounded list); an Owner is built from them for a batch of messages.

const (
	// ownerSimilar is the least likeness (cosine of word and word-pair sets) for a message to count as the same
	// kind as a corrected one. Two replies of one client sharing only a greeting and a signature stay below it.
	ownerSimilar = 0.6
	// ownerWeight is how many training documents a correction counts for in the model.
	ownerWeight = 3
	// LearnTextBytes bounds the words kept of a corrected message.
	LearnTextBytes = 2000
)

// Owner is the local adjustment built from the owner's corrections. The zero value and nil adjust nothing.
type Owner struct {
	examples []ownerExample
	counts   map[string][]float64 // feature → added occurrences per model class
	totals   []float64            // added occurrences per model class
	docs     []float64            // added documents per model class
	extra    int                  // features unknown to the shipped model
}

type ownerExample struct {
	was, class Class
	words      map[string]bool
	at         backend.Date
}

// LearnText is what is kept of a corrected message: the words the classifier reads, bounded.
func LearnText(m Message) string {
	return truncateUTF8(modelText(m), LearnTextBytes)
}

// NewOwner builds the adjustment from the corrections kept in the store.
func NewOwner(cs []backend.ClassCorrection) *Owner {
	if len(cs) == 0 {
		return nil
	}
	o := &Owner{}
	mdl := loadModel()
	var idx map[Class]int
	if mdl != nil && len(mdl.Totals) == len(mdl.Classes) {
		idx = map[Class]int{}
		for i, c := range mdl.Classes {
			idx[c] = i
		}
		k := len(mdl.Classes)
		o.counts, o.totals, o.docs = map[string][]float64{}, make([]float64, k), make([]float64, k)
	}
	for _, c := range cs {
		text := truncateUTF8(c.Text, LearnTextBytes)
		if strings.TrimSpace(text) == "" || c.Class == c.Was {
			continue
		}
		o.examples = append(o.examples, ownerExample{was: Class(c.Was), class: Class(c.Class), words: wordSet(text), at: backend.DateOf(c.At)})
		i, ok := idx[Class(c.Class)]
		if !ok {
			continue // a bounce is not the model's to learn
		}
		o.docs[i] += ownerWeight
		for _, f := range features(text) {
			v := o.counts[f]
			if v == nil {
				v = make([]float64, len(mdl.Classes))
				o.counts[f] = v
				if _, known := mdl.Weights[f]; !known {
					o.extra++
				}
			}
			v[i] += ownerWeight
			o.totals[i] += ownerWeight
		}
	}
	return o
}

// wordSet is the words and word pairs of a text (no character n-grams: likeness is judged on what was said).
func wordSet(text string) map[string]bool {
	out := map[string]bool{}
	for _, f := range allFeatures(text) {
		if !strings.HasPrefix(f, "#") {
			out[f] = true
		}
	}
	return out
}

func cosine(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for f := range a {
		if b[f] {
			n++
		}
	}
	return float64(n) / math.Sqrt(float64(len(a))*float64(len(b)))
}

// nearest is the corrected message most like text among those read as was, and how alike.
func (o *Owner) nearest(text string, was Class) (ownerExample, float64) {
	var best ownerExample
	bestSim := 0.0
	if o == nil {
		return best, 0
	}
	words := wordSet(text)
	for _, ex := range o.examples {
		if ex.was != was {
			continue
		}
		if s := cosine(words, ex.words); s > bestSim {
			best, bestSim = ex, s
		}
	}
	return best, bestSim
}

// ownerReading applies the owner's corrections to a reading c of m: the class of the most alike corrected message
// that had been misread the same way, when alike enough.
func (o *Owner) ownerReading(m Message, received backend.Date, c Classification) (Classification, bool) {
	if o == nil || len(o.examples) == 0 || c.Class == Bounced && m.Bounce != nil {
		return c, false // a delivery report is read from its structure, not its words
	}
	ex, sim := o.nearest(modelText(m), c.Class)
	if sim < ownerSimilar {
		return c, false
	}
	label := string(ex.class)
	for _, x := range Classes {
		if x.Class == ex.class {
			label = x.Label
		}
	}
	out := Classification{Class: ex.class, Learned: true,
		Reason: fmt.Sprintf("lu comme vous l'avez corrigé le %s pour un message semblable (à %d %%) : « %s »", ex.at.French(), int(sim*100), label)}
	switch ex.class {
	case Promise:
		if d, ph, ok := promisedDate(m, received); ok {
			out.PromiseDate, out.Phrase = d, ph
			out.Reason += " ; date promise : " + d.French() + " (« " + ph + " »)"
		} else {
			out.Reason += " ; sans date"
		}
	case Dispute:
		out.DisputeReason = backend.DisputeOther
		if c.Class == Dispute {
			out.DisputeReason = c.DisputeReason
		}
	case AutoReply:
		out.ReturnDate = c.ReturnDate
	}
	return out, true
}

// predictOwner is the model's reading with the owner's corrections added to its counts (predict when there are none).
func (m *model) predictOwner(text string, o *Owner) (Class, float64, Class) {
	if o == nil || o.counts == nil || len(m.Totals) != len(m.Classes) {
		return m.predict(text)
	}
	k := len(m.Classes)
	allDocs := 0.0
	for c := 0; c < k; c++ {
		allDocs += float64(m.Docs[c]) + o.docs[c]
	}
	vocab := float64(m.Vocab + o.extra)
	scores := make([]float64, k)
	denom := make([]float64, k)
	for c := 0; c < k; c++ {
		scores[c] = math.Log((float64(m.Docs[c]) + o.docs[c] + 1) / (allDocs + float64(k)))
		denom[c] = math.Log(float64(m.Totals[c]) + o.totals[c] + vocab)
	}
	for _, f := range features(text) {
		w, known := m.Weights[f]
		add := o.counts[f]
		if !known && add == nil {
			continue
		}
		for c := 0; c < k; c++ {
			n := 0.0 // the shipped count, recovered from its smoothed log-probability
			if known {
				n = math.Max(0, math.Round(math.Exp(w[c])*float64(m.Totals[c]+m.Vocab))-1)
			}
			if add != nil {
				n += add[c]
			}
			scores[c] += math.Log(n+1) - denom[c]
		}
	}
	return softmaxBest(m.Classes, scores)
}
