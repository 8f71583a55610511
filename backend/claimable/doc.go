// Package claimable decides which invoices a formal notice, an account statement's claim and an order-for-payment
// file may claim: only sums that are certain, due and unpaid (« certaine, liquide et exigible »). An invoice that is
// cancelled, written off, disputed or time-barred is left out, with the reason, so that every document says the
// same thing. It also holds the limitation periods (prescription) and the warning before an invoice becomes
// time-barred. Pure: no store, no clock.
package claimable
