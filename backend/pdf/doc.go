// Package pdf renders Relance's documents as A4 PDFs with fpdf: the formal notice to pay ("mise en demeure de
// payer", shared/legal/RULES.md §3) with its penalty computation annex, the postal reminder letter, the client
// account statement ("relevé de compte") and the order-for-payment file ("dossier d'injonction de payer", §4),
// plus the EPC QR code of a SEPA transfer (§6).
//
// Layout: letters are laid out for a French DL window envelope with the window on the right — the recipient
// block 110 mm from the left edge and 45–80 mm from the top, the sender block top left under the logo, fold
// ticks at 99 and 198 mm. Every page is numbered "Page i/n"; tables break across pages with their header repeated.
// Amounts are printed with backend.FormatEUR, dates as dd/mm/yyyy or in words.
//
// Legal content is code, not wording: the title, the parties, the invoice table, the itemised amounts, the legal
// bases by kind of debtor (L441-10/D441-5 Code de commerce for a business, 1231-6/1344-1 Code civil for a
// consumer, who is never charged the 40 € indemnity), the deadline, the payment details and the signature are
// always printed. The user may reword the introduction and the consequences; CheckWording warns when that wording
// drops what a formal notice needs or says what a consumer may not be told.
//
// Output is reproducible: the creation date is the document's date, catalogs are sorted and nothing is random,
// so the same input gives the same bytes (golden files in testdata/, go test ./backend/pdf -update). The only
// exception is a dossier with appended PDF evidence (see Dossier).
//
// Fonts: see fonts.go. The package is pure — no store, no network — and safe for concurrent use.
package pdf
