package report

import (
	"cmp"
	"slices"

	"relance/backend"
)

// Bucket is one range of the aging: what is still owed on invoices that many days past their due date.
type Bucket struct {
	Key        string        `json:"key"`   // not_due, 1_30, 31_60, 61_90, over_90
	Label      string        `json:"label"` // « Non échu », « 1 à 30 jours », …
	Amount     backend.Cents `json:"amount"`
	Count      int           `json:"count"`
	InvoiceIDs []uint64      `json:"-"` // the invoices in the bucket, in input order (for a drill-down)
}

// BucketKeys and BucketLabels name the five aging ranges, in order; AgedRow.Buckets follows the same order.
var (
	BucketKeys   = [5]string{"not_due", "1_30", "31_60", "61_90", "over_90"}
	BucketLabels = [5]string{"Non échu", "1 à 30\u00a0jours", "31 à 60\u00a0jours", "61 à 90\u00a0jours",
		"Plus de 90\u00a0jours"}
)

// bucketOf is the aging range of an invoice that many days past due: 0 and less is not due.
func bucketOf(daysPastDue int) int {
	switch {
	case daysPastDue <= 0:
		return 0
	case daysPastDue <= 30:
		return 1
	case daysPastDue <= 60:
		return 2
	case daysPastDue <= 90:
		return 3
	}
	return 4
}

func newBuckets() []Bucket {
	b := make([]Bucket, len(BucketKeys))
	for i := range b {
		b[i].Key, b[i].Label = BucketKeys[i], BucketLabels[i]
	}
	return b
}

// Aging spreads what is still owed (Invoice.Remaining() > 0) over the five ranges of days past due at today:
// not due (due today or later), 1–30, 31–60, 61–90 and over 90 days. Cancelled and written-off invoices owe
// nothing and are left out.
func Aging(invoices []backend.Invoice, today backend.Date) []Bucket {
	buckets := newBuckets()
	t := today.DayNumber()
	var n [5]int
	for i := range invoices {
		inv := &invoices[i]
		if r := inv.Remaining(); r > 0 {
			k := bucketOf(t - inv.DueDate.DayNumber())
			add(&buckets[k].Amount, r)
			n[k]++
		}
	}
	for k := range buckets {
		buckets[k].Count = n[k]
		buckets[k].InvoiceIDs = make([]uint64, 0, n[k])
	}
	for i := range invoices {
		inv := &invoices[i]
		if inv.Remaining() > 0 {
			k := bucketOf(t - inv.DueDate.DayNumber())
			buckets[k].InvoiceIDs = append(buckets[k].InvoiceIDs, inv.ID)
		}
	}
	return buckets
}

// AgedRow is one client's line of the aged balance (« balance âgée »).
type AgedRow struct {
	ClientID   uint64           `json:"clientId"`
	ClientCode string           `json:"clientCode"`
	ClientName string           `json:"clientName"`
	Buckets    [5]backend.Cents `json:"buckets"` // in the order of BucketKeys
	Total      backend.Cents    `json:"total"`
}

// AgedBalance is the aged balance: for each client that still owes something, the amounts of Aging split by
// range. Rows are sorted by total owed (largest first), then name, then ID. An invoice whose client is not in
// clients still gets a row, with its ClientID and empty code and name, so that the rows add up to Aging.
func AgedBalance(clients []backend.Client, invoices []backend.Invoice, today backend.Date) []AgedRow {
	idx := indexIDs(clients, clientID)
	rows := make([]AgedRow, len(clients))
	for i := range clients {
		rows[i].ClientID, rows[i].ClientCode, rows[i].ClientName = clients[i].ID, clients[i].Code, clients[i].Name
	}
	var unknown map[uint64]int // client ID → position in rows, for invoices of clients not passed in
	t := today.DayNumber()
	for i := range invoices {
		inv := &invoices[i]
		r := inv.Remaining()
		if r <= 0 {
			continue
		}
		c := idx.get(inv.ClientID)
		if c < 0 {
			if unknown == nil {
				unknown = map[uint64]int{}
			}
			var ok bool
			if c, ok = unknown[inv.ClientID]; !ok {
				c = len(rows)
				unknown[inv.ClientID] = c
				rows = append(rows, AgedRow{ClientID: inv.ClientID})
			}
		}
		add(&rows[c].Buckets[bucketOf(t-inv.DueDate.DayNumber())], r)
		add(&rows[c].Total, r)
	}
	rows = slices.DeleteFunc(rows, func(r AgedRow) bool { return r.Total == 0 })
	slices.SortFunc(rows, func(a, b AgedRow) int {
		if c := cmp.Compare(b.Total, a.Total); c != 0 {
			return c
		}
		if c := cmp.Compare(a.ClientName, b.ClientName); c != 0 {
			return c
		}
		return cmp.Compare(a.ClientID, b.ClientID)
	})
	return rows
}

// AgedTotal is the total line of an aged balance: ClientID 0, ClientName « Total », each range summed.
func AgedTotal(rows []AgedRow) AgedRow {
	t := AgedRow{ClientName: "Total"}
	for _, r := range rows {
		for k, v := range r.Buckets {
			add(&t.Buckets[k], v)
		}
		add(&t.Total, r.Total)
	}
	return t
}
