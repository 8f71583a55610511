// Package reconcile suggests which open invoices a bank credit pays: by the invoice number or the structured
// creditor reference (RF…) found in the transfer's label, by its amount (one invoice, or a combination of one
// client's invoices), and by the payer's name. Every suggestion says why, in French, and carries a score from 0
// to 100; at AutoConfirmScore or above it can be confirmed without a look when the user allows it.
//
// The Index is built once from every open invoice and client, so that a whole statement is matched in a blink;
// it is pure: confirming a suggestion (recording the payment) is the caller's job.
package reconcile

import (
	"cmp"
	"fmt"
	"math/bits"
	"slices"
	"strings"

	"relance/backend"
	"relance/backend/bank"
)

// AutoConfirmScore is the score at or above which a suggestion can be confirmed automatically.
const AutoConfirmScore = 90

// OpenInvoice is what matching needs of an invoice that is still owed.
type OpenInvoice struct {
	ID        uint64        `json:"id"`
	ClientID  uint64        `json:"clientId"`
	Number    string        `json:"number"`
	DueDate   backend.Date  `json:"dueDate" ts_type:"string"`
	Remaining backend.Cents `json:"remaining"`
}

// Client is what matching needs of a client.
type Client struct {
	ID   uint64 `json:"id"`
	Name string `json:"name"`
	Code string `json:"code"`
}

// Suggestion allocates a credit to one client's invoices. The allocations never exceed the transaction's amount;
// what is left over is a credit (avoir) of the client.
type Suggestion struct {
	TransactionKey string               `json:"transactionKey"`
	ClientID       uint64               `json:"clientId"`
	Allocations    []backend.Allocation `json:"allocations"`
	Score          int                  `json:"score"`
	Reasons        []string             `json:"reasons"`
	// NeedsEuroAmount marks a credit in another currency: its amount is not euros, so the suggestion rests on the
	// invoice numbers or the payer's name only, is never confirmed automatically, and its allocations are what
	// the invoices owe, to be fitted to the euros actually received that the user gives.
	NeedsEuroAmount bool `json:"needsEuroAmount,omitempty"`
}

// Limits of the search.
const (
	maxSuggestions     = 3
	maxSubsetInvoice   = 12 // invoices of a client tried in combinations, oldest first
	maxAmountTies      = 5  // invoices of the same amount above which an amount alone suggests nothing
	distinctiveClients = 3  // clients sharing a name word at most for the word to identify one
	minNumberLen       = 3  // shorter invoice numbers are never looked for in labels
	minDigitsNumber    = 4  // all-digit invoice numbers shorter than this are never looked for either
)

type clientEntry struct {
	Client
	tokens   []string
	distinct []bool  // the token identifies the client: shared by few clients, not a banking word
	invoices []int32 // open invoices, oldest due date first
	total    backend.Cents
}

type combo struct {
	sum    backend.Cents
	client int32
	mask   uint16 // bits over the client's oldest invoices
}

// Index holds the open invoices and the clients, arranged for matching.
type Index struct {
	clients   []clientEntry
	clientPos map[uint64]int32
	invoices  []OpenInvoice // by due date, then id
	owner     []int32       // client position of each invoice
	byNumber  map[string][]int32
	maxChunks int
	maxNumLen int
	byAmount  map[backend.Cents][]int32
	byToken   map[string][]int32 // name word → clients whose name has it
	byRarest  map[string][]int32 // name word → clients whose rarest name word it is
	byCode    map[string]int32
	combos    []combo // sums of 2 to maxUnnamedCombo of each client's oldest invoices, by sum
}

