// Package latefee computes late-payment interest and the fixed recovery indemnity as set out in
// shared/legal/RULES.md §1–2: B2B penalties at the ECB rate + 10 points (Code de commerce L441-10, D441-5), a
// contractual rate, or the legal interest rate for consumer debts (Code civil 1231-6, CMF L313-3), segmented by
// half-year, on the unpaid balance, to the exact cent. It is pure: rate tables are embedded, dates are given.
package latefee

import (
	"math/big"
	"math/bits"
	"slices"

	"relance/backend"
)

// Mode selects the rate and the kind of debtor.
type Mode string

const (
	ModeB2B       Mode = "b2b"        // ECB rate + 10 points, per half-year (L441-10 default)
	ModeFixed     Mode = "fixed"      // the contractual rate, for the whole period
	ModeLegalPro  Mode = "legal_pro"  // consumer debtor, business creditor: legal rate "autres cas", per half-year
	ModeLegalPart Mode = "legal_part" // consumer debtor, private creditor: legal rate "particuliers", per half-year
)

// Consumer reports whether the debtor is a consumer: no recovery indemnity, legal interest only.
func (m Mode) Consumer() bool { return m == ModeLegalPro || m == ModeLegalPart }

func (m Mode) valid() bool { return m == ModeB2B || m == ModeFixed || m.Consumer() }

const (
	tenPoints           = 1000 // B2B margin over the ECB rate, in basis points
	judgmentSurchargeBP = 500  // CMF L313-3: legal rate + 5 points after a judgment
	maxContractBP       = 10000
	maxSpanDays         = 100 * 366 // anything longer is a typo in a date
)

// Payment is money received against the debt; interest runs on the full balance up to and including its day.
type Payment struct {
	Date   backend.Date
	Amount backend.Cents
}

// Input describes one late debt.
type Input struct {
	Mode      Mode
	Principal backend.Cents // amount including VAT still unpaid at Start
	// Start is the due date (B2B) or the date of the formal notice (consumers); interest runs from the day after.
	Start backend.Date
	// End is the payment date, or today, counted inclusively: days = End − Start.
	End backend.Date
	// Payments are partial (or final) payments, in any order. Those on or before Start reduce the principal before
	// any interest; those after End are ignored.
	Payments []Payment

	ContractRateBP int  // ModeFixed: the contractual annual rate in basis points (1500 = 15 %)
	Frozen         bool // keep the rate of the half-year of the first day of delay for the whole period
	// ActualActual divides by 366 for days in leap years instead of the regulatory 365.
	ActualActual bool
	// RoundPerSegment makes the total the sum of the rounded segments instead of the rounded exact sum.
	RoundPerSegment bool
	// JudgmentDate is the day a court decision became enforceable (legal-rate modes only): the rate rises by
	// 5 points once two months from that day have expired, i.e. from JudgmentDate + 2 months + 1 day.
	JudgmentDate backend.Date
}

// Segment is a run of days with one rate and one base.
type Segment struct {
	From, To  backend.Date // first and last day counted, inclusive
	Days      int
	RateBP    int  // annual rate applied, in basis points
	Surcharge bool // RateBP includes the 5-point judgment surcharge
	Divisor   int  // 365, or 366 for a leap year under ActualActual
	Base      backend.Cents
	Amount    backend.Cents // this segment rounded half-up to the cent, for display
	num       u128          // exact amount = num / denom cents
}

// Result is the computed claim.
type Result struct {
	Total     backend.Cents // interest, rounded per RULES.md (total half-up, or per segment on request)
	Indemnity backend.Cents // the 40 € fixed indemnity when it applies
	Days      int           // days of delay, End − Start (0 when not late)
	Segments  []Segment
	Warnings  []string // French, for the user: unknown future rates, contractual rate below the floor
}

// denom is the common denominator of every segment: cents × bp × days / (10 000 × divisor), with divisors 365 and
// 366, becomes cents × bp × days × (denom / (10 000 × divisor)) / denom. Integers only: no float ever sees money.
const denom = 10000 * 365 * 366

// Exact is the segment's exact amount in cents.
func (s Segment) Exact() *big.Rat { return s.num.rat() }

// Exact is the exact sum of the segments in cents, before any rounding.
func (r Result) Exact() *big.Rat {
	var sum u128
	for _, s := range r.Segments {
		sum = sum.add(s.num)
	}
	return sum.rat()
}

