// Package apptest is what the tests of app (the window's bindings) and of app/cli (the command line) share: real
// servers on 127.0.0.1 to send to and read from (SMTP, IMAP, an OAuth provider with its SMTP and IMAP), stand-ins
// for the public registers and the SMS provider, and the tests' ledgers seeded through the store and the use cases.
// It depends on backend and its test servers, never on app (whose own tests import it); only tests import it.
package apptest