// NewIndex arranges the open invoices (those with something remaining) and the clients for matching.
func NewIndex(clients []Client, invoices []OpenInvoice) *Index {
	ix := &Index{
		clientPos: make(map[uint64]int32, len(clients)),
		byNumber:  make(map[string][]int32, len(invoices)),
		byAmount:  make(map[backend.Cents][]int32, len(invoices)),
		byToken:   map[string][]int32{},
		byRarest:  map[string][]int32{},
		byCode:    map[string]int32{},
	}
	sorted := slices.Clone(clients)
	slices.SortFunc(sorted, func(a, b Client) int { return cmp.Compare(a.ID, b.ID) })
	for _, c := range sorted {
		if _, dup := ix.clientPos[c.ID]; dup {
			continue
		}
		ix.addClient(c)
	}
	for _, inv := range invoices {
		if inv.Remaining > 0 {
			ix.invoices = append(ix.invoices, inv)
		}
	}
	slices.SortFunc(ix.invoices, func(a, b OpenInvoice) int {
		return cmp.Or(cmp.Compare(a.DueDate, b.DueDate), cmp.Compare(a.ID, b.ID))
	})
	for i := range ix.invoices {
		inv := &ix.invoices[i]
		pos, ok := ix.clientPos[inv.ClientID]
		if !ok { // an invoice of a client not given: matched by number and amount all the same
			pos = ix.addClient(Client{ID: inv.ClientID})
		}
		ix.owner = append(ix.owner, pos)
		c := &ix.clients[pos]
		c.invoices = append(c.invoices, int32(i))
		c.total += inv.Remaining
		ix.byAmount[inv.Remaining] = append(ix.byAmount[inv.Remaining], int32(i))
		n, parts := numberKey(inv.Number)
		if len(n) < minNumberLen || (allDigits(n) && len(n) < minDigitsNumber) {
			continue
		}
		ix.byNumber[n] = append(ix.byNumber[n], int32(i))
		ix.maxChunks = max(ix.maxChunks, parts)
		ix.maxNumLen = max(ix.maxNumLen, len(n))
	}
	for pos := range ix.clients {
		ix.addCombos(int32(pos))
	}
	slices.SortFunc(ix.combos, func(a, b combo) int {
		switch {
		case a.sum != b.sum:
			return cmp.Compare(a.sum, b.sum)
		case a.client != b.client:
			return cmp.Compare(a.client, b.client)
		}
		return cmp.Compare(a.mask, b.mask)
	})
	for pos := range ix.clients {
		c := &ix.clients[pos]
		if len(c.tokens) == 0 {
			continue
		}
		c.distinct = make([]bool, len(c.tokens))
		for k, t := range c.tokens {
			c.distinct[k] = len(ix.byToken[t]) <= distinctiveClients && !bankWords[t] && len(t) >= 3
		}
		rarest := c.tokens[0]
		for _, t := range c.tokens[1:] {
			if len(ix.byToken[t]) < len(ix.byToken[rarest]) {
				rarest = t
			}
		}
		ix.byRarest[rarest] = append(ix.byRarest[rarest], int32(pos))
	}
	return ix
}

func (ix *Index) addClient(c Client) int32 {
	pos := int32(len(ix.clients))
	ix.clientPos[c.ID] = pos
	e := clientEntry{Client: c, tokens: nameTokens(c.Name)}
	ix.clients = append(ix.clients, e)
	for _, t := range e.tokens {
		ix.byToken[t] = append(ix.byToken[t], pos)
	}
	if code := normNumber(c.Code); len(code) >= minNumberLen && !(allDigits(code) && len(code) < minDigitsNumber) {
		if _, dup := ix.byCode[code]; !dup {
			ix.byCode[code] = pos
		}
	}
	return pos
}

// addCombos records the sums of two of the client's oldest invoices (three would multiply the index by four
// for little: a payer who settles three invoices at once usually names them or himself).
func (ix *Index) addCombos(pos int32) {
	inv := ix.clients[pos].invoices
	n := min(len(inv), maxSubsetInvoice)
	for a := 0; a < n; a++ {
		for b := a + 1; b < n; b++ {
			s := ix.invoices[inv[a]].Remaining + ix.invoices[inv[b]].Remaining
			ix.combos = append(ix.combos, combo{s, pos, 1<<a | 1<<b})
		}
	}
}

// candidate is a suggestion being built.
type candidate struct {
	client  int32
	allocs  []backend.Allocation
	score   int
	reasons []string
}

// nameMatch says how well the transaction names a client.
type nameMatch struct {
	quality int // 2: whole name or client code, 1: part of the name
	words   int // name words found
	reason  string
}

// ForeignMaxScore caps the suggestions for a credit in another currency than the euro: below AutoConfirmScore,
// whatever the label says, since its amount is not what the invoices owe.
const ForeignMaxScore = AutoConfirmScore - 20

// Suggest proposes, best first, at most three allocations of a credit (Amount > 0) to open invoices; nil for a
// debit or when nothing fits. The order is deterministic: by score, then client id, then invoice id. A credit in
// another currency (Currency not EUR or empty) is matched by invoice number, reference and name only, never by
// amount, and scores at most ForeignMaxScore.
func (ix *Index) Suggest(t bank.Transaction) []Suggestion {
	if t.Amount <= 0 {
		return nil
	}
	s := &search{ix: ix, t: t, best: map[int32]*candidate{}, currency: backend.CurrencyOrEUR(t.Currency)}
	s.foreign = s.currency != backend.EUR
	s.names()
	s.byReference()
	if !s.foreign {
		s.byAmount()
		s.byCombination()
	}
	s.byName()
	return s.result()
}

