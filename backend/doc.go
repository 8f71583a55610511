// Package backend is the domain of Relance: the ledger types (company, clients, invoices, payments), money in
// integer cents, civil dates, error codes and validators. It imports no storage, UI or document library; the
// subpackages implement storage, import, documents and mail around these types.
package backend
