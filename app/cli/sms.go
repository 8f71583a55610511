package cli

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"relance/app"
	"relance/app/desktop"

	"relance/backend"
	"relance/backend/dunning"
	"relance/backend/outbox"
	"relance/backend/sms"
)

// relance config set sms.… and relance sms test: the SMS account set up and tried headless.

// smsConfigKey is one SMS setting reachable from `relance config`.
type smsConfigKey struct {
	get func(s *sms.Settings) string
	set func(s *sms.Settings, v string) error
}

var smsConfigKeys = map[string]smsConfigKey{
	"sms.provider": {get: func(s *sms.Settings) string { return s.Provider }, set: func(s *sms.Settings, v string) error {
		v = strings.ToLower(v)
		if v == "aucun" || v == "none" {
			v = ""
		}
		if _, ok := sms.ProviderNames[v]; !ok && v != "" {
			return backend.Errorf(backend.EINVALID, "fournisseur « %s » inconnu : brevo, ovh ou aucun", v)
		}
		s.Provider = v
		return nil
	}},
	"sms.sender": {get: func(s *sms.Settings) string { return s.Sender }, set: func(s *sms.Settings, v string) error {
		v, err := sms.Sender(v)
		s.Sender = v
		return err
	}},
	"sms.ovh_service": {get: func(s *sms.Settings) string { return s.OVHService }, set: func(s *sms.Settings, v string) error {
		s.OVHService = v
		return nil
	}},
	"sms.price": {get: func(s *sms.Settings) string { return formatSMSPrice(s.PricePerSegment) }, set: func(s *sms.Settings, v string) error {
		p, err := parseSMSPrice(v)
		s.PricePerSegment = p
		return err
	}},
	"sms.hours": {get: func(s *sms.Settings) string { return hhmm(s.WindowStart) + "-" + hhmm(s.WindowEnd) }, set: func(s *sms.Settings, v string) error {
		a, b, ok := strings.Cut(v, "-")
		start, err1 := parseHHMM(a)
		end, err2 := parseHHMM(b)
		if !ok || err1 != nil || err2 != nil || start >= end {
			return backend.Errorf(backend.EINVALID, "« %s » : écrivez les heures d'envoi comme 08:00-20:00 (début avant fin)", v)
		}
		s.WindowStart, s.WindowEnd = start, end
		return nil
	}},
}

func smsConfigKeyList() string {
	keys := make([]string, 0, len(smsConfigKeys))
	for k := range smsConfigKeys {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return strings.Join(keys, ", ")
}

// parseSMSPrice reads a price per SMS part in euros (« 0,045 », « 0.045 », « 0,045 € ») as ten-thousandths.
func parseSMSPrice(v string) (int64, error) {
	s := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "€"))
	s = strings.ReplaceAll(s, ",", ".")
	whole, frac, _ := strings.Cut(s, ".")
	bad := backend.Errorf(backend.EINVALID, "prix « %s » invalide : le prix d'un SMS en euros, par exemple 0,045 (4 décimales au plus)", v)
	if whole == "" && frac == "" || len(frac) > 4 {
		return 0, bad
	}
	if whole == "" {
		whole = "0"
	}
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil || w < 0 || w > 10 {
		return 0, bad
	}
	f := int64(0)
	if frac != "" {
		if f, err = strconv.ParseInt((frac + "000")[:4], 10, 64); err != nil || f < 0 {
			return 0, bad
		}
	}
	return w*10000 + f, nil
}

// formatSMSPrice writes ten-thousandths of a euro as French does: 0,045 €.
func formatSMSPrice(p int64) string {
	s := fmt.Sprintf("%d,%04d", p/10000, p%10000)
	s = strings.TrimRight(s, "0")
	if strings.HasSuffix(s, ",") {
		s += "00"
	} else if i := strings.Index(s, ","); len(s)-i-1 < 2 {
		s += "0"
	}
	return s + " €"
}

