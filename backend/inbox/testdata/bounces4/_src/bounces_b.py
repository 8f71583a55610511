"""Bounce cases, part B: Microsoft, Google, proprietary servers, gateways and sending platforms."""
from bounces_a import case, CASES  # noqa
from builders import *  # noqa
from common import _used  # noqa

# ------------------------------------------------------------------ Exchange Online
FIX_EN_UNKNOWN = """The address may be misspelled or may not exist. Try one or more of the following:

  *   Retype the recipient's address, then resend the message - If you're using Outlook, open this non-delivery report (NDR) and choose Send Again from the report ribbon. In Outlook on the web, select this NDR, then select the link "To send this message again, click here." Then delete and retype the entire recipient address. If prompted with an Auto-Complete List suggestion don't select it. After typing the complete address, click Send.
  *   Contact the recipient (by phone, for example) to check that the address exists and is correct.
  *   The recipient may have set up email forwarding to an incorrect address. Ask them to check that any forwarding they've set up is working correctly.

If the problem continues, forward this message to your email admin. If you're an email admin, refer to the More Info for Email Admins section below."""
ADMIN_EN_UNKNOWN = """This error occurs because the sender sent a message to an email address hosted by Office 365 but the address is incorrect or doesn't exist at the destination domain. The error is reported by the recipient domain's email server, but most often it must be fixed by the person who sent the message. If the steps in the How to Fix It section above don't fix the problem, and you're the email admin for the recipient, try one or more of the following:

The email address exists and is correct - Confirm that the recipient address exists, is correct, and is accepting messages.

For more information and tips to fix this issue see this article: https://go.microsoft.example/fwlink/?LinkId=532972."""
FIX_FR_UNKNOWN = """L'adresse est peut-être mal orthographiée ou n'existe pas. Essayez l'une ou plusieurs des solutions suivantes :

  *   Retapez l'adresse du destinataire, puis renvoyez le message. Si vous utilisez Outlook, ouvrez ce rapport de non-remise et choisissez Envoyer à nouveau dans le ruban. Supprimez puis retapez l'adresse complète du destinataire ; ne sélectionnez pas la suggestion de la liste de saisie semi-automatique.
  *   Contactez le destinataire (par téléphone, par exemple) pour vérifier que l'adresse existe et qu'elle est correcte.
  *   Le destinataire a peut-être configuré un transfert vers une adresse incorrecte. Demandez-lui de vérifier que le transfert fonctionne correctement.

Si le problème persiste, transférez ce message à votre administrateur de messagerie."""
ADMIN_FR_UNKNOWN = """Cette erreur se produit parce que l'expéditeur a envoyé un message à une adresse de messagerie hébergée par Office 365, mais l'adresse est incorrecte ou n'existe pas dans le domaine de destination. L'erreur est signalée par le serveur de messagerie du domaine du destinataire, mais elle doit le plus souvent être corrigée par l'expéditeur du message."""


@case("unknown_user", "Microsoft 365 / Exchange Online NDR (English)")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    loc_ = a.split("@")[0]
    raw = exo(o, a, "en", "%s wasn't found at %s." % (loc_, dom), "Unknown To address",
              FIX_EN_UNKNOWN, ADMIN_EN_UNKNOWN, "550 5.1.10",
              "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup" % a,
              attach="headers", display=n)
    return dict(raw=raw, recipient=a, note="new-style NDR, text/plain base64 + html, headers only")


@case("unknown_user", "Microsoft 365 / Exchange Online NDR (French)")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    loc_ = a.split("@")[0]
    raw = exo(o, a, "fr", "%s est introuvable sur %s." % (loc_, dom), "Adresse « À » inconnue",
              FIX_FR_UNKNOWN, ADMIN_FR_UNKNOWN, "550 5.1.1",
              "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found", attach="rfc822",
              text_cte="quoted-printable")
    return dict(raw=raw, recipient=a, note="French NDR « Non remis : », original attached")


@case("mailbox_full", "Microsoft 365 / Exchange Online NDR (Italian)")
def _():
    n, a = new_addr(domain="ferramenta-bellini.example", first="Giulia", last="Bellini", style="f.l")
    o = Orig(a, n, lang="en")
    loc_ = a.split("@")[0]
    raw = exo(o, a, "it", "La cassetta postale di %s è piena." % loc_, "Cassetta postale piena",
              "La cassetta postale del destinatario è piena e al momento non può accettare messaggi. "
              "Riprova a inviare il messaggio più tardi oppure contatta il destinatario in un altro modo.",
              "Questo errore si verifica quando la cassetta postale del destinatario ha superato la quota "
              "di archiviazione. Il destinatario deve liberare spazio oppure l'amministratore deve "
              "aumentare la quota della cassetta postale.", "554 5.2.2",
              "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; "
              "Failed to process message due to a permanent exception with message [BeginDiagnosticData]"
              "Cannot open mailbox.[EndDiagnosticData]", attach="headers")
    return dict(raw=raw, recipient=a, note="Italian NDR for an Italian customer, English reminder")


@case("policy", "Microsoft 365 / Exchange Online NDR; group accepts internal senders only")
def _():
    dom = firm_domain()
    a = "comptabilite-fournisseurs@%s" % dom
    o = Orig(a, "Comptabilité fournisseurs")
    raw = exo(o, a, "en",
              "Your message couldn't be delivered to the group comptabilite-fournisseurs because the group "
              "only accepts messages from people in its organization or on its allowed senders list, and "
              "your email address isn't on the list.", "Sender not allowed",
              "Contact the group owner and ask to be added to the allowed senders list for the group, "
              "or ask the owner to allow messages from external senders.",
              "The group is configured to reject messages from senders outside the organization "
              "(RequireSenderAuthenticationEnabled). Only the group owner or an administrator can change this.",
              "550 5.7.133",
              "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; "
              "Delivery restriction check failed because the sender was not authenticated when sending to this group",
              attach="rfc822", display="Comptabilité fournisseurs")
    return dict(raw=raw, recipient=a, note="distribution group restricted to internal senders")


