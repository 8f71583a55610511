package app

import (
	"cmp"
	"context"
	"errors"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"relance/backend"
	"relance/backend/bodacc"
	"relance/backend/claimable"
	"relance/backend/dunning"
	"relance/backend/sirene"
	"relance/backend/store"
)

// The insolvency watch (issue #18): for every business client with a SIREN, the collective proceedings the BODACC
// publishes and the company's state in the directory, once a day when the owner opted in, and on demand. An opened
// proceeding stops the client's chase (dunning.Halt) and starts the count to the claim declaration's deadline.

// BodaccURLEnv overrides the address of the BODACC open-data API (tests, end-to-end runs).
const BodaccURLEnv = "RELANCE_BODACC_URL"

// EventWatchUpdated tells the UI that what the watch knows changed.
const EventWatchUpdated = "watch:updated"

const settingWatch = "company_watch"

// WatchSent says what leaves the computer, in the settings and the first-run guide.
const WatchSent = "Relance envoie uniquement les numéros SIREN de vos clients professionnels à deux services publics gratuits " +
	"(le BODACC de la DILA et l'annuaire des entreprises de l'État) ; rien d'autre : ni noms, ni montants, ni factures."

// ReminderDays: the reminder of a claim not declared comes this many days before the deadline.
const ReminderDays = 15

type watchState struct {
	Enabled bool         `json:"enabled"`
	LastRun backend.Date `json:"lastRun,omitempty"` // the last day a daily watch completed
	// Reminded: the proceedings (client ID | opening date) whose 15-day reminder went out as a desktop notification.
	Reminded []string `json:"reminded,omitempty"`
}

// WatchAPI is the insolvency watch.
type WatchAPI struct {
	env   *Env
	chase *ChaseAPI
	mu    sync.Mutex // one watch at a time
}

// WatchSettingsView is the « Surveillance des clients » card of the settings.
type WatchSettingsView struct {
	Enabled bool   `json:"enabled"`
	LastRun string `json:"lastRun"`
	Sent    string `json:"sent"`
	Clients int    `json:"clients"` // business clients with a SIREN: those watched
}

func (a *WatchAPI) state() (watchState, error) {
	var s watchState
	_, err := a.env.Store.Setting(settingWatch, &s)
	return s, err
}

// Settings returns whether the daily watch is on, and what it sends.
func (a *WatchAPI) Settings() (WatchSettingsView, error) {
	s, err := a.state()
	if err != nil {
		return WatchSettingsView{}, err
	}
	clients, err := a.env.Store.Clients()
	if err != nil {
		return WatchSettingsView{}, err
	}
	n := 0
	for _, c := range clients {
		if watched(c) {
			n++
		}
	}
	return WatchSettingsView{Enabled: s.Enabled, LastRun: s.LastRun.String(), Sent: WatchSent, Clients: n}, nil
}

// SetEnabled turns the daily watch on or off.
func (a *WatchAPI) SetEnabled(on bool) (WatchSettingsView, error) {
	s, err := a.state()
	if err != nil {
		return WatchSettingsView{}, err
	}
	s.Enabled = on
	if err := a.env.Store.SetSetting(settingWatch, s); err != nil {
		return WatchSettingsView{}, err
	}
	return a.Settings()
}

// watched tells whether the watch looks a client up: a business with a SIREN.
func watched(c backend.Client) bool { return c.Type != backend.Consumer && c.SIREN != "" }

// WatchChange is what a watch learned of one client.
type WatchChange struct {
	ClientID   uint64   `json:"clientId"`
	ClientCode string   `json:"clientCode"`
	ClientName string   `json:"clientName"`
	Changes    []string `json:"changes"`         // what is new, in French
	Error      string   `json:"error,omitempty"` // what could not be checked
}

