package cash

import (
	"encoding/base64"

	"relance/backend"
	"relance/backend/bank"
	"relance/backend/store"
)

// MaxStatementBytes is the largest statement imported: a statement is read whole, and 50 MB is years of
// operations. A variable for the tests.
var MaxStatementBytes int64 = 50 << 20

// StatementTooLarge says a statement is over the limit, by how much, and what to do.
func StatementTooLarge(name string, size int64) error {
	return backend.Errorf(backend.EINVALID, "le relevé %s fait %s, au-delà de la limite de %s : exportez depuis votre banque une période plus courte (quelques mois) et importez les relevés l'un après l'autre",
		name, backend.SizeMB(size), backend.SizeMB(MaxStatementBytes))
}

// DecodeStatement decodes a statement the window sends (base64), refusing one over the limit before decoding it.
func DecodeStatement(fileName, contentBase64 string) ([]byte, error) {
	if n := int64(base64.StdEncoding.DecodedLen(len(contentBase64))); n > MaxStatementBytes+3 {
		return nil, StatementTooLarge(fileName, n)
	}
	data, err := base64.StdEncoding.DecodeString(contentBase64)
	if err != nil {
		return nil, backend.Errorf(backend.EINVALID, "%s : fichier illisible", fileName)
	}
	if int64(len(data)) > MaxStatementBytes {
		return nil, StatementTooLarge(fileName, int64(len(data)))
	}
	return data, nil
}

// Preview is what a statement file holds before it is imported.
type Preview struct {
	FileName string           `json:"fileName"`
	Format   string           `json:"format"`
	CSV      *bank.CSVPreview `json:"csv"`     // CSV only: the columns and the suggested mapping
	Presets  []bank.Preset    `json:"presets"` // CSV only
	NeedsMap bool             `json:"needsMap"`
}

// Preview detects the format; a CSV gets its columns and the mapping of a known bank when its header is one.
func (c *Cash) Preview(fileName string, data []byte) (Preview, error) {
	p := Preview{FileName: fileName, Format: string(bank.Detect(fileName, data)), Presets: []bank.Preset{}}
	if p.Format == string(bank.FormatCSV) {
		cp, err := bank.PreviewCSV(fileName, data)
		if err != nil {
			return p, err
		}
		p.CSV, p.NeedsMap, p.Presets = &cp, !cp.Recognised, bank.Presets()
	}
	return p, nil
}

// ImportResult is what an import did (or would do, dry).
type ImportResult struct {
	store.BankImport
	Format        string        `json:"format"`
	AutoConfirmed int           `json:"autoConfirmed"`
	AutoSum       backend.Cents `json:"autoSum"` // euros: only euro credits are confirmed automatically
	// Foreign counts the credits in another currency left for the user: their euro amount is asked at confirmation.
	Foreign int  `json:"foreign"`
	DryRun  bool `json:"dryRun"`
}

// Import reads a statement (the mapping is needed for a CSV layout no preset knows) and adds its new lines, the
// lines already imported being counted and left; with the setting on, the surest suggestions become payments at
// once. Dry, it says what it would add and writes nothing.
func (c *Cash) Import(fileName string, data []byte, mapping *bank.CSVMapping, dryRun bool) (ImportResult, error) {
	stmt, err := bank.Parse(fileName, data, mapping)
	if err != nil {
		return ImportResult{}, err
	}
	lines := make([]backend.BankLine, len(stmt.Transactions))
	for i, t := range stmt.Transactions {
		key := t.Key
		if t.Account != "" { // a bank's ids are unique within one account only
			key = t.Account + "|" + key
		}
		lines[i] = backend.BankLine{Key: key, Account: t.Account, BookedOn: t.BookedOn, ValueDate: t.ValueDate, Amount: t.Amount,
			Currency: t.Currency, Label: t.Label, Reference: t.Reference, Payer: t.Payer}
	}
	r := ImportResult{Format: string(stmt.Format), DryRun: dryRun}
	if r.BankImport, err = c.Store.ImportBankLines(fileName, lines, dryRun); err != nil || dryRun {
		return r, err
	}
	if s, err := c.Settings(); err != nil {
		return r, err
	} else if s.AutoConfirm {
		ac, err := c.AutoConfirm()
		if err != nil {
			return r, err
		}
		r.AutoConfirmed, r.AutoSum, r.Foreign = ac.Confirmed, ac.Sum, ac.Foreign
	}
	return r, nil
}
