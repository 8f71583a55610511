package latefee

// JSONResult is the shape the CLI prints and the UI receives: amounts and rates as decimal strings (never floats),
// dates as YYYY-MM-DD.
type JSONResult struct {
	Total     string        `json:"total"`
	Indemnity string        `json:"indemnity"`
	Segments  []JSONSegment `json:"segments"`
	Warnings  []string      `json:"warnings,omitempty"`
}

// JSONSegment is one line of the computation annex.
type JSONSegment struct {
	From   string `json:"from"`
	To     string `json:"to"`
	Days   int    `json:"days"`
	Rate   string `json:"rate"`   // "14.50"
	Amount string `json:"amount"` // rounded per segment: "59.59"
}

// ToJSON converts the result for printing or binding.
func (r Result) ToJSON() JSONResult {
	out := JSONResult{
		Total:     r.Total.String(),
		Indemnity: r.Indemnity.String(),
		Segments:  make([]JSONSegment, len(r.Segments)), // [] rather than null when there is no delay
		Warnings:  r.Warnings,
	}
	for i, s := range r.Segments {
		out.Segments[i] = JSONSegment{From: s.From.String(), To: s.To.String(), Days: s.Days,
			Rate: FormatPercent(s.RateBP), Amount: s.Amount.String()}
	}
	return out
}
