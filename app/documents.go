package app

import (
	"net/http"
	"strconv"
	"strings"

	"relance/app/desktop"
	"relance/backend"
	"relance/backend/claimable"
	"relance/backend/documents"
)

// DocumentsAPI generates the formal notice, reminder letters, account statements and the order-for-payment file,
// archives them as proof, and records how they were sent (backend/documents).
type DocumentsAPI struct{ env *Env }

// docService is the documents' use cases over this environment; the insolvency watch (watch.go) takes out of a
// claim what a collective proceeding stops.
func (e *Env) docService() *documents.Service {
	return &documents.Service{Deps: &e.Deps, Data: e.Dirs.Data,
		Halts: func(clientID uint64, claimed []backend.Invoice, left []claimable.LeftOut) ([]backend.Invoice, []claimable.LeftOut, error) {
			return haltedOut(e, clientID, claimed, left)
		}}
}

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
		Path: a.env.docService().Path(d.File), Warnings: warnings, LeftOut: []string{}}
	if end := documents.NoticeDeadline(d); end != 0 {
		v.Deadline = end.String()
	}
	return v
}

// archived shows a document just archived.
func (a *DocumentsAPI) archived(r documents.Archived, err error) (DocumentView, error) {
	if err != nil {
		return DocumentView{}, err
	}
	v := a.view(r.Document, r.Warnings)
	v.LeftOut = r.LeftOut
	return v, nil
}

func documentURL(id uint64) string { return "/documents/" + strconv.FormatUint(id, 10) + ".pdf" }

// List returns a client's documents, newest first.
func (a *DocumentsAPI) List(clientID uint64) ([]DocumentView, error) {
	docs, err := a.env.docService().List(clientID)
	if err != nil {
		return nil, err
	}
	out := make([]DocumentView, len(docs))
	for i, d := range docs {
		out[i] = a.view(d, nil)
	}
	return out, nil
}

// NoticeDraft shows what the formal notice about an invoice will claim, with the warnings to read first.
func (a *DocumentsAPI) NoticeDraft(req NoticeRequest) (NoticeDraft, error) {
	n, err := a.env.docService().NoticeDraft(req.operation())
	if err != nil {
		return NoticeDraft{}, err
	}
	return draftView(n), nil
}

// GenerateNotice writes the formal notice PDF and archives it as proof.
func (a *DocumentsAPI) GenerateNotice(req NoticeRequest) (DocumentView, error) {
	return a.archived(a.env.docService().GenerateNotice(req.operation()))
}

// GenerateReminderLetter writes a postal reminder about the client's overdue invoices.
func (a *DocumentsAPI) GenerateReminderLetter(invoiceID uint64) (DocumentView, error) {
	return a.archived(a.env.docService().GenerateReminderLetter(invoiceID))
}

// GenerateStatement writes the client's account statement: open invoices, payments of the last 12 months, balance.
func (a *DocumentsAPI) GenerateStatement(clientID uint64) (DocumentView, error) {
	return a.archived(a.env.docService().GenerateStatement(clientID))
}

// GenerateDossier writes the order-for-payment file (summary, evidence list, evidence). It is refused while the
// notice's deadline runs, unless force (then it says so among the warnings).
func (a *DocumentsAPI) GenerateDossier(clientID uint64, force bool) (DocumentView, error) {
	return a.archived(a.env.docService().GenerateDossier(clientID, force))
}

// GeneratePenaltyClaim writes the claim of penalties for the client's invoices paid late.
func (a *DocumentsAPI) GeneratePenaltyClaim(clientID uint64) (DocumentView, error) {
	return a.archived(a.env.docService().GeneratePenaltyClaim(clientID))
}

// SendingFacts are what the user records after posting a letter.
type SendingFacts struct {
	RegisteredNumber string `json:"registeredNumber"`
	SentOn           string `json:"sentOn"`
	AcknowledgedOn   string `json:"acknowledgedOn"`
}

// RecordSending stores the registered-letter number and the dates of sending and of the acknowledgment of receipt.
func (a *DocumentsAPI) RecordSending(id uint64, f SendingFacts) (DocumentView, error) {
	d, err := a.env.docService().RecordSending(id, f.RegisteredNumber, f.SentOn, f.AcknowledgedOn)
	if err != nil {
		return DocumentView{}, err
	}
	return a.view(d, nil), nil
}

// DiscardDraft removes a letter generated but not sent (its file too); a document sent is proof and stays.
func (a *DocumentsAPI) DiscardDraft(id uint64) error {
	return a.env.docService().DiscardDraft(id)
}

// Open shows a document in the system's PDF viewer.
func (a *DocumentsAPI) Open(id uint64) error {
	docs := a.env.docService()
	d, err := docs.Document(id)
	if err != nil {
		return err
	}
	return desktop.OpenWithSystem(docs.Path(d.File))
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
		docs := env.docService()
		d, err := docs.Document(id)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		data, err := docs.Read(d)
		if err != nil {
			http.Error(w, "document illisible", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/pdf")
		w.Header().Set("Content-Disposition", `inline; filename="`+string(d.Kind)+"-"+d.Date.String()+`.pdf"`)
		w.Write(data)
	})
}
