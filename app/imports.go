package app

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"io"
	"os"
	"sync"
	"time"

	"relance/backend"
	"relance/backend/importer"
)

// ImportAPI runs the import wizard: preview a file with a suggested column mapping, then import it.
type ImportAPI struct {
	env *Env

	mu      sync.Mutex
	pending map[string]pendingFile // files waiting for their import, by token
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

// pendingFile is a previewed file: its bytes, read again row by row when the import runs (a large file's rows
// are never all in memory), and its headers.
type pendingFile struct {
	name    string
	data    []byte
	headers []string
}

// MaxImportBytes is the largest file an import takes (about 2.5 million invoices). The import streams, so
// memory stays a few times the file's size (BENCHMARKS.md); the limit keeps that bounded (a bank statement's is
// cash.MaxStatementBytes). A variable for the tests.
var MaxImportBytes int64 = 200 << 20

// tooLarge says a file is over the import limit, by how much, and what to do.
func tooLarge(name string, size int64) error {
	return backend.Errorf(backend.EINVALID, "le fichier %s fait %s, au-delà de la limite de %s pour un import : découpez-le en plusieurs fichiers (par exemple par année) et importez-les l'un après l'autre",
		name, backend.SizeMB(size), backend.SizeMB(MaxImportBytes))
}

// ReadImportFile reads a file for the command line's imports, refusing one over the limit before reading it.
func ReadImportFile(path string) ([]byte, error) {
	return ReadLimited(path, MaxImportBytes, tooLarge, "impossible de lire le fichier à importer : %s")
}

// ReadLimited reads a file of at most limit bytes (over says why a larger one is refused; unreadable words a
// failure to read it).
func ReadLimited(path string, limit int64, over func(string, int64) error, unreadable string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, backend.Errorf(backend.ENOTFOUND, unreadable, backend.FileError(err))
	}
	if st.Mode().IsRegular() && st.Size() > limit {
		return nil, over(path, st.Size())
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, backend.Errorf(backend.ENOTFOUND, unreadable, backend.FileError(err))
	}
	defer f.Close()
	// A pipe or a device has no size: read one byte past the limit to know.
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, backend.Errorf(backend.ENOTFOUND, unreadable, backend.FileError(err))
	}
	if int64(len(data)) > limit {
		return nil, over(path, int64(len(data)))
	}
	return data, nil
}

// Preview decodes a file sent by the UI (base64) and suggests a mapping, or the one remembered for its layout.
func (a *ImportAPI) Preview(kind, fileName, contentBase64 string) (ImportPreview, error) {
	k, err := importer.ParseKind(kind)
	if err != nil {
		return ImportPreview{}, err
	}
	if n := int64(base64.StdEncoding.DecodedLen(len(contentBase64))); n > MaxImportBytes+3 {
		return ImportPreview{}, tooLarge(fileName, int64(n))
	}
	data, err := base64.StdEncoding.DecodeString(contentBase64)
	if err != nil {
		return ImportPreview{}, backend.Errorf(backend.EINVALID, "le fichier %s n'a pas pu être lu", fileName)
	}
	if int64(len(data)) > MaxImportBytes {
		return ImportPreview{}, tooLarge(fileName, int64(len(data)))
	}
	r, err := importer.NewReader(fileName, data)
	if err != nil {
		return ImportPreview{}, err
	}
	t := r.Head()
	p := ImportPreview{Kind: string(k), FileName: fileName, Encoding: t.Encoding,
		Separator: string(t.Separator), Headers: t.Headers, Fields: importer.ImportFields(k), Sample: [][]string{}}
	for row := range r.All() { // counted, not kept
		if p.RowCount++; len(p.Sample) < 10 {
			p.Sample = append(p.Sample, row.Cells)
		}
	}
	if r.Err() != nil {
		return ImportPreview{}, r.Err()
	}
	fp := importer.Fingerprint(t.Headers)
	m, remembered, err := a.env.Store.ImportLayout(string(k), fp)
	if err != nil {
		return ImportPreview{}, err
	}
	if !remembered {
		m = importer.Suggest(k, t.Headers)
	}
	p.Mapping, p.Remembered = m, remembered
	p.Token = newToken()
	a.mu.Lock()
	if a.pending == nil {
		a.pending, a.kinds = map[string]pendingFile{}, map[string]importer.Kind{}
	}
	clear(a.pending) // one file at a time: a new preview replaces the previous one
	clear(a.kinds)
	a.pending[p.Token], a.kinds[p.Token] = pendingFile{name: fileName, data: data, headers: t.Headers}, k
	a.mu.Unlock()
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
	f, found := a.pending[req.Token]
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
	if !found {
		return ImportResult{}, backend.Errorf(backend.ENOTFOUND, "fichier à importer introuvable : choisissez-le de nouveau")
	}
	kind := a.kindOf(req.Token)
	t, err := importer.NewReader(f.name, f.data)
	if err != nil {
		return ImportResult{}, err
	}
	job := ImportJob{Kind: kind, Table: t, Mapping: req.Mapping, SkipInvalid: req.SkipInvalid, DryRun: req.DryRun}
	res, err := RunImport(ctx, a.env.Store, job, a.throttled())
	if err != nil {
		return res, err
	}
	if !req.DryRun {
		if err := a.env.Store.SetImportLayout(string(kind), importer.Fingerprint(f.headers), req.Mapping); err != nil {
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
