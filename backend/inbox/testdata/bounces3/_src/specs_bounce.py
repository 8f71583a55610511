"""The 100 delivery-failure / delay notices."""
from common import Orig
from tpl_bounce import C, postfix, exim, sendmail, qmail, courier
from tpl_bounce2 import ms365, gmail, yahoo, fr_isp, domino, mdaemon, kerio, ses, esp_relay, mimecast, ironport, postmaster_human

OVH = "mo412.mail-out.ovh.example"
GANDI = "relay4.mail.gandi.example"
INFOMANIAK = "smtp-out.infomaniak.example"
IONOS = "mout.ionos.example"
ZIMBRA = "zimbra.cabinet-morel.example"
CPANEL = "srv27.hebergeur-web.example"
PROTON = "mail.proton.example"
ICLOUD = "mx-out.icloud.example"

SPECS = []


def B(kind, perm, to, diag, fn, *, eol="crlf", name="", cc=None, rcpt=None, subj=None, attach="full", note="", label=None, fkw=None, **ckw):
    n = len(SPECS) + 1
    SPECS.append(dict(n=n, kind=kind, perm=perm, to=to, diag=diag, fn=fn, eol=eol, name=name, cc=cc, rcpt=rcpt,
                      subj=subj, attach=attach, note=note, label=label, fkw=fkw or {}, ckw=ckw))


def build(spec, seed):
    o = Orig(seed, spec["to"], spec["name"], cc=spec["cc"], subj=spec["subj"] if spec["subj"] is not None else seed,
             day=1 + seed % 7, hour=8 + seed % 9, minute=(seed * 7) % 60)
    ckw = dict(spec["ckw"])
    ckw.setdefault("kind", spec["kind"])
    if spec["kind"] == "delayed" or (spec["kind"] == "mailbox_full" and not spec["perm"]):
        ckw.setdefault("offset_s", 4 * 3600 + 60 + seed * 13 % 1800)
    elif spec["kind"] == "expired":
        ckw.setdefault("offset_s", 5 * 86400 + seed * 17 % 3000 if seed % 2 else 2 * 86400 + seed * 17 % 3000)
    c = C(seed, o, spec["diag"], rcpt=spec["rcpt"], attach=spec["attach"], **ckw)
    text, cs = spec["fn"](c, **spec["fkw"])
    lab_r = (spec["label"] or spec["rcpt"] or spec["to"]).lower()
    return text, cs, {"bounce": True, "kind": spec["kind"], "permanent": spec["perm"], "recipient": lab_r, "note": spec["note"]}


UU, DNF, MF, SP, DL, EX, OT = "unknown_user", "domain_not_found", "mailbox_full", "rejected_spam", "delayed", "expired", "other"

# ---------------- unknown user (32)
B(UU, True, "compta@boulangerie-riviere.example", "uu_postfix", postfix, name="Boulangerie Rivière")
B(UU, True, "jmartin.garage@gmail.example", "uu_gmail", postfix, eol="lf", attach="headers", fkw=dict(host=OVH))
B(UU, True, "a.rousseau@orange.example", "uu_orange", postfix, fkw=dict(host=OVH, lang="fr"), note="Postfix bounce template translated to French")
B(UU, True, "dupuis.elec@free.example", "uu_free", postfix, eol="lf", fkw=dict(host=ZIMBRA, lang="fr", charset="iso-8859-1"), note="latin-1 human part")
B(UU, True, "contact@plomberie-gautier.example", "uu_exim", exim, fkw=dict(host=CPANEL, cpanel=True), note="cPanel Exim 'No Such User Here'")
B(UU, True, "sarl.dupont@sfr.example", "uu_sfr", exim, eol="lf", fkw=dict(host=IONOS))
B(UU, True, "gerant@bbox.example", "uu_bouygues", exim, fkw=dict(dsn=True), note="Exim with RFC 3464 report")
B(UU, True, "factures@sarl-lebreton.example", "uu_sendmail", sendmail)
B(UU, True, "pierre@cave-vinet.example", "uu_qmail", qmail, eol="lf", note="qmail at recipient's domain, no RFC 3464")
B(UU, True, "admin@atelier-carre.example", "uu_courier", courier)
B(UU, True, "f.bernard@transports-bernard.example", "uu_exchange", ms365, name="François Bernard", fkw=dict(lang="en", enc="base64"))
B(UU, True, "comptabilite@menuiserie-leroux.example", "uu_exchange", ms365, fkw=dict(lang="fr", enc="qp"), note="French M365 NDR, quoted-printable")
B(UU, True, "l.moreau@cliniquevet-ouest.example", "uu_exch_onprem", ms365, fkw=dict(lang="en", enc="qp", old=True, gen="EXCH01.cliniquevet-ouest.example",
                                                                                   frm="postmaster@cliniquevet-ouest.example"), note="on-prem Exchange 2016 style, postmaster of client's domain")
