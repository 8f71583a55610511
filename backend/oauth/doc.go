// Package oauth signs the owner in to their mailbox provider (Microsoft 365 / Outlook.com, Google Workspace /
// Gmail, or any OAuth 2.0 mail host) so that reminders leave where passwords no longer work: Microsoft turns SMTP
// passwords off at the end of 2026 and Google takes app passwords only.
//
// The sign-in is the authorization code flow with PKCE (S256) of a native app (RFC 8252): a one-shot HTTP server
// on 127.0.0.1 with a random port receives the browser's redirect, the state is checked, and golang.org/x/oauth2
// exchanges the code. The refresh token is handed to a TokenStore (the OS keychain, see backend/secret); the
// access token stays in memory in a Session, refreshed shortly before it expires and once more when a server
// refuses it. A refresh token the provider no longer honours (invalid_grant: password changed, consent revoked,
// admin policy) is a *SignInNeeded error: the caller stops sending and asks the owner to sign in again, it never
// fails or re-routes a message.
package oauth