type search struct {
	ix       *Index
	t        bank.Transaction
	named    map[int32]nameMatch
	best     map[int32]*candidate
	currency string
	foreign  bool // the amount is not in euros: no comparison with what invoices owe
}

// foreignReason says why a suggestion for a foreign-currency credit waits for the user.
func (s *search) foreignReason() string {
	return fmt.Sprintf("opération en %s (%s) : indiquez le montant reçu en euros", s.currency, backend.FormatMoney(s.t.Amount, s.currency))
}

// offer keeps the best candidate of each client (the first found among equals: the searches run strongest
// first, and each one's reasons are complete).
func (s *search) offer(c candidate) {
	if old, ok := s.best[c.client]; !ok || c.score > old.score {
		s.best[c.client] = &c
	}
}

func (s *search) result() []Suggestion {
	out := make([]Suggestion, 0, len(s.best))
	for pos, c := range s.best {
		sg := Suggestion{TransactionKey: s.t.Key, ClientID: s.ix.clients[pos].ID, Allocations: c.allocs,
			Score: min(c.score, 100), Reasons: c.reasons}
		if s.foreign {
			sg.Score, sg.NeedsEuroAmount = min(sg.Score, ForeignMaxScore), true
			sg.Reasons = append(slices.Clip(sg.Reasons), s.foreignReason())
		}
		out = append(out, sg)
	}
	slices.SortFunc(out, func(a, b Suggestion) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.ClientID, b.ClientID), cmp.Compare(firstInvoice(a), firstInvoice(b)))
	})
	if len(out) > maxSuggestions {
		out = out[:maxSuggestions]
	}
	for i := range out {
		if out[i].Allocations == nil {
			out[i].Allocations = []backend.Allocation{}
		}
	}
	return out
}

func firstInvoice(s Suggestion) uint64 {
	if len(s.Allocations) == 0 {
		return 0
	}
	return s.Allocations[0].InvoiceID
}

// fifo allocates amount to the invoices in their order (oldest first) and returns the allocations and their sum.
func (s *search) fifo(invoices []int32, amount backend.Cents) ([]backend.Allocation, backend.Cents) {
	var out []backend.Allocation
	var sum backend.Cents
	for _, i := range invoices {
		if sum >= amount {
			break
		}
		inv := &s.ix.invoices[i]
		a := min(inv.Remaining, amount-sum)
		out = append(out, backend.Allocation{InvoiceID: inv.ID, Amount: a})
		sum += a
	}
	return out, sum
}

func (s *search) clientName(pos int32) string {
	if n := strings.TrimSpace(s.ix.clients[pos].Name); n != "" {
		return n
	}
	return "client n° " + fmt.Sprint(s.ix.clients[pos].ID)
}

// names finds the clients the payer's name and the label speak of.
func (s *search) names() {
	s.named = map[int32]nameMatch{}
	text := chunks(s.t.Payer + " " + s.t.Label + " " + s.t.Reference)
	words := make(map[string]bool, len(text))
	for _, w := range text {
		words[w] = true
	}
	// Client codes written in the label ("CLI-0042").
	for _, w := range s.textNumbers(text) {
		if pos, ok := s.ix.byCode[w.norm]; ok {
			s.named[pos] = nameMatch{2, 99, fmt.Sprintf("code client %s dans le libellé", s.ix.clients[pos].Code)}
		}
	}
	// A name found in full has its rarest word in the text; one found in part, a distinctive word.
	for w := range words {
		for _, pos := range s.ix.byRarest[w] {
			s.rate(pos, words)
		}
		if list := s.ix.byToken[w]; len(list) <= distinctiveClients {
			for _, pos := range list {
				s.rate(pos, words)
			}
		}
	}
	// "Restaurant Robin Laurent" names that client in full, and "Restaurant Robin" only in part.
	most := 0
	for _, m := range s.named {
		if m.quality == 2 {
			most = max(most, m.words)
		}
	}
	for pos, m := range s.named {
		if m.quality == 2 && m.words < most {
			m.quality = 1
			s.named[pos] = m
		}
	}
}