B(UU, True, "paysages.durand@hotmail.example", "uu_outlook", gmail, fkw=dict(workspace=True))
B(UU, True, "c.henry@icloud.example", "uu_icloud", gmail, eol="lf")
B(UU, True, "nathalie.roux@aol.example", "uu_yahoo", yahoo, fkw=dict(aol=True), note="Yahoo/AOL 'Failure Notice' plain format; 554.30 mailbox disabled")
B(UU, True, "marie.lefort@orange.example", "uu_orange", fr_isp, rcpt="Marie.Lefort@Orange.example", fkw=dict(host="mwinf5d41.me-wanadoo.example", brand="Orange"),
  note="recipient shown in mixed case; label lower-cased; latin-1 8bit body")
B(UU, True, "jl.picard@coop-agri44.example", "uu_domino", domino)
B(UU, True, "secretariat@cabinet-roche.example", "uu_mdaemon", mdaemon)
B(UU, True, "achats@imprimerie-vallee.example", "uu_kerio", kerio)
B(UU, True, "info@gite-lesolivettes.example", "uu_postfix_local", ses, note="SES-like relay")
B(UU, True, "m.petit@laposte.example", "uu_laposte", esp_relay, note="transactional relay notice (Mailjet/Brevo-like), French")
B(UU, True, "t.garnier@fromagerie-garnier.example", "uu_postfix_local", postmaster_human, eol="lf", attach="none",
  note="written by the postmaster of the client's own domain; windows-1252")
B(UU, True, "contact@ecurie-des-marais.example", "uu_gandi", postfix, cc=["j.colin@ecurie-des-marais.example", "compta@ecurie-des-marais.example"],
  rcpt="j.colin@ecurie-des-marais.example", fkw=dict(host=GANDI), note="failed recipient is one of the Cc addresses")
B(UU, True, "direction@bureautique-nantaise.example", "uu_exchange", ms365, cc=["s.lambert@bureautique-nantaise.example", "a.vidal@bureautique-nantaise.example"],
  rcpt="a.vidal@bureautique-nantaise.example", fkw=dict(lang="en"), note="only the second Cc failed")
B(UU, True, "chloe.masson@proton.example", "uu_proton", postfix, eol="cr", fkw=dict(host=PROTON), note="CR-only line endings")
B(UU, True, "contact@domaine-bellevue.example", "uu_infomaniak", postfix, fkw=dict(host=INFOMANIAK, lang="fr", subject="Échec de la remise"))
B(UU, True, "olivier.fabre@agence-fabre.example", "uu_ionos", postfix, fkw=dict(auto=True), attach="headers")
B(UU, True, "e.blanc@cabinet-blanc.example", "uu_disabled", exim, fkw=dict(host=CPANEL, cpanel=True), note="5.2.1 account disabled counted as unknown_user")
B(UU, True, "remi.gauthier@laposte.example", "uu_laposte", gmail, fkw=dict(workspace=True), eol="lf")
B(UU, True, "ap@groupe-mercier.example", "uu_exchange", ms365, fkw=dict(lang="fr", enc="base64"))
B(UU, True, "bruno.lemaire@sfr.example", "uu_sfr", fr_isp, fkw=dict(host="smtp-out.sfr.example", brand="SFR", charset="utf-8", subject="Échec de la remise"))

