"""Bounce cases, part A: open-source MTAs (Postfix, Exim, Sendmail, qmail, Courier)."""
from builders import *  # noqa

CASES = []


def case(kind, system, permanent=None, eol=None):
    def deco(f):
        CASES.append(dict(kind=kind, system=system,
                          permanent=(kind != "delayed") if permanent is None else permanent,
                          fn=f, eol=eol))
        return f
    return deco


def said(a, mx, ipa, reply, cmd="RCPT TO", expanded=None):
    e = " (expanded from <%s>)" % expanded if expanded else ""
    return "<%s>%s: host %s[%s] said: %s (in reply to %s command)" % (a, e, mx, ipa, reply, cmd)


# ------------------------------------------------------------------ Postfix
@case("unknown_user", "Postfix 3.8 (own relay); remote Orange-style MX")
def _():
    n, a = new_addr(isp="orange")
    o = Orig(a, n)
    mx, i = "smtp-in.orange.example", ip()
    reply = ("550 5.1.1 <%s>: Recipient address rejected: Adresse d au moins un destinataire "
             "invalide. Invalid recipient. OFR_416 [416]" % a)
    raw = postfix(o, [pf_rcpt(a, "5.1.1", said(a, mx, i, reply), "smtp; " + reply, mx)])
    return dict(raw=raw, recipient=a, note="classic Postfix DSN, original attached as message/rfc822")


@case("unknown_user", "Postfix 3.7 (own relay); remote OVH MX", eol="lf")
def _():
    n, a0 = new_addr()
    loc_, dom = a0.split("@")
    shown = loc_.title().replace("_", "_") + "@" + dom.title()
    o = Orig(a0, n, to_display=shown)
    mx, i = "mx1.mail.ovh.example", ip()
    reply = "550 5.1.1 <%s>: Recipient address rejected: User unknown" % shown
    raw = postfix(o, [pf_rcpt(shown, "5.1.1", said(shown, mx, i, reply), "smtp; " + reply, mx,
                              orig=shown)], attach="headers")
    return dict(raw=raw, recipient=a0, note="recipient written in mixed case (%s); headers only" % shown)


@case("unknown_user", "Postfix 3.8 with French bounce.cf template; remote Free-style MX")
def _():
    n, a = new_addr(isp="free")
    o = Orig(a, n)
    mx, i = "mx1.free.example", ip()
    reply = "550 5.1.1 <%s>: Recipient address rejected: free.example" % a
    raw = postfix(o, [pf_rcpt(a, "5.1.1", said(a, mx, i, reply), "smtp; " + reply, mx)], lang="fr")
    return dict(raw=raw, recipient=a, note="French translated Postfix template, utf-8 8bit text part")


@case("unknown_user", "Postfix 3.6 (own relay); one Cc fails among several recipients")
def _():
    n1, a1 = new_addr()
    dom = a1.split("@")[1]
    n2, a2 = new_addr(domain=dom, style="role")
    n3, a3 = new_addr(isp="laposte")
    o = Orig(a1, n1, cc=[addr(None, a2), addr(n3, a3)])
    mx, i = "smtp-in.laposte-net.example", ip()
    reply = "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % a3
    raw = postfix(o, [pf_rcpt(a3, "5.1.1", said(a3, mx, i, reply), "smtp; " + reply, mx)])
    return dict(raw=raw, recipient=a3,
                note="only the second Cc (%s) failed; To %s and Cc %s were delivered" % (a3, a1, a2))


@case("unknown_user", "Gandi mail forwarding (Postfix); forward target rejected by Gmail-style MX")
def _():
    n, orig = new_addr(style="role")
    _, target = new_addr(isp="gmail", first=n.split()[0], last=n.split()[1], style="fl2")
    o = Orig(orig, n)
    host = "spool.mail.gandi.example"
    mx, i = "gmail-smtp-in.l.google.example", ip()
    reply = ("550-5.1.1 The email account that you tried to reach does not exist. Please try "
             "550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 "
             "unnecessary spaces. For more information, go to 550 5.1.1  "
             "https://support.google.example/mail/?p=NoSuchUser %s.%d - gsmtp" % (rnd(ALNUM, 20), R.randrange(100, 999)))
    raw = postfix(o, [pf_rcpt(target, "5.1.1", said(target, mx, i, reply, expanded=orig),
                              "smtp; " + reply, mx, orig=orig)], host=host)
    return dict(raw=raw, recipient=target,
                note="forwarding failure: %s forwards to %s which does not exist; Original-Recipient is the client address" % (orig, target))


