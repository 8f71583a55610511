package app

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"sync"
	"time"

	"relance/backend"
	"relance/backend/importer"
)

// ImportAPI runs the import wizard: preview a file with a suggested column mapping, then import it.
type ImportAPI struct {
	env *Env

	mu      sync.Mutex
	pending map[string]*importer.Table // decoded files waiting for their import, by token
	kinds   map[string]importer.Kind
	cancel  context.CancelFunc
}

// ImportPreview shows how a file was read and how its columns map to Relance's fields.
type ImportPreview struct {
	Token      string           `json:"token"`
	Kind       string           `json:"kind"`
	FileName   string           `json:"fileName"`
	Encoding   string           `json:"encoding"`
	Separator  string           `json:"separator"`
	Headers    []string         `json:"headers"`
	Sample     [][]string       `json:"sample"`
	RowCount   int              `json:"rowCount"`
	Fields     []importer.Field `json:"fields"`
	Mapping    map[string]int   `json:"mapping"`
	Remembered bool             `json:"remembered"`
}

// ImportRequest starts the import of a previewed file.
type ImportRequest struct {
	Token       string         `json:"token"`
	Mapping     map[string]int `json:"mapping"`
	SkipInvalid bool           `json:"skipInvalid"`
	DryRun      bool           `json:"dryRun"`
}

const maxImportBytes = 200 << 20

// Preview decodes a file sent by the UI (base64) and suggests a mapping, or the one remembered for its layout.
func (a *ImportAPI) Preview(kind, fileName, contentBase64 string) (ImportPreview, error) {
	k, err := importer.ParseKind(kind)
	if err != nil {
		return ImportPreview{}, err
	}
	data, err := base64.StdEncoding.DecodeString(contentBase64)
	if err != nil {
		return ImportPreview{}, backend.Errorf(backend.EINVALID, "le fichier %s n'a pas pu être lu", fileName)
	}
	if len(data) > maxImportBytes {
		return ImportPreview{}, backend.Errorf(backend.EINVALID, "le fichier %s dépasse 200 Mo : découpez-le en plusieurs fichiers", fileName)
	}
	t, err := importer.Decode(fileName, data)
	if err != nil {
		return ImportPreview{}, err
	}
	fp := importer.Fingerprint(t.Headers)
	m, remembered, err := a.env.Store.ImportLayout(string(k), fp)
	if err != nil {
		return ImportPreview{}, err
	}
	if !remembered {
		m = importer.Suggest(k, t.Headers)
	}
	token := newToken()
	a.mu.Lock()
	if a.pending == nil {
		a.pending, a.kinds = map[string]*importer.Table{}, map[string]importer.Kind{}
	}
	clear(a.pending) // one file at a time: a new preview replaces the previous one
	clear(a.kinds)
	a.pending[token], a.kinds[token] = t, k
	a.mu.Unlock()
	p := ImportPreview{Token: token, Kind: string(k), FileName: fileName, Encoding: t.Encoding,
		Separator: string(t.Separator), Headers: t.Headers, RowCount: len(t.Rows),
		Fields: importer.ImportFields(k), Mapping: m, Remembered: remembered, Sample: [][]string{}}
	for _, r := range t.Rows[:min(10, len(t.Rows))] {
		p.Sample = append(p.Sample, r.Cells)
	}
	return p, nil
}

func newToken() string {
	b := make([]byte, 12)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// Run imports a previewed file with the mapping the user confirmed, reporting progress as events.
func (a *ImportAPI) Run(req ImportRequest) (ImportResult, error) {
	a.mu.Lock()
	t := a.pending[req.Token]
	if a.cancel != nil {
		a.mu.Unlock()
		return ImportResult{}, backend.Errorf(backend.ECONFLICT, "un import est déjà en cours : attendez sa fin ou annulez-le")
	}
	ctx, cancel := background()
	a.cancel = cancel
	a.mu.Unlock()
	defer func() {
		a.mu.Lock()
		a.cancel = nil
		a.mu.Unlock()
		cancel()
	}()
	if t == nil {
		return ImportResult{}, backend.Errorf(backend.ENOTFOUND, "fichier à importer introuvable : choisissez-le de nouveau")
	}
	kind := a.kindOf(req.Token)
	job := importJob{Kind: kind, Table: t, Mapping: req.Mapping, SkipInvalid: req.SkipInvalid, DryRun: req.DryRun}
	res, err := runImport(ctx, a.env.Store, job, a.throttled())
	if err != nil {
		return res, err
	}
	if !req.DryRun {
		if err := a.env.Store.SetImportLayout(string(kind), importer.Fingerprint(t.Headers), req.Mapping); err != nil {
			a.env.Log.Warn("remember import layout", "err", err)
		}
	}
	if res.Written {
		a.mu.Lock()
		delete(a.pending, req.Token)
		a.mu.Unlock()
		a.env.emit(EventLedgerChanged, nil)
	}
	return res, nil
}

// kindOf finds the kind a token was previewed as; tokens are per preview so the table remembers it.
func (a *ImportAPI) kindOf(token string) importer.Kind {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.kinds[token]
}

// Cancel stops the running import; nothing of it is written.
func (a *ImportAPI) Cancel() {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.cancel != nil {
		a.cancel()
	}
}

// throttled sends progress at most every 100 ms, and always the phase changes and the end.
func (a *ImportAPI) throttled() func(Progress) {
	var last time.Time
	var phase string
	return func(p Progress) {
		now := time.Now()
		if p.Phase == phase && p.Done < p.Total && now.Sub(last) < 100*time.Millisecond {
			return
		}
		last, phase = now, p.Phase
		a.env.emit(EventImportProgress, p)
	}
}
