package app

import (
	"slices"
	"strings"

	"relance/backend"
	"relance/backend/demo"
	"relance/backend/documents"
	"relance/backend/latefee"
	"relance/backend/store"
)

// SettingsAPI holds the user's preferences and the data-folder facts shown in Settings.
type SettingsAPI struct{ env *Env }

const (
	settingPreferences = "preferences"
	settingSegments    = "segments"
	settingWindow      = "window"
)

// Settings are the preferences plus read-only facts about the installation.
type Settings struct {
	Language  string   `json:"language"` // fr, en
	Theme     string   `json:"theme"`    // light, dark, auto
	Segments  []string `json:"segments"`
	DataDir   string   `json:"dataDir"`
	StorePath string   `json:"storePath"`
	BackupDir string   `json:"backupDir"`
	Version   string   `json:"version"`
}

type preferences struct {
	Language string `json:"language"`
	Theme    string `json:"theme"`
}

// Get returns the settings.
func (a *SettingsAPI) Get() (Settings, error) {
	p := preferences{Language: "fr", Theme: "auto"}
	if _, err := a.env.Store.Setting(settingPreferences, &p); err != nil {
		return Settings{}, err
	}
	segs, err := segments(a.env)
	if err != nil {
		return Settings{}, err
	}
	return Settings{Language: p.Language, Theme: p.Theme, Segments: segs, DataDir: a.env.Dirs.Data,
		StorePath: a.env.Dirs.Store, BackupDir: a.env.Dirs.Backups, Version: a.env.Version}, nil
}

// Save stores the preferences (language, theme, segments); the read-only facts are ignored.
func (a *SettingsAPI) Save(s Settings) (Settings, error) {
	var p backend.Problems
	if s.Language != "fr" && s.Language != "en" {
		p.Add("language", "langue « %s » invalide : fr ou en", s.Language)
	}
	if s.Theme != "light" && s.Theme != "dark" && s.Theme != "auto" {
		p.Add("theme", "thème « %s » invalide : light, dark ou auto", s.Theme)
	}
	var segs []string
	for _, seg := range s.Segments {
		seg = strings.ToLower(strings.TrimSpace(seg))
		if seg != "" && !slices.Contains(segs, seg) {
			segs = append(segs, seg)
		}
	}
	if len(segs) == 0 {
		p.Add("segments", "gardez au moins un segment de clients")
	}
	if err := p.Err(); err != nil {
		return s, err
	}
	if err := a.env.Store.SetSetting(settingPreferences, preferences{Language: s.Language, Theme: s.Theme}); err != nil {
		return s, err
	}
	if err := a.env.Store.SetSetting(settingSegments, segs); err != nil {
		return s, err
	}
	return a.Get()
}

// Overview returns the first screen's figures.
func (a *SettingsAPI) Overview() (backend.Overview, error) { return a.env.Store.Overview() }

// DemoRequest sizes the demo data.
type DemoRequest struct {
	Clients  int `json:"clients"`
	Invoices int `json:"invoices"`
}

// LoadDemo fills an empty ledger with realistic demo data, so a new user can try everything at once.
func (a *SettingsAPI) LoadDemo(r DemoRequest) (backend.Overview, error) {
	if err := LoadDemo(a.env, DemoOptions(r.Clients, r.Invoices, 1, backend.Today(a.env.Clock))); err != nil {
		return backend.Overview{}, err
	}
	a.env.emit(EventLedgerChanged, nil)
	return a.env.Store.Overview()
}

// DemoOptions sizes demo data; the replies received are 2 per client: enough to fill the « Réponses » page and the
// clients' timelines.
func DemoOptions(clients, invoices int, seed int64, today backend.Date) demo.Options {
	return demo.Options{Clients: clients, Invoices: invoices, Messages: 2 * clients, Seed: seed, Today: today}
}

func LoadDemo(env *Env, o demo.Options) error {
	have, err := env.Store.Overview()
	if err != nil {
		return err
	}
	if have.Clients > 0 || have.Invoices > 0 {
		return backend.Errorf(backend.ECONFLICT, "les données de démonstration ne se chargent que dans un dossier vide : vous avez déjà %d clients et %d factures (utilisez --data pour un autre dossier)", have.Clients, have.Invoices)
	}
	if o.Clients <= 0 || o.Invoices < 0 || o.Messages < 0 || o.Clients > 100000 || o.Invoices > 1000000 || o.Messages > 1000000 {
		return backend.Errorf(backend.EINVALID, "taille de démonstration invalide : entre 1 et 100 000 clients, 0 et 1 000 000 factures, 0 et 1 000 000 messages")
	}
	d := demo.Generate(o)
	messages := make([]store.NewInteraction, len(d.Messages))
	for i, m := range d.Messages {
		messages[i] = store.NewInteraction(m)
	}
	if err := env.Store.LoadDemo(d.Clients, d.Invoices, d.Payments, messages); err != nil {
		return err
	}
	// Letters and e-mails need a creditor: a fictional one, when the profile is still empty.
	if co, err := env.Store.Company(); err != nil || co.LegalName != "" {
		return err
	}
	co := demoCompany()
	return env.Store.SaveCompany(&co)
}

// RateInfo is the rate table as the settings show it.
type RateInfo struct {
	Rows     []latefee.RateRow `json:"rows"`
	UserRows []string          `json:"userRows"` // half-years the user added or corrected
	Warning  string            `json:"warning"`  // set when today is past the last known half-year
}

// Rates returns the half-yearly rates in use (embedded table plus the user's rows).
func (a *SettingsAPI) Rates() (RateInfo, error) {
	t, err := a.env.docService().RateTable()
	if err != nil {
		return RateInfo{}, err
	}
	var user []latefee.RateRow
	if _, err := a.env.Store.Setting(documents.SettingRates, &user); err != nil {
		return RateInfo{}, err
	}
	info := RateInfo{Rows: t.Rows(), UserRows: []string{}}
	for _, r := range user {
		info.UserRows = append(info.UserRows, r.HalfYear)
	}
	if w, stale := t.StaleWarning(backend.Today(a.env.Clock)); stale {
		info.Warning = w
	}
	return info, nil
}

// AddRate adds (or corrects) the rates of a half-year, as published by the Banque de France and the Journal
// officiel. The table must stay without gaps.
func (a *SettingsAPI) AddRate(row latefee.RateRow) (RateInfo, error) {
	var user []latefee.RateRow
	if _, err := a.env.Store.Setting(documents.SettingRates, &user); err != nil {
		return RateInfo{}, err
	}
	h, err := latefee.ParseHalfYear(row.HalfYear)
	if err != nil {
		return RateInfo{}, err
	}
	row.HalfYear = h.String()
	user = slices.DeleteFunc(user, func(r latefee.RateRow) bool { return r.HalfYear == row.HalfYear })
	user = append(user, row)
	if err := latefee.DefaultRates().Merge(user); err != nil {
		return RateInfo{}, err
	}
	if err := a.env.Store.SetSetting(documents.SettingRates, user); err != nil {
		return RateInfo{}, err
	}
	return a.Rates()
}