// rate records how well the words name the client.
func (s *search) rate(pos int32, words map[string]bool) {
	c := &s.ix.clients[pos]
	matched, distinctive := 0, false
	for k, tok := range c.tokens {
		if words[tok] {
			matched++
			distinctive = distinctive || c.distinct[k]
		}
	}
	q := 0
	switch {
	case matched == len(c.tokens) && (matched >= 2 || !bankWords[c.tokens[0]] && len(c.tokens[0]) >= 3):
		q = 2
	case distinctive && matched*2 >= len(c.tokens):
		q = 1
	}
	if q > s.named[pos].quality {
		s.named[pos] = nameMatch{q, matched, fmt.Sprintf("nom du payeur proche de « %s »", s.clientName(pos))}
	}
}

// textNumber is a run of consecutive chunks of the text read as one number.
type textNumber struct {
	norm string
}

// textNumbers lists the concatenations of consecutive chunks that could be an invoice number: they start and
// end on chunk boundaries, so that "F-2026-1" is never found inside "F-2026-14".
func (s *search) textNumbers(text []string) []textNumber {
	var out []textNumber
	span := s.ix.maxChunks + 2
	for i := range text {
		cur := ""
		for j := i; j < len(text) && j < i+span; j++ {
			cur += text[j]
			if len(cur) > max(s.ix.maxNumLen, 25) {
				break
			}
			out = append(out, textNumber{cur})
		}
	}
	return out
}

// byReference looks for invoice numbers and RF creditor references in the label and the reference.
func (s *search) byReference() {
	text := chunks(s.t.Label + " " + s.t.Reference)
	found := map[int32]bool{} // invoice → found through an RF reference
	var order []int32
	note := func(i int32, rf bool) {
		if _, seen := found[i]; !seen {
			order = append(order, i)
		}
		found[i] = found[i] || rf
	}
	for _, n := range s.textNumbers(text) {
		for _, i := range s.ix.byNumber[n.norm] {
			note(i, false)
		}
	}
	// "RF66F2026014", "RF18 5390 0754 7034": the longest run of chunks with valid check digits.
	for i, w := range text {
		if len(w) < 4 || w[:2] != "RF" || !isDigit(w[2]) || !isDigit(w[3]) {
			continue
		}
		cur, valid := "", ""
		for j := i; j < len(text) && len(cur)+len(text[j]) <= 25; j++ {
			cur += text[j]
			if ValidCreditorReference(cur) {
				valid = cur
			}
		}
		if valid != "" {
			for _, inv := range s.ix.byNumber[valid[4:]] {
				note(inv, true)
			}
		}
	}
	if len(order) == 0 {
		return
	}
	slices.Sort(order) // invoices are indexed oldest first
	byClient := map[int32][]int32{}
	var clients []int32
	for _, i := range order {
		pos := s.ix.owner[i]
		if _, ok := byClient[pos]; !ok {
			clients = append(clients, pos)
		}
		byClient[pos] = append(byClient[pos], i)
	}
	for _, pos := range clients {
		invs := byClient[pos]
		var total backend.Cents
		rf := false
		var numbers, rfRefs []string
		for _, i := range invs {
			inv := &s.ix.invoices[i]
			total += inv.Remaining
			if found[i] {
				rf = true
				ref, _ := CreditorReference(inv.Number)
				rfRefs = append(rfRefs, ref+" ("+inv.Number+")")
			} else {
				numbers = append(numbers, inv.Number)
			}
		}
		c := candidate{client: pos, score: 88}
		if rf {
			c.score = 94
			c.reasons = append(c.reasons, "référence structurée "+listFR(rfRefs)+" dans le virement")
		}
		if len(numbers) == 1 {
			c.reasons = append(c.reasons, "n° de facture "+numbers[0]+" dans le libellé")
		} else if len(numbers) > 1 {
			c.reasons = append(c.reasons, "n° de factures "+listFR(numbers)+" dans le libellé")
		}
		if s.foreign {
			c.allocs, _ = s.fifo(invs, total) // what the invoices owe, fitted to the euros received at confirmation
			if m := s.named[pos]; m.quality == 2 {
				c.reasons = append(c.reasons, m.reason)
			}
			s.offer(c)
			continue
		}
		c.allocs, _ = s.fifo(invs, s.t.Amount)
		switch {
		case s.t.Amount == total && len(invs) == 1:
			c.score += 8
			c.reasons = append(c.reasons, "montant exact de la facture")
		case s.t.Amount == total:
			c.score += 8
			c.reasons = append(c.reasons, fmt.Sprintf("montant exact des %d factures citées", len(invs)))
		case s.t.Amount < total:
			c.reasons = append(c.reasons, fmt.Sprintf("paiement partiel : %s sur %s restant dus", backend.FormatEUR(s.t.Amount), backend.FormatEUR(total)))
		default:
			c.score -= 2
			c.reasons = append(c.reasons, fmt.Sprintf("trop-perçu de %s laissé en avoir", backend.FormatEUR(s.t.Amount-total)))
		}
		if m := s.named[pos]; m.quality == 2 {
			c.score += 3
			c.reasons = append(c.reasons, m.reason)
		}
		s.offer(c)
	}
}