@case("unknown_user", "OVH mail redirection (Postfix mail-out); forward target rejected by GMX-style MX")
def _():
    n, orig = new_addr(style="role")
    _, target = new_addr(isp="gmx", style="f.l")
    o = Orig(orig, n)
    host = "mo%d.mail-out.ovh.example" % R.randrange(100, 999)
    mx, i = "mx00.gmx.example", ip()
    reply = "550 Requested action not taken: mailbox unavailable"
    raw = postfix(o, [pf_rcpt(target, "5.0.0", said(target, mx, i, reply, expanded=orig),
                              "smtp; " + reply, mx, orig=orig)], host=host, attach="headers")
    return dict(raw=raw, recipient=target,
                note="forwarding failure via OVH redirection; GMX answers without enhanced code, Postfix reports 5.0.0")


@case("mailbox_full", "Postfix 3.8 with French template; remote SFR-style MX")
def _():
    n, a = new_addr(isp="sfr")
    o = Orig(a, n)
    mx, i = "mx-in.sfr.example", ip()
    reply = "552 5.2.2 <%s>: Recipient address rejected: Boite du destinataire pleine. Mailbox full" % a
    raw = postfix(o, [pf_rcpt(a, "5.2.2", said(a, mx, i, reply), "smtp; " + reply, mx)], lang="fr",
                  cte="quoted-printable")
    return dict(raw=raw, recipient=a, note="French template, quoted-printable")


@case("mailbox_full", "Zimbra 10 (Postfix MTA, LMTP to mailboxd)")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    host = "zimbra.%s" % dom
    human = ("<%s>: host %s[%s] said: 552 5.2.2 Over quota (in reply to end of DATA command)" % (
        a, host, "127.0.0.1".replace("127.0.0.1", ip("192.0.2"))))
    raw = postfix(o, [pf_rcpt(a, "5.2.2", human, "lmtp; 552 5.2.2 Over quota", host)], host=host,
                  received=True)
    return dict(raw=raw, recipient=a, note="Zimbra accepted the message then LMTP delivery failed: over quota")


@case("mailbox_full", "Infomaniak-style hosted mail (Postfix, French template)")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    host = "mta-gw%d.infomaniak.example" % R.randrange(1, 9)
    human = "<%s>: host mailbox-%d.infomaniak.example[%s] said: 552 5.2.2 <%s>: quota exceeded (in reply to RCPT TO command)" % (
        a, R.randrange(10, 99), ip(), a)
    raw = postfix(o, [pf_rcpt(a, "5.2.2", human, "lmtp; 552 5.2.2 <%s>: quota exceeded" % a,
                              "mailbox.infomaniak.example")], host=host, lang="fr",
                  charset="iso-8859-1", cte="8bit")
    return dict(raw=raw, recipient=a, note="French text in iso-8859-1 8bit")


@case("domain_not_found", "Postfix 3.7 (own relay)", eol="lf")
def _():
    n, a = new_addr(domain="garage-morel-auto.example" if R.random() < 0.5 else "sarl-batifer.example")
    o = Orig(a, n)
    dom = a.split("@")[1]
    human = "<%s>: Host or domain name not found. Name service error for name=%s type=MX: Host not found" % (a, dom)
    raw = postfix(o, [pf_rcpt(a, "5.4.4", human, "Host or domain name not found. Name service error for name=%s type=MX: Host not found" % dom,
                              None, diag_type="X-Postfix")], attach="headers")
    return dict(raw=raw, recipient=a, note="NXDOMAIN, X-Postfix diagnostic, no Remote-MTA")


@case("domain_not_found", "Postfix 3.5 with Spanish template (Spanish customer's forwarder)")
def _():
    n, orig = new_addr(domain="ferreteria-ortega.example", style="role")
    target = "pedro.ortega@ortega-antiguo.example"
    o = Orig(orig, "Ferretería Ortega", lang="en")
    host = "correo.ferreteria-ortega.example"
    human = "<%s> (expanded from <%s>): Host or domain name not found. Name service error for name=ortega-antiguo.example type=A: Host not found" % (target, orig)
    raw = postfix(o, [pf_rcpt(target, "5.4.4", human,
                              "Host or domain name not found. Name service error for name=ortega-antiguo.example type=A: Host not found",
                              None, orig=orig, diag_type="X-Postfix")], host=host, lang="es")
    return dict(raw=raw, recipient=target,
                note="Spanish text; forwarding to a domain that no longer exists; English reminder")


