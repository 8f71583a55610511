package app

import (
	"fmt"

	"relance/app/desktop"
	"relance/backend"
)

// SchedulingAPI is the « Lancement automatique » card: what the owner chose is kept in the store, and the system's
// own entries are written by desktop.System (open at login, the daily `relance run`).
type SchedulingAPI struct {
	env *Env
	sys desktop.System // zero: this computer (tests act as another OS, under a temporary home)
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

// Get returns what is set and how it works on this system.
func (a *SchedulingAPI) Get() (SchedulingView, error) {
	st := schedulingState{DailyAt: "08:30"}
	if _, err := a.env.Store.Setting(settingScheduling, &st); err != nil {
		return SchedulingView{}, err
	}
	return SchedulingView{StartAtLogin: st.StartAtLogin, DailyRun: st.DailyRun, DailyAt: st.DailyAt,
		Executable: a.sys.Executable(), Manual: a.sys.ManualCommand(a.env.Dirs.Data), Explanation: a.sys.Explanation()}, nil
}

// SetStartAtLogin opens Relance when the user logs in, or stops doing so.
func (a *SchedulingAPI) SetStartAtLogin(on bool) (SchedulingView, error) {
	if err := a.sys.SetStartAtLogin(a.env.Dirs.Data, on); err != nil {
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
	if err := a.sys.SetDailyRun(a.env.Dirs.Data, on, hh, mm); err != nil {
		return SchedulingView{}, backend.Errorf(backend.EUNAVAILABLE, "relance quotidienne impossible à programmer : %v — programmez à la main : %s", err, a.sys.ManualCommand(a.env.Dirs.Data))
	}
	return a.save(func(s *schedulingState) { s.DailyRun, s.DailyAt = on, fmt.Sprintf("%02d:%02d", hh, mm) })
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