// byAmount matches the amount with one invoice's remaining amount.
func (s *search) byAmount() {
	list := s.ix.byAmount[s.t.Amount]
	if len(list) == 0 {
		return
	}
	// A client named in the label with an invoice of that amount: its oldest one.
	perClient := map[int32][]int32{}
	for _, i := range list {
		pos := s.ix.owner[i]
		if s.named[pos].quality > 0 {
			perClient[pos] = append(perClient[pos], i)
		}
	}
	for pos, invs := range perClient {
		inv := &s.ix.invoices[invs[0]]
		m := s.named[pos]
		c := candidate{client: pos, score: 72, allocs: []backend.Allocation{{InvoiceID: inv.ID, Amount: inv.Remaining}}}
		if m.quality == 2 {
			c.score = 80
		}
		reason := "montant exact de la facture " + inv.Number
		if len(invs) > 1 {
			c.score -= 5
			reason += fmt.Sprintf(" (la plus ancienne des %d factures de ce montant du client)", len(invs))
		}
		c.reasons = []string{reason, m.reason}
		s.offer(c)
	}
	if len(list) > maxAmountTies {
		return
	}
	penalty := s.otherNamedPenalty()
	for k, i := range list {
		if k == maxSuggestions {
			break
		}
		inv := &s.ix.invoices[i]
		pos := s.ix.owner[i]
		if s.named[pos].quality > 0 {
			continue
		}
		c := candidate{client: pos, score: 60 - penalty, allocs: []backend.Allocation{{InvoiceID: inv.ID, Amount: inv.Remaining}}}
		if len(list) == 1 {
			c.reasons = []string{"montant exact de la facture " + inv.Number + " (seule facture ouverte de ce montant)"}
		} else {
			c.score = 40 - penalty
			c.reasons = []string{fmt.Sprintf("montant exact de la facture %s (%d factures ouvertes ont ce montant)", inv.Number, len(list))}
		}
		s.offer(c)
	}
}

// byCombination matches the amount with the sum of several invoices of one client: any subset of the oldest
// invoices of a client named in the label, or a combination of two or three invoices that is the only one of
// the whole ledger to give that amount.
func (s *search) byCombination() {
	for pos, m := range s.named {
		c := &s.ix.clients[pos]
		if len(c.invoices) < 2 || m.quality < 2 {
			continue
		}
		if len(c.invoices) > maxSubsetInvoice && c.total == s.t.Amount {
			allocs, _ := s.fifo(c.invoices, s.t.Amount)
			s.offer(candidate{client: pos, score: 70, allocs: allocs, reasons: []string{
				fmt.Sprintf("montant exact du solde des %d factures ouvertes du client", len(c.invoices)), m.reason}})
			continue
		}
		mask, count := s.subsetSum(c.invoices[:min(len(c.invoices), maxSubsetInvoice)])
		if count == 0 {
			continue
		}
		cand := candidate{client: pos, score: 64, allocs: s.maskAllocations(pos, mask)}
		if m.quality == 2 {
			cand.score = 70
		}
		reason := fmt.Sprintf("somme exacte de %d factures du client (%s)", bits.OnesCount16(mask), s.maskNumbers(pos, mask))
		if count > 1 {
			cand.score -= 10
			reason += fmt.Sprintf(" ; %d combinaisons possibles, les factures les plus anciennes retenues", count)
		}
		cand.reasons = []string{reason, m.reason}
		s.offer(cand)
	}
	// Without a name: only a combination that no other client's invoices can form.
	lo, _ := slices.BinarySearchFunc(s.ix.combos, s.t.Amount, func(c combo, a backend.Cents) int { return cmp.Compare(c.sum, a) })
	hi := lo
	for hi < len(s.ix.combos) && s.ix.combos[hi].sum == s.t.Amount {
		hi++
	}
	if hi-lo != 1 {
		return
	}
	cb := s.ix.combos[lo]
	if s.named[cb.client].quality > 0 {
		return // done above
	}
	s.offer(candidate{client: cb.client, score: 45 - s.otherNamedPenalty(), allocs: s.maskAllocations(cb.client, cb.mask), reasons: []string{
		fmt.Sprintf("somme exacte de %d factures de « %s » (%s), seule combinaison possible", bits.OnesCount16(cb.mask),
			s.clientName(cb.client), s.maskNumbers(cb.client, cb.mask))}})
}

