package backend

// Queries behind the list screens. The store answers them from an in-memory projection of the ledger so that
// filtering and sorting 100 000 invoices stays instant.

// InvoiceQuery filters, sorts and pages the invoice list.
type InvoiceQuery struct {
	Search   string `json:"search"`   // in number, client code, client name, order reference
	Status   string `json:"status"`   // "" (all), a status, or "unpaid" (open + partially paid)
	ClientID uint64 `json:"clientId"` // 0 = every client
	Overdue  bool   `json:"overdue"`  // only invoices past due with something left to pay
	Aging    string `json:"aging"`    // only unpaid invoices of one aging bucket: not_due, 1_30, 31_60, 61_90, over_90
	Sort     string `json:"sort"`     // number, client, issueDate, dueDate, amount, remaining, status, daysOverdue
	Desc     bool   `json:"desc"`
	Offset   int    `json:"offset"`
	Limit    int    `json:"limit"`
}

// InvoiceRow is one line of the invoice list.
type InvoiceRow struct {
	ID            uint64        `json:"id"`
	Number        string        `json:"number"`
	ClientID      uint64        `json:"clientId"`
	ClientCode    string        `json:"clientCode"`
	ClientName    string        `json:"clientName"`
	IssueDate     Date          `json:"issueDate" ts_type:"string"`
	DueDate       Date          `json:"dueDate" ts_type:"string"`
	AmountInclTax Cents         `json:"amountInclTax"`
	AmountPaid    Cents         `json:"amountPaid"`
	Remaining     Cents         `json:"remaining"`
	Status        InvoiceStatus `json:"status"`
	DaysOverdue   int           `json:"daysOverdue"`
}

// InvoicePage is one page of the invoice list with the totals of everything that matched.
type InvoicePage struct {
	Rows           []InvoiceRow `json:"rows"`
	Total          int          `json:"total"`
	TotalRemaining Cents        `json:"totalRemaining"`
}

// ClientQuery filters, sorts and pages the client list.
type ClientQuery struct {
	Search  string `json:"search"` // in code, name, city, e-mail, SIREN
	Segment string `json:"segment"`
	Type    string `json:"type"`
	Overdue bool   `json:"overdue"` // only clients with something overdue
	Sort    string `json:"sort"`    // code, name, city, segment, outstanding, overdue, oldestDue
	Desc    bool   `json:"desc"`
	Offset  int    `json:"offset"`
	Limit   int    `json:"limit"`
}

// ClientRow is one line of the client list, with what the client owes.
type ClientRow struct {
	ID           uint64     `json:"id"`
	Code         string     `json:"code"`
	Name         string     `json:"name"`
	Type         ClientType `json:"type"`
	Segment      string     `json:"segment"`
	City         string     `json:"city"`
	Email        string     `json:"email"`
	InvoiceCount int        `json:"invoiceCount"`
	Outstanding  Cents      `json:"outstanding"`
	Overdue      Cents      `json:"overdue"`
	OldestDue    Date       `json:"oldestDue" ts_type:"string"` // due date of the oldest unpaid invoice
}

// ClientPage is one page of the client list.
type ClientPage struct {
	Rows  []ClientRow `json:"rows"`
	Total int         `json:"total"`
}

// Overview is what the first screen shows about the ledger.
type Overview struct {
	Clients      int   `json:"clients"`
	Invoices     int   `json:"invoices"`
	Unpaid       int   `json:"unpaid"`
	OverdueCount int   `json:"overdueCount"`
	Outstanding  Cents `json:"outstanding"`
	Overdue      Cents `json:"overdue"`
}

// MaxPageSize bounds one page of a list query.
const MaxPageSize = 1000

// AgingBucket is the aging bucket of an unpaid invoice so many days past due (0: not yet due, or due today).
func AgingBucket(daysOverdue int) string {
	switch {
	case daysOverdue <= 0:
		return "not_due"
	case daysOverdue <= 30:
		return "1_30"
	case daysOverdue <= 60:
		return "31_60"
	case daysOverdue <= 90:
		return "61_90"
	}
	return "over_90"
}