@case("policy", "Microsoft 365 / Exchange Online NDR (French); moderated group rejected the message")
def _():
    dom = firm_domain()
    a = "direction@%s" % dom
    _used.add(a)
    o = Orig(a, "Direction")
    raw = exo(o, a, "fr",
              "Votre message n'a pas été remis au groupe direction, car le modérateur l'a refusé.",
              "Message refusé par le modérateur",
              "Le groupe auquel vous avez écrit est modéré. Contactez le propriétaire du groupe si vous "
              "pensez que votre message aurait dû être approuvé.",
              "Le modérateur du groupe a refusé ce message. Aucune autre tentative de remise ne sera effectuée.",
              "550 5.2.0",
              "550 5.2.0 RESOLVER.MOD.Rejected; message rejected by moderator", attach="headers",
              text_cte="base64")
    return dict(raw=raw, recipient=a, note="group moderation refusal; wording reconstructed, not copied")


@case("policy", "Microsoft 365 / Exchange Online NDR; external forwarding blocked (5.7.520)")
def _():
    dom = firm_domain()
    n, orig = new_addr(domain=dom)
    _, target = new_addr(isp="gmail", first=n.split()[0], last=n.split()[1], style="fl2")
    o = Orig(orig, n)
    raw = exo(o, target, "en", "Your message to %s couldn't be delivered because the recipient's "
              "organization does not allow automatic forwarding to external recipients." % target,
              "Access denied", "This is a problem with the forwarding setup at the recipient's organization. "
              "Contact the recipient by another way and ask them to check their forwarding rules.",
              "The outbound spam filter policy of the organization blocks automatic external forwarding.",
              "550 5.7.520", "550 5.7.520 Access denied, Your organization does not allow external forwarding. "
              "Please contact your administrator for further assistance. AS(7555)",
              tenant_domain=dom, attach="headers")
    return dict(raw=raw, recipient=target,
                note="forwarding failure: %s forwards to %s; Microsoft refuses the external forward" % (orig, target))


@case("domain_not_found", "Microsoft 365 / Exchange Online NDR; forward to a non-existent domain")
def _():
    dom = firm_domain()
    n, orig = new_addr(domain=dom)
    target = "%s@%s" % (orig.split("@")[0], "anciennement-" + dom)
    _used.add(target)
    o = Orig(orig, n)
    tdom = target.split("@")[1]
    raw = exo(o, target, "en", "%s couldn't be found." % tdom, "Domain not found",
              "The domain in the address might be misspelled or might no longer exist. Check the address "
              "and send the message again.",
              "The DNS lookup for the recipient domain returned NXDOMAIN.", "550 5.4.310",
              "550 5.4.310 DNS domain %s does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=%s] [%s]" % (
                  tdom, tdom, exo_server()), tenant_domain=dom, attach="rfc822")
    return dict(raw=raw, recipient=target, note="forwarding failure to a dead domain")


@case("delayed", "Microsoft 365 / Exchange Online delay notification")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    mx, i = "mx.%s" % dom, ip()
    raw = exo(o, a, "en", "Office 365 will keep trying to deliver this message for up to 1 day, 20 hours. "
              "You'll be notified if it can't be delivered by then.", "Delivery delayed",
              "No action is required. Office 365 will keep trying to deliver the message.",
              "The recipient's email server refused the connection. This is usually temporary.",
              "451 4.4.316",
              "451 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=%s] [LastAttemptedIP=%s:25]" % (mx, i),
              delayed=True, head="Your message to %s hasn't been delivered yet." % a,
              subject_prefix="Delivery delayed:", attach="headers", remote=mx,
              action_word="No action required")
    return dict(raw=raw, recipient=a, note="Action: delayed; generated by the client's tenant relay")


@case("expired", "Microsoft 365 / Exchange Online NDR; message expired (4.4.7)")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    mx = "mail.%s" % dom
    raw = exo(o, a, "en", "Office 365 tried to deliver the message for 2 days but the recipient's email "
              "server did not accept it.", "Message expired",
              "Try sending the message again later. If the problem continues, contact the recipient by "
              "another way and tell them their email server isn't accepting messages.",
              "The message expired in the queue because the destination server kept refusing or timing out.",
              "550 4.4.7", "550 4.4.7 QUEUE.Expired; message expired [LastAttemptedServerName=%s] [LastAttemptedIP=%s:25]" % (
                  mx, ip()), attach="headers", remote=mx, d=later(o.date, days=2, minutes=3))
    return dict(raw=raw, recipient=a, note="gave up after 2 days")


# ------------------------------------------------------------------ Exchange on-premises
@case("unknown_user", "Exchange Server 2010 NDR (English)")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    srv = "EXCH01.ad.%s" % dom
    raw = exch_onprem(o, [a], "en", "The e-mail address you entered couldn't be found. Please check the "
                      "recipient's e-mail address and try to resend the message. If the problem continues, "
                      "please contact your helpdesk.", [a, "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##"],
                      srv, "2010", attach="rfc822", status="5.1.1",
                      dsn_diag="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", cte="7bit", charset="us-ascii")
    return dict(raw=raw, recipient=a, note="original headers repeated in the text part")


@case("unknown_user", "Exchange Server 2013 NDR (French)")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    srv = "SRV-EXCH2.%s" % dom
    raw = exch_onprem(o, [a], "fr", "L'adresse de messagerie que vous avez entrée est introuvable. "
                      "Vérifiez l'adresse de messagerie du destinataire, puis essayez de renvoyer le message. "
                      "Si le problème persiste, contactez votre support technique.",
                      [a, "Le serveur distant a retourné '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'"],
                      srv, "2013", attach=None, status="5.1.1",
                      dsn_diag="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", charset="windows-1252")
    return dict(raw=raw, recipient=a, note="windows-1252 quoted-printable, no attachment")


