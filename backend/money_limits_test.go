package backend

import (
	"math"
	"strings"
	"testing"
)

func TestAmountCap(t *testing.T) {
	if v, err := ParseAmount("1 000 000 000,00 €"); err != nil || v != MaxAmount {
		t.Fatalf("the cap itself: %v, %v", v, err)
	}
	for _, s := range []string{"1 000 000 000,01", "999 999 999 999 999,99", "-1 000 000 001,00", "12345678901234567890"} {
		_, err := ParseAmount(s)
		if err == nil || !strings.Contains(ErrorMessage(err), "trop grand") || !strings.Contains(ErrorMessage(err), "1\u00a0000\u00a0000\u00a0000,00\u00a0€") {
			t.Errorf("ParseAmount(%q) = %v, want « trop grand » with the cap", s, err)
		}
	}
	long := strings.Repeat("9", 500)
	if _, err := ParseAmount(long); err == nil || len(ErrorMessage(err)) > 200 {
		t.Errorf("a 500-digit amount must be refused with a short message: %v", err)
	}
	inv := Invoice{Number: "F-2026-001", ClientID: 1, IssueDate: MustDate("2026-03-01"), DueDate: MustDate("2026-03-31"),
		AmountExclTax: 99999999999999999, AmountInclTax: 99999999999999999}
	if err := inv.Normalize(); err == nil || !strings.Contains(ErrorMessage(err), "trop grand") {
		t.Errorf("an invoice of 999 999 999 999 999,99 € must be refused: %v", err)
	}
	p := Payment{ClientID: 1, Date: MustDate("2026-03-01"), Amount: MaxAmount + 1}
	if err := p.Normalize(); err == nil || !strings.Contains(ErrorMessage(err), "trop grand") {
		t.Errorf("a payment above the cap must be refused: %v", err)
	}
	p = Payment{ClientID: 1, Date: MustDate("2026-03-01"), Amount: 100, Allocations: []Allocation{{1, math.MaxInt64}, {2, math.MaxInt64}}}
	if err := p.Normalize(); err == nil {
		t.Error("allocations whose sum wraps around must be refused")
	}
}

func TestAddOverflow(t *testing.T) {
	if s, ok := Cents(150).Add(250); !ok || s != 400 {
		t.Errorf("150+250 = %v, %v", s, ok)
	}
	if s, ok := Cents(math.MaxInt64 - 1).Add(2); ok || s != math.MaxInt64 {
		t.Errorf("overflow must saturate and say so: %v, %v", s, ok)
	}
	if s, ok := Cents(math.MinInt64 + 1).Add(-2); ok || s != math.MinInt64 {
		t.Errorf("negative overflow: %v, %v", s, ok)
	}
	many := make([]Cents, 100)
	for i := range many {
		many[i] = 99999999999999999 // 999 999 999 999 999,99 €, stored before the cap existed
	}
	if s, ok := Sum(many...); ok || s <= 0 {
		t.Errorf("100 × 999 999 999 999 999,99 € = %v (ok %v): must saturate, never turn negative", s, ok)
	}
}
