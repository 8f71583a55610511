"""Remote SMTP replies, modelled on the texts the named systems publish or are known to send.
Key -> (status, reply text, remote MX host, remote IP). {r} = recipient address."""

D = {
    # ---------------- unknown user ----------------
    "uu_postfix": ("5.1.1", "550 5.1.1 <{r}>: Recipient address rejected: User unknown in virtual mailbox table", "mx1.{d}", "203.0.113.25"),
    "uu_postfix_local": ("5.1.1", "550 5.1.1 <{r}>: Recipient address rejected: User unknown in local recipient table", "mail.{d}", "198.51.100.71"),
    "uu_gmail": ("5.1.1", "550-5.1.1 The email account that you tried to reach does not exist. Please try\n 550-5.1.1 double-checking the recipient's email address for typos or\n 550-5.1.1 unnecessary spaces. For more information, go to\n 550 5.1.1  https://support.google.example/mail/?p=NoSuchUser 5a9c2e1f0d3b-4.20 - gsmtp", "gmail-smtp-in.l.google.example", "203.0.113.27"),
    "uu_outlook": ("5.5.0", "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [AM4PEPF00027A5C.eurprd04.prod.outlook.example 2026-12-02T08:13:10.117Z 08DD1E4F2B7C9A11]", "hotmail-com.olc.protection.outlook.example", "203.0.113.59"),
    "uu_exchange": ("5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {r} not found by SMTP address lookup", "{dd}.mail.protection.outlook.example", "198.51.100.12"),
    "uu_yahoo": ("5.0.0", "554 delivery error: dd Sorry your message to {r} cannot be delivered. This mailbox is disabled (554.30). - mta4012.mail.ir2.yahoo.example", "mta7.am0.yahoodns.example", "203.0.113.66"),
    "uu_orange": ("5.1.1", "550 5.1.1 <{r}>: Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]", "smtp-in.orange.example", "203.0.113.80"),
    "uu_free": ("5.1.1", "550 5.1.1 <{r}>: Recipient address rejected: Mailbox not found", "mx1.free.example", "203.0.113.91"),
    "uu_sfr": ("5.1.1", "550 5.1.1 <{r}>: Recipient address rejected: User unknown in virtual alias table", "mx1.sfr.example", "198.51.100.33"),
    "uu_bouygues": ("5.1.1", "550 5.1.1 <{r}>... User unknown", "mx.bbox.example", "198.51.100.44"),
    "uu_laposte": ("5.1.1", "550 5.1.1 <{r}>: Recipient address rejected: utilisateur inconnu", "mx.laposte.example", "198.51.100.52"),
    "uu_icloud": ("5.1.1", "550 5.1.1 <{r}>: user does not exist", "mx01.mail.icloud.example", "203.0.113.120"),
    "uu_proton": ("5.1.1", "550 5.1.1 Address does not exist", "mail.protonmail.example", "203.0.113.131"),
    "uu_ovh": ("5.1.1", "550 5.1.1 <{r}>: Recipient address rejected: User unknown in virtual mailbox table", "mx1.mail.ovh.example", "198.51.100.140"),
    "uu_gandi": ("5.1.1", "550 5.1.1 <{r}>: Recipient address rejected: User unknown in virtual mailbox table", "spool.mail.gandi.example", "198.51.100.150"),
    "uu_ionos": ("5.0.0", "550 Requested action not taken: mailbox unavailable", "mx00.ionos.example", "198.51.100.160"),
    "uu_infomaniak": ("5.1.1", "550 5.1.1 <{r}>: Recipient address rejected: User unknown", "mta-gw.infomaniak.example", "198.51.100.170"),
    "uu_sendmail": ("5.1.1", "550 5.1.1 <{r}>... User unknown", "mail.{d}", "203.0.113.140"),
    "uu_exim": ("5.0.0", "550 No Such User Here", "{d}", "203.0.113.150"),
    "uu_zimbra": ("5.1.1", "550 5.1.1 <{r}>: Recipient address rejected: {d}", "zimbra.{d}", "203.0.113.160"),
    "uu_courier": ("5.0.0", "550 User unknown.", "mail.{d}", "203.0.113.170"),
    "uu_mdaemon": ("5.1.1", "550 5.1.1 <{r}>, Recipient unknown", "mail.{d}", "203.0.113.180"),
    "uu_kerio": ("5.1.1", "550 5.1.1 <{r}>... User unknown", "kerio.{d}", "203.0.113.190"),
    "uu_domino": ("5.1.1", "550 5.1.1 User unknown", "notes.{d}", "198.51.100.190"),
    "uu_disabled": ("5.2.1", "550 5.2.1 <{r}>: Recipient address rejected: account disabled", "mx.{d}", "198.51.100.200"),
    "uu_qmail": ("5.1.1", "Sorry, no mailbox here by that name. (#5.1.1)", None, None),
    "uu_exch_onprem": ("5.1.1", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", None, None),
    # ---------------- domain not found ----------------
    "dnf_postfix": ("5.4.4", "Host or domain name not found. Name service error for name={d} type=MX: Host not found, try again", None, None),
    "dnf_postfix_a": ("5.4.4", "Host or domain name not found. Name service error for name={d} type=AAAA: Host not found", None, None),
    "dnf_nullmx": ("5.1.10", "Domain {d} does not accept mail (nullMX)", None, None),
    "dnf_gmail": ("5.1.2", "DNS Error: DNS type 'mx' lookup of {d} responded with code NXDOMAIN\n Domain name not found: {d}\n For more information, go to https://support.google.example/mail/?p=DnsError", None, None),
    "dnf_exim": ("5.1.2", "all relevant MX records point to non-existent hosts", None, None),
    "dnf_exim_unroute": ("5.1.2", "Unrouteable address", None, None),
    "dnf_exchange": ("5.4.310", "550 5.4.310 DNS domain {d} does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName={d}] [DB9PR04MB8412.eurprd04.prod.outlook.example]", None, None),
    "dnf_sendmail": ("5.1.2", "550 5.1.2 {r}... Host unknown (Name server: {d}: host not found)", None, None),
    "dnf_qmail": ("5.1.2", "Sorry, I couldn't find any host named {d}. (#5.1.2)", None, None),
    # ---------------- mailbox full ----------------
    "mf_postfix": ("5.2.2", "552 5.2.2 <{r}>: Recipient address rejected: Mailbox full", "mx1.{d}", "203.0.113.35"),
    "mf_dovecot": ("5.2.2", "552 5.2.2 <{r}> Quota exceeded (mailbox for user is full)", "mx.{d}", "203.0.113.36"),
    "mf_gmail": ("5.2.2", "552-5.2.2 The recipient's inbox is out of storage space. Please direct the\n 552-5.2.2 recipient to\n 552 5.2.2  https://support.google.example/mail/?p=OverQuotaPerm 71dfb90a1353d-4a2-gsmtp", "gmail-smtp-in.l.google.example", "203.0.113.27"),
    "mf_gmail_tmp": ("4.2.2", "452-4.2.2 The recipient's inbox is out of storage space and inactive. Please\n 452-4.2.2 direct the recipient to\n 452 4.2.2  https://support.google.example/mail/?p=OverQuotaTemp a640c23a62f3a-4.20 - gsmtp", "gmail-smtp-in.l.google.example", "203.0.113.27"),
    "mf_orange": ("5.2.2", "552 5.2.2 <{r}>: Boite du destinataire pleine. Recipient mailbox full. OFR_417 [417]", "smtp-in.orange.example", "203.0.113.80"),
    "mf_free": ("5.2.2", "552 5.2.2 <{r}>: Recipient address rejected: Quota exceeded (mailbox for user is full)", "mx1.free.example", "203.0.113.91"),
    "mf_yahoo": ("5.2.2", "552 1 Requested mail action aborted, mailbox over quota", "mta5.am0.yahoodns.example", "203.0.113.66"),
    "mf_exchange": ("5.2.2", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox. 16.55847:F4120000[EndDiagnosticData]", "{dd}.mail.protection.outlook.example", "198.51.100.12"),
    "mf_exim_tmp": ("4.2.2", "452 4.2.2 <{r}>: Mailbox is full / Blocks limit exceeded / Inode limit exceeded", "mail.{d}", "198.51.100.90"),
    "mf_qmail": ("5.2.2", "user is over quota", None, None),
    "mf_laposte": ("4.2.2", "452 4.2.2 <{r}>: boite aux lettres pleine, veuillez reessayer plus tard", "mx.laposte.example", "198.51.100.52"),
    # ---------------- spam / policy ----------------
    "sp_spf": ("5.7.23", "550 5.7.23 The message was rejected because of Sender Policy Framework violation -> {{sender}}: SPF fail for 192.0.2.10", "mx.{d}", "203.0.113.77"),
    "sp_dmarc_gmail": ("5.7.26", "550-5.7.26 Unauthenticated email from cabinet-morel.example is not accepted due to\n 550-5.7.26 domain's DMARC policy. Please contact the administrator of\n 550-5.7.26 cabinet-morel.example domain if this was a legitimate mail. To learn about\n 550 5.7.26 the DMARC initiative, go to https://support.google.example/mail/?p=DmarcRejection 5b1f17b1804b1-4.20 - gsmtp", "gmail-smtp-in.l.google.example", "203.0.113.27"),
    "sp_spamhaus": ("5.7.1", "554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.example; https://www.spamhaus.example/query/ip/192.0.2.10", "mx1.{d}", "203.0.113.88"),
    "sp_orange": ("5.7.1", "550 5.7.1 Mail rejete. Mail rejected. OFR_506 [506]", "smtp-in.orange.example", "203.0.113.80"),
    "sp_free_vade": ("5.7.1", "554 5.7.1 Rejected by filter: Spam (vadesecure id: 4F2A9C1B7E) - see https://postmaster.free.example/", "mx1.free.example", "203.0.113.91"),
    "sp_outlook": ("5.7.1", "550 5.7.1 Unfortunately, messages from [192.0.2.10] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.example/mail/troubleshooting.aspx#errors. [VI1EUR04FT012.eop-eur04.prod.protection.outlook.example]", "outlook-com.olc.protection.outlook.example", "203.0.113.59"),
    "sp_yahoo": ("5.7.9", "554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.example/error-codes", "mta6.am0.yahoodns.example", "203.0.113.66"),
    "sp_proofpoint": ("5.7.1", "550 5.7.1 Message blocked: spam content detected (pphosted reject id 3f9d1c2a)", "mx0a-00123401.pphosted.example", "198.51.100.210"),
    "sp_mimecast": ("5.7.1", "550 Rejected by header based Anti-Spoofing policy: relances@cabinet-morel.example - https://community.mimecast.example/docs/DOC-1369#550 [5mDxTz3aN-q7bC2Xw9l8pA.uk123]", "eu-smtp-inbound-1.mimecast.example", "198.51.100.220"),
    "sp_barracuda": ("5.7.1", "550 permanent failure for one or more recipients ({r}:blocked)", "d123456a.ess.barracudanetworks.example", "198.51.100.230"),
    "sp_ironport": ("5.7.1", "554 5.7.1 Message rejected by recipient's reputation filter (IronPort)", "esa1.{d}", "198.51.100.240"),
    "sp_sophos": ("5.7.1", "550 5.7.1 Message rejected by Sophos Email: content policy violation (reference 6b8e2a1f)", "mx-01-eu-west-1.prod.hydra.sophos.example", "198.51.100.245"),
    "sp_dkim": ("5.7.1", "550 5.7.1 Email rejected per DKIM policy: signature verification failed for cabinet-morel.example", "mx.{d}", "203.0.113.99"),
    # ---------------- delayed (4xx, still retrying) ----------------
    "dl_timeout": ("4.4.1", "connect to mx.{d}[203.0.113.201]:25: Connection timed out", None, None),
    "dl_grey": ("4.7.1", "450 4.7.1 <{r}>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.example/help/{d}.html", "mx.{d}", "203.0.113.202"),
    "dl_refused": ("4.4.1", "connect to mail.{d}[198.51.100.203]:25: Connection refused", None, None),
    "dl_tls": ("4.7.5", "TLS is required, but our TLS engine is unavailable", None, None),
    "dl_421": ("4.3.2", "421 4.3.2 Service shutting down, closing transmission channel", "mx.{d}", "203.0.113.204"),
    "dl_orange_rate": ("4.2.1", "421 mwinf5c12 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]", "smtp-in.orange.example", "203.0.113.80"),
    "dl_dns": ("4.4.3", "Host or domain name not found. Name service error for name={d} type=MX: Host not found, try again", None, None),
    # ---------------- expired ----------------
    "ex_timeout": ("4.4.7", "connect to mx.{d}[203.0.113.210]:25: Connection timed out", None, None),
    "ex_exim": ("4.0.0", "retry timeout exceeded", None, None),
    "ex_exchange": ("4.4.7", "550 4.4.7 Message expired: unable to deliver in configured timeout. LED=451 4.4.0 Primary target IP address responded with: \"421 4.4.0 Unable to establish connection.\" Attempted failover to alternate host, but that did not succeed.", None, None),
    "ex_sendmail": ("4.4.7", "Deferred: Connection timed out with mail.{d}.", None, None),
    "ex_quota": ("4.2.2", "452 4.2.2 <{r}>: Mailbox full - quota exceeded", "mx.{d}", "203.0.113.211"),
    "ex_qmail": ("4.4.7", "203.0.113.212 does not like recipient.\nRemote host said: 451 4.3.0 Temporary lookup failure\nI'm not going to try again; this message has been in the queue too long.", None, None),
    # ---------------- other ----------------
    "ot_size": ("5.3.4", "552 5.3.4 Message size exceeds fixed limit", "mx.{d}", "203.0.113.220"),
    "ot_size_gmail": ("5.3.4", "552-5.3.4 Your message exceeded Google's message size limits. For more\n 552-5.3.4 information, go to\n 552 5.3.4  https://support.google.example/mail/?p=MaxSizeError 2c4f6e9d1a-4.20 - gsmtp", "gmail-smtp-in.l.google.example", "203.0.113.27"),
    "ot_relay": ("5.7.1", "554 5.7.1 <{r}>: Relay access denied", "mail.{d}", "203.0.113.221"),
    "ot_relay_ms": ("5.7.64", "550 5.7.64 TenantAttribution; Relay Access Denied [DB8EUR06FT045.eop-eur06.prod.protection.outlook.example]", "{dd}.mail.protection.outlook.example", "198.51.100.12"),
    "ot_forward": ("5.7.1", "550 5.7.1 <{r}>: forwarding to external address refused by policy", None, None),
    "ot_restricted": ("5.7.1", "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]", None, None),
    "ot_loop": ("5.4.6", "mail forwarding loop for {r}", None, None),
    "ot_tls_required": ("5.7.10", "554 5.7.10 Encryption needed: TLS is required for this domain", "mx.{d}", "203.0.113.222"),
    # ---------------- positive (look-alikes)
    "ok_postfix": ("2.0.0", "250 2.0.0 Ok: queued as 4Qx7Yz1a2bz9", "mx.{d}", "203.0.113.230"),
    "ok_gmail": ("2.0.0", "250 2.0.0 OK  1796300000 5b1f17b1804b1-4.20 - gsmtp", "gmail-smtp-in.l.google.example", "203.0.113.27"),
    "ok_local": ("2.0.0", "delivered to mailbox", None, None),
    "ok_relay": ("2.0.0", "250 2.0.0 Message accepted for delivery, relaying to a non-DSN-aware system", "mx.{d}", "203.0.113.231"),
}


def get(key, rcpt):
    st, text, mx, ip = D[key]
    dom = rcpt.split("@", 1)[1].lower()
    dd = dom.replace(".", "-")
    fmt = lambda s: s.format(r=rcpt, d=dom, dd=dd) if s else s
    return st, fmt(text).replace("{sender}", "relances@cabinet-morel.example"), fmt(mx), ip