@case("unknown_user", "Exchange Server 2013 NDR (Dutch)")
def _():
    n, a = new_addr(domain="bouwbedrijf-dekker.example", first="Joost", last="Dekker", style="finit.l")
    o = Orig(a, n, lang="en")
    srv = "EX01.bouwbedrijf-dekker.example"
    raw = exch_onprem(o, [a], "nl", "Het e-mailadres dat u hebt opgegeven, is niet gevonden. Controleer het "
                      "e-mailadres van de ontvanger en probeer het bericht opnieuw te verzenden. Neem contact "
                      "op met de helpdesk als het probleem zich blijft voordoen.",
                      [a, "Externe server retourneerde '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'"],
                      srv, "2013", attach="headers", status="5.1.1",
                      dsn_diag="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", cte="base64")
    return dict(raw=raw, recipient=a, note="Dutch « Onbestelbaar: », base64 text part")


@case("mailbox_full", "Exchange Server 2013 NDR (English)")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    srv = "MAIL02.%s" % dom
    d = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message Cannot open mailbox"
    raw = exch_onprem(o, [a], "en", "The recipient's mailbox is full and can't accept messages now. Please "
                      "try resending your message later, or contact the recipient directly.",
                      [a, "Remote Server returned '%s'" % d], srv, "2013", attach="rfc822", status="5.2.2",
                      dsn_diag=d)
    return dict(raw=raw, recipient=a, note="quota exceeded")


@case("delayed", "Exchange Server 2010 delay DSN (English)")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    srv = "EXHUB01.ad.%s" % dom
    mx, i = "mx.%s" % dom, ip()
    dt = later(o.date, hours=4)
    lines = [a, "Remote Server at %s (%s) returned '400 4.4.7 Message delayed'" % (mx, i),
             "%s - Remote Server at %s (%s) returned '451 4.4.0 Primary target IP address responded with: "
             "\"421 4.4.2 Connection dropped due to SocketError.\" Attempted failover to alternate host, but "
             "that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts.'" % (
                 us_date(dt), mx, i)]
    raw = exch_onprem(o, [a], "en", None, lines, srv, "2010", attach="headers",
                      delay_text="This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
                                 "The server will keep trying to deliver this message for the next 1 days, 19 hours "
                                 "and 57 minutes. You'll be notified if the message can't be delivered by that time.",
                      status="4.4.7", dsn_diag="400 4.4.7 Message delayed", remote=mx, d=dt,
                      charset="us-ascii", cte="7bit")
    return dict(raw=raw, recipient=a, note="delay notice from a forwarding Exchange hub")


@case("delayed", "Exchange Server 2013 delay DSN (French)")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    srv = "EXCH-CAS1.%s" % dom
    mx, i = "mx2.%s" % dom, ip()
    dt = later(o.date, hours=6)
    lines = [a, "Le serveur distant à %s (%s) a retourné '400 4.4.7 Message retardé'" % (mx, i)]
    raw = exch_onprem(o, [a], "fr", None, lines, srv, "2013", attach="headers",
                      delay_text="Ce message n'a pas encore été remis. Nous continuerons à essayer de le remettre.\n\n"
                                 "Le serveur essaiera de remettre ce message pendant encore 1 jours, 17 heures et "
                                 "58 minutes. Vous serez averti si le message ne peut pas être remis d'ici là.",
                      status="4.4.7", dsn_diag="400 4.4.7 Message delayed", remote=mx, d=dt,
                      charset="iso-8859-1", cte="quoted-printable")
    return dict(raw=raw, recipient=a, note="« Remise retardée : », iso-8859-1 QP")


@case("expired", "Exchange Server 2010 NDR; message expired")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    srv = "EXCH01.ad.%s" % dom
    raw = exch_onprem(o, [a], "en", "The message couldn't be delivered within the time allowed. The "
                      "recipient's e-mail server didn't accept it before the message expired.",
                      [a, "#550 4.4.7 QUEUE.Expired; message expired ##"], srv, "2010", attach="rfc822",
                      status="4.4.7", dsn_diag="550 4.4.7 QUEUE.Expired; message expired",
                      d=later(o.date, days=2, minutes=2))
    return dict(raw=raw, recipient=a, note="Status 4.4.7 with Action failed")


@case("domain_not_found", "Exchange Server 2010 NDR; forwarding contact to non-existent domain")
def _():
    dom = firm_domain()
    n, orig = new_addr(domain=dom)
    target = "%s@%s" % (orig.split("@")[0], "ancien-" + dom)
    _used.add(target)
    o = Orig(orig, n)
    srv = "EXCH01.ad.%s" % dom
    raw = exch_onprem(o, [target], "en", "The domain name in the e-mail address is incorrect. Check the "
                      "address and try again.", [target, "#554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain ##"],
                      srv, "2010", attach="headers", status="5.4.4",
                      dsn_diag="554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain")
    return dict(raw=raw, recipient=target, note="forwarding failure: mail contact points at a dead domain; original To was %s" % orig)


# ------------------------------------------------------------------ Gmail / Workspace
@case("domain_not_found", "Gmail / Google Workspace DSN")
def _():
    n, a = new_addr(domain="cabinet-veto-roussel.example")
    o = Orig(a, n, via="gmail")
    dom = a.split("@")[1]
    raw = gmail(o, a, "Address not found",
                "Your message wasn't delivered to %s because the domain %s couldn't be found. Check for "
                "typos or unnecessary spaces and try again." % (a, dom),
                "DNS Error: DNS type 'mx' lookup of %s responded with code NXDOMAIN\nDomain name not found: %s" % (dom, dom),
                "5.1.2", diag="DNS Error: DNS type 'mx' lookup of %s responded with code NXDOMAIN" % dom,
                learn="NoSuchUser")
    return dict(raw=raw, recipient=a, note="reminder sent by hand from the Workspace mailbox")


@case("mailbox_full", "Gmail / Google Workspace DSN; remote Orange-style MX full")
def _():
    n, a = new_addr(isp="orange")
    o = Orig(a, n, via="gmail")
    resp = "552 5.2.2 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]"
    raw = gmail(o, a, "Message not delivered",
                "There was a problem delivering your message to %s. See the technical details below." % a,
                resp, "5.2.2", diag=resp, remote=("smtp-in.orange.example", ip()), attach="headers")
    return dict(raw=raw, recipient=a, note="over quota")


