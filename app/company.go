package app

import "relance/backend"

// CompanyAPI edits the user's company profile.
type CompanyAPI struct{ env *Env }

// Get returns the company profile.
func (a *CompanyAPI) Get() (backend.Company, error) { return a.env.Store.Company() }

// Save validates and stores the company profile, returning it normalised.
func (a *CompanyAPI) Save(c backend.Company) (backend.Company, error) {
	if err := a.env.Store.SaveCompany(&c); err != nil {
		return c, err
	}
	return c, nil
}
