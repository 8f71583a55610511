package sms

import (
	"strings"

	"github.com/nyaruka/phonenumbers"

	"relance/backend"
)

// MobileNumber checks that raw is a number an SMS can reach and returns it in E.164 (+33612345678). A number
// written without its country code is read as French. A landline, a VoIP or a special-rate number is refused
// with the reason, in French.
func MobileNumber(raw string) (string, error) {
	s := strings.TrimSpace(raw)
	if s == "" {
		return "", backend.Errorf(backend.EINVALID, "aucun numéro de mobile")
	}
	if strings.HasPrefix(s, "00") { // 0033 6…: the international prefix dialled from France
		s = "+" + s[2:]
	}
	n, err := phonenumbers.Parse(s, "FR")
	if err != nil || !phonenumbers.IsValidNumber(n) {
		return "", backend.Errorf(backend.EINVALID, "numéro « %s » invalide : écrivez-le comme 06 12 34 56 78 ou +33 6 12 34 56 78", raw)
	}
	switch phonenumbers.GetNumberType(n) {
	case phonenumbers.MOBILE, phonenumbers.FIXED_LINE_OR_MOBILE, phonenumbers.PAGER:
		return phonenumbers.Format(n, phonenumbers.E164), nil
	case phonenumbers.FIXED_LINE:
		return "", backend.Errorf(backend.EINVALID, "le numéro « %s » est une ligne fixe : un SMS n'y arrive pas, indiquez un mobile (06, 07…)", raw)
	case phonenumbers.VOIP:
		return "", backend.Errorf(backend.EINVALID, "le numéro « %s » est un numéro de box ou de téléphonie par internet (09…) : il ne reçoit pas de SMS, indiquez un mobile", raw)
	case phonenumbers.TOLL_FREE, phonenumbers.PREMIUM_RATE, phonenumbers.SHARED_COST, phonenumbers.UAN:
		return "", backend.Errorf(backend.EINVALID, "le numéro « %s » est un numéro spécial (08…) : il ne reçoit pas de SMS", raw)
	}
	return "", backend.Errorf(backend.EINVALID, "le numéro « %s » n'est pas un numéro de mobile : indiquez un mobile (06, 07…)", raw)
}

// Sender checks the sender name shown on the client's phone: 3 to 11 letters and digits (with at least one
// letter), or a number of up to 15 digits. Operators refuse anything else, and accents are not allowed.
func Sender(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", backend.Errorf(backend.EINVALID, "indiquez le nom d'expéditeur affiché sur le téléphone du client (11 lettres ou chiffres au plus, par exemple MONENTREPRI)")
	}
	letters, digits := 0, 0
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9':
			digits++
		default:
			return "", backend.Errorf(backend.EINVALID, "expéditeur « %s » refusé : lettres sans accent et chiffres seulement (pas d'espace, d'accent ni de ponctuation)", s)
		}
	}
	switch {
	case letters == 0 && digits > 15:
		return "", backend.Errorf(backend.EINVALID, "expéditeur « %s » refusé : un numéro d'expéditeur a 15 chiffres au plus", s)
	case letters > 0 && len(s) > 11:
		return "", backend.Errorf(backend.EINVALID, "expéditeur « %s » refusé : %d caractères, 11 au plus", s, len(s))
	case letters > 0 && len(s) < 3:
		return "", backend.Errorf(backend.EINVALID, "expéditeur « %s » refusé : 3 caractères au moins", s)
	}
	return s, nil
}