// Compute works out the interest and indemnity on one debt. A nil table means the embedded one.
func Compute(t *RateTable, in Input) (Result, error) {
	if t == nil {
		t = embedded
	}
	if err := in.validate(); err != nil {
		return Result{}, err
	}
	var res Result
	pays := in.Payments
	if !slices.IsSortedFunc(pays, cmpPayment) {
		pays = slices.Clone(pays)
		slices.SortStableFunc(pays, cmpPayment)
	}
	balance := in.Principal
	pi := 0
	for ; pi < len(pays) && pays[pi].Date <= in.Start; pi++ {
		balance -= pays[pi].Amount
	}
	startZ, endZ := dayNumber(in.Start), dayNumber(in.End)
	if endZ <= startZ || balance <= 0 {
		res.Segments = []Segment{}
		return res, nil
	}
	res.Days = endZ - startZ
	res.Indemnity = Indemnity(in.Mode.Consumer(), true)

	first := fromDayNumber(startZ + 1)
	frozenHY := HalfYearOf(first)
	surZ := 0 // first day with the judgment surcharge; 0 = none
	if !in.JudgmentDate.IsZero() {
		surZ = dayNumber(addMonths(in.JudgmentDate, 2)) + 1
	}
	splitHalf := in.Mode != ModeFixed && !in.Frozen
	unknown := false

	// One allocation: a segment per half-year touched, per payment and for the surcharge start, at most.
	res.Segments = make([]Segment, 0, res.Days/181+3+len(pays)-pi)
	var total u128
	var rounded backend.Cents
	cur, curDate := startZ+1, first
	for cur <= endZ && balance > 0 {
		next := endZ + 1
		y := curDate.Year()
		switch {
		case splitHalf:
			if h := dayNumber(HalfYearOf(curDate).Next().Start()); h < next {
				next = h
			}
		case in.ActualActual: // a segment may not straddle two years with different divisors
			if h := dayNumber(backend.Date((y+1)*10000 + 101)); h < next {
				next = h
			}
		}
		if pi < len(pays) {
			if p := dayNumber(pays[pi].Date) + 1; p < next {
				next = p
			}
		}
		if surZ > cur && surZ < next {
			next = surZ
		}

		seg := Segment{From: curDate, Days: next - cur, Base: balance, Divisor: 365}
		if next-1 == cur {
			seg.To = curDate
		} else {
			seg.To = fromDayNumber(next - 1)
		}
		if in.Mode == ModeFixed {
			seg.RateBP = in.ContractRateBP
		} else {
			h := HalfYearOf(curDate)
			if in.Frozen {
				h = frozenHY
			}
			bp, beyond, err := t.modeRate(in.Mode, h)
			if err != nil {
				return Result{}, err
			}
			unknown = unknown || beyond
			seg.RateBP = bp
			if surZ != 0 && cur >= surZ {
				seg.RateBP += judgmentSurchargeBP
				seg.Surcharge = true
			}
		}
		k := uint64(denom / 10000 / 365) // 366: the factor that brings /365 to /denom
		if in.ActualActual && isLeap(y) {
			seg.Divisor, k = 366, denom/10000/366
		}
		seg.num = mul128(uint64(seg.Base), uint64(seg.RateBP)*uint64(seg.Days)*k)
		amt, ok := seg.num.roundDiv(denom)
		total = total.add(seg.num)
		if !ok {
			return Result{}, tooLarge()
		}
		seg.Amount = amt
		rounded += amt
		res.Segments = append(res.Segments, seg)

		cur = next
		curDate = fromDayNumber(cur)
		for ; pi < len(pays) && pays[pi].Date < curDate; pi++ {
			balance -= pays[pi].Amount
		}
	}
	if in.RoundPerSegment {
		res.Total = rounded
	} else {
		amt, ok := total.roundDiv(denom)
		if !ok {
			return Result{}, tooLarge()
		}
		res.Total = amt
	}
	if unknown {
		res.Warnings = append(res.Warnings, unknownRatesWarning(t.Last()))
	}
	if in.Mode == ModeFixed {
		// One warning is enough: the first half-year where the contractual rate is below the floor.
		for h := HalfYearOf(first); h <= HalfYearOf(in.End); h++ {
			if w, low := FloorWarning(t, in.ContractRateBP, h.Start()); low {
				res.Warnings = append(res.Warnings, w)
				break
			}
		}
	}
	return res, nil
}

// modeRate is the annual rate of a segmented mode for a half-year; past the table it is the last known rate,
// flagged so the caller can warn.
func (t *RateTable) modeRate(m Mode, h HalfYear) (bp int, beyond bool, err error) {
	if len(t.rows) == 0 {
		return 0, false, backend.Errorf(backend.EINVALID, "aucun taux connu : la table des taux est vide")
	}
	if h < t.first {
		return 0, false, backend.Errorf(backend.EINVALID, "aucun taux connu pour %s : la table des taux commence au %s", h.French(), t.first.French())
	}
	if h > t.Last() {
		h, beyond = t.Last(), true
	}
	r := t.rows[h-t.first]
	switch m {
	case ModeB2B:
		return r.ecb + tenPoints, beyond, nil
	case ModeLegalPart:
		return r.particulier, beyond, nil
	default:
		return r.autres, beyond, nil
	}
}