// subsetSum finds the subsets of at least two invoices whose remaining amounts add up to the transaction's;
// it returns the one with the fewest invoices, the oldest among those, and how many subsets fit. Amounts are
// positive, so a branch stops as soon as it exceeds the amount or cannot reach it any more.
func (s *search) subsetSum(invs []int32) (uint16, int) {
	var amounts, rest [maxSubsetInvoice + 1]backend.Cents
	n := len(invs)
	for i := n - 1; i >= 0; i-- {
		amounts[i] = s.ix.invoices[invs[i]].Remaining
		rest[i] = rest[i+1] + amounts[i]
	}
	best, count := uint16(0), 0
	var walk func(i int, sum backend.Cents, mask uint16)
	walk = func(i int, sum backend.Cents, mask uint16) {
		if sum == s.t.Amount {
			if bits.OnesCount16(mask) >= 2 {
				count++
				if best == 0 || older(mask, best) {
					best = mask
				}
			}
			return
		}
		if i == n || sum > s.t.Amount || sum+rest[i] < s.t.Amount {
			return
		}
		walk(i+1, sum+amounts[i], mask|1<<i)
		walk(i+1, sum, mask)
	}
	walk(0, 0, 0)
	return best, count
}

// older prefers fewer invoices, then the older ones: the lowest bit where the masks differ belongs to a.
func older(a, b uint16) bool {
	if ca, cb := bits.OnesCount16(a), bits.OnesCount16(b); ca != cb {
		return ca < cb
	}
	diff := a ^ b
	return a&(diff&-diff) != 0
}

func (s *search) maskAllocations(pos int32, mask uint16) []backend.Allocation {
	var out []backend.Allocation
	for k, i := range s.ix.clients[pos].invoices[:min(len(s.ix.clients[pos].invoices), maxSubsetInvoice)] {
		if mask&(1<<k) != 0 {
			inv := &s.ix.invoices[i]
			out = append(out, backend.Allocation{InvoiceID: inv.ID, Amount: inv.Remaining})
		}
	}
	return out
}

func (s *search) maskNumbers(pos int32, mask uint16) string {
	var nums []string
	for k, i := range s.ix.clients[pos].invoices[:min(len(s.ix.clients[pos].invoices), maxSubsetInvoice)] {
		if mask&(1<<k) != 0 {
			nums = append(nums, s.ix.invoices[i].Number)
		}
	}
	return listFR(nums)
}

// otherNamedPenalty lowers the suggestions made from the amount alone when the payer is a client named in full:
// the payment then more likely comes from that client than from the one whose invoice happens to match.
func (s *search) otherNamedPenalty() int {
	for _, m := range s.named {
		if m.quality == 2 {
			return 25
		}
	}
	return 0
}

// byName suggests the clients named in the label, the payment going to their oldest invoices.
func (s *search) byName() {
	for pos, m := range s.named {
		c := &s.ix.clients[pos]
		cand := candidate{client: pos, score: 35, reasons: []string{m.reason}}
		if m.quality == 2 {
			cand.score = 45
		}
		if len(c.invoices) == 0 {
			cand.score -= 15
			cand.reasons = append(cand.reasons, "aucune facture ouverte : le paiement resterait en avoir")
		} else if s.foreign {
			cand.allocs, _ = s.fifo(c.invoices[:1], c.total)
			cand.reasons = append(cand.reasons, "affecté à la facture la plus ancienne")
		} else {
			cand.allocs, _ = s.fifo(c.invoices, s.t.Amount)
			cand.reasons = append(cand.reasons, "affecté aux factures les plus anciennes")
		}
		s.offer(cand)
	}
}

// listFR joins items the French way: "A", "A et B", "A, B et C".
func listFR(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " et " + items[len(items)-1]
}