@case("policy", "Gmail / Google Workspace DSN (Message blocked); recipient restricted to internal senders")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom, style="role")
    o = Orig(a, n, via="gmail")
    resp = "550 5.7.1 <%s>: Recipient address rejected: Access denied. This address only accepts mail from internal senders" % a
    raw = gmail(o, a, "Message blocked",
                "Your message to %s has been blocked. See technical details below for more information." % a,
                resp, "5.7.1", diag=resp, remote=("mx.%s" % dom, ip()), attach="rfc822",
                show_rcpt=False)
    return dict(raw=raw, recipient=a, note="no X-Failed-Recipients header")


@case("delayed", "Gmail / Google Workspace DSN (Delay); remote Yahoo TSS04 deferral")
def _():
    n, a = new_addr(isp="yahoo")
    o = Orig(a, n, via="gmail")
    resp = ("421 4.7.0 [TSS04] Messages from %s temporarily deferred due to unexpected volume or user "
            "complaints - 4.16.55.1; see https://postmaster.yahooinc.example/error-codes" % ip())
    raw = gmail(o, a, "Delivery incomplete",
                "There was a temporary problem delivering your message to %s. Gmail will retry for 46 more "
                "hours. You'll be notified if the delivery fails permanently." % a,
                resp, "4.7.0", action="delayed", diag=resp, remote=("mta6.am0.yahoodns.example", ip()),
                attach="headers", retry_h=46)
    return dict(raw=raw, recipient=a, note="still being retried")


@case("delayed", "Gmail / Google Workspace DSN (Delay); remote greylisting")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n, via="gmail")
    resp = "451 4.7.1 <%s>: Recipient address rejected: Greylisting in action, please come back later" % a
    raw = gmail(o, a, "Delivery incomplete",
                "There was a temporary problem delivering your message to %s. Gmail will retry for 47 more "
                "hours. You'll be notified if the delivery fails permanently." % a,
                resp, "4.7.1", action="delayed", diag=resp, remote=("mail.%s" % dom, ip()),
                attach="none", retry_h=47)
    return dict(raw=raw, recipient=a, note="no copy of the message")


@case("expired", "Gmail / Google Workspace DSN; recipient server never accepted the connection")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n, via="gmail")
    resp = ("The recipient server did not accept our requests to connect. Learn more at "
            "https://support.google.example/mail/answer/7720 \n[mx.%s. %s: timed out]" % (dom, ip()))
    raw = gmail(o, a, "Message not delivered",
                "There was a problem delivering your message to %s. See the technical details below." % a,
                resp, "4.4.1", diag=resp.replace("\n", " "), d=later(o.date, days=2, minutes=5))
    return dict(raw=raw, recipient=a, note="Gmail gave up after two days; Status 4.4.1, Action failed")


@case("policy", "Google Groups (via Gmail DSN); non-member posting refused")
def _():
    dom = firm_domain()
    a = "factures-fournisseurs@%s" % dom
    _used.add(a)
    o = Orig(a, None, via="gmail")
    lead = ("We're writing to let you know that the group you tried to contact (factures-fournisseurs) may "
            "not exist, or you may not have permission to post messages to the group. A few more details on "
            "why you weren't able to post:\n\n * You might have spelled or formatted the group name incorrectly.\n"
            " * The owner of the group may have removed this group.\n * You may need to join the group before "
            "receiving permission to post.\n * This group may not be open to posting.\n\nIf you have questions "
            "related to this or any other Google Group, visit the Help Center at https://groups.google.example/support/.")
    raw = gmail(o, a, "Message blocked", lead, "Thanks,\n\n%s admins" % dom, "5.7.1",
                diag="550 5.7.1 Group restricted to members", attach="none",
                subject="Address not found")
    return dict(raw=raw, recipient=a, note="group posting permission; subject says 'Address not found'")


# ------------------------------------------------------------------ Yahoo, Orange, GMX/web.de, Zoho
@case("unknown_user", "Yahoo Mail bounce (plain text) after auto-forwarding")
def _():
    n, orig = new_addr(isp="yahoo")
    target = "%s@%s" % (orig.split("@")[0], "ancienne-boite.example")
    _used.add(target)
    o = Orig(orig, n)
    d = later(o.date, minutes=2)
    txt = ("Sorry, we were unable to deliver your message to the following address.\n\n<%s>:\n"
           "550: 5.1.1 <%s>: Recipient address rejected: User unknown in virtual alias table\n\n"
           "--- Below this line is a copy of the message.\n\n" % (target, target))
    raw = simple("MAILER-DAEMON@yahoo.example", "Failure Notice", d, txt, mime=False,
                 received=["Received: from 198.51.100.%d by atlas%d.free.mail.ir2.yahoo.example with HTTP; %s" % (
                     R.randrange(1, 250), R.randrange(100, 300), rfc2822(d, UTC, False))],
                 return_path="<>", body_extra=o.full())
    return dict(raw=raw, recipient=target, note="forwarding failure: Yahoo user %s forwards to a dead address" % orig)


@case("mailbox_full", "Orange mail (French plain-text bounce, iso-8859-1 quoted-printable)")
def _():
    n, a = new_addr(isp="orange")
    o = Orig(a, n)
    d = later(o.date, minutes=R.randrange(1, 20))
    txt = ("Ce message a été créé automatiquement par le système de messagerie.\n\n"
           "Votre message n'a pas pu être remis à un ou plusieurs destinataires.\n"
           "Il s'agit d'une erreur permanente. Adresse(s) en échec :\n\n"
           "  %s\n    La boîte aux lettres du destinataire est pleine.\n"
           "    552 5.2.2 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]\n\n"
           "------ En-têtes du message d'origine ------\n\n" % a) + o.header_block().decode()
    raw = simple("%s <MAILER-DAEMON@orange.example>" % ew("Système de messagerie Orange", "iso-8859-1"),
                 ew("Message non remis : retour à l'expéditeur", "iso-8859-1"), d, txt,
                 charset="iso-8859-1", cte="quoted-printable", auto="auto-replied",
                 received=["Received: from opmta1mto%02d.nte.orange.example ([%s])\n\tby %s with ESMTP; %s" % (
                     R.randrange(1, 30), ip(), OUR_MTA, rfc2822(d))])
    return dict(raw=raw, recipient=a, note="wording in the manner of a French ISP bounce; invented")