# ---------------- domain not found (12)
B(DNF, True, "compta@transports-leblanc.example", "dnf_postfix", postfix, note="MX lookup failed")
B(DNF, True, "j.roy@gmial.example", "dnf_postfix_a", postfix, eol="lf", fkw=dict(lang="fr", host=OVH), note="typo domain")
B(DNF, True, "contact@ancien-domaine-vidal.example", "dnf_nullmx", postfix, fkw=dict(host=GANDI), note="null MX (RFC 7505)")
B(DNF, True, "gestion@sci-les-tilleuls.example", "dnf_gmail", gmail, fkw=dict(workspace=True))
B(DNF, True, "info@restaurant-le-quai.example", "dnf_exim", exim, eol="lf")
B(DNF, True, "b.hamon@hamon-couverture.example", "dnf_exim_unroute", exim, fkw=dict(host=CPANEL, cpanel=True))
B(DNF, True, "accounts@lefevre-import.example", "dnf_exchange", ms365, fkw=dict(lang="en", enc="base64"), reason="The domain name in the email address is incorrect. Check the address.",
  headline="The domain lefevre-import.example doesn't exist.", action_line="Incorrect domain name", explain="")
B(DNF, True, "s.guerin@guerin-btp.example", "dnf_sendmail", sendmail)
B(DNF, True, "contact@pressing-central.example", "dnf_qmail", qmail, fkw=dict(host="mail.cabinet-morel.example"), eol="lf")
B(DNF, True, "direction@hotel-des-arts.example", "dnf_exchange", ms365, fkw=dict(lang="fr", enc="qp"), reason="Le nom de domaine de l’adresse e-mail est incorrect. Vérifiez l’adresse.",
  headline="Le domaine hotel-des-arts.example n’existe pas.", action_line="Nom de domaine incorrect")
B(DNF, True, "factures@ets-morin.example", "dnf_postfix", courier, fkw=dict(host="mail.cabinet-morel.example"))
B(DNF, True, "k.benali@yahoo-fr.example", "dnf_qmail", yahoo, eol="crlf")

# ---------------- mailbox full (9 permanent + 3 temporary)
B(MF, True, "compta@garage-central.example", "mf_postfix", postfix)
B(MF, True, "v.chevalier@orange.example", "mf_orange", postfix, eol="lf", fkw=dict(lang="fr", charset="iso-8859-1", host=OVH))
B(MF, True, "famille.brun@gmail.example", "mf_gmail", gmail, fkw=dict(workspace=True))
B(MF, True, "atelier@ceramiques-lune.example", "mf_dovecot", exim, fkw=dict(host=IONOS))
B(MF, True, "rh@logistique-atlantique.example", "mf_exchange", ms365, fkw=dict(lang="en"), reason="The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.",
  headline="The recipient's mailbox is full and can't accept messages now.", action_line="Mailbox full", explain="")
B(MF, True, "claude@chambres-hotes-mer.example", "mf_qmail", qmail, note="qmail at recipient's side, local delivery over quota")
B(MF, True, "denis.faure@free.example", "mf_free", fr_isp, eol="lf", fkw=dict(host="mx1.free.example", brand="Free"))
B(MF, True, "mathieu.noel@yahoo.example", "mf_yahoo", yahoo)
B(MF, True, "magasin@quincaillerie-renard.example", "mf_postfix", domino, note="Domino: mail file full")
B(MF, False, "sandrine.perrin@gmail.example", "mf_gmail_tmp", postfix, fkw=dict(delay=True), attach="headers", note="delay warning caused by a full mailbox (4.2.2): temporary mailbox_full")
B(MF, False, "g.robin@robin-associes.example", "mf_exim_tmp", exim, fkw=dict(delay=True), note="Exim 24h delay warning, reason 4.2.2 mailbox full: temporary mailbox_full")
B(MF, False, "h.marchand@laposte.example", "mf_laposte", ms365, fkw=dict(lang="fr", delay=True, enc="qp"), note="« Remise retardée » with 4.2.2 mailbox full: temporary mailbox_full")

