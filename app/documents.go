package app

import (
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"relance/app/desktop"
	"relance/backend"
)

// DocumentsAPI generates the formal notice, reminder letters, account statements and the order-for-payment file,
// archives them as proof, and records how they were sent.
type DocumentsAPI struct{ env *Env }

// DocumentView is an archived document with the URL the UI shows it from.
type DocumentView struct {
	Document backend.Document `json:"document"`
	Label    string           `json:"label"`
	URL      string           `json:"url"`  // served by the window (documentHandler)
	Path     string           `json:"path"` // on disk
	Warnings []string         `json:"warnings"`
	LeftOut  []string         `json:"leftOut"`  // unpaid invoices the document does not claim, and why
	Deadline string           `json:"deadline"` // a notice's last day to pay, once its receipt is recorded
}

func (a *DocumentsAPI) view(d backend.Document, warnings []string) DocumentView {
	if warnings == nil {
		warnings = []string{}
	}
	v := DocumentView{Document: d, Label: backend.DocumentLabels[d.Kind], URL: documentURL(d.ID),
		Path: filepath.Join(a.env.Dirs.Data, filepath.FromSlash(d.File)), Warnings: warnings, LeftOut: []string{}}
	if end := noticeDeadline(d); end != 0 {
		v.Deadline = end.String()
	}
	return v
}

func documentURL(id uint64) string { return "/documents/" + strconv.FormatUint(id, 10) + ".pdf" }

// List returns a client's documents, newest first.
func (a *DocumentsAPI) List(clientID uint64) ([]DocumentView, error) {
	docs, err := a.env.Store.ClientDocuments(clientID)
	if err != nil {
		return nil, err
	}
	out := make([]DocumentView, len(docs))
	for i, d := range docs {
		out[i] = a.view(d, nil)
	}
	return out, nil
}

// SendingFacts are what the user records after posting a letter.
type SendingFacts struct {
	RegisteredNumber string `json:"registeredNumber"`
	SentOn           string `json:"sentOn"`
	AcknowledgedOn   string `json:"acknowledgedOn"`
}

// RecordSending stores the registered-letter number and the dates of sending and of the acknowledgment of receipt.
func (a *DocumentsAPI) RecordSending(id uint64, f SendingFacts) (DocumentView, error) {
	var p backend.Problems
	parse := func(field, s string) backend.Date {
		if strings.TrimSpace(s) == "" {
			return 0
		}
		d, err := backend.ParseDate(s)
		if err != nil {
			p.Add(field, "%s", backend.ErrorMessage(err))
		} else if d > backend.Today(a.env.Clock) {
			p.Add(field, "cette date est dans le futur")
		}
		return d
	}
	sent, ack := parse("sentOn", f.SentOn), parse("acknowledgedOn", f.AcknowledgedOn)
	if err := p.Err(); err != nil {
		return DocumentView{}, err
	}
	d, err := a.env.Store.RecordSending(id, f.RegisteredNumber, sent, ack)
	if err != nil {
		return DocumentView{}, err
	}
	a.env.emit(EventLedgerChanged, nil)
	return a.view(d, nil), nil
}

// DiscardDraft removes a letter generated but not sent (its file too); a document sent is proof and stays.
func (a *DocumentsAPI) DiscardDraft(id uint64) error {
	if _, err := a.env.Store.DiscardDraft(a.env.Dirs.Data, id); err != nil {
		return err
	}
	a.env.emit(EventLedgerChanged, nil)
	return nil
}

// Open shows a document in the system's PDF viewer.
func (a *DocumentsAPI) Open(id uint64) error {
	d, err := a.env.Store.Document(id)
	if err != nil {
		return err
	}
	return desktop.OpenWithSystem(filepath.Join(a.env.Dirs.Data, filepath.FromSlash(d.File)))
}

// DocumentHandler serves archived documents to the window at /documents/{id}.pdf, so the UI can show them; it
// reads only files the archive names, never a path from the request.
func DocumentHandler(env *Env) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, ok := strings.CutPrefix(r.URL.Path, "/documents/")
		id, err := strconv.ParseUint(strings.TrimSuffix(name, ".pdf"), 10, 64)
		if !ok || err != nil || r.Method != http.MethodGet {
			http.NotFound(w, r)
			return
		}
		d, err := env.Store.Document(id)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		data, err := os.ReadFile(filepath.Join(env.Dirs.Data, filepath.FromSlash(d.File)))
		if err != nil {
			http.Error(w, "document illisible", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/pdf")
		w.Header().Set("Content-Disposition", `inline; filename="`+string(d.Kind)+"-"+d.Date.String()+`.pdf"`)
		w.Write(data)
	})
}