@case("rejected_spam", "web.de / GMX mail system (German and English text) after forwarding")
def _():
    n, orig = new_addr(isp="webde")
    _, target = new_addr(domain="kanzlei-hoffmann.example", first="Jürgen", last="Hoffmann", style="fl")
    o = Orig(orig, n, lang="en")
    d = later(o.date, minutes=3)
    reply = ("554-Transaction failed\n554-Reject due to policy restrictions.\n554 For explanation visit "
             "https://postmaster.gmx.example/en/error-messages?ip=%s&c=hi" % ip())
    txt = ("Diese Nachricht wurde automatisch vom Mailsystem erstellt.\n\n"
           "Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden.\n"
           "Dies ist ein permanenter Fehler. Folgende Adresse(n) sind fehlgeschlagen:\n\n"
           "This message was created automatically by mail delivery software.\n\n"
           "A message that you sent could not be delivered to one or more of\nits recipients. "
           "This is a permanent error. The following address(es)\nfailed:\n\n"
           "%s:\nSMTP error from remote server for TEXT command, host: mx.kanzlei-hoffmann.example (%s) reason: %s\n\n"
           "--- The header of the original message is following. ---\n\n" % (target, ip(), reply)) + o.header_block().decode()
    raw = simple("Mail Delivery System <mailer-daemon@web-de.example>",
                 "Mail delivery failed: returning message to sender", d, txt, charset="utf-8",
                 cte="quoted-printable", auto="auto-replied")
    return dict(raw=raw, recipient=target,
                note="forwarding: %s forwards to %s, whose server rejected it as spam by policy" % (orig, target))


@case("mailbox_full", "Zoho Mail NDR")
def _():
    n, a = new_addr(isp="zoho")
    o = Orig(a, n)
    d = later(o.date, minutes=1)
    txt = ("This message was created automatically by mail delivery software.\n"
           "A message that you sent could not be delivered to one or more of its recipients. "
           "This is a permanent error.\n\n%s, ERROR CODE :552 - 5.2.2 Mailbox size limit exceeded\n\n"
           "Received: from %s by mx.zohomail.example\n\twith SMTP id %s; %s\n" % (
               a, OUR_MTA, rnd(string.digits, 13), rfc2822(o.date, tzname=False)))
    raw = simple("mailer-daemon@mx.zohomail.example", "Undelivered Mail Returned to Sender", d, txt,
                 attach_bytes=o.full(), return_path=None)
    return dict(raw=raw, recipient=a, note="multipart/mixed, original attached; no Return-Path")


# ------------------------------------------------------------------ Domino, GroupWise, MDaemon...
def domino(o, a, reason, d=None, attach="rfc822", status="5.0.0"):
    dom = a.split("@")[1]
    srv = "NOTES01/SRV/%s" % dom.split(".")[0].upper()
    d = d or later(o.date, minutes=R.randrange(1, 10))
    txt = ("Your message\n\n  Subject: %s\n\nwas not delivered to:\n\n  %s\n\nbecause:\n\n  %s\n" % (
        o.subject, a, reason))
    rep = [["Final-Recipient: rfc822;%s" % a, "Action: failed", "Status: %s" % status,
            "Diagnostic-Code: X-Notes; %s" % reason]]
    subj = "DELIVERY FAILURE: %s" % reason
    return report("Postmaster@%s" % dom, subj, d, txt, rep, "notes01.%s" % dom,
                  attach_bytes=o.full() if attach == "rfc822" else o.header_block(), attach=attach,
                  charset="UTF-8", cte="quoted-printable", auto="auto-generated", return_path=None,
                  extra=["X-MIMETrack: Serialize by Router on %s at %s" % (srv, loc(d).strftime("%d/%m/%Y %H:%M:%S")),
                         "Principal: %s" % srv.replace("NOTES01", "Postmaster")])


@case("unknown_user", "HCL / Lotus Domino 12 delivery failure report")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom, style="fl")
    o = Orig(a, n)
    loc_ = a.split("@")[0]
    raw = domino(o, a, "User %s (%s) not listed in Domino Directory" % (loc_, a))
    return dict(raw=raw, recipient=a, note="Domino 'not listed in Domino Directory'")


@case("other", "HCL / Lotus Domino 9 delivery failure report; routing loop")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    raw = domino(o, a, "Maximum hop count exceeded.  Message probably in a routing loop.", attach="headers",
                 status="5.4.6")
    return dict(raw=raw, recipient=a, note="hop count / loop")


@case("unknown_user", "Novell / Micro Focus GroupWise GWIA (plain text)")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom, style="fl")
    o = Orig(a, n)
    d = later(o.date, minutes=R.randrange(1, 15))
    txt = ("The message that you sent was undeliverable to the following:\n\t%s (user not found)\n\n"
           "Possibly truncated original message follows:\n\n" % a.split("@")[0])
    raw = simple("Mail Administrator <Postmaster@gw.%s>" % dom, "Message status - undeliverable", d, txt,
                 mime=False, body_extra=o.full(), return_path="<>",
                 extra=["X-Mailer: GroupWise Internet Agent 18.3.1"])
    return dict(raw=raw, recipient=a,
                note="human text names only the local part; the full address appears in the quoted original")


