# -*- coding: utf-8 -*-
"""The 95 delivery-failure / delay notices."""
from common import *  # noqa
from gen_mta import postfix, exim_classic, exim_dsn, qmail, sendmail, courier, L
from gen_vendors import exo_new, exo_delay, exch_onprem, gmail, yahoo, ms_host, usdate, frnum
from gen_generic import generic, simple_dsn

B = []


def reg(f):
    B.append(f)
    return f


def P(name):
    return PROV[name][0], PROV[name][1]


def org():
    return R.choice(ORGS)


def ctx_at(prov=None, **kw):
    if prov:
        d, _ = P(prov)
        return make_ctx(domain=d, **kw)
    return make_ctx(**kw)


def ctx_typo(domain, **kw):
    return make_ctx(domain=domain, **kw)


# ---------------------------------------------------------------- unknown_user
@reg
def u01():
    c = ctx_at("orange")
    ipx = ip()
    return postfix(c, "unknown_user",
                   "host smtp-in.orange.example[%s] said: 550 5.1.1 <%s>:\n    Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416\n    [416] (in reply to RCPT TO command)" % (ipx, c.rcpt),
                   "5.1.1", remote="smtp-in.orange.example", version="3.7",
                   note="Orange rejects RCPT with bilingual OFR_416; own Postfix bounce with original attached")


@reg
def u02():
    c = ctx_at("free")
    return postfix(c, "unknown_user",
                   "host mx1.free.example[%s] said: 550 5.1.1 <%s>:\n    Recipient address rejected: Free.example: utilisateur inconnu (in reply\n    to RCPT TO command)" % (ip(), c.rcpt),
                   "5.1.1", remote="mx1.free.example", lang="fr", attach="headers", version="3.5",
                   note="French Postfix bounce template (utf-8, 8bit), headers only")


@reg
def u03():
    c = ctx_at("sfr")
    host = "vps-%d.o2switch.example" % R.randint(100, 999)
    blk = ("  %s\n    host mx-in.sfr.example [%s]\n    SMTP error from remote mail server after RCPT TO:<%s>:\n    550 5.1.1 <%s>: Recipient address rejected: User unknown\n") % (c.rcpt, ip(), c.rcpt, c.rcpt)
    return exim_classic(c, "unknown_user", blk, host, system="Exim 4 classic (cPanel, o2switch-style host)",
                        note="plain text, original copied inline after Exim separator")


@reg
def u04():
    o = org()
    c = make_ctx(org=o)
    return qmail(c, "unknown_user", "mail.%s" % c.rdomain, "Sorry, no mailbox here by that name. (#5.1.1)",
                 system="netqmail 1.06 (remote host accepted then bounced)", note="qmail 'failure notice', plain text, no DSN")


@reg
def u05():
    c = make_ctx()
    mx = "mx.%s" % c.rdomain
    tr = ("... while talking to %s.:\n>>> RCPT To:<%s>\n<<< 550 5.1.1 <%s>... User unknown\n550 5.1.1 <%s>... User unknown\n") % (mx, c.rcpt, c.rcpt, c.rcpt)
    return sendmail(c, "unknown_user", "relay.%s" % c.rdomain, mx, "The following addresses had permanent fatal errors", tr,
                    "5.1.1", "550 5.1.1 <%s>... User unknown" % c.rcpt, note="Sendmail relay of the client bounces after accepting")


@reg
def u06():
    c = make_ctx()
    mixed = c.rlocal[0].upper() + c.rlocal[1:] if False else "".join(ch.upper() if i % 3 == 0 else ch for i, ch in enumerate(c.rlocal)) + "@" + c.rdomain.upper()
    return exo_new(c, "unknown_user", "unknown", "en", attach="headers", rcpt_case=mixed,
                   note="recipient appears in MiXeD case in report and text")


@reg
def u07():
    c = make_ctx()
    return exo_new(c, "unknown_user", "unknown", "fr", attach="rfc822", b64=True,
                   note="French new-style NDR, text and html base64-encoded, original attached")


@reg
def u08():
    c = make_ctx()
    return exch_onprem(c, "unknown_user", "unknown", "fr", version="2010", attach="headers",
                       note="classic on-premises NDR, French")


@reg
def u09():
    c = make_ctx(org=("Gartenbau Möller GmbH", "gartenbau-moeller.example"), lang="en", latin1=True)
    return exch_onprem(c, "unknown_user", "unknown", "de", version="2013", attach="headers",
                       charset="iso-8859-1", cte="quoted-printable",
                       note="German Exchange 2013 NDR (Unzustellbar), iso-8859-1 QP")


@reg
def u10():
    o = org()
    fwd = addr_at(o[1])[0]
    dead = addr_at("gmail.example")[0]
    c = make_ctx(rcpt=dead, org=o)
    c.to_addr = fwd
    return gmail(c, "unknown_user", "unknown", "en",
                 "550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient's email address for typos or\n550-5.1.1 unnecessary spaces. For more information, go to\n550 5.1.1  https://support.google.example/mail/?p=NoSuchUser %s - gsmtp" % rnd(ALNUM, 20),
                 "5.1.1", remote="gmail-smtp-in.l.google.example", forwarded_from=fwd,
                 note="forwarding failure: client address %s (Google Workspace) forwards to a deleted Gmail account" % fwd)


@reg
def u11():
    c = make_ctx()
    return gmail(c, "unknown_user", "unknown", "fr",
                 "550 5.1.1 The email account that you tried to reach does not exist. %s - gsmtp" % rnd(ALNUM, 20),
                 "5.1.1", remote="aspmx.l.google.example", attach="headers",
                 note="client domain on Google Workspace; French DSN text; headers only")


@reg
def u12():
    c = ctx_at("yahoo")
    return yahoo(c, "unknown_user", "554: delivery error: dd This user doesn't have a yahoo.example account (%s) [0]" % c.rcpt,
                 note="plain-text Yahoo failure notice, original inline")


@reg
def u13():
    o = org()
    fwd = addr_at(o[1])[0]
    dead = addr_at("hotmail.example")[0]
    c = make_ctx(rcpt=dead, org=o)
    c.to_addr = fwd
    host = "mo%d.mail-out.ovh.example" % R.randint(100, 680)
    return postfix(c, "unknown_user",
                   "host hotmail-fr.olc.protection.outlook.example[%s] said: 550 5.5.0\n    Requested action not taken: mailbox unavailable (S2017062302).\n    [AM4PEPF00027A5F.eurprd04.prod.outlook.example %s] (in reply to RCPT TO\n    command)" % (ip(), iso_utc(c.sent)[:-1] + ".%03dZ" % R.randint(0, 999)),
                   "5.5.0", remote="hotmail-fr.olc.protection.outlook.example", version="3.4", host=host,
                   forward_from=fwd, attach="headers", system="OVH MX Plan redirection relay (Postfix 3.4)",
                   note="forwarding failure: OVH redirection of %s to a closed Hotmail address" % fwd)