@case("delayed", "Postfix 3.8 (own relay) delay warning", eol="lf")
def _():
    n, a = new_addr()
    o = Orig(a, n)
    mx, i = "mx.%s" % a.split("@")[1], ip()
    human = "<%s>: connect to %s[%s]:25: Connection timed out" % (a, mx, i)
    raw = postfix(o, [pf_rcpt(a, "4.4.1", human, "connect to %s[%s]:25: Connection timed out" % (mx, i),
                              None, diag_type="X-Postfix", will_retry=later(o.date, days=5))],
                  delayed=True, d=later(o.date, hours=4, minutes=R.randrange(1, 20)))
    return dict(raw=raw, recipient=a, note="THIS IS A WARNING ONLY; Will-Retry-Until five days later")


@case("delayed", "Postfix 3.6 delay warning; remote greylisting")
def _():
    n, a = new_addr()
    o = Orig(a, n)
    mx, i = "mail.%s" % a.split("@")[1], ip()
    reply = "450 4.2.0 <%s>: Recipient address rejected: Greylisted, see http://postgrey.example/help/%s" % (a, a.split("@")[1])
    raw = postfix(o, [pf_rcpt(a, "4.2.0", said(a, mx, i, reply), "smtp; " + reply, mx,
                              will_retry=later(o.date, days=5))],
                  delayed=True, d=later(o.date, hours=4, minutes=R.randrange(1, 20)), attach="headers")
    return dict(raw=raw, recipient=a, note="greylisting 450 4.2.0, still being retried")


@case("delayed", "Postfix 3.8 with French template, delay warning", eol="lf")
def _():
    n, a = new_addr(isp="wanadoo")
    o = Orig(a, n)
    mx, i = "smtp-in.wanadoo.example", ip()
    reply = ("421 mwinf%dc%02d ME Service refuse. Veuillez essayer plus tard. Service refused, please "
             "try later. OFR_999 [103]" % (R.randrange(5000, 5999), R.randrange(10, 99)))
    raw = postfix(o, [pf_rcpt(a, "4.0.0", said(a, mx, i, reply, cmd="MAIL FROM"), "smtp; " + reply, mx,
                              will_retry=later(o.date, days=5))], lang="fr", delayed=True,
                  d=later(o.date, hours=4, minutes=7), attach="headers")
    return dict(raw=raw, recipient=a, note="French delay warning, Orange/Wanadoo-style temporary refusal")


@case("expired", "Postfix 3.7 (own relay), message expired after 5 days")
def _():
    n, a = new_addr()
    o = Orig(a, n)
    mx, i = "mx.%s" % a.split("@")[1], ip()
    human = "<%s>: connect to %s[%s]:25: Connection refused" % (a, mx, i)
    raw = postfix(o, [pf_rcpt(a, "4.4.1", human, "connect to %s[%s]:25: Connection refused" % (mx, i),
                              None, diag_type="X-Postfix")],
                  d=later(o.date, days=5, minutes=R.randrange(1, 50)))
    return dict(raw=raw, recipient=a,
                note="Action: failed with a 4.4.1 status: the queue lifetime ran out (gave up)")


@case("rejected_spam", "Postfix 3.8 (own relay); remote Outlook.com block list")
def _():
    n, a = new_addr(isp="hotmail")
    o = Orig(a, n)
    mx, i = "hotmail-com.olc.protection.outlook.example", ip()
    reply = ("550 5.7.1 Unfortunately, messages from [%s] weren't sent. Please contact your "
             "Internet service provider since part of their network is on our block list (S3150). "
             "You can also refer your provider to http://mail.live.example/mail/troubleshooting.aspx#errors. "
             "[VI1EUR05FT012.eop-eur05.prod.protection.outlook.example 2026-09-01T08:12:44.000Z %s]" % (
                 OUR_IP, rnd(HEXL, 16)))
    raw = postfix(o, [pf_rcpt(a, "5.7.1", said(a, mx, i, reply, cmd="MAIL FROM"), "smtp; " + reply, mx)],
                  attach="headers")
    return dict(raw=raw, recipient=a, note="IP block list S3150")


@case("rejected_spam", "Postfix 3.8 (own relay); remote Gmail DMARC rejection")
def _():
    n, a = new_addr(isp="gmail")
    o = Orig(a, n)
    mx, i = "gmail-smtp-in.l.google.example", ip()
    reply = ("550-5.7.26 Unauthenticated email from %s is not accepted due to domain's DMARC policy. "
             "Please contact the administrator of %s domain if this was a legitimate mail. To learn "
             "about the DMARC initiative, go to 550 5.7.26  https://support.google.example/mail/?p=DmarcRejection %s - gsmtp" % (
                 DOMAIN, DOMAIN, rnd(ALNUM, 22)))
    raw = postfix(o, [pf_rcpt(a, "5.7.26", said(a, mx, i, reply, cmd="end of DATA"), "smtp; " + reply, mx)])
    return dict(raw=raw, recipient=a, note="DMARC failure, rejected after end of DATA")


