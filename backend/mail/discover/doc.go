// Package discover finds the mail servers of an e-mail address, the way Thunderbird does, so that the owner types
// only an address and a password. Discover tries, stopping at the first that answers: a known provider by the
// address's domain (offline, from mail.Presets), the configuration file the domain publishes (Thunderbird's
// autoconfig format, clientConfig v1.1, fetched over verified HTTPS only), then the domain's MX records (a custom
// domain hosted at Microsoft 365, Google Workspace, OVHcloud, IONOS…). The Result says where the servers came from,
// whether the provider offers a browser sign-in (OAuth2) and whether it needs an application password. Nothing
// found, or no network, is a Result (Source "none"), never an error: the user then fills the form by hand. Every
// request is bounded in size and time, and the whole search in time, for the user is waiting in front of the form.
package discover
