package desktop

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

// System puts Relance in the system's hands: open at login, and `relance run` every day at a set time even when
// the window is closed (Windows Task Scheduler, launchd on macOS, a systemd user timer on Linux). Each setting is
// the system's own file or task, so the user can also see and remove it there. The zero value acts on this
// computer; tests set the OS to act as, the home folder to write under, the executable and the commands run.
type System struct {
	GOOS string
	Home string
	Exe  string
	Run  func(name string, args ...string) error
}

func (s System) resolve() (goos, home, exe string) {
	goos, home, exe = s.GOOS, s.Home, s.Exe
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

func (s System) command(name string, args ...string) error {
	if s.Run != nil {
		return s.Run(name, args...)
	}
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s : %v %s", name, err, strings.TrimSpace(string(out)))
	}
	return nil
}

// Executable is the program the system will start.
func (s System) Executable() string {
	_, _, exe := s.resolve()
	return exe
}

// ManualCommand is the daily run's command, to schedule by hand elsewhere.
func (s System) ManualCommand(data string) string {
	return fmt.Sprintf("%q --data %q run", s.Executable(), data)
}

// Explanation says, in French, what each option does on this system.
func (s System) Explanation() []string {
	goos, _, _ := s.resolve()
	switch goos {
	case "windows":
		return []string{"Ouverture à la connexion : une entrée « Relance » dans les programmes de démarrage de Windows.",
			"Relance quotidienne : une tâche « Relance – relances du jour » du Planificateur de tâches, qui envoie les relances même fenêtre fermée."}
	case "darwin":
		return []string{"Ouverture à la connexion : un agent de lancement (~/Library/LaunchAgents/fr.relance.desktop.plist).",
			"Relance quotidienne : un agent launchd (fr.relance.run) qui lance « relance run » chaque jour à l'heure choisie, ou au réveil du Mac s'il dormait."}
	default:
		return []string{"Ouverture à la connexion : un lanceur dans ~/.config/autostart.",
			"Relance quotidienne : un minuteur systemd de l'utilisateur (relance-run.timer), rattrapé au démarrage si l'ordinateur était éteint."}
	}
}

// SetStartAtLogin opens Relance on the data folder when the user logs in, or stops doing so.
func (s System) SetStartAtLogin(data string, on bool) error {
	goos, home, exe := s.resolve()
	switch goos {
	case "windows":
		if on {
			return s.command("reg", "add", `HKCU\Software\Microsoft\Windows\CurrentVersion\Run`, "/v", "Relance", "/t", "REG_SZ", "/d",
				fmt.Sprintf("\"%s\" --data \"%s\"", exe, data), "/f")
		}
		return s.command("reg", "delete", `HKCU\Software\Microsoft\Windows\CurrentVersion\Run`, "/v", "Relance", "/f")
	case "darwin":
		path := filepath.Join(home, "Library", "LaunchAgents", "fr.relance.desktop.plist")
		return writeOrRemove(path, on, launchAgent("fr.relance.desktop", []string{exe, "--data", data}, "", true))
	default:
		path := filepath.Join(home, ".config", "autostart", "relance.desktop")
		return writeOrRemove(path, on, fmt.Sprintf("[Desktop Entry]\nType=Application\nName=Relance\nComment=Relances de factures impayées\nExec=%s --data %s\nX-GNOME-Autostart-enabled=true\n",
			desktopQuote(exe), desktopQuote(data)))
	}
}

// SetDailyRun runs `relance run` on the data folder every day at hh:mm (or stops).
func (s System) SetDailyRun(data string, on bool, hh, mm int) error {
	at := fmt.Sprintf("%02d:%02d", hh, mm)
	goos, home, exe := s.resolve()
	switch goos {
	case "windows":
		const task = "Relance – relances du jour"
		if on {
			return s.command("schtasks", "/Create", "/F", "/SC", "DAILY", "/ST", at, "/TN", task, "/TR",
				fmt.Sprintf("\"%s\" --data \"%s\" run", exe, data))
		}
		return s.command("schtasks", "/Delete", "/F", "/TN", task)
	case "darwin":
		path := filepath.Join(home, "Library", "LaunchAgents", "fr.relance.run.plist")
		err := writeOrRemove(path, on, launchAgent("fr.relance.run", []string{exe, "--data", data, "run"},
			fmt.Sprintf("<key>StartCalendarInterval</key><dict><key>Hour</key><integer>%d</integer><key>Minute</key><integer>%d</integer></dict>", hh, mm), false))
		if err == nil && on {
			_ = s.command("launchctl", "load", "-w", path) // takes effect at the next login otherwise
		}
		return err
	default:
		dir := filepath.Join(home, ".config", "systemd", "user")
		service := fmt.Sprintf("[Unit]\nDescription=Relance : relances du jour\n\n[Service]\nType=oneshot\nExecStart=%s --data %s run\n",
			desktopQuote(exe), desktopQuote(data))
		timer := fmt.Sprintf("[Unit]\nDescription=Relance : relances du jour à %s\n\n[Timer]\nOnCalendar=*-*-* %s:00\nPersistent=true\n\n[Install]\nWantedBy=timers.target\n", at, at)
		err := writeOrRemove(filepath.Join(dir, "relance-run.service"), on, service)
		if err == nil {
			err = writeOrRemove(filepath.Join(dir, "relance-run.timer"), on, timer)
		}
		if err != nil {
			return err
		}
		if on {
			return s.command("systemctl", "--user", "enable", "--now", "relance-run.timer")
		}
		_ = s.command("systemctl", "--user", "disable", "--now", "relance-run.timer")
		return nil
	}
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