@case("rejected_spam", "Postfix 3.4 (own relay); remote DNSBL rejection (Spamhaus-style)", eol="lf")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    mx, i = "mail.%s" % dom, ip()
    reply = ("554 5.7.1 Service unavailable; Client host [%s] blocked using zen.dnsbl.example; "
             "https://check.dnsbl.example/query/ip/%s" % (OUR_IP, OUR_IP))
    raw = postfix(o, [pf_rcpt(a, "5.7.1", said(a, mx, i, reply), "smtp; " + reply, mx)], old=True)
    return dict(raw=raw, recipient=a, note="older 'Postfix program' wording; blocklist")


@case("rejected_spam", "Postfix 3.8 (own relay); remote Sophos Email gateway content filter")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n, subject="Mise en demeure – facture {inv}")
    mx, i = "mx-01-eu-west-1.prod.hydra.sophos.example", ip()
    reply = "550 5.7.1 Message blocked by Sophos: suspicious attachment detected in %s.pdf" % o.inv
    raw = postfix(o, [pf_rcpt(a, "5.7.1", said(a, mx, i, reply, cmd="end of DATA"), "smtp; " + reply, mx)],
                  attach="headers")
    return dict(raw=raw, recipient=a, note="content filter blocked the PDF attachment")


@case("rejected_spam", "Postfix 3.8 (own relay); remote Vade-filtered ISP MX (French diagnostic)")
def _():
    n, a = new_addr(isp="neuf")
    o = Orig(a, n)
    mx, i = "mx1.neuf.example", ip()
    reply = ("554 5.7.1 Message refuse car considere comme spam / Message rejected as spam "
             "(vade score=%d) [%s]" % (R.randrange(900, 999), rnd(HEXL, 12)))
    raw = postfix(o, [pf_rcpt(a, "5.7.1", said(a, mx, i, reply, cmd="end of DATA"), "smtp; " + reply, mx)])
    return dict(raw=raw, recipient=a, note="spam verdict from a Vade-style filter")


@case("rejected_spam", "Postfix 3.8 (own relay); remote iCloud policy CS01")
def _():
    n, a = new_addr(isp="icloud")
    o = Orig(a, n)
    mx, i = "mx01.mail.icloud.example", ip()
    reply = ("554 5.7.1 [CS01] Message rejected due to local policy. Please visit "
             "https://support.apple.example/en-us/HT204137")
    raw = postfix(o, [pf_rcpt(a, "5.7.1", said(a, mx, i, reply, cmd="end of DATA"), "smtp; " + reply, mx)],
                  return_path=None)
    return dict(raw=raw, recipient=a, note="no Return-Path header")


@case("policy", "Postfix 3.8 (own relay); relay access denied")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    mx, i = "smtp.%s" % dom, ip()
    reply = "554 5.7.1 <%s>: Relay access denied" % a
    raw = postfix(o, [pf_rcpt(a, "5.7.1", said(a, mx, i, reply), "smtp; " + reply, mx)], attach="none")
    return dict(raw=raw, recipient=a, note="stale MX pointing at a server that no longer hosts the domain")


@case("policy", "Postfix 3.8 (own relay); remote requires STARTTLS")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    mx, i = "mx.%s" % dom, ip()
    reply = "530 5.7.0 Must issue a STARTTLS command first"
    raw = postfix(o, [pf_rcpt(a, "5.7.0", said(a, mx, i, reply, cmd="MAIL FROM"), "smtp; " + reply, mx)])
    return dict(raw=raw, recipient=a, note="TLS required by the receiving server")


@case("policy", "Postfix 3.7 (own relay); message too large")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n, subject="Mise en demeure de payer – facture n° {inv}")
    mx, i = "mx.%s" % dom, ip()
    reply = "552 5.3.4 Error: message file too big"
    raw = postfix(o, [pf_rcpt(a, "5.3.4", said(a, mx, i, reply, cmd="end of DATA"), "smtp; " + reply, mx)],
                  attach="headers")
    return dict(raw=raw, recipient=a, note="size limit on the receiving side")


@case("other", "Postfix 3.6 (customer's server); mail forwarding loop")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom, style="role")
    o = Orig(a, n)
    host = "mail.%s" % dom
    human = "<%s>: mail forwarding loop for %s" % (a, a)
    raw = postfix(o, [pf_rcpt(a, "5.4.6", human, "mail forwarding loop for %s" % a, None,
                              diag_type="X-Postfix")], host=host, attach="none")
    return dict(raw=raw, recipient=a, note="5.4.6 loop, no original attached")


