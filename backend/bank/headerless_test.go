package bank

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"relance/backend"
)

// Exports without a header line, written for this test as the banks write them: Windows-1252, CRLF, an account
// line above the operations for the older BNP Paribas layout, a balance line at the end for LCL.

func cp1252(t *testing.T, s string) []byte {
	t.Helper()
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(strings.ReplaceAll(s, "\n", "\r\n")))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestHeaderlessExports(t *testing.T) {
	type op struct {
		date   string
		amount backend.Cents
		label  string
	}
	tests := []struct {
		name, file, data string
		want             []op
		valueDate        string // of the first operation, when the layout has one
	}{
		{
			name: "BNP Paribas, ancien format", file: "E0123456.csv",
			data: "Compte de chèques ****5678;Compte de chèques;****5678;05/03/2026;;12 480,33\n" +
				"05/03/2026;;;VIR SEPA RECU /DE BOULANGERIE LEFEVRE ET FILS /MOTIF FACTURE F-2026-021 /REF 20260305BL0021;1 130,50\n" +
				"04/03/2026;;;PRLV SEPA URSSAF ILE DE FRANCE /MOTIF COTISATIONS FEVRIER;-1 842,00\n" +
				"04/03/2026;;;FACTURE CARTE DU 02/03/26 TOTAL ACCESS 75 CARTE 4974XXXXXXXX1234;-68,42\n" +
				"02/03/2026;;;VIR SEPA RECU /DE SCI LES GENETS /MOTIF F2026031;1 800,00\n",
			want: []op{
				{"2026-03-05", 113050, "VIR SEPA RECU /DE BOULANGERIE LEFEVRE ET FILS /MOTIF FACTURE F-2026-021 /REF 20260305BL0021"},
				{"2026-03-04", -184200, "PRLV SEPA URSSAF ILE DE FRANCE /MOTIF COTISATIONS FEVRIER"},
				{"2026-03-04", -6842, "FACTURE CARTE DU 02/03/26 TOTAL ACCESS 75 CARTE 4974XXXXXXXX1234"},
				{"2026-03-02", 180000, "VIR SEPA RECU /DE SCI LES GENETS /MOTIF F2026031"},
			},
		},
		{
			name: "LCL", file: "telechargement.csv",
			data: "05/03/2026;1130,50;Virement;;VIR SEPA BOULANGERIE LEFEVRE F-2026-021;;\n" +
				"04/03/2026;-68,42;Carte;;CB TOTAL ACCESS 02/03;Transport;Carburant\n" +
				"03/03/2026;-250,00;Chèque;1234567;CHEQUE 1234567;;\n" +
				"05/03/2026;12480,33;;;;;\n",
			want: []op{
				{"2026-03-05", 113050, "VIR SEPA BOULANGERIE LEFEVRE F-2026-021"},
				{"2026-03-04", -6842, "CB TOTAL ACCESS 02/03"},
				{"2026-03-03", -25000, "CHEQUE 1234567"},
			},
		},
		{
			name: "Crédit Mutuel sans titres", file: "export-operations.csv",
			data: "05/03/2026;05/03/2026;;1130,50;VIR BOULANGERIE LEFEVRE ET FILS F-2026-021;12480,33\n" +
				"04/03/2026;03/03/2026;-68,42;;CARTE 02/03 TOTAL ACCESS PARIS;11349,83\n" +
				"02/03/2026;02/03/2026;;1800,00;VIR SCI LES GENETS LOYER ET F2026031;11418,25\n",
			want: []op{
				{"2026-03-05", 113050, "VIR BOULANGERIE LEFEVRE ET FILS F-2026-021"},
				{"2026-03-04", -6842, "CARTE 02/03 TOTAL ACCESS PARIS"},
				{"2026-03-02", 180000, "VIR SCI LES GENETS LOYER ET F2026031"},
			},
			valueDate: "2026-03-05",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := cp1252(t, tc.data)
			p, err := PreviewCSV(tc.file, data)
			if err != nil || !p.Recognised {
				t.Fatalf("preview: recognised %v, %v (%+v)", p.Recognised, err, p)
			}
			st, err := Parse(tc.file, data, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(st.Transactions) != len(tc.want) {
				t.Fatalf("%d operations, want %d: %+v", len(st.Transactions), len(tc.want), st.Transactions)
			}
			for i, w := range tc.want {
				got := st.Transactions[i]
				if got.BookedOn.String() != w.date || got.Amount != w.amount || got.Label != w.label || got.Currency != "EUR" {
					t.Errorf("operation %d = %s %v %q %s, want %s %v %q", i, got.BookedOn, got.Amount, got.Label, got.Currency, w.date, w.amount, w.label)
				}
			}
			if tc.valueDate != "" && st.Transactions[0].ValueDate.String() != tc.valueDate {
				t.Errorf("value date %s, want %s", st.Transactions[0].ValueDate, tc.valueDate)
			}
			// The same statement with its mapping given back (what the import screen sends) reads the same.
			again, err := Parse(tc.file, data, &p.Mapping)
			if err != nil || len(again.Transactions) != len(tc.want) {
				t.Errorf("with the preview's mapping: %v, %d operations", err, len(again.Transactions))
			}
		})
	}
}

// A bank file's errors speak of bank columns, never of the invoice importer's client codes.
func TestHeaderlessErrors(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"e1.csv", "Compte de chèques ****5678;Compte de chèques;****5678;05/03/2026;;12 480,33\n" +
			"05/03/2026;;;VIR SEPA RECU /DE SARL DUPONT;1 130,505\n04/03/2026;;;PRLV SEPA EDF;-84,90\n" +
			"03/03/2026;;;PRLV SEPA ORANGE;-45,99\n02/03/2026;;;CB MONOPRIX;-12,30\n",
			"e1.csv, ligne 2, colonne « Montant » : montant « 1 130,505 » trop précis : au plus deux décimales"},
		{"e2.csv", "05/03/2026;;;VIR SEPA RECU /DE SARL DUPONT;1 130,50\n04/03/2026;;;PRLV SEPA EDF;12,5 EUR environ\n" +
			"03/03/2026;;;PRLV SEPA ORANGE;-45,99\n02/03/2026;;;CB MONOPRIX;-12,30\n01/03/2026;;;CB SNCF;-45,00\n" +
			"28/02/2026;;;CB AMAZON;-19,99\n27/02/2026;;;VIR SEPA RECU /DE SCI;800,00\n26/02/2026;;;CB FNAC;-29,00\n" +
			"25/02/2026;;;CB LECLERC;-61,10\n24/02/2026;;;CB SHELL;-70,00\n",
			"e2.csv, ligne 2, colonne « Montant » : montant « 12,5 EUR environ » illisible"},
		{"e3.csv", "Releve;Compte;Societe\n1;2;3\n4;5;6\n",
			"indiquez quelles colonnes contiennent la date, le libellé et le montant"},
	}
	for _, tc := range tests {
		_, err := Parse(tc.name, []byte(tc.data), nil)
		msg := backend.ErrorMessage(err)
		if err == nil || !strings.Contains(msg, tc.want) {
			t.Errorf("%s:\n got %v\nwant %q", tc.name, err, tc.want)
		}
		for _, bad := range []string{"Code client", "client", "en-têtes (Code"} {
			if strings.Contains(msg, bad) {
				t.Errorf("%s: a bank error speaks of %q: %s", tc.name, bad, msg)
			}
		}
	}
}