@reg
def u14():
    c = ctx_at("laposte")
    host = "web%d.lws-hosting.example" % R.randint(10, 99)
    blk = "  %s\n    host smtpz4.laposte.example [%s]\n    SMTP error from remote mail server after RCPT TO:<%s>:\n    550 5.1.1 <%s>: Recipient address rejected: Utilisateur inconnu / User unknown\n" % (c.rcpt, ip(), c.rcpt, c.rcpt)
    return exim_dsn(c, "unknown_user", blk, "5.0.0", "smtp; 550 5.1.1 <%s>: Recipient address rejected: Utilisateur inconnu / User unknown" % c.rcpt,
                    host, remote="smtpz4.laposte.example", system="Exim 4.97 with DSN (LWS shared hosting)",
                    note="La Poste unknown user relayed in an Exim multipart/report; Status 5.0.0 as Exim writes it",
                    xexim="X-str; remote SMTP error")


@reg
def u15():
    c = make_ctx()
    mx = "mail.%s" % c.rdomain
    ipx = ip()
    dialog = ">>> RCPT TO:<%s>\n<<< 550 5.1.1 <%s>: Recipient address rejected: User unknown in local recipient table\n" % (c.rcpt, c.rcpt)
    return courier(c, "unknown_user", "smtp.courriel-associatif.example", mx, ipx, dialog, "5.1.1",
                   "550 5.1.1 <%s>: Recipient address rejected: User unknown in local recipient table" % c.rcpt,
                   note="Courier relay of a small association host")


@reg
def u16():
    c = make_ctx()
    name = "%s %s" % (c.first, c.last)
    txt = ("Your message\n\n  Subject: %s\n  Sent: %s\n\nwas not delivered to:\n\n  %s\n\nbecause:\n\n"
           "  User %s (%s) not listed in Domino Directory\n") % (c.subject, rfcdate(c.sent), c.rcpt, name, c.rcpt)
    d = simple_dsn("notes01.%s" % c.rdomain.replace(".example", ".local"), c.rcpt, "failed", "5.1.1",
                   diag="550 5.1.1 User not listed in Domino Directory", sep=";")
    return generic(c, "unknown_user", "HCL/Lotus Domino 12", "Domino DELIVERY FAILURE report",
                   "Postmaster <postmaster@%s>" % c.rdomain,
                   "DELIVERY FAILURE: User %s (%s) not listed in Domino Directory" % (strip_acc(name), c.rcpt),
                   txt, charset="utf-8", cte="quoted-printable", structure="report", dsn=d, attach="headers",
                   auto="auto-replied", extra_headers=[("X-MIMETrack", "Serialize by Router on notes01/%s/FR at %s" % (strip_acc(c.org_name.split()[0]), numdate(c.sent)))])


@reg
def u17():
    c = make_ctx()
    txt = ("Message status - undeliverable\n\n   User: %s\n   Reason: 550 5.1.1 Mailbox does not exist\n\n"
           "   Subject: %s\n   Date sent: %s\n\n"
           "Explanation: The recipient's post office could not find this user.\n") % (c.rcpt, c.subject, rfcdate(c.sent))
    return generic(c, "unknown_user", "Novell/Micro Focus GroupWise 18 (GWIA)", "GroupWise undeliverable status, original attached",
                   "Mail Delivery System <MAILER-DAEMON@gwia.%s>" % c.rdomain, "Undeliverable: " + c.subject, txt,
                   structure="mixed", attach="rfc822", return_path="<>")


@reg
def u18():
    c = make_ctx()
    host = "mail.%s" % c.rdomain
    txt = ("The attached message had PERMANENT fatal delivery errors!\n\n"
           "After one or more unsuccessful delivery attempts the attached message has\n"
           "been removed from the mail queue on this server.  The number and frequency\n"
           "of delivery attempts are determined by local configuration parameters.\n\n"
           "YOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS!\n\n"
           "--- Session Transcript ---\n"
           " Local delivery to: %s\n"
           " %s is not a valid local mailbox - message returned.\n"
           "--- End Transcript ---\n") % (c.rcpt, c.rcpt)
    return generic(c, "unknown_user", "MDaemon 23", "MDaemon 'Permanent Delivery Failure', original attached as message/rfc822",
                   "MDaemon@%s" % host, "Permanent Delivery Failure", txt, structure="mixed", attach="rfc822",
                   return_path=None, auto="auto-generated")


@reg
def u19():
    c = make_ctx()
    ipx = ip()
    txt = ("Your message did not reach some or all of the intended recipients.\n\n"
           "   Sent: %s\n   Subject: %s\n\n"
           "The following recipient(s) could not be reached:\n\n%s\n"
           "   Error Type: SMTP\n   Remote server (%s) issued an error.\n"
           "   hMailServer sent: RCPT TO:<%s>\n"
           "   Remote server replied: 550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table\n") % (
        rfcdate(c.sent), c.subject, c.rcpt, ipx, c.rcpt, c.rcpt)
    return generic(c, "unknown_user", "hMailServer 5.6", "plain text only, no DSN",
                   "mailer-daemon@mail.%s" % c.rdomain, "Message undeliverable: " + c.subject, txt,
                   charset="windows-1252", cte="8bit", return_path=None)


@reg
def u20():
    c = make_ctx()
    host = "a7-%d.smtp-out.eu-west-3.amazonses.example" % R.randint(10, 99)
    txt = "An error occurred while trying to deliver the mail to the following recipients:\n%s\n" % c.rcpt
    d = simple_dsn(host, c.rcpt, "failed", "5.1.1", remote="mx.%s" % c.rdomain,
                   diag="550 5.1.1 <%s>: Recipient address rejected: User unknown" % c.rcpt)
    return generic(c, "unknown_user", "Amazon SES (email feedback forwarding)", "SES DSN forwarded to the Return-Path; invoicing tool sends via SES",
                   "MAILER-DAEMON@amazonses.example", "Delivery Status Notification (Failure)", txt, structure="report",
                   dsn=d, attach="rfc822", extra_headers=[("X-Original-To", CO_FROM)])


@reg
def u21():
    c = make_ctx()
    txt = ("Failed to deliver to '<%s>'\nLOCAL module(account %s) reports:\n account is not known\n") % (c.rcpt, c.rlocal)
    return generic(c, "unknown_user", "CommuniGate Pro 6.3", "plain text 'Undeliverable mail', original headers inline",
                   "MAILER-DAEMON@%s" % c.rdomain, "Undeliverable mail: " + c.subject, txt, attach="inline-headers",
                   inline_tail="\n--- Original message headers ---\n", return_path="<>")


@reg
def u22():
    o = org()
    c = make_ctx(org=o, cc=3)
    primary = c.rcpt
    failed = c.cc[1]
    c.to_addr = primary
    c.rcpt = failed
    c.rdomain = failed.split("@")[1]
    blk = "  %s\n    host mx00.%s [%s]\n    SMTP error from remote mail server after RCPT TO:<%s>:\n    550 Requested action not taken: mailbox unavailable\n" % (failed, c.rdomain, ip(), failed)
    return exim_classic(c, "unknown_user", blk, "mout.kundenserver.example", system="IONOS (1&1) outbound relay, Exim-style text",
                        note="one Cc among several recipients failed; To: %s was delivered" % primary,
                        subject="Mail delivery failed: returning message to sender", include="headers")


