package app

import (
	"strings"
	"testing"

	"relance/backend"
)

// The terms of sale's rate replaces ECB + 10 points in the notice, its annex and the client page; a client's own
// agreed rate comes first; a rate under 3 × the legal rate is warned of. On 2026-11-23, F-2026-0101 (1 200,00 €
// due 31/08) is 84 days late and F-2026-0102 (600,00 € due 15/10) 39 days.
func TestContractualLatePaymentRate(t *testing.T) {
	env, biz, cons := ledgerWithOverdue(t)
	co, _ := env.Store.Company()
	co.LatePaymentRateBP = 1200
	if err := env.Store.SaveCompany(&co); err != nil {
		t.Fatal(err)
	}
	api := &DocumentsAPI{env: env}
	first, _ := env.Store.InvoiceByNumber("F-2026-0101")
	draft, err := api.NoticeDraft(NoticeRequest{InvoiceID: first.ID})
	if err != nil {
		t.Fatal(err)
	}
	// 1 200 × 12 % × 84 / 365 = 33,14 ; 600 × 12 % × 39 / 365 = 7,69
	if draft.Penalties != 3314+769 || draft.Indemnity != 8000 {
		t.Fatalf("penalties %d, indemnity %d at 12 %%", draft.Penalties, draft.Indemnity)
	}
	view, err := api.GenerateNotice(NoticeRequest{InvoiceID: first.ID})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(pdfText(t, view.Path)), " ")
	for _, want := range []string{"taux contractuel de 12,00 % l'an prévu par nos conditions générales de vente",
		"Le taux contractuel s'applique à toute la période", "40,83 €"} {
		if !strings.Contains(text, want) {
			t.Errorf("notice lacks %q", want)
		}
	}
	if strings.Contains(text, "majoré de 10 points") || strings.Contains(text, "chaque semestre porte son propre taux") {
		t.Error("the notice still speaks of the legal default rate")
	}

	// The rate agreed with this client wins over the company's.
	biz.LatePaymentRateBP = 1500
	if err := env.Store.SaveClient(&biz); err != nil {
		t.Fatal(err)
	}
	inv, err := (&InvoicesAPI{env: env}).Get(first.ID)
	if err != nil {
		t.Fatal(err)
	}
	// 1 200 × 15 % × 84 / 365 = 41,42
	if inv.Penalty.Total != 4142 || !strings.Contains(inv.Penalty.Basis, "15,00") {
		t.Errorf("client's own rate: %d, %q", inv.Penalty.Total, inv.Penalty.Basis)
	}

	// Below 3 × the legal rate: computed as agreed, and the owner is warned.
	biz.LatePaymentRateBP = 300
	if err := env.Store.SaveClient(&biz); err != nil {
		t.Fatal(err)
	}
	draft, err = api.NoticeDraft(NoticeRequest{InvoiceID: first.ID})
	if err != nil {
		t.Fatal(err)
	}
	warned := 0
	for _, w := range draft.Warnings {
		if strings.HasPrefix(w, "Le taux contractuel de 3,00 % est inférieur au minimum légal") {
			warned++
		}
	}
	if warned != 1 {
		t.Errorf("low rate warned %d times: %q", warned, draft.Warnings)
	}

	// A consumer owes legal interest only: no rate can be set, and the company's does not apply.
	cons.LatePaymentRateBP = 1000
	if err := env.Store.SaveClient(&cons); backend.ErrorCode(err) != backend.EINVALID || !strings.Contains(backend.ErrorMessage(err), "particulier") {
		t.Errorf("a consumer with a contractual rate: %v", err)
	}
	pet, _ := env.Store.InvoiceByNumber("F-2026-0201")
	pv, err := (&InvoicesAPI{env: env}).Get(pet.ID)
	if err != nil {
		t.Fatal(err)
	}
	if pv.Penalty.Total != 0 || strings.Contains(pv.Penalty.Note+pv.Penalty.Basis, "contractuel") {
		t.Errorf("consumer: %+v", pv.Penalty)
	}
}