// WatchReport is what `relance watch` and « Vérifier maintenant » did.
type WatchReport struct {
	Date    string        `json:"date"`
	Checked int           `json:"checked"`
	NoSIREN int           `json:"noSiren"` // business clients left out for want of a SIREN
	Changes []WatchChange `json:"changes"` // clients with news
	Errors  []WatchChange `json:"errors"`  // clients not (fully) checked
	// Deferred counts the clients left for later: the BODACC answered « too many requests », so the watch stopped.
	Deferred  int            `json:"deferred"`
	Deadlines []DeadlineView `json:"deadlines"`
}

// lookups are the two public services, at the addresses the environment may override.
func lookups() (*bodacc.Client, *sirene.Client) {
	return &bodacc.Client{BaseURL: os.Getenv(BodaccURLEnv)}, &sirene.Client{BaseURL: os.Getenv(SireneURLEnv)}
}

// checkOne asks both services about one client. What a service could not answer keeps what was known before.
// limited tells that the BODACC refused for too many requests: a caller checking many clients stops there.
func checkOne(ctx context.Context, env *Env, c backend.Client, old backend.CompanyCheck) (chk backend.CompanyCheck, limited bool) {
	bc, sc := lookups()
	out := old
	out.ClientID, out.SIREN, out.CheckedAt = c.ID, c.SIREN, env.Clock.Now().UTC().Truncate(time.Second)
	out.DirectoryError, out.BodaccError = "", ""
	if old.SIREN != "" && old.SIREN != c.SIREN { // a corrected SIREN: nothing of the other company is kept
		out = backend.CompanyCheck{ClientID: c.ID, SIREN: c.SIREN, CheckedAt: out.CheckedAt}
	}
	if r, err := sc.Lookup(ctx, c.SIREN); err != nil {
		out.DirectoryError = backend.ErrorMessage(err)
		if backend.ErrorCode(err) == backend.ENOTFOUND {
			out.DirectoryError = "Le SIREN " + c.SIREN + " est inconnu de l'annuaire des entreprises : vérifiez-le sur la fiche du client."
		}
	} else {
		out.Closed, out.ClosedOn, out.Created, out.LegalForm = r.Closed, r.ClosedOn, r.Created, r.LegalForm
	}
	if anns, err := bc.Announcements(ctx, c.SIREN); err != nil {
		out.BodaccError = backend.ErrorMessage(err)
		limited = errors.Is(err, bodacc.ErrRateLimited)
	} else {
		out.Proceedings = bodacc.Proceedings(anns)
		out.StruckOffOn = bodacc.StruckOff(anns)
		if out.Proceedings == nil {
			out.Proceedings = []backend.Proceeding{}
		}
		out.Announcements = len(anns)
	}
	return out, limited
}

