package app

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"relance/backend"
)

// SchedulingAPI puts Relance in the system's hands: open at login, and `relance run` every day at a set time even
// when the window is closed (Windows Task Scheduler, launchd on macOS, a systemd user timer on Linux). Each
// setting is the system's own file or task, so the user can also see and remove it there.
type SchedulingAPI struct {
	env *Env
	// Tests: the OS to act as, the home folder to write under, and the commands run.
	goos string
	home string
	exe  string
	run  func(name string, args ...string) error
}

const settingScheduling = "scheduling"

// SchedulingView is the « Lancement automatique » card of the settings.
type SchedulingView struct {
	StartAtLogin bool     `json:"startAtLogin"`
	DailyRun     bool     `json:"dailyRun"`
	DailyAt      string   `json:"dailyAt"` // HH:MM
	Executable   string   `json:"executable"`
	Manual       string   `json:"manual"`      // the command to schedule by hand elsewhere
	Explanation  []string `json:"explanation"` // what each option does on this system, in French
}

type schedulingState struct {
	StartAtLogin bool   `json:"startAtLogin"`
	DailyRun     bool   `json:"dailyRun"`
	DailyAt      string `json:"dailyAt"`
}

func (a *SchedulingAPI) sys() (goos, home, exe string) {
	goos, home, exe = a.goos, a.home, a.exe
	if goos == "" {
		goos = runtime.GOOS
	}
	if home == "" {
		home, _ = os.UserHomeDir()
	}
	if exe == "" {
		exe, _ = os.Executable()
	}
	return
}

func (a *SchedulingAPI) command(name string, args ...string) error {
	if a.run != nil {
		return a.run(name, args...)
	}
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s : %v %s", name, err, strings.TrimSpace(string(out)))
	}
	return nil
}

// Get returns what is set and how it works on this system.
func (a *SchedulingAPI) Get() (SchedulingView, error) {
	st := schedulingState{DailyAt: "08:30"}
	if _, err := a.env.Store.Setting(settingScheduling, &st); err != nil {
		return SchedulingView{}, err
	}
	goos, _, exe := a.sys()
	v := SchedulingView{StartAtLogin: st.StartAtLogin, DailyRun: st.DailyRun, DailyAt: st.DailyAt, Executable: exe,
		Manual: fmt.Sprintf("%q --data %q run", exe, a.env.Dirs.Data)}
	switch goos {
	case "windows":
		v.Explanation = []string{"Ouverture à la connexion : une entrée « Relance » dans les programmes de démarrage de Windows.",
			"Relance quotidienne : une tâche « Relance – relances du jour » du Planificateur de tâches, qui envoie les relances même fenêtre fermée."}
	case "darwin":
		v.Explanation = []string{"Ouverture à la connexion : un agent de lancement (~/Library/LaunchAgents/fr.relance.desktop.plist).",
			"Relance quotidienne : un agent launchd (fr.relance.run) qui lance « relance run » chaque jour à l'heure choisie, ou au réveil du Mac s'il dormait."}
	default:
		v.Explanation = []string{"Ouverture à la connexion : un lanceur dans ~/.config/autostart.",
			"Relance quotidienne : un minuteur systemd de l'utilisateur (relance-run.timer), rattrapé au démarrage si l'ordinateur était éteint."}
	}
	return v, nil
}

// SetStartAtLogin opens Relance when the user logs in, or stops doing so.
func (a *SchedulingAPI) SetStartAtLogin(on bool) (SchedulingView, error) {
	goos, home, exe := a.sys()
	var err error
	switch goos {
	case "windows":
		if on {
			err = a.command("reg", "add", `HKCU\Software\Microsoft\Windows\CurrentVersion\Run`, "/v", "Relance", "/t", "REG_SZ", "/d",
				fmt.Sprintf("\"%s\" --data \"%s\"", exe, a.env.Dirs.Data), "/f")
		} else {
			err = a.command("reg", "delete", `HKCU\Software\Microsoft\Windows\CurrentVersion\Run`, "/v", "Relance", "/f")
		}
	case "darwin":
		path := filepath.Join(home, "Library", "LaunchAgents", "fr.relance.desktop.plist")
		err = writeOrRemove(path, on, launchAgent("fr.relance.desktop", []string{exe, "--data", a.env.Dirs.Data}, "", true))
	default:
		path := filepath.Join(home, ".config", "autostart", "relance.desktop")
		err = writeOrRemove(path, on, fmt.Sprintf("[Desktop Entry]\nType=Application\nName=Relance\nComment=Relances de factures impayées\nExec=%s --data %s\nX-GNOME-Autostart-enabled=true\n",
			desktopQuote(exe), desktopQuote(a.env.Dirs.Data)))
	}
	if err != nil {
		return SchedulingView{}, backend.Errorf(backend.EUNAVAILABLE, "ouverture à la connexion impossible à régler : %v", err)
	}
	return a.save(func(s *schedulingState) { s.StartAtLogin = on })
}