@reg
def u23():
    c = make_ctx(org=("Vivai Bellandi", "vivai-bellandi.example"), lang="en", latin1=True)
    txt = ("Questo è un messaggio generato automaticamente dal sistema di posta.\n\n"
           "Il messaggio che hai inviato non è stato recapitato a uno o più destinatari.\n"
           "Si tratta di un errore permanente. Il seguente indirizzo ha generato un errore:\n\n"
           "  %s\n    casella di posta inesistente (550 5.1.1 user unknown)\n\n"
           "------ Segue una copia delle intestazioni del messaggio ------\n") % c.rcpt
    return generic(c, "unknown_user", "Aruba.it-style hosted mail (Italian)", "Italian plain text with original headers inline",
                   "Mail Delivery System <MAILER-DAEMON@smtp.aruba.example>", "Messaggio non recapitato: " + c.subject,
                   txt, charset="iso-8859-1", cte="quoted-printable", attach="inline-headers", inline_tail="\n",
                   auto="auto-replied", return_path="<>")


@reg
def u24():
    c = make_ctx(cc=1)
    return postfix(c, "unknown_user",
                   "host mx1.%s[%s] said: 550 #5.1.0 Address rejected.\n    (in reply to RCPT TO command)" % (c.rdomain, ip()),
                   "5.1.0", remote="mx1.%s" % c.rdomain, version="3.8", system="Postfix 3.8 (remote Cisco Secure Email / IronPort)",
                   note="IronPort LDAP rejection '550 #5.1.0 Address rejected.'")


@reg
def u25():
    c = make_ctx()
    txt = ("Delivery to the following recipients failed permanently:\n\n    %s\n\n"
           "Technical details of permanent failure:\n"
           "    550 Mailbox %s not found on this server.\n") % (c.rcpt, c.rlocal)
    return generic(c, "unknown_user", "SmarterMail 100.x", "plain text only; recipient named only in the human text",
                   "SmarterMail <postmaster@%s>" % c.rdomain, "Undeliverable: " + c.subject, txt,
                   charset="utf-8", cte="8bit", return_path="<>", auto="auto-replied")


# ------------------------------------------------------------- domain_not_found
@reg
def d01():
    c = ctx_typo("ornage.example")
    return postfix(c, "domain_not_found",
                   "Host or domain name not found. Name service error for\n    name=ornage.example type=A: Host not found",
                   "5.4.4", version="3.7", attach="rfc822",
                   note="typo of orange.example; no Remote-MTA; Diagnostic X-Postfix")


@reg
def d02():
    c = ctx_typo("wanado.example", latin1=True)
    return postfix(c, "domain_not_found",
                   "Host or domain name not found. Name service error for\n    name=wanado.example type=MX: Host not found, try again",
                   "5.4.4", lang="fr", attach="headers", version="3.6", charset="iso-8859-1",
                   note="French template in iso-8859-1 8bit; 'try again' wording but final 5.4.4")


@reg
def d03():
    c = make_ctx(domain="jardin-et-maison-grenoble.example")
    host = "web%d.lws-hosting.example" % R.randint(10, 99)
    blk = "  %s\n    Unrouteable address\n" % c.rcpt
    return exim_classic(c, "domain_not_found", blk, host, system="Exim 4 classic (LWS cPanel)",
                        note="Exim 'Unrouteable address' for a domain that expired", include="full")


@reg
def d04():
    c = make_ctx(domain="sci-lesmelezes.example")
    return qmail(c, "domain_not_found", "qmail.hebergeur-alpin.example",
                 "Sorry, I couldn't find any host named sci-lesmelezes.example. (#5.1.2)",
                 system="qmail 1.03", note="qmail DNS failure", tail="headers")


@reg
def d05():
    c = make_ctx(domain="gmial.example")
    tr = "550 5.1.2 %s... Host unknown (Name server: gmial.example: host not found)\n" % c.rcpt
    return sendmail(c, "domain_not_found", "smtp-relay.%s" % CO_DOMAIN, None, "The following addresses had permanent fatal errors", tr,
                    "5.1.2", "550 5.1.2 Host unknown (Name server: gmial.example: host not found)",
                    note="typo gmial for gmail; backup Sendmail relay", attach="rfc822")


@reg
def d06():
    c = make_ctx(domain="copro-lebastion.example")
    return exo_new(c, "domain_not_found", "dns", "fr", attach="headers", sender_tenant="postmaster@jardinsgresivaudan.onmicrosoft.example",
                   note="5.4.310 DNS domain does not exist; generated by the sender's own M365 tenant (trial period)")


@reg
def d07():
    c = make_ctx(domain="hotel-alpage.example")
    return gmail(c, "domain_not_found", "dns", "en",
                 "DNS Error: DNS type 'mx' lookup of hotel-alpage.example responded with code NXDOMAIN\nDomain name not found: hotel-alpage.example",
                 "5.1.2", note="Google Workspace-style DSN for a misspelled domain (hotel-alpages vs hotel-alpage)", attach="rfc822")


@reg
def d08():
    c = make_ctx(domain="ehpad-tilleul.example")
    txt = ("MailEnable: Message could not be delivered to some recipients.\n"
           "The following recipient(s) could not be reached:\n\n"
           "\tRecipient: [SMTP:%s]\n"
           "\tReason: The domain for this address could not be resolved (no MX or A record found).\n\n"
           "Message headers follow:\n\n") % c.rcpt
    return generic(c, "domain_not_found", "MailEnable 10", "plain text with headers inline",
                   "POSTMASTER@mail.relais-pme.example", "Message Delivery Failure", txt, attach="inline-headers",
                   inline_tail="", return_path=None)


@reg
def d09():
    c = make_ctx(domain="mas-ferrand.example")
    txt = ("Delivery Status Notification\n\nYour message could not be delivered to the following recipient:\n\n"
           "  %s\n\nReason: DNS lookup failed - no MX record and no A record for mas-ferrand.example\n"
           "Status: 5.1.2\n") % c.rcpt
    d = simple_dsn("mail.relais-pme.example", c.rcpt, "failed", "5.1.2", diag="550 5.1.2 Domain not found")
    return generic(c, "domain_not_found", "IceWarp Mail Server 13", "multipart/report with headers; wording reconstructed",
                   "Mail Delivery System <postmaster@mail.relais-pme.example>", "Undeliverable mail: " + c.subject, txt,
                   structure="report", dsn=d, attach="headers")


