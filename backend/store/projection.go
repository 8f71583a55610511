package store

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// projection is the in-memory view of the ledger behind the list screens. It holds only what lists show and
// search, is built once from the file, and is kept in step after every commit. Sorted orders are computed on
// first use and dropped when the data (or the day, for overdue figures) changes.
type projection struct {
	clients  map[uint64]*clientEntry
	invoices []invEntry
	invPos   map[uint64]int

	today       backend.Date
	sorted      map[string][]int32 // sort key → positions in invoices, ascending
	agg         map[uint64]*clientAgg
	searchReady bool // invoices' search strings are built on the first search, not at start-up
}

type clientEntry struct {
	id                               uint64
	code, name, segment, city, email string
	typ                              backend.ClientType
	search                           string
}

type invEntry struct {
	id, clientID uint64
	number       string
	orderRef     string
	search       string // folded number and order reference, once searchReady
	issue, due   backend.Date
	incl, paid   backend.Cents
	rem          backend.Cents // what is still owed
	status       backend.InvoiceStatus
}

type clientAgg struct {
	count                int
	outstanding, overdue backend.Cents
	oldestDue            backend.Date
}

func (e *invEntry) remaining() backend.Cents { return e.rem }

func remainingOf(status backend.InvoiceStatus, incl, paid backend.Cents) backend.Cents {
	if status == backend.StatusCancelled || status == backend.StatusWrittenOff || paid >= incl {
		return 0
	}
	return incl - paid
}

func (e *invEntry) daysOverdue(today backend.Date) int {
	if e.remaining() == 0 || e.due >= today {
		return 0
	}
	return e.due.DaysUntil(today)
}

func newClientEntry(c *backend.Client) *clientEntry {
	return &clientEntry{id: c.ID, code: c.Code, name: c.Name, segment: c.Segment, city: c.Address.City,
		email: c.ReminderEmail(), typ: c.Type,
		search: fold(c.Code + " " + c.Name + " " + c.Address.City + " " + c.Email + " " + c.SIREN)}
}

// listedInvoice is the part of a stored invoice the projection decodes; the rest of the JSON is skipped.
type listedInvoice struct {
	ID             uint64                `json:"id"`
	Number         string                `json:"number"`
	ClientID       uint64                `json:"clientId"`
	IssueDate      backend.Date          `json:"issueDate"`
	DueDate        backend.Date          `json:"dueDate"`
	AmountInclTax  backend.Cents         `json:"amountInclTax"`
	AmountPaid     backend.Cents         `json:"amountPaid"`
	OrderReference string                `json:"orderReference"`
	Status         backend.InvoiceStatus `json:"status"`
}

func (l *listedInvoice) entry() invEntry {
	return invEntry{id: l.ID, clientID: l.ClientID, number: l.Number, orderRef: l.OrderReference,
		issue: l.IssueDate, due: l.DueDate, incl: l.AmountInclTax, paid: l.AmountPaid, status: l.Status,
		rem: remainingOf(l.Status, l.AmountInclTax, l.AmountPaid)}
}

// loadProjection reads the whole ledger. Invoices are decoded on every core: it is the cost of the first screen.
func loadProjection(db *bolt.DB) (*projection, error) {
	p := &projection{clients: map[uint64]*clientEntry{}, invPos: map[uint64]int{}}
	err := db.View(func(tx *bolt.Tx) error {
		cb := tx.Bucket(bClients)
		if err := cb.ForEach(func(k, v []byte) error {
			var c backend.Client
			if err := decodeClient(v, &c); err != nil {
				return err
			}
			p.clients[c.ID] = newClientEntry(&c)
			return nil
		}); err != nil {
			return err
		}
		var raw [][]byte
		if err := tx.Bucket(bInvoices).ForEach(func(k, v []byte) error { raw = append(raw, v); return nil }); err != nil {
			return err
		}
		p.invoices = make([]invEntry, len(raw))
		const workers = 4
		var wg sync.WaitGroup
		errs := make([]error, workers)
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				for i := w; i < len(raw); i += workers {
					var l listedInvoice
					if err := decodeListed(raw[i], &l); err != nil {
						errs[w] = err
						return
					}
					p.invoices[i] = l.entry()
				}
			}(w)
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				return err
			}
		}
		return nil
	})
	for i := range p.invoices {
		p.invPos[p.invoices[i].id] = i
	}
	return p, err
}

