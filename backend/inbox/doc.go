// Package inbox is the pure part of watching the mailbox: it reads an incoming e-mail defensively (Parse),
// decides what the client meant (Classify) and ties the message to a client and its invoices (LinkMessage).
// Nothing here talks to a server or a store: the IMAP watcher (package inbox/watch) fetches raw messages and the
// app supplies a Directory over the ledger.
//
// Parse never trusts its input: mail comes from anyone. It bounds the size (MaxMessageBytes), the MIME nesting
// (maxDepth), the number of parts and each decoded part, falls back to Windows-1252 for unknown charsets and
// reads broken MIME as plain text; what it had to work around is listed, in French, in Message.Problems.
//
// Classify is rule-based on purpose: the user must be able to see why a reply was filed as a promise or a
// dispute (Classification.Phrase and Reason), and a wrong guess must be explainable and fixable by adding a
// rule, not by retraining anything. It reads only what the sender wrote (the quoted reminder below a reply
// speaks of « règlement » and « pénalités » and would otherwise decide everything) and the subject when it is
// not the "RE:" of our own subject.
package inbox