# ---------------- rejected as spam / policy (16)
B(SP, True, "contact@traiteur-boucher.example", "sp_spamhaus", postfix, note="our IP on a blocklist")
B(SP, True, "admin@cabinet-dentaire-sud.example", "sp_spf", postfix, eol="lf", fkw=dict(host=GANDI))
B(SP, True, "paul.giraud@gmail.example", "sp_dmarc_gmail", postfix, fkw=dict(host=OVH))
B(SP, True, "j.meyer@orange.example", "sp_orange", postfix, fkw=dict(lang="fr", host=INFOMANIAK))
B(SP, True, "sylvie.caron@free.example", "sp_free_vade", postfix, eol="lf", note="Vade filter at Free")
B(SP, True, "lucas.dumont@outlook.example", "sp_outlook", ms365, fkw=dict(lang="en", frm="postmaster@outlook.example"), reason="Your message wasn't delivered because the recipient's email provider rejected it.",
  headline="", action_line="Messages from your IP were blocked", explain="")
B(SP, True, "audrey.bonnet@yahoo.example", "sp_yahoo", exim, fkw=dict(host=IONOS))
B(SP, True, "compta@groupe-hospitalier.example", "sp_proofpoint", gmail, fkw=dict(workspace=True))
B(SP, True, "finance@holding-perret.example", "sp_mimecast", mimecast, reason="Rejected by header based Anti-Spoofing policy")
B(SP, True, "ap@industries-lacroix.example", "sp_ironport", ironport)
B(SP, True, "tresorerie@mairie-stsebastien.example", "sp_barracuda", postfix, eol="lf", fkw=dict(host=GANDI))
B(SP, True, "invoices@newco-tech.example", "sp_sophos", exim, fkw=dict(dsn=True))
B(SP, True, "gestion@agence-immo-loire.example", "sp_dkim", sendmail)
B(SP, True, "direction@pharmacie-centrale.example", "sp_spamhaus", ms365, fkw=dict(lang="fr", enc="base64"), reason="Le serveur de messagerie du destinataire a rejeté votre message car l’adresse IP d’envoi figure sur une liste de blocage.",
  headline="Votre message a été bloqué par le serveur du destinataire.", action_line="Message rejeté (liste de blocage)")
B(SP, True, "e.fontaine@gmail.example", "sp_dmarc_gmail", esp_relay, errtype="rejet – politique DMARC du domaine expéditeur")
B(SP, True, "n.arnaud@orange.example", "sp_orange", fr_isp, eol="lf", fkw=dict(host="mwinf5c22.me-wanadoo.example", brand="Orange", subject="Message non délivré"))

# ---------------- delayed (10)
B(DL, False, "contact@scierie-dubois.example", "dl_timeout", postfix, fkw=dict(delay=True))
B(DL, False, "accueil@camping-oceane.example", "dl_grey", postfix, eol="lf", fkw=dict(delay=True, lang="fr", host=OVH), note="greylisting")
B(DL, False, "comptable@cabinet-hubert.example", "dl_refused", exim, fkw=dict(delay=True))
B(DL, False, "direction@centre-equestre-loire.example", "dl_421", sendmail, fkw=dict(delay=True))
B(DL, False, "f.legrand@legrand-menuiserie.example", "dl_grey", ms365, fkw=dict(lang="en", delay=True))
B(DL, False, "isabelle.garcia@orange.example", "dl_orange_rate", ms365, fkw=dict(lang="fr", delay=True, enc="base64"))
B(DL, False, "b.roussel@menuiserie-roussel.example", "dl_timeout", gmail, fkw=dict(delay=True))
B(DL, False, "bureau@architecte-lemoine.example", "dl_dns", postfix, fkw=dict(delay=True, auto=True, host=GANDI), eol="cr", note="CR-only; Auto-Submitted header")
B(DL, False, "compta@brasserie-du-port.example", "dl_tls", exim, fkw=dict(delay=True, host=IONOS), eol="lf")
B(DL, False, "j.david@david-elevage.example", "dl_421", gmail, fkw=dict(delay=True, workspace=True))