// SetDailyRun runs `relance run` every day at HH:MM (or stops).
func (a *SchedulingAPI) SetDailyRun(on bool, at string) (SchedulingView, error) {
	var hh, mm int
	if _, err := fmt.Sscanf(at, "%d:%d", &hh, &mm); err != nil || hh < 0 || hh > 23 || mm < 0 || mm > 59 {
		return SchedulingView{}, &backend.Error{Code: backend.EINVALID, Fields: []backend.FieldError{{Field: "dailyAt", Message: "heure invalide : HH:MM, par exemple 08:30"}}}
	}
	at = fmt.Sprintf("%02d:%02d", hh, mm)
	goos, home, exe := a.sys()
	var err error
	switch goos {
	case "windows":
		const task = "Relance – relances du jour"
		if on {
			err = a.command("schtasks", "/Create", "/F", "/SC", "DAILY", "/ST", at, "/TN", task, "/TR",
				fmt.Sprintf("\"%s\" --data \"%s\" run", exe, a.env.Dirs.Data))
		} else {
			err = a.command("schtasks", "/Delete", "/F", "/TN", task)
		}
	case "darwin":
		path := filepath.Join(home, "Library", "LaunchAgents", "fr.relance.run.plist")
		err = writeOrRemove(path, on, launchAgent("fr.relance.run", []string{exe, "--data", a.env.Dirs.Data, "run"},
			fmt.Sprintf("<key>StartCalendarInterval</key><dict><key>Hour</key><integer>%d</integer><key>Minute</key><integer>%d</integer></dict>", hh, mm), false))
		if err == nil && on {
			_ = a.command("launchctl", "load", "-w", path) // takes effect at the next login otherwise
		}
	default:
		dir := filepath.Join(home, ".config", "systemd", "user")
		service := fmt.Sprintf("[Unit]\nDescription=Relance : relances du jour\n\n[Service]\nType=oneshot\nExecStart=%s --data %s run\n",
			desktopQuote(exe), desktopQuote(a.env.Dirs.Data))
		timer := fmt.Sprintf("[Unit]\nDescription=Relance : relances du jour à %s\n\n[Timer]\nOnCalendar=*-*-* %s:00\nPersistent=true\n\n[Install]\nWantedBy=timers.target\n", at, at)
		if err = writeOrRemove(filepath.Join(dir, "relance-run.service"), on, service); err == nil {
			err = writeOrRemove(filepath.Join(dir, "relance-run.timer"), on, timer)
		}
		if err == nil {
			if on {
				err = a.command("systemctl", "--user", "enable", "--now", "relance-run.timer")
			} else {
				_ = a.command("systemctl", "--user", "disable", "--now", "relance-run.timer")
			}
		}
	}
	if err != nil {
		return SchedulingView{}, backend.Errorf(backend.EUNAVAILABLE, "relance quotidienne impossible à programmer : %v — programmez à la main : %q --data %q run", err, exe, a.env.Dirs.Data)
	}
	return a.save(func(s *schedulingState) { s.DailyRun, s.DailyAt = on, at })
}

func (a *SchedulingAPI) save(change func(*schedulingState)) (SchedulingView, error) {
	st := schedulingState{DailyAt: "08:30"}
	if _, err := a.env.Store.Setting(settingScheduling, &st); err != nil {
		return SchedulingView{}, err
	}
	change(&st)
	if err := a.env.Store.SetSetting(settingScheduling, st); err != nil {
		return SchedulingView{}, err
	}
	return a.Get()
}

func writeOrRemove(path string, on bool, content string) error {
	if !on {
		if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
			return err
		}
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(content), 0o600)
}

// launchAgent is a macOS launchd agent running args, at load or on a calendar.
func launchAgent(label string, args []string, calendar string, atLoad bool) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">` + "\n" +
		"<plist version=\"1.0\"><dict><key>Label</key><string>" + xmlEscape(label) + "</string><key>ProgramArguments</key><array>")
	for _, a := range args {
		b.WriteString("<string>" + xmlEscape(a) + "</string>")
	}
	b.WriteString("</array>")
	if atLoad {
		b.WriteString("<key>RunAtLoad</key><true/>")
	}
	b.WriteString(calendar + "</dict></plist>\n")
	return b.String()
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// desktopQuote quotes an argument for a .desktop Exec line or a systemd ExecStart.
func desktopQuote(s string) string {
	if !strings.ContainsAny(s, " \t\"'\\$`") {
		return s
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "`", "\\`", "$", `\$`).Replace(s) + `"`
}