@case("unknown_user", "MDaemon 23 permanent delivery failure (session transcript)")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    d = later(o.date, minutes=R.randrange(5, 40))
    t = loc(d)
    ts = lambda s: "%s.%03d" % (later(t, seconds=s).strftime("%a %Y-%m-%d %H:%M:%S"), R.randrange(1000))
    txt = ("The attached message had PERMANENT fatal delivery errors!\n\n"
           "After one or more unsuccessful delivery attempts the attached message has been removed from the mail\n"
           "queue on this server.  The number and frequency of delivery attempts are determined by local\n"
           "configuration parameters.\n\nYOU DO NOT NEED TO RESEND THIS MESSAGE.\n\n"
           "--- Session Transcript ---\n"
           " %s: Parsing message <%s\\pd%d.msg>\n"
           " %s: *  From: %s\n %s: *  To: %s\n"
           " %s: *  Subject: %s\n"
           " %s: Attempting SMTP connection to [exch.%s]\n"
           " %s: Connecting to %s:25...\n"
           " %s: --> MAIL From:<%s> SIZE=%d\n %s: <-- 250 2.1.0 Sender OK\n"
           " %s: --> RCPT To:<%s>\n"
           " %s: <-- 550 5.1.1 User unknown\n"
           "--- End Transcript ---\n") % (
        ts(0), "D:\\MDaemon\\Queues\\Remote", R.randrange(1000000, 9999999), ts(0), SENDER, ts(0), a,
        ts(0), o.subject.encode("ascii", "replace").decode(), ts(1), dom, ts(1), ip(), ts(2), SENDER,
        R.randrange(5000, 60000), ts(2), ts(2), a, ts(3))
    raw = simple("MDaemon@%s" % dom, "Permanent Delivery Failure", d, txt, attach_bytes=o.full(),
                 extra=["X-MDaemon-Deliver-To: %s" % SENDER, "X-Return-Path: <>"], return_path=None,
                 auto="auto-generated")
    return dict(raw=raw, recipient=a, note="MDaemon gateway relaying to an internal server")


@case("delayed", "MDaemon 23 delivery warning")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    d = later(o.date, hours=4, minutes=R.randrange(1, 30))
    txt = ("**** Warning: Message delivery delayed ****\n\n"
           "The attached message has not yet been delivered to the following recipient(s):\n\n"
           "    %s\n\nMDaemon will keep trying to deliver it for another 4 days.  You do not need to\n"
           "resend the message.  If it still cannot be delivered you will receive a separate\n"
           "notice and the message will be returned to you.\n\n"
           "Last error: 421 4.3.2 Service not available, closing transmission channel\n" % a)
    raw = simple("MDaemon@mail.%s" % dom, "Warning: Message Delivery Delayed", d, txt,
                 attach_bytes=o.header_block(), attach_ct="text/rfc822-headers", return_path="<>",
                 auto="auto-generated")
    return dict(raw=raw, recipient=a, note="wording reconstructed; warning only")


@case("unknown_user", "hMailServer 5.6 (customer's server forwarding externally)")
def _():
    dom = firm_domain()
    n, orig = new_addr(domain=dom)
    _, target = new_addr(isp="laposte", first=n.split()[0], last=n.split()[1], style="f.l")
    o = Orig(orig, n)
    d = later(o.date, minutes=R.randrange(1, 10))
    i = ip()
    txt = ("Your message did not reach some or all of the intended recipients.\n\n"
           "   Sent: %s\n   Subject: %s\n\nThe following recipient(s) could not be reached:\n\n"
           "%s\n   Error Type: SMTP\n   Remote server (%s) issued an error.\n"
           "   hMailServer sent: RCPT TO:<%s>\n   Remote server replied: 550 5.1.1 <%s>: Recipient address rejected: "
           "User unknown in virtual mailbox table\n\nhMailServer\n" % (
               rfc2822(o.date, tzname=False), o.subject, target, i, target, target))
    raw = simple("mailer-daemon@%s" % dom, ew("Message undeliverable: " + o.subject), d, txt,
                 charset="windows-1252", cte="8bit", return_path=None)
    return dict(raw=raw, recipient=target,
                note="forwarding failure: %s is forwarded to %s; windows-1252 8bit" % (orig, target))


@case("unknown_user", "MailEnable Enterprise NDR")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    d = later(o.date, minutes=R.randrange(1, 10))
    txt = ("MailEnable: Message could not be delivered to some recipients.\n\n"
           "The following recipient(s) could not be reached:\n\n"
           "\tRecipient: [SMTP:%s]\n\tReason: The mailbox does not exist on this server.\n\n"
           "Message headers follow:\n\n" % a) + o.header_block().decode()
    raw = simple("Postmaster@mail.%s" % dom, "Message Delivery Failure", d, txt, return_path="<>")
    return dict(raw=raw, recipient=a, note="plain text with headers inline")


@case("expired", "Kerio Connect 10 delivery status notification")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    host = "mail.%s" % dom
    d = later(o.date, days=3, minutes=R.randrange(1, 30))
    txt = ("This is a delivery status notification, automatically generated by Kerio Connect\n"
           "running on %s.\n\nYour message could not be delivered to one or more recipients\n"
           "within the time allowed (3 days). No further delivery attempts will be made.\n"
           "The recipients and the reasons are listed in the attached delivery report.\n\n"
           "  Original subject: %s\n" % (host, o.subject))
    rep = [["Final-Recipient: rfc822;%s" % a, "Action: failed", "Status: 4.4.7",
            "Diagnostic-Code: smtp; 421 Connection timed out"]]
    raw = report("Mail Delivery Subsystem <postmaster@%s>" % dom, "Undelivered mail: " + ew(o.subject), d, txt,
                 rep, host, attach_bytes=None, charset="utf-8", cte="8bit", auto="auto-replied")
    return dict(raw=raw, recipient=a,
                note="Kerio wording approximated; 3-day expiry; recipient named only in the message/delivery-status part")


@case("policy", "IceWarp Mail Server NDR; recipient accepts internal senders only")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom, style="role")
    o = Orig(a, n)
    d = later(o.date, minutes=1)
    txt = ("The original message was received at %s\nfrom %s [%s]\n\n"
           "   ----- The following addresses had permanent fatal errors -----\n<%s>\n"
           "    (reason: 554 5.7.1 Sender not authorized - this account only accepts messages from local users)\n" % (
               rfc2822_nz(o.date), OUR_MTA, OUR_IP, a))
    raw = simple("IceWarp Mail Server <postmaster@%s>" % dom, "Undeliverable message: " + ew(o.subject), d, txt,
                 attach_bytes=o.full())
    return dict(raw=raw, recipient=a, note="multipart/mixed, not a report")