// view returns the projection for today, loading it on first use. The caller holds s.mu.
func (s *Store) view() (*projection, error) {
	if s.proj == nil {
		s.swap.RLock()
		p, err := loadProjection(s.db)
		s.swap.RUnlock()
		if err != nil {
			return nil, err
		}
		s.proj = p
	}
	if today := backend.Today(s.clock); today != s.proj.today {
		s.proj.today = today
		s.proj.changed()
	}
	return s.proj, nil
}

func (p *projection) changed() { p.sorted, p.agg = nil, nil }

func (s *Store) applyClients(cs []backend.Client) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.proj == nil {
		return
	}
	for i := range cs {
		s.proj.clients[cs[i].ID] = newClientEntry(&cs[i])
	}
	s.proj.changed()
}

func (s *Store) applyInvoices(invs []backend.Invoice) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.proj == nil {
		return
	}
	for i := range invs {
		l := listedInvoice{ID: invs[i].ID, Number: invs[i].Number, ClientID: invs[i].ClientID, IssueDate: invs[i].IssueDate,
			DueDate: invs[i].DueDate, AmountInclTax: invs[i].AmountInclTax, AmountPaid: invs[i].AmountPaid,
			OrderReference: invs[i].OrderReference, Status: invs[i].Status}
		e := l.entry()
		if s.proj.searchReady {
			e.search = fold(e.number + " " + e.orderRef)
		}
		if pos, ok := s.proj.invPos[l.ID]; ok {
			s.proj.invoices[pos] = e
		} else {
			s.proj.invPos[l.ID] = len(s.proj.invoices)
			s.proj.invoices = append(s.proj.invoices, e)
		}
	}
	s.proj.changed()
}

// dropProjection forgets the projection (after a restore); the next query reloads it.
func (s *Store) dropProjection() {
	s.mu.Lock()
	s.proj = nil
	s.mu.Unlock()
}

// invoiceOrder returns positions sorted ascending by key, ties in creation order. Every key but the number is an
// integer computed once per row, so sorting 100 000 rows compares plain numbers.
func (p *projection) invoiceOrder(key string) []int32 {
	if order, ok := p.sorted[key]; ok {
		return order
	}
	inv := p.invoices
	order := make([]int32, len(inv))
	for i := range order {
		order[i] = int32(i)
	}
	if key == "number" {
		slices.SortStableFunc(order, func(x, y int32) int { return strings.Compare(inv[x].number, inv[y].number) })
	} else {
		keyOf := p.sortKey(key)
		type keyed struct {
			k   int64
			pos int32
		}
		ks := make([]keyed, len(inv))
		for i := range inv {
			ks[i] = keyed{keyOf(&inv[i]), int32(i)}
		}
		slices.SortFunc(ks, func(a, b keyed) int {
			if a.k != b.k {
				return cmp.Compare(a.k, b.k)
			}
			return cmp.Compare(a.pos, b.pos)
		})
		for i := range ks {
			order[i] = ks[i].pos
		}
	}
	if p.sorted == nil {
		p.sorted = map[string][]int32{}
	}
	p.sorted[key] = order
	return order
}

var statusRank = map[backend.InvoiceStatus]int64{backend.StatusOpen: 0, backend.StatusPartiallyPaid: 1,
	backend.StatusPaid: 2, backend.StatusCancelled: 3, backend.StatusWrittenOff: 4}

func (p *projection) sortKey(key string) func(e *invEntry) int64 {
	switch key {
	case "client":
		rank := p.clientRanks()
		return func(e *invEntry) int64 { return int64(rank[e.clientID]) }
	case "issueDate":
		return func(e *invEntry) int64 { return int64(e.issue) }
	case "amount":
		return func(e *invEntry) int64 { return int64(e.incl) }
	case "remaining":
		return func(e *invEntry) int64 { return int64(e.rem) }
	case "status": // then by due date: a client's unpaid invoices first, oldest due first
		return func(e *invEntry) int64 { return statusRank[e.status]<<32 | int64(uint32(e.due)) }
	case "daysOverdue":
		return func(e *invEntry) int64 { return int64(e.daysOverdue(p.today)) }
	default: // dueDate
		return func(e *invEntry) int64 { return int64(e.due) }
	}
}