# ----------------------------------------------------------------- mailbox_full
@reg
def m01():
    c = ctx_at("wanadoo")
    return postfix(c, "mailbox_full",
                   "host smtp-in.orange.example[%s] said: 552 5.1.1 <%s>:\n    Boite du destinataire pleine. Recipient overquota. OFR_417 [417]\n    (in reply to RCPT TO command)" % (ip(), c.rcpt),
                   "5.1.1", remote="smtp-in.orange.example", version="3.7", attach="rfc822",
                   note="Orange over-quota with a misleading 5.1.1 enhanced code; text says 'Boite pleine'")


@reg
def m02():
    c = make_ctx()
    host = "vps-%d.o2switch.example" % R.randint(100, 999)
    blk = "  %s\n    mailbox is full: retry timeout exceeded\n" % c.rcpt
    return exim_classic(c, "mailbox_full", blk, host, system="Exim 4 classic (cPanel, o2switch-style, local delivery)",
                        note="local mailbox over quota after retries", include="full")


@reg
def m03():
    c = make_ctx()
    return qmail(c, "mailbox_full", "mx.%s" % c.rdomain,
                 "user is over quota", system="netqmail 1.06 + vpopmail",
                 note="vpopmail over-quota message, plain text")


@reg
def m04():
    c = make_ctx()
    return exo_new(c, "mailbox_full", "full", "en", attach="headers", note="Exchange Online QuotaExceeded")


@reg
def m05():
    c = make_ctx(org=("Viveros Albarracín S.L.", "viveros-albarracin.example"))
    return exch_onprem(c, "mailbox_full", "full", "es", version="2013", attach="headers", charset="windows-1252",
                       cte="quoted-printable", note="Spanish Exchange NDR (No se puede entregar), windows-1252 QP")


@reg
def m06():
    c = ctx_at("laposte", latin1=True)
    txt = ("Ce message vous est retourné par le service de messagerie de La Poste (laposte.example).\n\n"
           "Votre message n'a pas pu être remis au destinataire suivant :\n\n    %s\n\n"
           "Motif : la boîte aux lettres du destinataire est pleine (quota dépassé).\n"
           "Le message ne sera pas représenté. Nous vous invitons à contacter le destinataire\n"
           "par un autre moyen.\n") % c.rcpt
    d = simple_dsn("mx-out.laposte.example", c.rcpt, "failed", "5.2.2", diag="552 5.2.2 Mailbox full / Boite pleine",
                   arrival=rfcdate(c.sent))
    return generic(c, "mailbox_full", "La Poste (laposte.example) webmail", "French text, DSN with Action failed; wording reconstructed",
                   "Service Messagerie La Poste <mailer-daemon@laposte.example>", "Message non remis : " + c.subject, txt,
                   charset="iso-8859-1", cte="quoted-printable", structure="report", dsn=d, attach="rfc822", auto="auto-replied")


@reg
def m07():
    c = ctx_at("free")
    txt = ("Bonjour,\n\nCeci est un message automatique du serveur de messagerie Free.\n\n"
           "Votre message pour %s n'a pas pu être délivré : la boîte aux lettres\n"
           "de ce destinataire a dépassé son quota d'espace disque.\n\n"
           "Erreur : 552 5.2.2 quota exceeded (mailbox full)\n\n"
           "Aucune nouvelle tentative ne sera effectuée.\n\n-- \nLe serveur de messagerie Free\n") % c.rcpt
    return generic(c, "mailbox_full", "Free (free.example) mailbox server", "French plain text, windows-1252 8bit, no attachment; wording reconstructed",
                   "MAILER-DAEMON@mx1.free.example (Serveur de messagerie)", "Echec de distribution du message", txt,
                   charset="windows-1252", cte="8bit", return_path="<>", auto="auto-replied")


@reg
def m08():
    c = make_ctx()
    txt = ("Your message did not reach some or all of the intended recipients.\n\n"
           "   Subject: %s\n   Sent: %s\n\n"
           "The following recipient(s) could not be reached:\n\n%s\n"
           "   Error Type: SMTP\n   Error Description: Mailbox quota exceeded\n"
           "   Remote server (mail.%s) issued an error.\n"
           "   SMTP Dialog: 552 5.2.2 Quota exceeded for this mailbox\n") % (c.subject, rfcdate(c.sent), c.rcpt, c.rdomain)
    d = simple_dsn("mail.%s" % c.rdomain, c.rcpt, "failed", "5.2.2", diag="552 5.2.2 Quota exceeded for this mailbox")
    return generic(c, "mailbox_full", "Kerio Connect 10", "Kerio undelivered mail report",
                   "Mail Delivery Subsystem <postmaster@%s>" % c.rdomain, "Undelivered mail: " + c.subject, txt,
                   structure="report", dsn=d, attach="headers", auto="auto-replied")


@reg
def m09():
    c = make_ctx()
    host = "zimbra.%s" % c.rdomain
    return postfix(c, "mailbox_full",
                   "host 127.0.0.1[127.0.0.1] said: 552 5.2.2 Over quota (in\n    reply to end of DATA command)",
                   "5.2.2", remote="127.0.0.1", host=host, version="3.7", system="Zimbra Collaboration 10 (Postfix + LMTP)",
                   attach="rfc822", note="recipient's Zimbra accepted then LMTP refused: over quota")


@reg
def m10():
    o = org()
    fwd = addr_at(o[1])[0]
    c = make_ctx(domain="gmail.example", org=o)
    c.to_addr = fwd
    return postfix(c, "mailbox_full",
                   "host gmail-smtp-in.l.google.example[%s] said:\n    552-5.2.2 The recipient's inbox is out of storage space and inactive. Please\n    552-5.2.2 direct the recipient to\n    552 5.2.2  https://support.google.example/mail/?p=OverQuotaPerm %s - gsmtp (in\n    reply to end of DATA command)" % (ip(), rnd(ALNUM, 20)),
                   "5.2.2", remote="gmail-smtp-in.l.google.example", version="3.6", attach="headers",
                   host="mx%d.messagingengine.example" % R.randint(1, 3), forward_from=fwd,
                   system="Fastmail forwarding relay (Postfix 3.6)",
                   note="forwarding failure: %s forwards via Fastmail to a full Gmail mailbox (OverQuotaPerm)" % fwd)


@reg
def m11():
    c = make_ctx()
    txt = ("This message was created automatically by mail delivery software.\n\n"
           "A message that you sent could not be delivered to one or more of its recipients.\n"
           "This is a permanent error.\n\n"
           "%s, ERROR CODE :552 - 5.2.2 Mailbox quota exceeded for this recipient\n") % c.rcpt
    return generic(c, "mailbox_full", "Zoho Mail", "plain text; wording reconstructed",
                   "mailer-daemon@mx.zohomail.example", "Undelivered Mail Returned to Sender", txt,
                   attach="inline-headers", inline_tail="\n\nReceived:\n", return_path="<>", auto="auto-generated")