@case("domain_not_found", "SmarterMail 100.x NDR")
def _():
    dom = firm_domain()
    n, orig = new_addr(domain=dom)
    target = "%s@%s" % (orig.split("@")[0], "nouvelle-" + dom)
    _used.add(target)
    o = Orig(orig, n)
    d = later(o.date, minutes=2)
    txt = ("Delivery failed for the following recipients:\n\n    %s\n\nReason: Unable to resolve the MX record "
           "for domain 'nouvelle-%s'. The domain does not exist.\n\n"
           "This message was forwarded automatically for %s.\n\nOriginal message headers:\n\n" % (
               target, dom, orig)) + o.header_block().decode()
    raw = simple("Mail Delivery Subsystem <postmaster@%s>" % dom, 'Undeliverable Mail: "%s"' % ew(o.subject)
                 if False else "Undeliverable Mail", d, txt, charset="utf-8", cte="quoted-printable")
    return dict(raw=raw, recipient=target, note="forwarding to a misspelled/dead domain")


@case("expired", "Axigen Mail Server DSN; delivery timed out")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    host = "axigen.%s" % dom
    d = later(o.date, days=4, minutes=R.randrange(60))
    txt = ("This is the Axigen mail server at %s.\n\nThe message below could not be delivered to one or more "
           "recipients\nafter repeated attempts (delivery time expired). It has been removed from the queue.\n"
           "See the delivery report for details.\n" % host)
    rep = [["Original-Recipient: rfc822;%s" % a, "Final-Recipient: rfc822;%s" % a, "Action: failed",
            "Status: 4.4.7", "Diagnostic-Code: smtp; 421 4.4.2 connection lost"]]
    raw = report("Axigen Mail Server <postmaster@%s>" % host, "Undelivered Mail Returned to Sender", d, txt, rep,
                 host, attach_bytes=o.full(), attach="rfc822", auto="auto-generated")
    return dict(raw=raw, recipient=a, note="wording approximated; recipient not named in the human text (report and attached original only)")


@case("mailbox_full", "CommuniGate Pro undeliverable mail report")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    d = later(o.date, minutes=R.randrange(1, 10))
    txt = ("Failed to deliver to '<%s>'\nLOCAL module(account %s) reports:\n account is full (quota exceeded)\n" % (
        a, a.split("@")[0]))
    raw = simple("MAILER-DAEMON@cgp.%s" % dom, "Undeliverable mail: " + ew(o.subject), d, txt,
                 attach_bytes=o.full(), return_path="<>", extra=["X-Mailer: CommuniGate Pro DSN"])
    return dict(raw=raw, recipient=a, note="account quota")


# ------------------------------------------------------------------ gateways and platforms
@case("rejected_spam", "Mimecast rejection notification")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n)
    d = later(o.date, minutes=1)
    txt = ("Your message couldn't be delivered to the recipients shown below.\n\n"
           "  %s\n\nThe recipient's email security policy identified the message as spam and it was rejected.\n\n"
           "Rejection reason: Message Rejected - Spam Signature Detection\n"
           "Remote server response: 550 Rejected by header based Anti-Spoofing policy: %s - https://community.mimecast.example/docs/DOC-1369#550 [%s.eu%d]\n\n"
           "Subject: %s\nSent: %s\n\nThis is an automated message from the Mimecast gateway. Please do not reply.\n" % (
               a, a, rnd(ALNUM, 22), R.randrange(100, 999), o.subject, rfc2822(o.date, tzname=False)))
    html = "<html><body><h3>Message Rejected</h3><pre>%s</pre></body></html>\n" % txt.replace("<", "&lt;")
    mp = multipart("alternative", [text_part(txt, "utf-8", "quoted-printable"),
                                   text_part(html, "utf-8", "quoted-printable", subtype="html")])
    h = hdrs(d, "Postmaster <postmaster@%s>" % dom, "Message rejected: " + ew(o.subject), return_path="<>",
             auto="auto-generated")
    return dict(raw=render(h, mp), recipient=a, note="gateway notice, html + text; wording approximated")


@case("rejected_spam", "SendGrid (forwarded bounce)")
def _():
    n, a = new_addr(isp="outlook")
    o = Orig(a, n)
    d = later(o.date, minutes=R.randrange(1, 30))
    txt = ("A message sent from your SendGrid account bounced and is forwarded to you according to your\n"
           "Forward Bounce mail setting.\n\n  Recipient: %s\n  Status:    5.7.1\n"
           "  Reason:    550 5.7.1 Unfortunately, messages from [%s] weren't sent. Please contact your Internet "
           "service provider since part of their network is on our block list (S3140).\n  Subject:   %s\n" % (
               a, ip("198.51.100"), o.subject))
    raw = simple("SendGrid <bounces-forward@sendgrid.example>", "Bounce: " + ew(o.subject), d, txt,
                 charset="utf-8", cte="8bit", return_path="<bounces+%d@sendgrid.example>" % R.randrange(10 ** 6, 10 ** 7),
                 extra=["X-SG-EID: %s" % rnd(B62, 40)])
    return dict(raw=raw, recipient=a, note="ESP notice, wording invented in the service's style")


@case("unknown_user", "Amazon SES DSN (email feedback forwarding)")
def _():
    n, a = new_addr(isp="laposte")
    o = Orig(a, n)
    d = later(o.date, seconds=R.randrange(5, 200))
    txt = "An error occurred while trying to deliver the mail to the following recipients:\n%s\n" % a
    rep = [["Action: failed", "Final-Recipient: rfc822; %s" % a,
            "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % a,
            "Status: 5.1.1"]]
    raw = report("MAILER-DAEMON@amazonses.example", "Delivery Status Notification (Failure)", d, txt, rep,
                 "a%d-%d.smtp-out.eu-west-3.amazonses.example" % (R.randrange(1, 9), R.randrange(1, 99)),
                 attach_bytes=o.full(), attach="rfc822", mid_host="eu-west-3.amazonses.example",
                 extra=["X-Original-To: %s" % SENDER])
    return dict(raw=raw, recipient=a, note="SES sends the DSN to the Return-Path")


