// Package watch follows the user's mailbox over IMAP, strictly read-only, and hands every new message to the
// app through a Sink.
//
// Read-only: folders are opened with EXAMINE (SELECT read-only), bodies are fetched with BODY.PEEK[] (never
// BODY[], which would set \Seen), and no STORE, COPY, MOVE or EXPUNGE is ever sent: the mailbox, flags included,
// is exactly as the user left it.
//
// Resuming: the Sink keeps a State per folder (UIDVALIDITY and the last UID handed over) and stores it in the same
// transaction as the messages of each batch, so a crash or a restart neither loses nor doubles a message. When
// the stored UIDVALIDITY is the server's, only UIDs above LastUID are fetched ("N:*" also answers with the last
// message when none is above N: those are filtered out). When there is no State, or the server's UIDVALIDITY
// differs (the folder was recreated or renumbered), the folder is resynchronised: only the messages whose
// internal date falls within Options.LookBack (SEARCH SINCE) are fetched, and the State is replaced. Messages
// already seen before a UIDVALIDITY change come again under new UIDs: the app dedupes them by Message-ID, so
// nothing is doubled downstream. Each batch of a resync stores the new UIDVALIDITY with the batch's last UID, so
// an interrupted resync resumes by UID (messages above that UID then come even if older than the window); the
// last one stores the folder's UIDNEXT-1, so the messages left out of the window never come later.
//
// Memory: messages go to the Sink in batches of at most 200 messages and about 32 MB (a message counts for at
// most MaxFetchBytes; larger ones are fetched partially, BODY.PEEK[]<0.MaxFetchBytes>, and marked Truncated),
// each batch delivered before the next is fetched, so a first sync of any size stays in bounded memory.
//
// Following: Run connects, synchronises every folder, then waits with IDLE on the first folder that could be
// opened (restarting IDLE at least every min(Options.Poll, 25 min) to re-check every folder by UID), or, without
// IDLE, polls every Options.Poll with a NOOP health check. Every EXISTS notice and every Wake leads to a re-check
// by UID; after a check that delivered something, the first IDLE cycle lasts only a second, because a message
// landing while IDLE starts may go unannounced until the next cycle (go-imap's own server does this). Any
// connection error closes the session; Run reconnects with backoff and reports its progress and state
// through Options.OnStatus, with French error messages.
package watch
