package sirene

// legalForms gives a short label for the common codes of the INSEE legal categories (catégories juridiques,
// level III), as the directory returns them in nature_juridique. Other codes get no label: the user types it.
var legalForms = map[string]string{
	"1000": "Entrepreneur individuel",
	"5202": "SNC",
	"5306": "SCS",
	"5308": "SCA",
	"5485": "SELARL",
	"5498": "EURL",
	"5499": "SARL",
	"5710": "SAS",
	"5720": "SASU",
	"5785": "SELAS",
	"6540": "SCI",
	"6589": "SCM",
	"6599": "Société civile",
	"9220": "Association déclarée",
}

func init() {
	// Sociétés anonymes with a board of directors (55xx) or a management board (56xx).
	for _, c := range []string{"5505", "5510", "5515", "5520", "5522", "5525", "5530", "5531", "5532", "5542", "5543",
		"5546", "5547", "5548", "5551", "5552", "5553", "5554", "5555", "5558", "5559", "5560", "5585", "5599", "5699"} {
		legalForms[c] = "SA"
	}
}

// LegalForm is the short label of an INSEE legal category code, or "" when it has none here.
func LegalForm(code string) string { return legalForms[code] }