func cmpPayment(a, b Payment) int { return int(a.Date) - int(b.Date) }

func tooLarge() error {
	return backend.Errorf(backend.EINVALID, "montant trop élevé pour le calcul des pénalités")
}

func (in *Input) validate() error {
	var p backend.Problems
	if !in.Mode.valid() {
		p.Add("mode", "mode de calcul « %s » inconnu : b2b, fixed, legal_pro ou legal_part", in.Mode)
	}
	if in.Principal < 0 {
		p.Add("principal", "le montant dû ne peut pas être négatif")
	}
	if in.Start.IsZero() {
		p.Add("start", "la date de départ (échéance ou mise en demeure) est obligatoire")
	}
	if in.End.IsZero() {
		p.Add("end", "la date de fin (paiement ou aujourd'hui) est obligatoire")
	}
	if !in.Start.IsZero() && !in.End.IsZero() && dayNumber(in.End)-dayNumber(in.Start) > maxSpanDays {
		p.Add("end", "période de %s à %s trop longue : vérifiez les dates", in.Start.French(), in.End.French())
	}
	if in.Mode == ModeFixed && (in.ContractRateBP <= 0 || in.ContractRateBP > maxContractBP) {
		p.Add("contractRate", "taux contractuel manquant ou invalide : attendu un taux annuel entre 0,01 et %s %%", FormatPercentFR(maxContractBP))
	}
	if !in.JudgmentDate.IsZero() && !in.Mode.Consumer() {
		p.Add("judgmentDate", "la majoration de 5 points après jugement (CMF L313-3) ne s'applique qu'au taux d'intérêt légal")
	}
	for i, pay := range in.Payments {
		if pay.Date.IsZero() || pay.Amount <= 0 {
			p.Add("payments", "paiement n° %d : une date et un montant positif sont obligatoires", i+1)
			break
		}
	}
	return p.Err()
}

// Indemnity is the fixed recovery indemnity of D441-5: 40 € once per late invoice, between professionals only.
// Charging it to a consumer is an offence (CPCE L111-8), so consumer debts always get 0.
func Indemnity(consumer bool, late bool) backend.Cents {
	if consumer || !late {
		return 0
	}
	return 4000
}

// FloorWarning checks a contractual rate against the floor of L441-10: 3 × the legal interest rate ("autres cas")
// of the half-year of d (the last known one past the table). It says nothing before the table starts.
func FloorWarning(t *RateTable, contractBP int, d backend.Date) (string, bool) {
	if t == nil {
		t = embedded
	}
	h := HalfYearOf(d)
	if len(t.rows) == 0 || h < t.first {
		return "", false
	}
	h = min(h, t.Last())
	legal, _ := t.Legal(h, false)
	floor := 3 * legal
	if contractBP >= floor {
		return "", false
	}
	return "le taux contractuel de " + FormatPercentFR(contractBP) + " % est inférieur au minimum légal de " + FormatPercentFR(floor) +
		" % (3 fois le taux d'intérêt légal de " + FormatPercentFR(legal) + " % du " + h.French() +
		", article L441-10 du Code de commerce) : vérifiez la clause de pénalités", true
}

// u128 is an unsigned 128-bit integer: a numerator in units of 1/denom cent. math/big would allocate on every
// segment; two words are exact and far from overflow (cents × bp × days × 366 < 2^128 for any real invoice).
type u128 struct{ hi, lo uint64 }

func mul128(a, b uint64) u128 {
	hi, lo := bits.Mul64(a, b)
	return u128{hi, lo}
}

func (x u128) add(y u128) u128 {
	lo, c := bits.Add64(x.lo, y.lo, 0)
	hi, _ := bits.Add64(x.hi, y.hi, c)
	return u128{hi, lo}
}

// roundDiv is x/d rounded half-up (d even), or false when the quotient does not fit in Cents.
func (x u128) roundDiv(d uint64) (backend.Cents, bool) {
	x = x.add(u128{0, d / 2})
	if x.hi >= d {
		return 0, false
	}
	q, _ := bits.Div64(x.hi, x.lo, d)
	if q > 1<<63-1 {
		return 0, false
	}
	return backend.Cents(q), true
}

func (x u128) rat() *big.Rat {
	n := new(big.Int).SetUint64(x.hi)
	n.Lsh(n, 64).Or(n, new(big.Int).SetUint64(x.lo))
	return new(big.Rat).SetFrac(n, big.NewInt(denom))
}