// run checks the given clients (all watched ones when ids is empty) and records what it learned.
func (a *WatchAPI) run(ctx context.Context, ids []uint64) (WatchReport, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	today := backend.Today(a.env.Clock)
	rep := WatchReport{Date: today.String(), Changes: []WatchChange{}, Errors: []WatchChange{}}
	limited := false // the BODACC said « too many requests »: the other clients wait for the next run
	clients, err := a.env.Store.Clients()
	if err != nil {
		return rep, err
	}
	for _, c := range clients {
		if len(ids) > 0 && !slices.Contains(ids, c.ID) {
			continue
		}
		if !watched(c) {
			if c.Type != backend.Consumer && len(ids) == 0 {
				rep.NoSIREN++
			}
			continue
		}
		if err := ctx.Err(); err != nil {
			return rep, backend.Errorf(backend.EUNAVAILABLE, "surveillance interrompue")
		}
		old, _, err := a.env.Store.CompanyCheck(c.ID)
		if err != nil {
			return rep, err
		}
		if limited {
			rep.Deferred++
			continue
		}
		now, lim := checkOne(ctx, a.env, c, old)
		limited = limited || lim
		if err := a.env.Store.PutCompanyCheck(now); err != nil {
			return rep, err
		}
		rep.Checked++
		wc := WatchChange{ClientID: c.ID, ClientCode: c.Code, ClientName: c.Name, Changes: NonNil(store.CheckChanges(old, now))}
		if len(wc.Changes) > 0 {
			rep.Changes = append(rep.Changes, wc)
		}
		if errs := nonEmpty(now.DirectoryError, now.BodaccError); len(errs) > 0 {
			wc.Changes, wc.Error = []string{}, strings.Join(errs, " ")
			rep.Errors = append(rep.Errors, wc)
		}
	}
	if rep.Deadlines, err = a.deadlines(today); err != nil {
		return rep, err
	}
	a.env.emit(EventWatchUpdated, nil)
	a.env.emit(EventChaseUpdated, nil)
	return rep, nil
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// CheckClient is « Vérifier maintenant » on a client: both services are asked at once, opted in or not (the
// owner asked), and the client's page is returned as it now stands.
func (a *WatchAPI) CheckClient(clientID uint64) (ClientWatchView, error) {
	c, err := a.env.Store.Client(clientID)
	if err != nil {
		return ClientWatchView{}, err
	}
	if c.Type == backend.Consumer {
		return ClientWatchView{}, backend.Errorf(backend.EINVALID, "%s est un particulier : le BODACC ne publie que les procédures des entreprises", c.Name)
	}
	if c.SIREN == "" {
		return ClientWatchView{}, &backend.Error{Code: backend.EINVALID, Message: "Renseignez le SIREN de " + c.Name +
			" sur sa fiche : c'est lui que Relance cherche au BODACC.", Fields: []backend.FieldError{{Field: "siren", Message: "SIREN manquant"}}}
	}
	if _, err := a.run(context.Background(), []uint64{clientID}); err != nil {
		return ClientWatchView{}, err
	}
	return a.Client(clientID)
}

// RunDaily checks every watched client once a day while the window is open, when the owner opted in. Offline (or
// a service down), nothing is concluded: it tries again the next hour.
func (a *WatchAPI) runDaily(ctx context.Context) {
	tick := time.NewTicker(time.Hour)
	defer tick.Stop()
	for {
		a.daily(ctx)
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// daily runs the watch when the owner opted in and it did not complete today, then reminds of the declarations
// due soon (from what is known: no request, so whatever the opt-in).
func (a *WatchAPI) daily(ctx context.Context) {
	today := backend.Today(a.env.Clock)
	defer a.remind(today)
	s, err := a.state()
	if err != nil || !s.Enabled || s.LastRun >= today {
		return
	}
	rep, err := a.run(ctx, nil)
	if err != nil {
		if a.env.Log != nil {
			a.env.Log.Warn("company watch", "err", err)
		}
		return
	}
	if rep.Checked > 0 && len(rep.Errors) == rep.Checked || rep.Deferred > 0 {
		return // offline, both services down, or asked to slow down: try again later (the next hour)
	}
	for _, ch := range rep.Changes {
		a.env.notify("Relance : "+ch.ClientName, strings.Join(ch.Changes, " ; "))
	}
	s, _ = a.state()
	s.LastRun = today
	_ = a.env.Store.SetSetting(settingWatch, s)
}

// remind sends the desktop notification of a declaration still to make 15 days before its deadline, once.
func (a *WatchAPI) remind(today backend.Date) {
	ds, err := a.deadlines(today)
	if err != nil {
		return
	}
	s, err := a.state()
	if err != nil {
		return
	}
	for _, d := range ds {
		key := strconv.FormatUint(d.ClientID, 10) + "|" + d.OpenedOn
		if d.Declared || d.DaysLeft > ReminderDays || d.DaysLeft < 0 || slices.Contains(s.Reminded, key) {
			continue
		}
		a.env.notify("Déclaration de créance : "+d.ClientName, d.Message)
		s.Reminded = append(s.Reminded, key)
	}
	_ = a.env.Store.SetSetting(settingWatch, s)
}

// ProceedingView is a proceeding as the client page shows it.
type ProceedingView struct {
	Kind          string            `json:"kind"`
	Label         string            `json:"label"`
	Court         string            `json:"court"` // « tribunal de commerce de Lyon »
	OpenedOn      string            `json:"openedOn"`
	PublishedOn   string            `json:"publishedOn"`
	Administrator string            `json:"administrator"`
	Mandataire    string            `json:"mandataire"`
	ClosedOn      string            `json:"closedOn"`
	Open          bool              `json:"open"`
	Events        []ProceedingEvent `json:"events"`
}

// ProceedingEvent is one judgment of a proceeding.
type ProceedingEvent struct {
	Kind      string `json:"kind"`
	Nature    string `json:"nature"`
	Date      string `json:"date"`
	Published string `json:"published"`
	Reference string `json:"reference"`
}

// ClientWatchView is the « Procédures collectives » card of a client page.
type ClientWatchView struct {
	ClientID   uint64           `json:"clientId"`
	SIREN      string           `json:"siren"`
	Consumer   bool             `json:"consumer"`
	Checked    bool             `json:"checked"`
	CheckedAt  string           `json:"checkedAt"`
	Closed     bool             `json:"closed"`
	ClosedOn   string           `json:"closedOn"`
	Created    string           `json:"created"`
	StruckOff  string           `json:"struckOff"` // the BODACC's strike-off publication date, AAAA-MM-JJ
	LegalForm  string           `json:"legalForm"`
	Errors     []string         `json:"errors"`
	Proceeding *ProceedingView  `json:"proceeding,omitempty"` // the latest one
	Past       []ProceedingView `json:"past"`                 // earlier ones, newest first
	// StopReason is why the automatic chase stopped (empty when it did not).
	StopReason string `json:"stopReason"`
	// The claim declaration of the latest proceeding.
	Deadline         string   `json:"deadline"`
	DaysLeft         int      `json:"daysLeft"`
	Declared         bool     `json:"declared"`
	DeclaredOn       string   `json:"declaredOn"`
	DeclarationDocID uint64   `json:"declarationDocId"`
	Advice           []string `json:"advice"` // what the owner should do now, in order
	// Overindebted: a consumer's over-indebtedness file (surendettement) the owner recorded, and what it means.
	Overindebted      string   `json:"overindebted"`
	OverindebtedRules []string `json:"overindebtedRules"`
}

func proceedingView(p *backend.Proceeding) ProceedingView {
	v := ProceedingView{Kind: string(p.Kind), Label: p.Label(), Court: strings.TrimPrefix(backend.CourtName(p.Court), "le "),
		OpenedOn: p.OpenedOn.String(), PublishedOn: p.PublishedOn.String(), Administrator: p.Administrator, Mandataire: p.Mandataire,
		ClosedOn: p.ClosedOn.String(), Open: p.Open(), Events: []ProceedingEvent{}}
	for _, ev := range p.Events {
		v.Events = append(v.Events, ProceedingEvent{Kind: string(ev.Kind), Nature: ev.Nature, Date: ev.Date.String(),
			Published: ev.Published.String(), Reference: ev.Reference})
	}
	return v
}

// Client returns what the watch knows of a client.
func (a *WatchAPI) Client(clientID uint64) (ClientWatchView, error) {
	c, err := a.env.Store.Client(clientID)
	if err != nil {
		return ClientWatchView{}, err
	}
	chk, found, err := a.env.Store.CompanyCheck(clientID)
	if err != nil {
		return ClientWatchView{}, err
	}
	today := backend.Today(a.env.Clock)
	v := ClientWatchView{ClientID: c.ID, SIREN: c.SIREN, Consumer: c.Type == backend.Consumer, Checked: found && !chk.CheckedAt.IsZero(),
		Errors: NonNil(nonEmpty(chk.DirectoryError, chk.BodaccError)), Past: []ProceedingView{}, Advice: []string{}, OverindebtedRules: []string{}}
	if v.Checked {
		v.CheckedAt = chk.CheckedAt.Format(time.RFC3339)
		v.Closed, v.ClosedOn, v.Created, v.LegalForm = chk.Closed, chk.ClosedOn.String(), chk.Created.String(), chk.LegalForm
		v.StruckOff = chk.StruckOffOn.String()
	}
	if !chk.Overindebted.IsZero() {
		v.Overindebted = chk.Overindebted.String()
		v.OverindebtedRules = OverindebtedRules(chk.Overindebted)
	}
	if h, ok := haltOf(&chk); ok {
		v.StopReason = h.Reason
	}
	if p := chk.Latest(); p != nil {
		pv := proceedingView(p)
		v.Proceeding = &pv
		for i := len(chk.Proceedings) - 2; i >= 0; i-- {
			v.Past = append(v.Past, proceedingView(&chk.Proceedings[i]))
		}
		if d, ok, err := a.deadlineOf(c, &chk, today); err != nil {
			return v, err
		} else if ok {
			v.Deadline, v.DaysLeft, v.Declared, v.DeclaredOn, v.DeclarationDocID = d.Deadline, d.DaysLeft, d.Declared, d.DeclaredOn, d.DocumentID
			v.Advice = d.Advice
		}
	}
	if (v.Closed || v.StruckOff != "") && v.Proceeding == nil {
		what := "L'entreprise est fermée" + onDate(chk.ClosedOn) + " d'après l'annuaire des entreprises"
		if !v.Closed {
			what = "L'entreprise a été radiée du registre du commerce (BODACC du " + chk.StruckOffOn.French() + ")"
		}
		v.Advice = append(v.Advice, what+" : avant toute relance, vérifiez qui répond désormais de ses dettes (liquidation amiable, associés, repreneur).")
	}
	return v, nil
}

func onDate(d backend.Date) string {
	if d.IsZero() {
		return ""
	}
	return " depuis le " + d.French()
}

// DeadlineView is a claim to declare, as « Aujourd'hui », the dashboard and `relance report --json` show it.
type DeadlineView struct {
	ClientID   uint64        `json:"clientId"`
	ClientCode string        `json:"clientCode"`
	ClientName string        `json:"clientName"`
	Proceeding string        `json:"proceeding"` // label
	OpenedOn   string        `json:"openedOn"`
	Deadline   string        `json:"deadline"` // AAAA-MM-JJ; the last day
	DaysLeft   int           `json:"daysLeft"` // negative once passed
	Declared   bool          `json:"declared"`
	DeclaredOn string        `json:"declaredOn,omitempty"`
	DocumentID uint64        `json:"documentId,omitempty"` // the declaration generated, sent or not
	Owed       backend.Cents `json:"owed"`                 // what the client owes on invoices issued up to the judgment
	Message    string        `json:"message"`              // « Déclarez votre créance avant le 22/12/2026 … »
	Foreclosed bool          `json:"foreclosed"`           // past the deadline and the six months of a relief from foreclosure
	Advice     []string      `json:"advice"`
}

// deadlineOf is the declaration of a client's latest proceeding: only an opening known with its publication gives
// a deadline, and only a client that owed something at the judgment has something to declare.
func (a *WatchAPI) deadlineOf(c backend.Client, chk *backend.CompanyCheck, today backend.Date) (DeadlineView, bool, error) {
	p := chk.Latest()
	if p == nil || p.OpenedOn.IsZero() {
		return DeadlineView{}, false, nil
	}
	end := bodacc.Deadline(p)
	if end.IsZero() {
		return DeadlineView{}, false, nil
	}
	invs, err := a.env.Store.ClientInvoices(c.ID)
	if err != nil {
		return DeadlineView{}, false, err
	}
	var owed backend.Cents
	for _, inv := range invs {
		if inv.Remaining() > 0 && inv.Status != backend.StatusCancelled && inv.Status != backend.StatusWrittenOff &&
			(inv.IssueDate.IsZero() || inv.IssueDate <= p.OpenedOn) {
			owed += inv.Remaining()
		}
	}
	docs, err := a.env.Store.ClientDocuments(c.ID)
	if err != nil {
		return DeadlineView{}, false, err
	}
	d := DeadlineView{ClientID: c.ID, ClientCode: c.Code, ClientName: c.Name, Proceeding: p.Label(), OpenedOn: p.OpenedOn.String(),
		Deadline: end.String(), DaysLeft: today.DaysUntil(end), Owed: owed, Advice: []string{}}
	for _, doc := range docs { // newest first
		if doc.Kind != backend.DocClaimDecl || doc.Date < p.OpenedOn {
			continue
		}
		if d.DocumentID == 0 {
			d.DocumentID = doc.ID
		}
		if !doc.Draft {
			d.Declared, d.DocumentID = true, doc.ID
			d.DeclaredOn = cmp.Or(doc.SentOn, doc.Date).String()
			break
		}
	}
	if owed == 0 && !d.Declared {
		return d, false, nil // nothing owed at the judgment: nothing to declare
	}
	who := "au mandataire judiciaire"
	if p.Kind == backend.ProcLiquidation {
		who = "au liquidateur"
	}
	if p.Mandataire != "" {
		who += " (" + p.Mandataire + ")"
	}
	switch {
	case d.Declared:
		d.Message = "Créance déclarée le " + cmp.Or(backend.MustDate(d.DeclaredOn), end).French() + " : " + p.StopReason() + "."
	case d.DaysLeft >= 0:
		d.Message = "Déclarez votre créance avant le " + end.French() + " (" + daysLeftWords(d.DaysLeft) + ") : " + p.StopReason() +
			" ; " + backend.FormatEUR(owed) + " dus au jugement, à déclarer " + who + "."
		d.Advice = append(d.Advice,
			"Préparez la déclaration de créance (bouton « Déclaration de créance ») et envoyez-la "+who+" en recommandé avec accusé de réception, ou sur le portail des mandataires (creditors-services.com).",
			"Les relances automatiques de ce client sont arrêtées pour les factures émises jusqu'au "+p.OpenedOn.French()+" (art. L622-21 du Code de commerce) ; celles émises après se règlent à leur échéance.",
			"Créancier établi hors de France métropolitaine : le délai est allongé de deux mois (art. R622-24).")
	case today > p.PublishedOn.AddMonths(6):
		// Six months after the publication, even the relief from foreclosure is out of time (art. L622-26).
		d.Foreclosed = true
		d.Message = "Délai de déclaration dépassé depuis le " + end.French() + " et relevé de forclusion impossible depuis le " +
			p.PublishedOn.AddMonths(6).French() + " : " + p.StopReason() + "."
		d.Advice = append(d.Advice, "La créance non déclarée n'est plus payée par la procédure (art. L622-26 du Code de commerce) : "+
			"seul un plan de redressement ou de sauvegarde peut encore prévoir son paiement ; voyez avec votre conseil s'il faut la passer en perte.")
	default:
		d.Message = "Délai de déclaration dépassé depuis le " + end.French() + " : " + p.StopReason() + "."
		d.Advice = append(d.Advice, "Une créance non déclarée à temps n'est plus payée par la procédure. Demandez sans attendre au juge-commissaire "+
			"d'être relevé de la forclusion (art. L622-26 du Code de commerce), au plus tard le "+p.PublishedOn.AddMonths(6).French()+
			" (six mois après la publication du jugement), en montrant que le retard ne vous est pas dû.")
	}
	return d, true, nil
}

func daysLeftWords(n int) string {
	switch n {
	case 0:
		return "dernier jour aujourd'hui"
	case 1:
		return "plus qu'un jour"
	}
	return "encore " + strconv.Itoa(n) + " jours"
}

// deadlines lists the declarations still to make or made, soonest deadline first.
func (a *WatchAPI) deadlines(today backend.Date) ([]DeadlineView, error) {
	checks, err := a.env.Store.CompanyChecks()
	if err != nil {
		return nil, err
	}
	out := []DeadlineView{}
	for i := range checks {
		c, err := a.env.Store.Client(checks[i].ClientID)
		if err != nil {
			if backend.ErrorCode(err) == backend.ENOTFOUND {
				continue
			}
			return nil, err
		}
		if d, ok, err := a.deadlineOf(c, &checks[i], today); err != nil {
			return nil, err
		} else if ok {
			out = append(out, d)
		}
	}
	slices.SortFunc(out, func(x, y DeadlineView) int {
		return cmp.Or(cmp.Compare(boolRank(x.Declared), boolRank(y.Declared)), cmp.Compare(x.Deadline, y.Deadline), cmp.Compare(x.ClientCode, y.ClientCode))
	})
	return out, nil
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Deadlines lists the claim declarations: to make (soonest first), then made.
func (a *WatchAPI) Deadlines() ([]DeadlineView, error) {
	return a.deadlines(backend.Today(a.env.Clock))
}

// haltOf is the stop a client's proceedings put on its chase: an open proceeding, or a liquidation even closed
// (its closing does not give creditors their right to sue back, art. L643-11). A consumer's over-indebtedness
// file stops it too (art. L722-2 Code de la consommation).
func haltOf(chk *backend.CompanyCheck) (dunning.Halt, bool) {
	if p := chk.Latest(); p != nil && !p.OpenedOn.IsZero() && (p.Open() || p.Kind == backend.ProcLiquidation) {
		r := p.StopReason()
		if !p.Open() {
			r += " (clôturée le " + p.ClosedOn.French() + ")"
		}
		return dunning.Halt{ClientID: chk.ClientID, Through: p.OpenedOn, Reason: r}, true
	}
	if !chk.Overindebted.IsZero() {
		return dunning.Halt{ClientID: chk.ClientID, Through: chk.Overindebted,
			Reason: "Dossier de surendettement déclaré recevable le " + chk.Overindebted.French()}, true
	}
	return dunning.Halt{}, false
}

// ProceedingHalt is why a claim leaves out an invoice born before a collective proceeding's opening (or a
// surendettement's admissibility): it is declared to the mandataire, not claimed from the debtor (art. L622-21).
const ProceedingHalt claimable.Reason = "proceeding"

// haltedOut takes out of a letter's or a court file's claim the invoices the client's proceeding stops, each left
// out with its reason; invoices issued after the judgment stay claimed.
func haltedOut(env *Env, clientID uint64, claimed []backend.Invoice, left []claimable.LeftOut) ([]backend.Invoice, []claimable.LeftOut, error) {
	chk, found, err := env.Store.CompanyCheck(clientID)
	if err != nil || !found {
		return claimed, left, err
	}
	h, ok := haltOf(&chk)
	if !ok {
		return claimed, left, nil
	}
	where := "à déclarer au mandataire judiciaire, pas à réclamer au débiteur (art. L622-21 du Code de commerce)"
	if !chk.Overindebted.IsZero() && chk.Latest() == nil {
		where = "les poursuites sont suspendues (art. L722-2 du Code de la consommation)"
	}
	kept := claimed[:0:0]
	for _, inv := range claimed {
		if !inv.IssueDate.IsZero() && inv.IssueDate > h.Through {
			kept = append(kept, inv)
			continue
		}
		left = append(left, claimable.LeftOut{Invoice: inv, Reason: ProceedingHalt, Outstanding: inv.Remaining(),
			Text: "facture " + inv.Number + " (" + backend.FormatEUR(inv.Remaining()) + ") : " + h.Reason + " ; " + where})
	}
	return kept, left, nil
}

// watchHalts are the stops of every client, for the planner.
func watchHalts(env *Env) ([]dunning.Halt, error) {
	checks, err := env.Store.CompanyChecks()
	if err != nil {
		return nil, err
	}
	var out []dunning.Halt
	for i := range checks {
		if h, ok := haltOf(&checks[i]); ok {
			out = append(out, h)
		}
	}
	return out, nil
}

// deadlineNotices are the « Aujourd'hui » notices of the declarations still to make.
func deadlineNotices(env *Env, today backend.Date) ([]dunning.Notice, error) {
	a := &WatchAPI{env: env}
	ds, err := a.deadlines(today)
	if err != nil {
		return nil, err
	}
	var out []dunning.Notice
	for _, d := range ds {
		if d.Declared || d.Foreclosed { // nothing left to do on « Aujourd'hui »; the client page still says it
			continue
		}
		kind := ClaimDeadline
		if d.DaysLeft <= ReminderDays {
			kind = ClaimDeadlineSoon
		}
		out = append(out, dunning.Notice{Kind: kind, Date: backend.MustDate(d.Deadline), ClientID: d.ClientID, ClientCode: d.ClientCode, Message: d.Message})
	}
	return out, nil
}

// Notice kinds of the watch on « Aujourd'hui ».
const (
	ClaimDeadline     dunning.NoticeKind = "claim_deadline"      // a claim to declare, its deadline ahead
	ClaimDeadlineSoon dunning.NoticeKind = "claim_deadline_soon" // 15 days or fewer left, or passed: the reminder
)

// SetOverindebted records (or, with an empty date, removes) a consumer client's over-indebtedness file declared
// admissible (« recevable ») on a day: the chase stops for what was owed then, and the page says what the owner
// can and cannot do. No document: the commission asks creditors itself.
func (a *WatchAPI) SetOverindebted(clientID uint64, since string) (ClientWatchView, error) {
	c, err := a.env.Store.Client(clientID)
	if err != nil {
		return ClientWatchView{}, err
	}
	if c.Type != backend.Consumer {
		return ClientWatchView{}, backend.Errorf(backend.EINVALID, "%s est une entreprise : le surendettement ne concerne que les particuliers ; "+
			"pour une entreprise, Relance suit les procédures collectives au BODACC", c.Name)
	}
	var d backend.Date
	if strings.TrimSpace(since) != "" {
		if d, err = backend.ParseDate(since); err != nil {
			return ClientWatchView{}, &backend.Error{Code: backend.EINVALID, Message: "date de recevabilité « " + since + " » invalide",
				Fields: []backend.FieldError{{Field: "since", Message: backend.ErrorMessage(err)}}}
		}
		if d > backend.Today(a.env.Clock) {
			return ClientWatchView{}, &backend.Error{Code: backend.EINVALID, Message: "la date de recevabilité (" + d.French() + ") est dans le futur",
				Fields: []backend.FieldError{{Field: "since", Message: "date dans le futur"}}}
		}
	}
	if err := a.env.Store.SetOverindebted(clientID, d); err != nil {
		return ClientWatchView{}, err
	}
	a.env.emit(EventChaseUpdated, nil)
	a.env.emit(EventWatchUpdated, nil)
	return a.Client(clientID)
}

// OverindebtedRules say what a creditor of a consumer in « surendettement » can and cannot do.
func OverindebtedRules(since backend.Date) []string {
	return []string{
		"Vous ne pouvez plus : relancer pour les sommes dues au " + since.French() + ", ni mettre en demeure, ni engager ou poursuivre une saisie ou une injonction de payer : " +
			"la recevabilité du dossier suspend les procédures d'exécution (art. L722-2 du Code de la consommation). Relance a arrêté les relances automatiques de ces factures.",
		"Le débiteur ne peut plus, sans l'autorisation du juge, payer les dettes nées avant la recevabilité (art. L722-5) : un paiement spontané n'est pas à réclamer.",
		"Vous pouvez : vérifier l'état des dettes que la commission de surendettement (Banque de France) vous adresse et le contester dans le délai de son courrier, en joignant vos factures ; " +
			"Relance ne prépare pas de document pour cela, la commission écrit elle-même aux créanciers.",
		"Vous pouvez : facturer et relancer normalement les prestations nouvelles, postérieures à la recevabilité.",
		"Un rétablissement personnel sans liquidation judiciaire efface les dettes (art. L741-2) : passez alors les factures concernées en perte.",
	}
}