@case("unknown_user", "Fastmail-style forwarding (Postfix); target unknown at Yahoo-style MX")
def _():
    n, orig = new_addr(isp="fastmail", style="f.l")
    _, target = new_addr(isp="yahoo", style="fl2")
    o = Orig(orig, n)
    host = "mail-out%d.messagingengine.example" % R.randrange(1, 9)
    mx, i = "mta7.am0.yahoodns.example", ip()
    reply = "554 delivery error: dd This user doesn't have a yahoo.example account (%s) [-5] - mta%d.mail.ir2.yahoo.example" % (
        target, R.randrange(1000, 9999))
    raw = postfix(o, [pf_rcpt(target, "5.0.0", said(target, mx, i, reply, cmd="end of DATA", expanded=orig),
                              "smtp; " + reply, mx, orig=orig)], host=host)
    return dict(raw=raw, recipient=target, note="forwarding failure; Yahoo 'dd' wording")


# ------------------------------------------------------------------ Exim
def exim_block(a, mx, ipa, reply, cmd="RCPT TO:<{a}>"):
    return "  %s\n    host %s [%s]\n    SMTP error from remote mail server after %s:\n    %s" % (
        a, mx, ipa, cmd.format(a=a), reply)


SHARED = "srv%d.hebergement-mutualise.example" % R.randrange(10, 99)


@case("unknown_user", "Exim 4.96 (shared hosting, classic plain-text bounce); remote Outlook.com")
def _():
    n, a = new_addr(isp="outlook")
    o = Orig(a, n)
    reply = ("550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). "
             "[AM4PEPF00027A5F.eurprd04.prod.outlook.example %s]" % loc(o.date).strftime("%Y-%m-%dT%H:%M:%S.000Z"))
    raw = exim_classic(o, [exim_block(a, "outlook-fr.mail.protection.outlook.example", ip(), reply)],
                       SHARED, failed_hdr=a)
    return dict(raw=raw, recipient=a, note="no MIME structure; copy of message inline")


@case("unknown_user", "IONOS (1&1) Mail Delivery System, German text")
def _():
    n, a = new_addr(isp="webde")
    o = Orig(a, n)
    reply = "550 5.1.1 <%s>: Recipient address rejected: Empfaenger unbekannt / User unknown" % a
    raw = exim_classic(o, [exim_block(a, "mx-ha02.web-de.example", ip(), reply)],
                       "mout.kundenserver.example", de=True, charset="iso-8859-1", failed_hdr=a,
                       copy="headers")
    return dict(raw=raw, recipient=a, note="German, iso-8859-1 8bit, headers of the original inline")


@case("domain_not_found", "Exim 4.94 (shared hosting, classic)")
def _():
    n, a = new_addr(domain="menuiserie-duval-freres.example")
    o = Orig(a, n)
    raw = exim_classic(o, ["  %s\n    Unrouteable address" % a], SHARED, failed_hdr=a)
    return dict(raw=raw, recipient=a, note="Unrouteable address")


@case("mailbox_full", "Exim 4.92 (customer's cPanel server, local delivery)")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    blk = ("  %s\n    mailbox is full: retry timeout exceeded" % a)
    raw = exim_classic(o, [blk], "server.%s" % dom, failed_hdr=a, return_path=None)
    return dict(raw=raw, recipient=a, note="no Return-Path; mailbox full after retries")


@case("rejected_spam", "Exim 4.96 (shared hosting); remote Proofpoint reputation block")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    reply = ("553 5.7.1 Mail from %s refused - see https://ipcheck.proofpoint.example/?ip=%s" % (OUR_IP, OUR_IP))
    raw = exim_classic(o, [exim_block(a, "mx0a-%s.pphosted.example" % rnd(string.digits, 8), ip(),
                                      reply, cmd="MAIL FROM:<%s> SIZE=%d" % (SENDER, R.randrange(4000, 90000)))],
                       SHARED, failed_hdr=a)
    return dict(raw=raw, recipient=a, note="reputation block at MAIL FROM; recipient only in block line and X-Failed-Recipients")


@case("policy", "Exim 4.96 (shared hosting); remote relay not permitted")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    reply = "550 relay not permitted"
    raw = exim_classic(o, [exim_block(a, "mail.%s" % dom, ip(), reply)], SHARED)
    return dict(raw=raw, recipient=a, note="no X-Failed-Recipients header")


@case("other", "Exim 4.97 (shared hosting); too many Received headers")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom, style="role")
    o = Orig(a, n)
    blk = "  %s\n    Too many \"Received\" headers - suspected mail loop" % a
    raw = exim_classic(o, [blk], SHARED, failed_hdr=a)
    return dict(raw=raw, recipient=a, note="mail loop")