func parseHHMM(s string) (int, error) {
	h, m, _ := strings.Cut(strings.TrimSpace(strings.ReplaceAll(strings.ToLower(s), "h", ":")), ":")
	hh, err := strconv.Atoi(h)
	if err != nil {
		return 0, err
	}
	mm := 0
	if m != "" {
		if mm, err = strconv.Atoi(m); err != nil {
			return 0, err
		}
	}
	if hh < 0 || hh > 24 || mm < 0 || mm > 59 || hh == 24 && mm > 0 {
		return 0, fmt.Errorf("hors de la journée")
	}
	return hh*60 + mm, nil
}

func hhmm(min int) string { return fmt.Sprintf("%02d:%02d", min/60, min%60) }

// smsConfig sets or reads one SMS setting; each is checked on its own (the whole account when it is used).
func (c *CLI) smsConfig(dirs desktop.Dirs, args []string) error {
	k, ok := smsConfigKeys[args[1]]
	if !ok {
		return usageError("clé « %s » inconnue : %s", args[1], smsConfigKeyList())
	}
	if args[0] == "set" && len(args) != 3 || args[0] == "get" && len(args) != 2 {
		return usageError("usage : relance config set CLÉ VALEUR | relance config get CLÉ")
	}
	env, done, err := c.open(dirs)
	if err != nil {
		return err
	}
	defer done()
	s, err := app.LoadSMSSettings(env)
	if err != nil {
		return err
	}
	if args[0] == "get" {
		v := k.get(&s)
		if v == "" {
			v = "non défini"
		}
		fmt.Fprintln(c.Stdout, v)
		return nil
	}
	v := strings.TrimSpace(args[2])
	if strings.ContainsAny(v, "\r\n") {
		return backend.Errorf(backend.EINVALID, "%s : la valeur ne peut pas contenir de retour à la ligne", args[1])
	}
	if err := k.set(&s, v); err != nil {
		return backend.Errorf(backend.EINVALID, "%s : %s", args[1], backend.ErrorMessage(err))
	}
	return app.SaveSMSSettings(env, s)
}

// smsCmd is `relance sms test NUMÉRO`: a test text with the saved settings, saying what failed.
func (c *CLI) smsCmd(dirs desktop.Dirs, args []string) error {
	if len(args) != 2 || args[0] != "test" {
		return usageError("usage : relance sms test NUMÉRO  (par exemple relance sms test 06 12 34 56 78, entre guillemets s'il a des espaces)")
	}
	env, done, err := c.open(dirs)
	if err != nil {
		return err
	}
	defer done()
	r, err := app.CommandBindings(env).SMS.Test(args[1])
	if err != nil {
		return err
	}
	if !r.OK {
		fmt.Fprintln(c.Stderr, "relance : "+cliWording(r.Message))
		return errReported
	}
	fmt.Fprintln(c.Stdout, r.Message)
	return nil
}

// smsRunLine says what `relance run` did with the texts, or "" when there were none.
func smsRunLine(r outbox.Report) string {
	if r.Sent+r.Retry+r.Failed+r.Uncertain+r.Waiting == 0 {
		return ""
	}
	line := fmt.Sprintf("SMS : %s", countFR(r.Sent, "envoyé", "envoyés"))
	if r.Retry > 0 {
		line += fmt.Sprintf(", %d à réessayer", r.Retry)
	}
	if r.Failed > 0 {
		line += fmt.Sprintf(", %s (un appel à faire)", countFR(r.Failed, "en échec", "en échec"))
	}
	if r.Uncertain > 0 {
		line += fmt.Sprintf(", %d incertain(s) à vérifier dans la boîte d'envoi", r.Uncertain)
	}
	if r.Waiting > 0 {
		line += fmt.Sprintf(", %d en attente", r.Waiting)
	}
	if r.Stopped != "" {
		line += " — " + cliWording(r.Stopped)
	}
	return line + "."
}

// smsLeft tells whether texts were left undone (exit status 3): an SMS step waiting (no mobile number, SMS not set
// up…), or a text failed or uncertain. Texts waiting for their hours are not: they leave at the next run.
func smsLeft(lines []runLine, r outbox.Report) bool {
	for _, l := range lines {
		if l.Channel == string(backend.ChannelSMS) && l.Pending != "" && !l.TooSlow && l.Status != string(dunning.Done) && l.Status != string(dunning.Skipped) {
			return true
		}
	}
	return r.Failed > 0 || r.Uncertain > 0
}
