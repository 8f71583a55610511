package cli

import (
	"strings"
	"testing"

	"relance/app"
	"relance/backend"
)

func TestCLIDemoErase(t *testing.T) {
	data := t.TempDir()
	if r := runCLI(t, data, "demo", "--erase"); r.code == 0 || !strings.Contains(r.stderr, "pas des données de démonstration") {
		t.Fatalf("erase an empty folder: %+v", r)
	}
	if r := runCLI(t, data, "demo", "--clients", "10", "--invoices", "50"); r.code != 0 {
		t.Fatalf("demo: %+v", r)
	}
	r := runCLI(t, data, "demo", "--erase")
	if r.code != 0 || !strings.Contains(r.stdout, "Données de démonstration effacées") || !strings.Contains(r.stdout, "10 clients, 50 factures") {
		t.Fatalf("erase: %+v", r)
	}
	if r := runCLI(t, data, "demo", "--clients", "5", "--invoices", "20"); r.code != 0 {
		t.Fatalf("demo again in the emptied folder: %+v", r)
	}
}

// The company profile is filled whichever way the demo is loaded (#16 point 9): from the window (LoadDemo) and
// with `relance demo`, the same complete fictional creditor (the letters and e-mails need its name, SIREN,
// address, IBAN and signatory); a profile the owner named stays theirs (a profile cannot be saved unnamed).
func TestDemoFillsTheCompanyEitherWay(t *testing.T) {
	complete := func(how string, co backend.Company) {
		t.Helper()
		if !app.IsDemoCompany(co) || co.LegalForm == "" || co.Address.Line1 == "" || co.Address.City == "" || co.IBAN == "" ||
			co.Signatory.LastName == "" || !backend.ReservedAddress(co.Email) || co.Normalize() != nil {
			t.Errorf("%s: company %+v", how, co)
		}
	}
	env := testEnv(t)
	if _, err := app.NewBindings(env).Settings.LoadDemo(app.DemoRequest{Clients: 5, Invoices: 20}); err != nil {
		t.Fatal(err)
	}
	window, _ := env.Store.Company()
	complete("window", window)

	data := t.TempDir()
	if r := runCLI(t, data, "demo", "--clients", "5", "--invoices", "20"); r.code != ExitOK {
		t.Fatalf("demo: %+v", r)
	}
	r := runCLI(t, data, "company", "get")
	for _, want := range []string{window.LegalName, window.SIREN, window.Address.City, window.Signatory.LastName} {
		if r.code != ExitOK || !strings.Contains(r.stdout, want) {
			t.Fatalf("relance demo: company get lacks %q: %+v", want, r)
		}
	}

	// The owner's own name is kept.
	own := testEnv(t)
	co := backend.Company{LegalName: "Menuiserie Dupont"}
	if err := own.Store.SaveCompany(&co); err != nil {
		t.Fatal(err)
	}
	if _, err := app.NewBindings(own).Settings.LoadDemo(app.DemoRequest{Clients: 5, Invoices: 20}); err != nil {
		t.Fatal(err)
	}
	if got, _ := own.Store.Company(); got.LegalName != "Menuiserie Dupont" {
		t.Errorf("the owner's profile replaced: %+v", got)
	}
}