# ---------------------------------------------------------------- rejected_spam
@reg
def s01():
    c = ctx_at("orange")
    return postfix(c, "rejected_spam",
                   "host smtp-in.orange.example[%s] refused to talk to me:\n    550 mwinf5c%02d ME Adresse IP source bloquee pour incident de spam. Client\n    host blocked for spamming issues. OFR006_102 Ref\n    http://postmaster.orange.example/ [102]" % (ip(), R.randint(1, 80)),
                   "5.0.0", remote="smtp-in.orange.example", version="3.7", attach="headers",
                   note="Orange IP block at greeting (OFR006_102)")


@reg
def s02():
    c = ctx_at("gmail")
    return postfix(c, "rejected_spam",
                   "host gmail-smtp-in.l.google.example[%s] said:\n    550-5.7.26 Unauthenticated email from jardins-gresivaudan.example is not\n    550-5.7.26 accepted due to domain's DMARC policy. Please contact the\n    550-5.7.26 administrator of jardins-gresivaudan.example domain if this was a\n    550-5.7.26 legitimate mail. To learn about the DMARC initiative, go to\n    550 5.7.26  https://support.google.example/mail/?p=DmarcRejection %s - gsmtp\n    (in reply to end of DATA command)" % (ip(), rnd(ALNUM, 20)),
                   "5.7.26", remote="gmail-smtp-in.l.google.example", version="3.8", attach="rfc822",
                   note="DMARC rejection (DKIM key rotation problem)")


@reg
def s03():
    c = make_ctx()
    host = "web%d.lws-hosting.example" % R.randint(10, 99)
    mx = "mx.%s" % c.rdomain
    blk = "  %s\n    host %s [%s]\n    SMTP error from remote mail server after RCPT TO:<%s>:\n    550-5.7.1 Service unavailable; client [%s] blocked using\n    550 5.7.1 zen.spamhaus.example\n" % (c.rcpt, mx, ip(), c.rcpt, "198.51.100.77")
    return exim_dsn(c, "rejected_spam", blk, "5.7.1", "smtp; 550-5.7.1 Service unavailable; client [198.51.100.77] blocked using zen.spamhaus.example",
                    host, remote=mx, attach="headers", system="Exim 4.97 with DSN (shared hosting relay)",
                    note="shared relay IP on a DNS blocklist")


@reg
def s04():
    c = make_ctx()
    mx = "barracuda.%s" % c.rdomain
    tr = ("... while talking to %s.:\n>>> DATA\n<<< 550 permanent failure for one or more recipients (%s:blocked)\n"
          "554 5.0.0 Service unavailable\n") % (mx, c.rcpt)
    return sendmail(c, "rejected_spam", "smtp-relay.%s" % CO_DOMAIN, mx, "The following addresses had permanent fatal errors", tr,
                    "5.0.0", "550 permanent failure for one or more recipients (%s:blocked)" % c.rcpt,
                    system="Sendmail 8.17 (remote Barracuda Email Security Gateway)", note="Barracuda content block", attach="headers")


@reg
def s05():
    c = make_ctx()
    return exo_new(c, "rejected_spam", "spam", "fr", attach="rfc822", sender_tenant="postmaster@jardinsgresivaudan.onmicrosoft.example",
                   note="5.7.708 traffic not accepted from this IP (M365 outbound pool)")


@reg
def s06():
    c = ctx_at("icloud")
    return postfix(c, "rejected_spam",
                   "host mx01.mail.icloud.example[%s] said: 554 5.7.1 [CS01]\n    Message rejected due to local policy. Please visit\n    https://support.apple.example/HT204137 (in reply to end of DATA command)" % ip(),
                   "5.7.1", remote="mx01.mail.icloud.example", lang="fr", version="3.7", attach="headers",
                   note="iCloud CS01 content/policy rejection, French template")


@reg
def s07():
    c = ctx_at("yahoo")
    return postfix(c, "rejected_spam",
                   "host mx-eu.mail.am0.yahoodns.example[%s] said: 553 5.7.2\n    [TSS09] All messages from 192.0.2.41 will be permanently deferred;\n    Retrying will NOT succeed. See https://postmaster.yahooinc.example/error-codes\n    (in reply to MAIL FROM command)" % ip(),
                   "5.7.2", remote="mx-eu.mail.am0.yahoodns.example", version="3.8", attach="headers",
                   note="Yahoo TSS09 permanent block")


@reg
def s08():
    c = ctx_at("outlook")
    host = "srv%d.hstgr-mail.example" % R.randint(100, 999)
    blk = ("  %s\n    host outlook-fr.olc.protection.outlook.example [%s]\n    SMTP error from remote mail server after RCPT TO:<%s>:\n"
           "    550 5.7.1 Unfortunately, messages from [198.51.100.23] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.example/mail/troubleshooting.aspx#errors. [AM2PEPF0001BF3C.eurprd04.prod.outlook.example %s]\n") % (
        c.rcpt, ip(), c.rcpt, iso_utc(c.sent))
    return exim_classic(c, "rejected_spam", blk, host, system="Exim 4 classic (Hostinger-style shared relay)",
                        note="Outlook.com S3140 block list", include="headers")


@reg
def s09():
    c = make_ctx()
    host = "web%d.lws-hosting.example" % R.randint(10, 99)
    mx = "eu-smtp-inbound-1.mimecast.example"
    blk = "  %s\n    host %s [%s]\n    SMTP error from remote mail server after end of data:\n    550 Rejected by header based Anti-Spoofing policy: %s - https://community.mimecast.example/docs/DOC-1369#550 [%s.%s]\n" % (
        c.rcpt, mx, ip(), CO_FROM, rnd(ALNUM, 22), "eu" + str(R.randint(100, 999)))
    return exim_dsn(c, "rejected_spam", blk, "5.0.0", "smtp; 550 Rejected by header based Anti-Spoofing policy", host, remote=mx,
                    attach="rfc822", system="Exim 4.97 with DSN (remote Mimecast)", note="Mimecast anti-spoofing policy (SPF/DMARC alignment)")


@reg
def s10():
    c = make_ctx()
    mx = "mx0a-%d.pphosted.example" % R.randint(100000, 999999)
    return postfix(c, "rejected_spam",
                   "host %s[%s] said: 554 5.7.1 Message rejected: content\n    classified as spam (Proofpoint Protection Server, score 98). Reference\n    %s (in reply to end of DATA command)" % (mx, ip(), rnd(HEX, 16)),
                   "5.7.1", remote=mx, version="3.7", attach="rfc822", system="Postfix 3.7 (remote Proofpoint)",
                   note="content filter rejection")


@reg
def s11():
    c = ctx_at("neuf")
    return postfix(c, "rejected_spam",
                   "host mx-in.sfr.example[%s] said: 554 5.7.1 Message refuse\n    : considere comme spam par Vade / Message rejected as spam (Vade)\n    [%s] (in reply to end of DATA command)" % (ip(), rnd("0123456789", 9)),
                   "5.7.1", remote="mx-in.sfr.example", lang="fr", version="3.5", attach="rfc822",
                   note="SFR/neuf via Vade filter, French template")