@case("delayed", "Exim 4.96 delay warning (plain text)")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    blk = ["  %s" % a, "    host mx.%s [%s]: Connection timed out" % (dom, ip()),
           "    Delay reason: SMTP error from remote mail server after initial connection:\n"
           "    421 mx.%s: Service temporarily unavailable" % dom]
    raw = exim_warning(o, blk, SHARED, hours=24)
    return dict(raw=raw, recipient=a, note="Warning: message delayed 24 hours")


@case("delayed", "Exim 4.97 delay warning with DSN (multipart/report, Action: delayed)")
def _():
    n, a = new_addr(isp="gmail")
    o = Orig(a, n)
    remote = "gmail-smtp-in.l.google.example"
    diag = ("452-4.2.2 The recipient's inbox is out of storage space. Please direct the "
            "recipient to 452 4.2.2  https://support.google.example/mail/?p=OverQuotaTemp %s - gsmtp" % rnd(ALNUM, 20))
    blk = ["  %s" % a, "    host %s [%s]" % (remote, ip()), "    Delay reason: %s" % diag]
    raw = exim_warning(o, blk, SHARED, hours=R.choice([4, 8, 24]), dsn=True, rcpt=a, status="4.2.2",
                       remote=remote, diag=diag)
    return dict(raw=raw, recipient=a, note="delay caused by a temporarily full Gmail-style inbox (4.2.2)")


@case("rejected_spam", "Exim 4.97 with DSN; remote content filter (SpamAssassin score)")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    remote = "mx.%s" % dom
    diag = "550 Rejected by content scanner: spam score 8.4 exceeds threshold 6.0"
    blk = exim_block(a, remote, ip(), diag, cmd="end of data")
    raw = exim_dsn(o, [blk], SHARED, [dict(a=a, status="5.0.0", remote=remote, diag=diag)])
    return dict(raw=raw, recipient=a, note="content filter after DATA")


@case("rejected_spam", "Exim 4.97 with DSN; remote Exchange Online SPF rejection")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    remote = "%s.mail.protection.outlook.example" % dom.replace(".example", "").replace(".", "-")
    diag = ("550 5.7.23 The message was rejected because of Sender Policy Framework violation -> "
            "%s: %s is not allowed to send mail for %s" % (DOMAIN, ip(), DOMAIN))
    blk = exim_block(a, remote, ip(), diag, cmd="end of data")
    raw = exim_dsn(o, [blk], SHARED, [dict(a=a, status="5.7.23", remote=remote, diag=diag)],
                   attach="headers")
    return dict(raw=raw, recipient=a, note="SPF fail, headers only")


@case("expired", "Exim 4.97 with DSN; retry timeout exceeded")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    blk = "  %s\n    retry timeout exceeded" % a
    raw = exim_dsn(o, [blk], SHARED, [dict(a=a, status="4.0.0")], attach="rfc822",
                   d=later(o.date, days=4, hours=R.randrange(0, 12)))
    return dict(raw=raw, recipient=a, note="gave up: retry timeout; Status 4.0.0 but Action failed")


# ------------------------------------------------------------------ Sendmail
SM_HOST = "relais.hebergeur-pro.example"


@case("unknown_user", "Sendmail 8.17 (ISP smarthost); remote iCloud-style MX")
def _():
    n, a = new_addr(isp="icloud")
    o = Orig(a, n)
    mx = "mx02.mail.icloud.example"
    tr = ("... while talking to %s.:\n>>> DATA\n<<< 550 5.1.1 <%s>: user does not exist\n"
          "550 5.1.1 <%s>... User unknown\n<<< 503 5.5.1 Error: need RCPT command\n" % (mx, a, a))
    raw = sendmail(o, SM_HOST, [dict(a=a, status="5.1.1", remote=mx,
                                     diag="550 5.1.1 <%s>: user does not exist" % a,
                                     reason="550 5.1.1 <%s>: user does not exist" % a)], tr)
    return dict(raw=raw, recipient=a, note="Sendmail transcript")


@case("domain_not_found", "Sendmail 8.15 (ISP smarthost)")
def _():
    n, a = new_addr(domain="transports-perrin-et-fils.example")
    o = Orig(a, n)
    dom = a.split("@")[1]
    tr = "550 5.1.2 %s... Host unknown (Name server: %s: host not found)\n" % (a, dom)
    raw = sendmail(o, SM_HOST, [dict(a=a, status="5.1.2")], tr,
                   subject="Returned mail: see transcript for details", attach="headers")
    return dict(raw=raw, recipient=a, note="Host unknown, headers only")