# ---------------- expired (8)
B(EX, True, "contact@etablissements-joly.example", "ex_timeout", postfix, note="gave up after 5 days, Status 4.4.1/4.4.7 with Action failed")
B(EX, True, "achats@marbrerie-ouest.example", "ex_exim", exim, fkw=dict(host=CPANEL), retry_timeout=True)
B(EX, True, "ludovic.baron@baron-sa.example", "ex_exchange", ms365, fkw=dict(lang="en"), reason="The recipient's email system didn't respond in time. Microsoft 365 tried to deliver the message for 2 days and gave up.",
  headline="", action_line="Message expired", explain="")
B(EX, True, "comptabilite@serres-nantaises.example", "ex_sendmail", sendmail, expired=True)
B(EX, True, "y.collet@collet-paysage.example", "ex_timeout", gmail, expired=True, eol="lf")
B(EX, True, "anne.lucas@laposte.example", "ex_quota", postfix, fkw=dict(lang="fr", host=OVH), note="expired after retries; the remote said mailbox full (4.2.2) at every attempt — labelled expired")
B(EX, True, "atelier@forge-erdre.example", "ex_qmail", qmail, fkw=dict(host="mail.cabinet-morel.example"))
B(EX, True, "commande@vins-muscadet.example", "ex_timeout", ses)

# ---------------- other (10)
B(OT, True, "dossiers@notaire-leroy.example", "ot_size", postfix, attach="headers", note="message too large")
B(OT, True, "yann.prigent@gmail.example", "ot_size_gmail", postfix, eol="lf", fkw=dict(host=GANDI), note="message too large (Gmail limit)")
B(OT, True, "compta@batiment-ouest.example", "ot_relay", postfix, note="relay access denied (recipient MX misconfigured)")
B(OT, True, "invoices@exportco-atlantic.example", "ot_relay_ms", ms365, fkw=dict(lang="en"), reason="The recipient's organisation rejected the message because relay access was denied for this sender.",
  headline="", action_line="Relay access denied", explain="")
B(OT, True, "contact@chateau-goulaine-vins.example", "sp_dmarc_gmail", exim, rcpt="chateaugoulaine.vins@gmail.example", label="contact@chateau-goulaine-vins.example",
  fkw=dict(host="mail.chateau-goulaine-vins.example", generated_from="contact@chateau-goulaine-vins.example"),
  note="forwarding failure: client's server forwards to a Gmail box which refused the forwarded copy (DMARC); recipient = address we wrote to")
B(OT, True, "compta-fournisseurs@groupe-atlantique.example", "ot_restricted", ms365, fkw=dict(lang="fr", enc="qp"),
  reason="Le groupe compta-fournisseurs n’accepte que les messages des expéditeurs de l’organisation.", headline="Vous n’êtes pas autorisé à envoyer des messages à ce groupe.",
  action_line="Groupe à remise restreinte", note="restricted distribution group")
B(OT, True, "contact@auto-ecole-centre.example", "ot_loop", exim, fkw=dict(host="mail.auto-ecole-centre.example"), note="forwarding loop")
B(OT, True, "dpo@clinique-atlantique.example", "ot_tls_required", postfix, fkw=dict(host=GANDI), note="TLS required by recipient")
B(OT, True, "plans@bureau-etudes-vidal.example", "ot_size", kerio)
B(OT, True, "v.tessier@tessier-conseil.example", "ot_forward", postfix, fkw=dict(lang="fr", host="mail.tessier-conseil.example"), note="forwarding to external address refused by policy")