@reg
def s12():
    c = ctx_at("gmx")
    return postfix(c, "rejected_spam",
                   "host mx00.emig.gmx.example[%s] refused to talk to me:\n    554-gmx.example (mxgmx%03d) Nemesis ESMTP Service not available 554-No\n    SMTP service 554-IP address is block listed. 554 For explanation visit\n    https://postmaster.gmx.example/en/case?c=r0201&i=ip&v=192.0.2.41&r=%s" % (ip(), R.randint(100, 120), rnd(ALNUM, 28)),
                   "5.0.0", remote="mx00.emig.gmx.example", version="3.6", attach="headers",
                   note="GMX greeting rejection: IP block listed")


# ----------------------------------------------------------------------- policy
@reg
def p01():
    c = make_ctx()
    mx = "mail.%s" % c.rdomain
    return postfix(c, "policy",
                   "host %s[%s] said: 554 5.7.1 <%s>: Relay access\n    denied (in reply to RCPT TO command)" % (mx, ip(), c.rcpt),
                   "5.7.1", remote=mx, version="3.7", attach="rfc822",
                   note="client moved its mailboxes; old MX no longer relays")


@reg
def p02():
    c = make_ctx()
    mx = "mx.%s" % c.rdomain
    return postfix(c, "policy",
                   "host %s[%s] said: 530 5.7.0 Must issue a STARTTLS command\n    first (in reply to MAIL FROM command)" % (mx, ip()),
                   "5.7.0", remote=mx, version="3.8", attach="headers", note="TLS required by recipient server")


@reg
def p03():
    c = make_ctx()
    return exo_new(c, "policy", "internal", "en", attach="rfc822",
                   note="mailbox restricted to internal senders (5.7.129)")


@reg
def p04():
    c = make_ctx(rcpt=None)
    grp = "comptabilite@" + c.org_domain
    c.rcpt, c.rlocal = grp, "comptabilite"
    c.rdomain = c.org_domain
    return exo_new(c, "policy", "group", "fr", attach="headers",
                   note="M365 group accepts only internal senders (5.7.133)")


@reg
def p05():
    c = make_ctx(org=("Hoveniersbedrijf De Linde", "hovenier-delinde.example"), lang="en")
    return exch_onprem(c, "policy", "internal", "nl", version="2016", attach="headers", charset="utf-8", cte="base64",
                       note="Dutch Exchange NDR (Onbestelbaar), base64")


@reg
def p06():
    c = make_ctx(lang="en")
    grp = "accounts-payable@" + c.org_domain
    c.rcpt, c.rlocal, c.rdomain = grp, "accounts-payable", c.org_domain
    return exch_onprem(c, "policy", "moderated", "en", version="2019", attach="headers", group=grp,
                       note="moderated distribution group: moderator rejected the message")


@reg
def p07():
    c = make_ctx(latin1=True)
    return exch_onprem(c, "policy", "size", "fr", version="2016", attach="headers", charset="iso-8859-1", cte="8bit",
                       note="message too large (PDF invoices attached), iso-8859-1 8bit")


@reg
def p08():
    c = make_ctx()
    txt = ("The following message could not be delivered:\n\n  Subject: %s\n\n"
           "Reason: 552 5.3.4 Message size exceeds the maximum allowed size (10485760 bytes)\n\n"
           "The message was NOT delivered. Reduce the size of the attachments and send it again.\n") % (c.subject,)
    d = simple_dsn("mail.%s" % c.rdomain, c.rcpt, "failed", "5.3.4", diag="552 5.3.4 Message size exceeds fixed maximum message size")
    return generic(c, "policy", "Axigen Mail Server 10", "size limit; recipient named only in the delivery-status report; wording reconstructed", "Mail Delivery Subsystem <MAILER-DAEMON@mail.%s>" % c.rdomain,
                   "Delivery Status Notification (Failure)", txt, structure="report", dsn=d, attach=None, auto="auto-replied")


@reg
def p09():
    c = make_ctx()
    host = "web%d.lws-hosting.example" % R.randint(10, 99)
    blk = "  %s\n    host mx.%s [%s]\n    SMTP error from remote mail server after MAIL FROM:<%s> SIZE=15873212:\n    552 5.3.4 Message size exceeds fixed maximum message size\n" % (c.rcpt, c.rdomain, ip(), CO_FROM)
    return exim_classic(c, "policy", blk, host, system="Exim 4 classic (LWS)", note="SIZE rejected at MAIL FROM", include="headers")


@reg
def p10():
    c = make_ctx()
    txt = ("Bonjour,\n\nVotre message n'a pas pu être distribué au destinataire suivant :\n\n"
           "  %s\n\nRaison : le destinataire n'accepte que les messages provenant de son\n"
           "organisation (restriction d'expéditeurs configurée par l'administrateur).\n\n"
           "Réponse du serveur : 550 5.7.1 <%s>: Sender not authorized for this recipient\n\n"
           "--\nService Mail Infomaniak\n") % (c.rcpt, c.rcpt)
    d = simple_dsn("mta-gw%d.infomaniak.example" % R.randint(1, 9), c.rcpt, "failed", "5.7.1",
                   diag="550 5.7.1 Sender not authorized for this recipient")
    return generic(c, "policy", "Infomaniak Mail", "French text + DSN; recipient restricted to internal senders; wording reconstructed",
                   "Mail Delivery System <MAILER-DAEMON@infomaniak.example>", "Message non distribué : " + c.subject, txt,
                   charset="utf-8", cte="quoted-printable", structure="report", dsn=d, attach="rfc822", auto="auto-replied")


@reg
def p11():
    c = make_ctx()
    grp = "bureau@" + c.org_domain
    c.rcpt, c.rlocal = grp, "bureau"
    txt = ("\n** Message not delivered **\n\nWe're writing to let you know that the group you tried to contact (bureau) may not exist, "
           "or you may not have permission to post messages to the group. A few more details on why you weren't able to post:\n\n"
           " * You might have spelled or formatted the group name incorrectly.\n"
           " * The owner of the group may have removed this group.\n"
           " * You may need to join the group before receiving permission to post.\n"
           " * This group may not be open to posting.\n\n"
           "If you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.example/support/.\n\n"
           "Thanks,\n\n%s admins\n") % c.rdomain
    d = simple_dsn("googlemail.example", grp, "failed", "5.0.0", diag="550 5.0.0 group does not allow posting from this sender")
    return generic(c, "policy", "Google Groups (Google Workspace)", "group posting permission refusal",
                   "Mail Delivery Subsystem <mailer-daemon@googlemail.example>", "Delivery Status Notification (Failure)", txt,
                   charset="UTF-8", cte="quoted-printable", structure="report", dsn=d, attach="rfc822", auto="auto-replied")


# ---------------------------------------------------------------------- delayed
@reg
def y01():
    c = ctx_at("bbox")
    mx = "mx.bbox.example"
    return postfix(c, "delayed",
                   "host %s[%s] said: 421 4.7.0 mx.bbox.example Service\n    temporairement indisponible, reessayez plus tard / Service temporarily\n    unavailable, try again later (in reply to RCPT TO command)" % (mx, ip()),
                   "4.7.0", remote=mx, action="delayed", attach="headers", version="3.7", hours=4,
                   note="Bouygues (bbox) temporary refusal, bilingual reply (reconstructed); still retrying")