@case("delayed", "Sendmail 8.17 (ISP smarthost) 4-hour warning")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    mx = "mail.%s" % dom
    tr = ("<%s>... Deferred: Connection timed out with %s.\n"
          "Warning: message still undelivered after 4 hours\n"
          "Will keep trying until message is 5 days old\n" % (a, mx))
    raw = sendmail(o, SM_HOST, [dict(a=a, status="4.4.1", remote=mx, diag="451 4.4.1 reply: read error from %s." % mx)],
                   tr, warning=True, attach="headers", d=later(o.date, hours=4, minutes=3))
    return dict(raw=raw, recipient=a, note="warning only")


@case("delayed", "Sendmail 8.16 warning, one of two recipients deferred")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    n2, a2 = new_addr(domain=dom, style="role")
    o = Orig(a2, n2, cc=[addr(n, a)])
    mx = "mx2.%s" % dom
    tr = ("<%s>... Deferred: 452 4.3.1 Insufficient system storage\n"
          "Warning: message still undelivered after 4 hours\n"
          "Will keep trying until message is 5 days old\n" % a)
    raw = sendmail(o, SM_HOST, [dict(a=a, status="4.3.1", remote=mx, diag="452 4.3.1 Insufficient system storage")],
                   tr, warning=True, attach="headers", d=later(o.date, hours=4, minutes=1))
    return dict(raw=raw, recipient=a, note="Cc recipient deferred, To delivered")


@case("expired", "Sendmail 8.17 (ISP smarthost); cannot send message for 5 days")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    tr = ("<%s>... Deferred: Connection refused by mx.%s.\n"
          "Message could not be delivered for 5 days\nMessage will be deleted from queue\n" % (a, dom))
    raw = sendmail(o, SM_HOST, [dict(a=a, status="4.4.7", remote="mx.%s" % dom,
                                     diag="421 4.4.7 Cannot send message for 5 days")], tr,
                   subject="Returned mail: Cannot send message for 5 days",
                   d=later(o.date, days=5, minutes=12))
    return dict(raw=raw, recipient=a, note="expired")


@case("rejected_spam", "Sendmail 8.17 (ISP smarthost); remote Barracuda reputation block")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    mx = "barracuda.%s" % dom
    reply = "554 5.7.1 Service unavailable; Client host [%s] blocked using Barracuda Reputation; http://www.barracudanetworks.example/reputation/?pr=1&ip=%s" % (
        ip(), ip())
    tr = "... while talking to %s.:\n>>> MAIL From:<%s> SIZE=%d\n<<< %s\n554 5.0.0 Service unavailable\n" % (
        mx, SENDER, R.randrange(4000, 40000), reply)
    raw = sendmail(o, SM_HOST, [dict(a=a, status="5.7.1", remote=mx, diag=reply, reason=reply[:60] + "...")], tr,
                   subject="Returned mail: see transcript for details", return_path=None)
    return dict(raw=raw, recipient=a, note="blocklist; no Return-Path")


@case("rejected_spam", "Sendmail 8.17 (ISP smarthost); remote AOL/Yahoo 5.7.9 authentication policy")
def _():
    n, a = new_addr(isp="aol")
    o = Orig(a, n)
    mx = "mx-aol.mail.gm0.yahoodns.example"
    reply = "554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.example/error-codes"
    tr = "... while talking to %s.:\n>>> DATA\n<<< %s\n554 5.7.9 %s... Service unavailable\n" % (mx, reply, a)
    raw = sendmail(o, SM_HOST, [dict(a=a, status="5.7.9", remote=mx, diag=reply)], tr, attach="headers")
    return dict(raw=raw, recipient=a, note="DMARC/authentication policy at Yahoo-family MX")


# ------------------------------------------------------------------ qmail
@case("unknown_user", "qmail 1.03 (customer's server), local delivery")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    raw = qmail(o, "mail.%s" % dom, ["<%s>:\nSorry, no mailbox here by that name. (#5.1.1)\n" % a])
    return dict(raw=raw, recipient=a, note="plain text, original inline")


@case("unknown_user", "netqmail 1.06 (ISP relay); remote Yahoo disabled mailbox")
def _():
    n, a = new_addr(isp="yahoo")
    o = Orig(a, n)
    i = ip()
    blk = ("<%s>:\n%s does not like recipient.\nRemote host said: 554 delivery error: dd Sorry your "
           "message to %s cannot be delivered. This mailbox is disabled (554.30). - mta%d.mail.ir2.yahoo.example\n"
           "Giving up on %s.\n" % (a, i, a, R.randrange(1000, 9999), i))
    raw = qmail(o, "smtp%d.relais-isp.example" % R.randrange(1, 9), [blk], copy="headers")
    return dict(raw=raw, recipient=a, note="disabled mailbox treated as unknown user")


