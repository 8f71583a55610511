package app

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"relance/app/desktop"

	"relance/backend"
)

func TestSchedulingWritesTheSystemsOwnEntries(t *testing.T) {
	env := testEnv(t)
	var ran []string
	record := func(name string, args ...string) error {
		ran = append(ran, name+" "+strings.Join(args, " "))
		return nil
	}

	// Linux: an autostart launcher and a systemd user timer.
	home := t.TempDir()
	api := &SchedulingAPI{env: env, sys: desktop.System{GOOS: "linux", Home: home, Exe: "/opt/Relance App/relance", Run: record}}
	if _, err := api.SetStartAtLogin(true); err != nil {
		t.Fatal(err)
	}
	launcher, _ := os.ReadFile(filepath.Join(home, ".config", "autostart", "relance.desktop"))
	if !strings.Contains(string(launcher), `Exec="/opt/Relance App/relance" --data `) {
		t.Fatalf("autostart:\n%s", launcher)
	}
	v, err := api.SetDailyRun(true, "7:05")
	if err != nil || !v.DailyRun || v.DailyAt != "07:05" || !v.StartAtLogin {
		t.Fatalf("daily run %+v %v", v, err)
	}
	timer, _ := os.ReadFile(filepath.Join(home, ".config", "systemd", "user", "relance-run.timer"))
	service, _ := os.ReadFile(filepath.Join(home, ".config", "systemd", "user", "relance-run.service"))
	if !strings.Contains(string(timer), "OnCalendar=*-*-* 07:05:00") || !strings.Contains(string(timer), "Persistent=true") ||
		!strings.Contains(string(service), " run\n") || ran[0] != "systemctl --user enable --now relance-run.timer" {
		t.Fatalf("timer:\n%s\nservice:\n%s\nran %v", timer, service, ran)
	}
	if _, err := api.SetDailyRun(true, "25:00"); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("bad time: %v", err)
	}
	if _, err := api.SetStartAtLogin(false); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(home, ".config", "autostart", "relance.desktop")); !os.IsNotExist(err) {
		t.Fatal("autostart not removed")
	}

	// macOS: launchd agents, well-formed.
	ran = nil
	mac := &SchedulingAPI{env: env, sys: desktop.System{GOOS: "darwin", Home: t.TempDir(), Exe: "/Applications/Relance.app/Contents/MacOS/relance", Run: record}}
	if _, err := mac.SetDailyRun(true, "08:30"); err != nil {
		t.Fatal(err)
	}
	plist, _ := os.ReadFile(filepath.Join(mac.sys.Home, "Library", "LaunchAgents", "fr.relance.run.plist"))
	if err := xml.Unmarshal(plist, new(struct{})); err != nil || !strings.Contains(string(plist), "<key>Hour</key><integer>8</integer>") {
		t.Fatalf("plist %v:\n%s", err, plist)
	}

	// Windows: the Task Scheduler and the Run key.
	ran = nil
	win := &SchedulingAPI{env: env, sys: desktop.System{GOOS: "windows", Exe: `C:\Program Files\Relance\relance.exe`, Run: record}}
	if _, err := win.SetDailyRun(true, "09:00"); err != nil {
		t.Fatal(err)
	}
	if _, err := win.SetStartAtLogin(true); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(ran[0], "schtasks /Create /F /SC DAILY /ST 09:00") || !strings.Contains(ran[0], `relance.exe" --data`) ||
		!strings.HasPrefix(ran[1], `reg add HKCU\Software\Microsoft\Windows\CurrentVersion\Run /v Relance`) {
		t.Fatalf("commands %q", ran)
	}
}