@reg
def y02():
    c = ctx_at("orange")
    return postfix(c, "delayed",
                   "host smtp-in.orange.example[%s] said: 421 mwinf5c%02d ME Trop de\n    connexions, veuillez verifier votre configuration. Too many connections,\n    slow down. OFR004_104 [104] (in reply to end of DATA command)" % (ip(), R.randint(1, 80)),
                   "4.0.0", remote="smtp-in.orange.example", action="delayed", lang="fr", attach="headers", version="3.5", hours=4,
                   note="Orange OFR004_104 rate limit; French delay template")


@reg
def y03():
    c = make_ctx()
    host = "vps-%d.o2switch.example" % R.randint(100, 999)
    blk = "  %s\n    Delay reason: SMTP error from remote mail server after RCPT TO:<%s>:\n    host mx.%s [%s]: 451 4.3.0 Temporary lookup failure, try again later\n" % (c.rcpt, c.rcpt, c.rdomain, ip())
    return exim_classic(c, "delayed", blk, host, warn_hours=24, system="Exim 4 classic delay warning (cPanel)",
                        note="Exim 24 h warning, plain text", return_path=False)


@reg
def y04():
    c = make_ctx()
    host = "web%d.lws-hosting.example" % R.randint(10, 99)
    blk = "  %s\n    Delay reason: SMTP error from remote mail server after RCPT TO:<%s>:\n    452 4.2.2 Mailbox full, try again later\n" % (c.rcpt, c.rcpt)
    return exim_dsn(c, "delayed", blk, "4.2.2", "smtp; 452 4.2.2 Mailbox full, try again later", host, remote="mx.%s" % c.rdomain,
                    action="delayed", warn_hours=4, attach="headers", system="Exim 4.97 delay DSN",
                    note="temporary mailbox-full, still retrying (so delayed, not mailbox_full)")


@reg
def y05():
    c = make_ctx()
    mx = "mx1.%s" % c.rdomain
    tr = "<%s>... Deferred: Connection timed out with %s.\nWarning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n" % (c.rcpt, mx)
    return sendmail(c, "delayed", "smtp-relay.%s" % CO_DOMAIN, mx, "Delivery to the following recipients has been delayed", tr,
                    "4.4.1", None, action="delayed", warn_hours=4, attach="headers", note="Sendmail 4 h warning")


@reg
def y06():
    c = make_ctx()
    return exo_delay(c, "en", note="Exchange Online 'Delivery delayed' with headers only")


@reg
def y07():
    c = make_ctx()
    return exo_delay(c, "fr", note="Exchange Online 'Remise différée' in French",
                     remote_err="451 4.7.500 Server busy. Please try again later from [40.107.0.0]. (S77719)", attach=None)


@reg
def y08():
    c = make_ctx()
    return gmail(c, "delayed", "delay", "en",
                 "421-4.7.0 Try again later, closing connection. (EHLO)\n421 4.7.0 %s - gsmtp" % rnd(ALNUM, 20),
                 "4.7.0", remote="mx.%s" % c.rdomain, action="delayed", attach="headers", hours_left=45,
                 note="Gmail-side delay DSN (message relayed through Google Workspace group)")


@reg
def y09():
    c = make_ctx()
    return gmail(c, "delayed", "delay", "fr",
                 "451 4.3.0 Mail server temporarily rejected message.",
                 "4.3.0", remote="mail.%s" % c.rdomain, action="delayed", attach="headers", hours_left=46,
                 note="Gmail delay DSN in French")


@reg
def y10():
    c = make_ctx()
    mx = "mail.%s" % c.rdomain
    dialog = ">>> RCPT TO:<%s>\n<<< 451 4.7.1 Please try again later\n" % c.rcpt
    return courier(c, "delayed", "smtp.courriel-associatif.example", mx, ip(), dialog, "4.7.1", "451 4.7.1 Please try again later",
                   action="delayed", note="Courier DELAYED MAIL section")


@reg
def y11():
    c = ctx_at("yahoo")
    return postfix(c, "delayed",
                   "host mx-eu.mail.am0.yahoodns.example[%s] said: 421 4.7.0\n    [TSS04] Messages from 192.0.2.41 temporarily deferred due to unexpected\n    volume or user complaints - 4.16.55.1; see\n    https://postmaster.yahooinc.example/error-codes (in reply to MAIL FROM\n    command)" % ip(),
                   "4.7.0", remote="mx-eu.mail.am0.yahoodns.example", action="delayed", version="2.11", attach="headers", hours=4,
                   note="Yahoo TSS04 deferral; old Postfix 2.11 relay")


@reg
def y12():
    c = make_ctx()
    txt = ("This is an automatically generated Delivery Status Notification.\n\n"
           "THIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
           "Delivery of your message \"%s\" has been delayed.\n\n"
           "Message will be retried for 2 more day(s)\n\n"
           "Technical details of temporary failure:\nDNS Error: Could not contact DNS servers\n") % c.subject
    d = simple_dsn("mx1.hostinger-mail.example", c.rcpt, "delayed", "4.4.3", diag="DNS Error: Could not contact DNS servers",
                   rcpt_extra=[("Will-Retry-Until", rfcdate(later(c.sent, days=2)))])
    return generic(c, "delayed", "Hostinger Mail (MTA delay DSN)", "delay with Action: delayed, 4.4.3; recipient only in the report; wording reconstructed",
                   "Mail Delivery System <MAILER-DAEMON@hostinger-mail.example>", "Delivery Status Notification (Delay)", txt,
                   structure="report", dsn=d, attach=None, delay={"hours": 6}, permanent=False, auto="auto-replied")


# ---------------------------------------------------------------------- expired
@reg
def e01():
    c = make_ctx()
    mx = "mx.%s" % c.rdomain
    return postfix(c, "expired",
                   "delivery temporarily suspended: connect to %s[%s]:25:\n    Connection timed out" % (mx, ip()),
                   "4.4.1", version="3.7", attach="rfc822",
                   note="Postfix gave up after maximal_queue_lifetime: Action failed with a 4.4.1 status")


@reg
def e02():
    c = make_ctx()
    mx = "mail.%s" % c.rdomain
    return postfix(c, "expired",
                   "conversation with %s[%s] timed out while receiving\n    the initial server greeting" % (mx, ip()),
                   "4.4.2", lang="fr", version="3.6", attach="headers", remote=mx,
                   note="expired after 5 days, French template, status 4.4.2 but Action failed")


@reg
def e03():
    c = make_ctx()
    host = "vps-%d.o2switch.example" % R.randint(100, 999)
    blk = "  %s\n    retry timeout exceeded\n" % c.rcpt
    return exim_classic(c, "expired", blk, host, system="Exim 4 classic (cPanel)", note="Exim 'retry timeout exceeded'", include="full")