@case("domain_not_found", "netqmail 1.06")
def _():
    n, a = new_addr(domain="immo-guerin-conseil.example")
    o = Orig(a, n)
    blk = "<%s>:\nSorry, I couldn't find any host named %s. (#5.1.2)\n" % (a, a.split("@")[1])
    raw = qmail(o, "mail.relais-isp.example", [blk], return_path=None)
    return dict(raw=raw, recipient=a, note="no Return-Path")


@case("mailbox_full", "qmail + vpopmail (customer's server)")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    blk = "<%s>:\nThe users mailfolder is over the allowed quota (size). (#5.2.2)\n" % a
    raw = qmail(o, "mail.%s" % dom, [blk])
    return dict(raw=raw, recipient=a, note="vpopmail quota")


@case("expired", "qmail 1.03 (ISP relay); queue lifetime exceeded")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    blk = ("<%s>:\nCould not connect to mx.%s [%s]: timed out\n"
           "I'm not going to try again; this message has been in the queue too long.\n" % (a, dom, ip()))
    raw = qmail(o, "smtp3.relais-isp.example", [blk], d=later(o.date, days=7, minutes=R.randrange(60)))
    return dict(raw=raw, recipient=a, note="qmail gives up after queuelifetime")


@case("other", "qmail 1.03; host listed as MX but not in control/locals")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    blk = ("<%s>:\nSorry. Although I'm listed as a best-preference MX or A for that host,\n"
           "it isn't in my control/locals file, so I don't treat it as local. (#5.4.6)\n" % a)
    raw = qmail(o, "mail.%s" % dom, [blk])
    return dict(raw=raw, recipient=a, note="misconfiguration on the receiving side")


# ------------------------------------------------------------------ Courier
@case("unknown_user", "Courier MTA 1.3; remote SFR-style MX")
def _():
    n, a = new_addr(isp="sfr")
    o = Orig(a, n)
    mx = "mx-in-02.sfr.example"
    blk = "<%s>:\n    %s [%s]:\n>>> RCPT TO:<%s>\n<<< 550 5.1.1 <%s>: Recipient address rejected: User unknown" % (
        a, mx, ip(), a, a)
    raw = courier(o, "mail.courrier-asso.example", [blk],
                  [dict(a=a, status="5.1.1", remote=mx, diag="550 5.1.1 <%s>: Recipient address rejected: User unknown" % a)])
    return dict(raw=raw, recipient=a, note="Courier 'From: ... <@>' address")


@case("mailbox_full", "Courier MTA 1.1 (customer's server, local maildrop)")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    blk = "<%s>:\n    maildrop: maildir over quota." % a
    raw = courier(o, "mail.%s" % dom, [blk], [dict(a=a, status="5.2.2", diag="maildrop: maildir over quota.")],
                  version="1.1.5", attach="headers")
    return dict(raw=raw, recipient=a, note="maildir over quota")


@case("delayed", "Courier MTA 1.3 delayed-mail warning")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    blk = "<%s>:\n    mx.%s [%s]:\n    Connection timed out." % (a, dom, ip())
    raw = courier(o, "mail.courrier-asso.example", [blk], [dict(a=a, status="4.4.1")], delayed=True,
                  attach="headers", d=later(o.date, hours=6))
    return dict(raw=raw, recipient=a, note="DELAYED MAIL warning")


@case("domain_not_found", "Courier MTA 1.3")
def _():
    n, a = new_addr(domain="hotel-les-cedres-annecy.example")
    o = Orig(a, n)
    blk = "<%s>:\n    No such domain." % a
    raw = courier(o, "mail.courrier-asso.example", [blk], [dict(a=a, status="5.1.2")], attach="none")
    return dict(raw=raw, recipient=a, note="no original attached")


@case("rejected_spam", "Courier MTA 1.3; remote Cisco IronPort content rejection")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    mx = "esa%d.%s.iphmx.example" % (R.randrange(1, 6), dom.split(".")[0])
    blk = "<%s>:\n    %s [%s]:\n>>> DATA\n<<< 554 5.7.1 Message rejected due to content restrictions" % (a, mx, ip())
    raw = courier(o, "mail.courrier-asso.example", [blk],
                  [dict(a=a, status="5.7.1", remote=mx, diag="554 5.7.1 Message rejected due to content restrictions")])
    return dict(raw=raw, recipient=a, note="IronPort content filter")
