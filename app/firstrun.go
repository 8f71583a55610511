package app

import "relance/backend"

// settingFirstRun remembers what the owner did with the first-run guide, in the data folder: another folder (an
// other company, a demo) has its own guide.
const settingFirstRun = "firstRun"

// FirstRun returns the first-run guide's state in this data folder: "skipped" (« Plus tard »), "finished", or ""
// while it was never dismissed.
func (a *SettingsAPI) FirstRun() (string, error) {
	var mark string
	if _, err := a.env.Store.Setting(settingFirstRun, &mark); err != nil {
		return "", err
	}
	if mark != "skipped" && mark != "finished" {
		return "", nil
	}
	return mark, nil
}

// SetFirstRun records the first-run guide's state: "skipped", "finished", or "" to show it again at start.
func (a *SettingsAPI) SetFirstRun(mark string) (string, error) {
	switch mark {
	case "":
		if err := a.env.Store.DeleteSetting(settingFirstRun); err != nil {
			return "", err
		}
	case "skipped", "finished":
		if err := a.env.Store.SetSetting(settingFirstRun, mark); err != nil {
			return "", err
		}
	default:
		return "", backend.Errorf(backend.EINVALID, "état du guide de démarrage « %s » invalide : skipped, finished ou vide", mark)
	}
	return a.FirstRun()
}
