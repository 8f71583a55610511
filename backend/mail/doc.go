// Package mail sends the reminders from the user's own mailbox and files a copy in its Sent folder.
//
//   - Settings (kept in the store, never the password) are validated by Normalize: "none" security only towards
//     this computer, so no password ever travels in clear. Presets gives the servers of the usual providers.
//   - Build renders a Message (stable Message-ID from NewMessageID, text + HTML, attachments, inline logo) to
//     RFC 5322 bytes with go-mail; Send writes the same message over SMTP with go-mail's client.
//   - Send returns a *SendError whose Kind tells the outbox what to do: Temporary (the server did not take the
//     message: retry), Permanent (do not retry), Uncertain (the whole message and its final "." were written but
//     no reply came: the server may have accepted it, so never resend without the user; FindSent can settle it).
//   - Test walks the same path without sending (connection, TLS, authentication, MAIL FROM then RSET, then IMAP
//     login and Sent folder) and says in French which step failed.
//   - AppendSent and FindSent use IMAP (go-imap v2): the Sent folder is the configured one, else the mailbox with
//     the \Sent special-use attribute, else a usual name (Sent, Envoyés, Éléments envoyés, …).
//
// Certificates are always verified (system roots, or Settings.RootCAs in tests). Every network wait is bounded
// (30 s without progress) and the caller's context closes the connection when it ends.
package mail
