// Package template renders the messages of Relance — reminder e-mails, the formal-notice cover e-mail, the thank-you
// note and the phone-call script — from models the user can edit.
//
// A model is plain text with variables written [[Name]] (spaces allowed inside: [[ Name ]]). Names are
// case-sensitive and come from Catalogue; a lone [ or ] is ordinary text, and a [[ must be closed by ]] on the
// same line. Two conditional blocks, and only these, choose wording by kind of debtor, because the law does:
//
//	[[#Business]] … [[/Business]]   kept only for a professional client (late-payment penalties, 40 € indemnity)
//	[[#Consumer]] … [[/Consumer]]   kept only for a consumer (who must never be charged either)
//
// Blocks do not nest. A block tag alone on its line disappears with its line, so a skipped block leaves no blank
// line behind. Check reports every problem with its line and column (in characters, 1-based) so the editor can
// point at it; Validate turns them into the EINVALID error the settings screen shows.
//
// Render produces the subject, the plain-text body and an HTML body generated from it: blank lines make
// paragraphs, single newlines <br>, and every literal text and value is HTML-escaped — a client called
// "<script>" stays text. [[InvoiceTable]] becomes an aligned text table or an HTML table, [[CompanyLogo]] an
// inline image (cid:) in HTML only, [[PaymentLink]] a link when it is http(s). The subject never contains a line
// break, whatever the values hold, so a value cannot inject a mail header.
//
// Amounts and dates follow the language of the message: "1 234,56 €" and "15 mars 2026" in French (the
// backend's formatters), "€1,234.56" and "15 March 2026" in English. A variable used with no value for the client
// (no contact, no IBAN…) is reported in Rendered.Missing: the app then holds the message for review instead of
// sending a reminder with a hole in it.
//
// The default models (Defaults) are written in French and in English for every step key of the scenarios. The
// package is pure — no store, no clock, no network — and its parser runs in linear time and never panics.
package template