// clientRanks numbers clients in alphabetical order of their name.
func (p *projection) clientRanks() map[uint64]int {
	ids := make([]uint64, 0, len(p.clients))
	for id := range p.clients {
		ids = append(ids, id)
	}
	folded := make(map[uint64]string, len(ids))
	for _, id := range ids {
		folded[id] = fold(p.clients[id].name)
	}
	slices.SortFunc(ids, func(a, b uint64) int {
		if c := strings.Compare(folded[a], folded[b]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	rank := make(map[uint64]int, len(ids))
	for i, id := range ids {
		rank[id] = i
	}
	return rank
}

// ensureSearch builds the invoices' search strings, once.
func (p *projection) ensureSearch() {
	if p.searchReady {
		return
	}
	for i := range p.invoices {
		e := &p.invoices[i]
		e.search = fold(e.number + " " + e.orderRef)
	}
	p.searchReady = true
}

func (p *projection) clientName(id uint64) string {
	if c := p.clients[id]; c != nil {
		return c.name
	}
	return ""
}

// ListInvoices answers the invoice list: filter, sort, one page, and the totals of what matched.
func (s *Store) ListInvoices(q backend.InvoiceQuery) (backend.InvoicePage, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, err := s.view()
	if err != nil {
		return backend.InvoicePage{}, err
	}
	limit := clampLimit(q.Limit)
	needle := fold(strings.TrimSpace(q.Search))
	amount := parseAmountQuery(q.Search)
	var clientMatch map[uint64]bool
	if needle != "" {
		p.ensureSearch()
		clientMatch = map[uint64]bool{}
		for id, c := range p.clients {
			if strings.Contains(c.search, needle) {
				clientMatch[id] = true
			}
		}
	}
	keep := func(e *invEntry) bool {
		if q.ClientID != 0 && e.clientID != q.ClientID {
			return false
		}
		switch q.Status {
		case "":
		case "unpaid":
			if e.remaining() == 0 {
				return false
			}
		default:
			if string(e.status) != q.Status {
				return false
			}
		}
		if q.Overdue && (e.remaining() == 0 || e.due >= p.today) {
			return false
		}
		if q.Aging != "" && (e.remaining() == 0 || backend.AgingBucket(e.daysOverdue(p.today)) != q.Aging) {
			return false
		}
		return needle == "" || clientMatch[e.clientID] || strings.Contains(e.search, needle) || amount.matches(e.incl, e.rem)
	}
	page := backend.InvoicePage{Rows: []backend.InvoiceRow{}}
	order := p.invoiceOrder(q.Sort)
	n := len(order)
	for i := 0; i < n; i++ {
		pos := order[i]
		if q.Desc {
			pos = order[n-1-i]
		}
		e := &p.invoices[pos]
		if !keep(e) {
			continue
		}
		if page.Total >= q.Offset && len(page.Rows) < limit {
			page.Rows = append(page.Rows, p.invoiceRow(e))
		}
		page.Total++
		page.TotalRemaining, _ = page.TotalRemaining.Add(e.remaining()) // saturates, never wraps negative
	}
	return page, nil
}

func (p *projection) invoiceRow(e *invEntry) backend.InvoiceRow {
	r := backend.InvoiceRow{ID: e.id, Number: e.number, ClientID: e.clientID, IssueDate: e.issue, DueDate: e.due,
		AmountInclTax: e.incl, AmountPaid: e.paid, Remaining: e.remaining(), Status: e.status,
		DaysOverdue: e.daysOverdue(p.today)}
	if c := p.clients[e.clientID]; c != nil {
		r.ClientCode, r.ClientName = c.code, c.name
	}
	return r
}

func clampLimit(l int) int {
	if l <= 0 {
		return 50
	}
	return min(l, backend.MaxPageSize)
}

// aggregates computes, per client, what it owes and since when.
func (p *projection) aggregates() map[uint64]*clientAgg {
	if p.agg != nil {
		return p.agg
	}
	agg := make(map[uint64]*clientAgg, len(p.clients))
	for id := range p.clients {
		agg[id] = &clientAgg{}
	}
	for i := range p.invoices {
		e := &p.invoices[i]
		a := agg[e.clientID]
		if a == nil {
			continue
		}
		a.count++
		r := e.remaining()
		if r == 0 {
			continue
		}
		a.outstanding += r
		if e.due < p.today {
			a.overdue += r
		}
		if a.oldestDue == 0 || e.due < a.oldestDue {
			a.oldestDue = e.due
		}
	}
	p.agg = agg
	return agg
}

// ListClients answers the client list with what each client owes.
func (s *Store) ListClients(q backend.ClientQuery) (backend.ClientPage, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, err := s.view()
	if err != nil {
		return backend.ClientPage{}, err
	}
	agg := p.aggregates()
	needle := fold(strings.TrimSpace(q.Search))
	rows := make([]backend.ClientRow, 0, len(p.clients))
	for id, c := range p.clients {
		a := agg[id]
		if needle != "" && !strings.Contains(c.search, needle) ||
			q.Segment != "" && c.segment != q.Segment ||
			q.Type != "" && string(c.typ) != q.Type ||
			q.Overdue && a.overdue == 0 {
			continue
		}
		rows = append(rows, backend.ClientRow{ID: id, Code: c.code, Name: c.name, Type: c.typ, Segment: c.segment,
			City: c.city, Email: c.email, InvoiceCount: a.count, Outstanding: a.outstanding, Overdue: a.overdue,
			OldestDue: a.oldestDue})
	}
	var by func(a, b *backend.ClientRow) int
	switch q.Sort {
	case "name":
		by = func(a, b *backend.ClientRow) int { return strings.Compare(fold(a.Name), fold(b.Name)) }
	case "city":
		by = func(a, b *backend.ClientRow) int { return strings.Compare(fold(a.City), fold(b.City)) }
	case "segment":
		by = func(a, b *backend.ClientRow) int { return strings.Compare(a.Segment, b.Segment) }
	case "outstanding":
		by = func(a, b *backend.ClientRow) int { return cmp.Compare(a.Outstanding, b.Outstanding) }
	case "overdue":
		by = func(a, b *backend.ClientRow) int { return cmp.Compare(a.Overdue, b.Overdue) }
	case "oldestDue":
		by = func(a, b *backend.ClientRow) int { return cmp.Compare(a.OldestDue, b.OldestDue) }
	default:
		by = func(a, b *backend.ClientRow) int { return 0 }
	}
	slices.SortFunc(rows, func(a, b backend.ClientRow) int {
		c := by(&a, &b)
		if c == 0 {
			c = strings.Compare(a.Code, b.Code)
		}
		if q.Desc {
			return -c
		}
		return c
	})
	page := backend.ClientPage{Total: len(rows), Rows: []backend.ClientRow{}}
	if q.Offset < len(rows) {
		page.Rows = rows[q.Offset:min(len(rows), q.Offset+clampLimit(q.Limit))]
	}
	return page, nil
}

// ClientSummary is one client's line of the client list.
func (s *Store) ClientSummary(id uint64) (backend.ClientRow, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, err := s.view()
	if err != nil {
		return backend.ClientRow{}, err
	}
	c := p.clients[id]
	if c == nil {
		return backend.ClientRow{}, notFound("client", id)
	}
	a := p.aggregates()[id]
	return backend.ClientRow{ID: id, Code: c.code, Name: c.name, Type: c.typ, Segment: c.segment, City: c.city,
		Email: c.email, InvoiceCount: a.count, Outstanding: a.outstanding, Overdue: a.overdue, OldestDue: a.oldestDue}, nil
}

// Overview is the first screen's figures.
func (s *Store) Overview() (backend.Overview, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, err := s.view()
	if err != nil {
		return backend.Overview{}, err
	}
	o := backend.Overview{Clients: len(p.clients), Invoices: len(p.invoices)}
	for i := range p.invoices {
		e := &p.invoices[i]
		r := e.remaining()
		if r == 0 {
			continue
		}
		o.Unpaid++
		o.Outstanding += r
		if e.due < p.today {
			o.OverdueCount++
			o.Overdue += r
		}
	}
	return o, nil
}