@reg
def e04():
    c = make_ctx()
    return qmail(c, "expired", "qmail.hebergeur-alpin.example",
                 "Connected to %s but connection died. (#4.4.2)" % ip(), expired=True,
                 system="qmail 1.03", note="qmail queue lifetime exceeded", tail="headers")


@reg
def e05():
    c = make_ctx()
    mx = "mail.%s" % c.rdomain
    tr = "421 4.4.7 %s... Message could not be delivered for 5 days\n421 4.4.7 %s... Message will be deleted from queue\n" % (c.rcpt, c.rcpt)
    return sendmail(c, "expired", "smtp-relay.%s" % CO_DOMAIN, mx, "The following addresses had permanent fatal errors", tr,
                    "4.4.7", "421 4.4.7 Message could not be delivered for 5 days", expired_days=5, attach="rfc822",
                    note="Sendmail 5-day timeout (4.4.7, Action failed)")


@reg
def e06():
    c = make_ctx()
    return exo_new(c, "expired", "expired", "en", attach="headers", sender_tenant="postmaster@jardinsgresivaudan.onmicrosoft.example",
                   note="M365 QUEUE.Expired 4.4.7 after one day")


@reg
def e07():
    c = make_ctx()
    return gmail(c, "expired", "expired", "fr", "The recipient server did not accept our requests to connect. [%s: timed out]" % c.rdomain,
                 "4.4.1", action="failed", attach="headers", note="Gmail final DSN after retries, French")


@reg
def e08():
    fwd = addr_at("gmx.example")[0]
    dead = addr_at("gartenpflege-holz.example")[0]
    c = make_ctx(rcpt=dead, latin1=True)
    c.to_addr = fwd
    txt = ("Dies ist eine automatisch erstellte Nachricht des GMX Mailsystems.\n\n"
           "Ihre E-Mail konnte nicht zugestellt werden. Die Weiterleitung der Nachricht an\n"
           "%s ist nach mehreren Tagen endgültig fehlgeschlagen.\n\n"
           "Ursprünglicher Empfänger: %s\n"
           "Empfänger der Weiterleitung: %s\n"
           "Grund: Zeitüberschreitung: der Server mx.gartenpflege-holz.example war\n"
           "nicht erreichbar (connect timeout).\n\n"
           "Es werden keine weiteren Zustellversuche unternommen.\n") % (dead, fwd, dead)
    d = simple_dsn("mout.gmx.example", dead, "failed", "4.4.1", orig=fwd, remote="mx.gartenpflege-holz.example",
                   diag="connect timeout; retry time exceeded")
    return generic(c, "expired", "GMX mail system (German text)", "forwarding failure: GMX forward of %s to a dead server; gave up; wording reconstructed" % fwd,
                   "Mail Delivery System <mailer-daemon@gmx.example>", "Unzustellbar: " + c.subject, txt,
                   charset="iso-8859-1", cte="quoted-printable", structure="report", dsn=d, attach="headers",
                   delay={"days": 4, "hours": 2}, auto="auto-replied")


# ------------------------------------------------------------------------ other
@reg
def o01():
    c = make_ctx()
    return qmail(c, "other", "mail.%s" % c.rdomain,
                 "This message is looping: it already has my Delivered-To line. (#5.4.6)",
                 system="netqmail 1.06", note="mail loop between client's alias and forward")


@reg
def o02():
    c = make_ctx()
    return postfix(c, "other", "mail forwarding loop for %s" % c.rcpt, "5.4.6", version="3.7",
                   host="spool.mail.gandi.example", attach="headers", system="Gandi Mail (Postfix 3.7)",
                   note="Postfix loop detection at the client's mail host (Gandi-style)")


@reg
def o03():
    c = make_ctx()
    host = "vps-%d.o2switch.example" % R.randint(100, 999)
    blk = "  %s\n    Too many \"Received\" headers - suspected mail loop\n" % c.rcpt
    return exim_classic(c, "other", blk, host, system="Exim 4 classic", note="hop count exceeded", include="headers")


@reg
def o04():
    c = make_ctx()
    txt = ("This is an automated message forwarded by the SendGrid bounce forwarding setting.\n\n"
           "The following message to <%s> was undeliverable.\n"
           "The reason for the problem:\n5.0.0 - Unknown address error 554-'5.6.0 Message content rejected: malformed MIME structure'\n") % c.rcpt
    d = simple_dsn("o%d.ptr%d.sendgrid.example" % (R.randint(1, 9), R.randint(1000, 9999)), c.rcpt, "failed", "5.6.0",
                   diag="554 5.6.0 Message content rejected: malformed MIME structure")
    return generic(c, "other", "SendGrid (forwarded bounce)", "content/format rejection; wording reconstructed",
                   "SendGrid Bounce Forwarding <bounces+%d@em.sendgrid.example>" % R.randint(1000000, 9999999),
                   "Undelivered Mail Returned to Sender", txt, structure="report", dsn=d, attach="headers")


@reg
def o05():
    c = make_ctx()
    txt = ("Failed to deliver to '%s'\nSMTP module(domain %s) reports:\n host mail.%s says:\n 554 5.6.0 Message contains invalid header\n") % (
        c.rcpt, c.rdomain, c.rdomain)
    return generic(c, "other", "CommuniGate Pro 6.3", "invalid header rejection; original attached",
                   "MAILER-DAEMON@relais.%s" % c.rdomain, "Undeliverable mail: " + c.subject, txt,
                   structure="mixed", attach="rfc822", return_path="<>")


@reg
def o06():
    c = make_ctx()
    txt = ("Delivery to the following recipients failed permanently:\n\n    %s\n\n"
           "Technical details of permanent failure:\n    554 5.4.0 Too many hops (25): possible mail loop detected\n") % c.rcpt
    return generic(c, "other", "SmarterMail 100.x", "hop count exceeded", "SmarterMail <postmaster@mail.%s>" % c.rdomain,
                   "Undeliverable: " + c.subject, txt, structure="mixed", attach="rfc822", auto="auto-replied")


@reg
def o07():
    c = make_ctx()
    gen = ms_host()
    txt = ("Delivery has failed to these recipients or groups:\n\n%s\n"
           "A problem occurred during the delivery of this message to this e-mail address. Try sending this message again. If the problem continues, please contact your helpdesk.\n\n\n\n"
           "Diagnostic information for administrators:\n\nGenerating server: %s\n\n%s\nRemote Server returned '550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA and receiving system does not support BDAT'\n") % (c.rcpt, gen, c.rcpt)
    d = simple_dsn(gen, c.rcpt, "failed", "5.6.11", diag="550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal", sep=";")
    return generic(c, "other", "Exchange Online (sender tenant, legacy NDR text)", "bare linefeeds rejection",
                   "Microsoft Outlook <postmaster@jardinsgresivaudan.onmicrosoft.example>", "Undeliverable: " + c.subject, txt,
                   structure="report", dsn=d, attach="rfc822", auto="auto-replied", return_path=None)
