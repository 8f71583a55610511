package bodacc

import (
	"strings"
	"testing"

	"relance/backend"
)

func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		famille, nature string
		kind            backend.JudgmentKind
		proc            backend.ProceedingKind
	}{
		{"Jugement d'ouverture", "Jugement d'ouverture d'une procédure de sauvegarde", backend.JudgmentOpening, backend.ProcSafeguard},
		{"Jugement d'ouverture", "Jugement d'ouverture d'une procédure de sauvegarde accélérée", backend.JudgmentOpening, backend.ProcSafeguard},
		{"Jugement d'ouverture", "Jugement d'ouverture d'une procédure de redressement judiciaire", backend.JudgmentOpening, backend.ProcReorganisation},
		{"Jugement d’ouverture", "JUGEMENT D’OUVERTURE DE LIQUIDATION JUDICIAIRE", backend.JudgmentOpening, backend.ProcLiquidation},
		{"Jugement d'ouverture", "Jugement d'ouverture de liquidation judiciaire simplifiée", backend.JudgmentOpening, backend.ProcLiquidation},
		{"", "Jugement prononçant la liquidation judiciaire", backend.JudgmentOpening, backend.ProcLiquidation},
		{"Jugement de conversion", "Jugement de conversion en liquidation judiciaire", backend.JudgmentConversion, backend.ProcLiquidation},
		{"Jugement de conversion", "Jugement de conversion de la procédure de sauvegarde en redressement judiciaire", backend.JudgmentConversion, backend.ProcReorganisation},
		{"", "Jugement prononçant la résolution du plan de redressement et la liquidation judiciaire", backend.JudgmentConversion, backend.ProcLiquidation},
		{"Jugement arrêtant le plan", "Jugement arrêtant le plan de redressement", backend.JudgmentPlan, backend.ProcReorganisation},
		{"", "Jugement arrêtant le plan de cession", backend.JudgmentPlan, ""},
		{"Jugement de clôture", "Jugement de clôture pour insuffisance d'actif", backend.JudgmentClosing, ""},
		{"Jugement de clôture", "Jugement de clôture pour extinction du passif", backend.JudgmentClosing, ""},
		{"", "Jugement modifiant le plan de sauvegarde", backend.JudgmentOther, backend.ProcSafeguard},
		{"Avis de dépôt", "Dépôt de l'état des créances", backend.JudgmentOther, ""},
		{"Jugement d'ouverture", "Jugement d'ouverture d'une procédure de rétablissement professionnel", backend.JudgmentOther, ""},
		{"", "", backend.JudgmentOther, ""},
		{"Jugement", "Quelque chose de nouveau", backend.JudgmentOther, ""},
	} {
		ev := Classify(tc.famille, tc.nature, "")
		if ev.Kind != tc.kind || ev.Proceeding != tc.proc {
			t.Errorf("%q / %q → %s %s, want %s %s", tc.famille, tc.nature, ev.Kind, ev.Proceeding, tc.kind, tc.proc)
		}
	}
}

func TestPeople(t *testing.T) {
	for _, tc := range []struct{ complement, admin, mj string }{
		{"désignant mandataire judiciaire Me Claire Petit 6 rue Crébillon 44000 Nantes.", "", "Me Claire Petit 6 rue Crébillon 44000 Nantes"},
		{"Jugement prononçant l'ouverture, désignant administrateur judiciaire Me Paul Durand avec mission d'assistance, mandataire judiciaire : SELARL MJ (Me Lucie Martin)",
			"Me Paul Durand", "SELARL MJ"},
		{"Jugement prononçant la liquidation judiciaire, liquidateur : Maître Henri Blanc ; juge-commissaire : M. Martin", "", "Maître Henri Blanc"},
		{"Les créances sont à déclarer auprès du mandataire judiciaire.", "", ""},
		{"", "", ""},
	} {
		ev := Classify("Jugement d'ouverture", "Jugement d'ouverture d'une procédure de redressement judiciaire", tc.complement)
		if ev.Administrator != tc.admin || ev.Mandataire != tc.mj {
			t.Errorf("%q → admin %q, mandataire %q", tc.complement, ev.Administrator, ev.Mandataire)
		}
	}
}

func TestAddMonthsAndDeadline(t *testing.T) {
	for _, tc := range []struct{ pub, want string }{
		{"2026-10-22", "2026-12-22"},
		{"2026-12-31", "2027-03-01"}, // 28/02/2027 is a Sunday → Monday 01/03
		{"2027-12-31", "2028-02-29"}, // leap year: the last day of February
		{"2026-05-25", "2026-07-27"}, // 25/07/2026 is a Saturday → Monday 27/07
		{"2026-05-14", "2026-07-15"}, // 14 July is a holiday → 15/07
	} {
		p := backend.Proceeding{PublishedOn: backend.MustDate(tc.pub)}
		if got := Deadline(&p); got != backend.MustDate(tc.want) {
			t.Errorf("Deadline(%s) = %s, want %s", tc.pub, got, tc.want)
		}
	}
	if Deadline(&backend.Proceeding{}) != 0 {
		t.Error("unknown publication must give no deadline")
	}
}

// FuzzParse: whatever the API sends, reading it never panics, every announcement kept carries the SIREN asked,
// and the proceedings built from it are well formed.
func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"total_count":1,"results":[{"registre":["523 456 788","523456788"],"jugement":"{\"nature\":\"Jugement d'ouverture de liquidation judiciaire\",\"date\":\"2026-01-02\",\"complementJugement\":\"liquidateur Me X\"}"}]}`))
	f.Add([]byte(`{"results":[{"registre":"523 456 788,523456788","jugement":{"nature":"Jugement de clôture","date":"1er mars 2026"}}]}`))
	f.Add([]byte(`{"results":[null,1,"x",{"registre":null,"jugement":"{"}]}`))
	f.Add([]byte(`{"results":[{"registre":[523456788],"dateparution":2026,"numeroannonce":"12","jugement":"{\"complementJugement\":\"mandataire judiciaire é\"}"}]}`))
	f.Add([]byte(`{"results":[{"registre":["523456788"],"jugement":"{\"nature\":\"Jugement d'ouverture de liquidation judiciaire\",\"complementJugement\":\"liquidateur SELARL Été et Associés, 8 allées Jean Jaurès 31000 Toulouse. Les créances\"}"}]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		anns, _, err := Parse(body, "523456788")
		if err != nil {
			return
		}
		for _, a := range anns {
			_ = a.Cancelled()
		}
		for _, a := range anns {
			// A name read from the complement is a piece of it (or its first 160 characters, marked « … »).
			for _, who := range []string{a.Judgment.Administrator, a.Judgment.Mandataire} {
				if who != "" && !strings.HasSuffix(who, "…") && !strings.Contains(a.Judgment.Complement, who) {
					t.Fatalf("%q is not in the complement %q", who, a.Judgment.Complement)
				}
			}
		}
		sortAnnouncements(anns)
		for _, p := range Proceedings(anns) {
			if len(p.Events) == 0 {
				t.Fatalf("proceeding without events: %+v", p)
			}
			_ = p.StopReason()
			_ = Deadline(&p)
		}
	})
}
