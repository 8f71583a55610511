package app

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"os"
	"path/filepath"
	"regexp"

	"relance/app/desktop"
	"relance/backend"
)

// PaymentRequest records money received for one invoice. What exceeds the invoice's remaining amount stays as a
// credit of the client.
type PaymentRequest struct {
	InvoiceID uint64        `json:"invoiceId"`
	Date      string        `json:"date"`
	Amount    backend.Cents `json:"amount"`
	Method    string        `json:"method"`
	Reference string        `json:"reference"`
}

// RecordPayment records a payment received on an invoice.
func (a *InvoicesAPI) RecordPayment(r PaymentRequest) (InvoiceView, error) {
	inv, err := a.env.Store.Invoice(r.InvoiceID)
	if err != nil {
		return InvoiceView{}, err
	}
	var p backend.Problems
	date := paymentDate(&p, r.Date, backend.Today(a.env.Clock), "du paiement")
	if r.Amount <= 0 {
		p.Add("amount", "le montant du paiement doit être positif")
	}
	if err := p.Err(); err != nil {
		return InvoiceView{}, err
	}
	pay := backend.Payment{ClientID: inv.ClientID, Date: date, Amount: r.Amount, Method: r.Method, Reference: r.Reference}
	if alloc := min(r.Amount, inv.Remaining()); alloc > 0 {
		pay.Allocations = []backend.Allocation{{InvoiceID: inv.ID, Amount: alloc}}
	}
	if err := a.env.Store.RecordPayment(&pay); err != nil {
		return InvoiceView{}, err
	}
	if a.chase != nil {
		a.chase.thankPaid(pay)
	}
	a.env.emit(EventLedgerChanged, nil)
	a.env.emit(EventChaseUpdated, nil)
	return a.Get(inv.ID)
}

const maxAttachmentBytes = 20 << 20

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// AttachPDF keeps a copy of the invoice's PDF in the data folder (attachments/), to send with reminders and to
// join to a court file.
func (a *InvoicesAPI) AttachPDF(id uint64, fileName, contentBase64 string) (InvoiceView, error) {
	inv, err := a.env.Store.Invoice(id)
	if err != nil {
		return InvoiceView{}, err
	}
	data, err := base64.StdEncoding.DecodeString(contentBase64)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		return InvoiceView{}, backend.Errorf(backend.EINVALID, "%s n'est pas un fichier PDF : joignez la facture au format PDF", fileName)
	}
	if len(data) > maxAttachmentBytes {
		return InvoiceView{}, backend.Errorf(backend.EINVALID, "%s dépasse 20 Mo", fileName)
	}
	sum := sha256.Sum256(data)
	rel := filepath.Join("attachments", unsafeName.ReplaceAllString(inv.Number, "_")+"-"+hex.EncodeToString(sum[:6])+".pdf")
	path := filepath.Join(a.env.Dirs.Data, rel)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return InvoiceView{}, backend.Errorf(backend.EUNAVAILABLE, "impossible de créer %s : %v", filepath.Dir(path), err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		return InvoiceView{}, backend.Errorf(backend.EUNAVAILABLE, "impossible d'écrire %s (disque plein ?) : %v", path, err)
	}
	inv.AttachmentPath = filepath.ToSlash(rel)
	if err := a.env.Store.SaveInvoice(&inv); err != nil {
		return InvoiceView{}, err
	}
	return a.view(inv)
}

// OpenAttachment shows the invoice's PDF in the system's viewer.
func (a *InvoicesAPI) OpenAttachment(id uint64) error {
	inv, err := a.env.Store.Invoice(id)
	if err != nil {
		return err
	}
	if inv.AttachmentPath == "" {
		return backend.Errorf(backend.ENOTFOUND, "aucun PDF n'est joint à la facture %s", inv.Number)
	}
	return desktop.OpenWithSystem(filepath.Join(a.env.Dirs.Data, filepath.FromSlash(inv.AttachmentPath)))
}

// paymentDate reads the date of money received or credited: a valid date, not in the future; what names it
// ("du paiement", "de l'avoir") in the message.
func paymentDate(p *backend.Problems, s string, today backend.Date, what string) backend.Date {
	date, err := backend.ParseDate(s)
	if err != nil {
		p.Add("date", "%s", backend.ErrorMessage(err))
	} else if date > today {
		p.Add("date", "la date %s ne peut pas être dans le futur : indiquez le jour où il a été reçu ou émis", what)
	}
	return date
}