@case("other", "Amazon SES DSN; address on the account suppression list")
def _():
    n, a = new_addr(isp="hotmail")
    o = Orig(a, n)
    d = later(o.date, seconds=R.randrange(2, 20))
    txt = "An error occurred while trying to deliver the mail to the following recipients:\n%s\n" % a
    rep = [["Action: failed", "Final-Recipient: rfc822; %s" % a,
            "Diagnostic-Code: smtp; 550 5.1.1 Amazon SES did not send the message to this address because it is on "
            "the suppression list for your account. For more information about removing addresses from the "
            "suppression list, see the Amazon SES Developer Guide.", "Status: 5.1.1"]]
    raw = report("MAILER-DAEMON@amazonses.example", "Delivery Status Notification (Failure)", d, txt, rep,
                 "a4-7.smtp-out.eu-west-3.amazonses.example", attach_bytes=o.header_block(), attach="headers",
                 mid_host="eu-west-3.amazonses.example")
    return dict(raw=raw, recipient=a, note="not attempted: suppression list (earlier hard bounce)")


@case("unknown_user", "Postmark hard-bounce notification")
def _():
    n, a = new_addr(isp="gmail")
    o = Orig(a, n)
    d = later(o.date, minutes=R.randrange(1, 15))
    txt = ("Postmark couldn't deliver your message to %s.\n\n"
           "Bounce type: Hard bounce (HardBounce)\nMessage stream: outbound\nSubject: %s\nBounced at: %s\n\n"
           "Details:\nsmtp;550-5.1.1 The email account that you tried to reach does not exist.\n\n"
           "The address has been deactivated; Postmark will not send to it again until it is reactivated.\n" % (
               a, o.subject, loc(d).strftime("%Y-%m-%dT%H:%M:%S%z")))
    raw = simple("Postmark <notifications@postmarkapp.example>", "Hard bounce: " + a, d, txt, charset="utf-8",
                 cte="quoted-printable", return_path="<pm_bounces@pm-bounces.postmarkapp.example>")
    return dict(raw=raw, recipient=a, note="ESP notice; wording invented in the service's style")


@case("unknown_user", "Brevo (ex-Sendinblue) hard-bounce alert, French")
def _():
    n, a = new_addr(isp="free")
    o = Orig(a, n)
    d = later(o.date, minutes=R.randrange(1, 30))
    txt = ("Bonjour,\n\nL'e-mail transactionnel « %s » n'a pas pu être délivré à %s.\n\n"
           "Type d'erreur : hard bounce (adresse invalide)\n"
           "Réponse du serveur : 550 5.1.1 <%s>: Recipient address rejected: free.example\n\n"
           "Cette adresse a été ajoutée à votre liste de blocage et ne recevra plus vos envois.\n\n"
           "L'équipe Brevo\n" % (o.subject, a, a))
    raw = simple("Brevo <notifications@brevo.example>", ew("Adresse en erreur permanente : " + a), d, txt,
                 charset="utf-8", cte="base64", return_path="<bounce-%s@brevo.example>" % rnd(HEXL, 10))
    return dict(raw=raw, recipient=a, note="ESP notice in French, base64 body; wording invented")


@case("unknown_user", "Mailjet bounce notification, French")
def _():
    n, a = new_addr(isp="sfr")
    o = Orig(a, n)
    d = later(o.date, minutes=R.randrange(1, 30))
    txt = ("Votre message « %s » n'a pas été délivré.\n\nDestinataire : %s\nStatut : bounce (erreur permanente)\n"
           "Raison : user unknown – le destinataire n'existe pas\n\n"
           "Mailjet n'enverra plus de messages à cette adresse.\n" % (o.subject, a))
    raw = simple("Mailjet <noreply@mailjet.example>", ew("Message non délivré – " + a, "windows-1252"), d, txt,
                 charset="windows-1252", cte="8bit", return_path=None)
    return dict(raw=raw, recipient=a, note="windows-1252 8bit; wording invented")


@case("policy", "Mailgun failed-delivery event notification")
def _():
    dom = firm_domain()
    n, a = new_addr(domain=dom)
    o = Orig(a, n, subject="Mise en demeure – facture {inv}")
    d = later(o.date, minutes=R.randrange(1, 20))
    txt = ("Mailgun delivery failure\n========================\n\nEvent:      failed\nSeverity:   permanent\n"
           "Reason:     bounce\nRecipient:  %s\nMessage-Id: %s\nSubject:    %s\n"
           "Delivery status:\n  code: 552\n  message: 5.3.4 Message size exceeds fixed maximum message size\n"
           "  mx-host: mx.%s\n" % (a, o.msgid.strip("<>"), o.subject, dom))
    raw = simple("Mailgun <alerts@mailgun.example>", "Delivery failed: " + a, d, txt, charset="utf-8",
                 cte="8bit", return_path="<>")
    return dict(raw=raw, recipient=a, note="size limit; wording invented")


@case("policy", "Mailman 3 list moderator rejection")
def _():
    dom = "lists." + firm_domain()
    a = "achats@%s" % dom
    _used.add(a)
    o = Orig(a, "Liste achats")
    d = later(o.date, hours=R.randrange(2, 30))
    txt = ("Your request to the Achats mailing list\n\n    Posting of your message titled \"%s\"\n\n"
           "has been rejected by the list moderator.  The moderator gave the following\nreason for rejecting "
           "your request:\n\n\"Les envois de non-membres ne sont pas acceptés sur cette liste.\"\n\n"
           "Any questions or comments should be directed to the list administrator at:\n\n    achats-owner@%s\n" % (
               o.subject, dom))
    raw = simple("achats-owner@%s" % dom, "Request to mailing list Achats rejected", d, txt, charset="utf-8",
                 cte="8bit", attach_bytes=o.full(), return_path="<achats-bounces@%s>" % dom,
                 extra=["List-Id: <achats.%s>" % dom, "Precedence: bulk"])
    return dict(raw=raw, recipient=a, note="list rejected the post: no delivery to list members")
