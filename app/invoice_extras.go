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
	"relance/backend/cash"
)

// PaymentRequest records money received for one invoice. What exceeds the invoice's remaining amount stays as a
// credit of the client.
type PaymentRequest cash.InvoicePayment

// RecordPayment records a payment received on an invoice.
func (a *InvoicesAPI) RecordPayment(r PaymentRequest) (InvoiceView, error) {
	if err := cashOps(a.env, a.chase).RecordInvoicePayment(cash.InvoicePayment(r)); err != nil {
		return InvoiceView{}, err
	}
	a.env.emit(EventLedgerChanged, nil)
	a.env.emit(EventChaseUpdated, nil)
	return a.Get(r.InvoiceID)
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
