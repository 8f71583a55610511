package backend

import "strings"

// formulaStarts are the first characters that make a spreadsheet read a cell as a formula (OWASP « CSV
// injection »): a bank label or a client's name is written by someone else and must stay text.
const formulaStarts = "=+-@\t\r"

// SpreadsheetText makes a text cell of a CSV meant for Excel or LibreOffice safe: a value that would start a
// formula gets a leading apostrophe, which both take as « this is text ». Numbers are not passed through it.
func SpreadsheetText(s string) string {
	if s != "" && strings.IndexByte(formulaStarts, s[0]) >= 0 {
		return "'" + s
	}
	return s
}

// FromSpreadsheetText undoes SpreadsheetText when such a file is imported back.
func FromSpreadsheetText(s string) string {
	if len(s) > 1 && s[0] == '\'' && strings.IndexByte(formulaStarts, s[1]) >= 0 {
		return s[1:]
	}
	return s
}
