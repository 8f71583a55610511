package inbox

import (
	"encoding/json"
	"strings"
	"testing"

	"relance/backend"
)

func TestClassifySentences(t *testing.T) {
	wed := backend.MustDate("2026-12-02")
	tests := []struct {
		text   string
		class  Class
		date   string // promise date, or return date for auto-replies
		reason backend.DisputeReason
	}{
		// Promises.
		{"Nous réglerons le 15/12.", Promise, "2026-12-15", ""},
		{"Virement la semaine prochaine.", Promise, "2026-12-11", ""},
		{"Payment scheduled for 15th December.", Promise, "2026-12-15", ""},
		{"Paiement prévu le 20 décembre.", Promise, "2026-12-20", ""},
		{"Le virement partira vendredi.", Promise, "2026-12-04", ""},
		{"Nous programmons le paiement de la facture F-2026-0042 pour le 18/12/2026.", Promise, "2026-12-18", ""},
		{"Je paie fin du mois.", Promise, "2026-12-31", ""},
		{"On vous règle demain sans faute.", Promise, "2026-12-03", ""},
		{"Nous allons procéder au règlement sous 15 jours.", Promise, "2026-12-17", ""},
		{"Nous ne réglerons pas avant le 10 janvier.", Promise, "2027-01-10", ""},
		{"Le règlement interviendra début janvier.", Promise, "2027-01-10", ""},
		{"Fin de mois, nous ferons le virement.", Promise, "2026-12-31", ""},
		{"Le paiement de la facture F-2026-014 sera effectué le 18 décembre.", Promise, "2026-12-18", ""},
		{"nous reglerons la facture du 15/10 le 15/12", Promise, "2026-12-15", ""},
		{"We will pay on the 15th.", Promise, "2026-12-15", ""},
		{"Payment will be made next week.", Promise, "2026-12-11", ""},
		{"I'll pay tomorrow.", Promise, "2026-12-03", ""},
		{"We plan to settle this by the end of the month.", Promise, "2026-12-31", ""},
		{"Nous vous réglerons à réception de l'avoir.", Other, "", ""},
		{"Suite à votre relance du 30/11, nous réglerons rapidement.", Other, "", ""},
		{"Nous ne pourrons rien régler ce mois-ci.", Other, "", ""},
		// Paid.
		{"Nous avons déjà réglé cette facture.", Paid, "", ""},
		{"La facture a été payée le 20/11.", Paid, "", ""},
		{"Le virement a bien été effectué hier.", Paid, "", ""},
		{"Chèque envoyé ce jour.", Paid, "", ""},
		// A run already made, the invoice promised for a later one: a promise; money sent, arriving later: paid.
		{"Notre campagne de virements de ce matin est déjà partie, votre facture n'y figurait pas. Le virement sera fait le 10 du mois prochain.", Promise, "2027-01-10", ""},
		{"Les paiements du jour sont partis ce matin. Nous vous réglerons le 30 décembre.", Promise, "2026-12-30", ""},
		{"Le virement est parti hier, vous le recevrez vendredi.", Paid, "", ""},
		{"Les locations de juillet sont payées par la plateforme en fin de mois. Je vous fais donc le virement le jeudi 31/12.", Promise, "2026-12-31", ""},
		{"Je suis à la retraite et ma pension est versée en début de mois, je vous fais le virement le 4, comme convenu.", Promise, "2026-12-04", ""},
		{"Vous trouverez ci-joint notre avis de virement.", Paid, "", ""},
		{"deja regle !", Paid, "", ""},
		{"This invoice has already been paid.", Paid, "", ""},
		{"We paid it last week.", Paid, "", ""},
		{"La facture n'est pas encore réglée.", Other, "", ""},
		{"Nous n'avons pas encore payé, désolés.", Other, "", ""},
		{"Nous avons réglé le problème avec votre technicien.", Other, "", ""},
		{"Nos factures sont réglées à 45 jours fin de mois.", Other, "", ""},
		{"The payment has not been made yet.", Other, "", ""},
		// Disputes.
		{"Je conteste cette facture.", Dispute, "", backend.DisputeOther},
		{"Marchandise non reçue.", Dispute, "", backend.DisputeGoodsNotReceived},
		{"Nous n'avons jamais reçu la commande.", Dispute, "", backend.DisputeGoodsNotReceived},
		{"Les produits sont arrivés cassés à la livraison.", Dispute, "", backend.DisputeQuality},
		{"Le matériel ne fonctionne pas.", Dispute, "", backend.DisputeQuality},
		{"Le montant ne correspond pas au devis.", Dispute, "", backend.DisputePrice},
		{"Vous nous avez facturé deux fois la même prestation.", Dispute, "", backend.DisputePrice},
		{"Nous n'avons jamais commandé ces articles.", Dispute, "", backend.DisputeNotOrdered},
		{"Cette facture est en litige : la quantité livrée est inférieure.", Dispute, "", backend.DisputePrice},
		{"We dispute this invoice.", Dispute, "", backend.DisputeOther},
		{"The goods never arrived.", Dispute, "", backend.DisputeGoodsNotReceived},
		{"The items were damaged in transit.", Dispute, "", backend.DisputeQuality},
		{"We were overcharged.", Dispute, "", backend.DisputePrice},
		{"We never ordered this.", Dispute, "", backend.DisputeNotOrdered},
		{"Nous ne contestons pas la facture.", Other, "", ""},
		{"Il n'y a aucun litige entre nous.", Other, "", ""},
		{"There is no dispute about it.", Other, "", ""},
		{"Nous contestons le montant mais réglerons la partie non contestée le 15/12.", Dispute, "", backend.DisputePrice},
		// Copy requests.
		{"Je n'ai pas reçu la facture.", CopyRequest, "", ""},
		{"Merci de me renvoyer la facture.", CopyRequest, "", ""},
		{"Il me faut la facture acquittée pour mon dossier de subvention.", CopyRequest, "", ""},
		// A corrected invoice: a dispute when what it charges is wrong, a copy when only how it is made out is.
		{"La remise de 5 % convenue n'apparaît pas sur la facture. Merci de nous adresser une facture rectifiée.", Dispute, "", backend.DisputePrice},
		{"Les volets ne sont pas de la couleur commandée. Merci de nous adresser une facture rectifiée.", Dispute, "", backend.DisputeOther},
		{"Your invoice shows 24 pallets, we had 18. Please send a corrected invoice.", Dispute, "", backend.DisputeOther},
		{"Notre adresse a changé : envoyez-moi une facture corrigée et je la fais passer au paiement.", CopyRequest, "", ""},
		{"Cette facture a déjà été émise sous un autre numéro, c'est la même commande. Merci de nous adresser une facture rectifiée.", Dispute, "", backend.DisputePrice},
		{"Je ne comprends pas le montant : nous avions convenu d'un forfait. Merci de nous renvoyer une facture conforme au devis signé.", Dispute, "", backend.DisputePrice},
		// A deposit not deducted, a duplicate, an invoice refused without an order number; a question is no complaint.
		{"We paid a 50% deposit when booking and it hasn't been deducted. The balance should be half.", Dispute, "", backend.DisputePrice},
		{"L'acompte versé à la commande n'a pas été déduit.", Dispute, "", backend.DisputePrice},
		{"This is a duplicate. You already billed us for the Nantes show.", Dispute, "", backend.DisputePrice},
		{"Votre facture ne comporte pas notre numéro de commande : toute facture sans numéro de commande est rejetée et ne peut être payée.", Dispute, "", backend.DisputeOther},
		{"This was paid by bank transfer on 22 June. Please let me know if it hasn't arrived.", Paid, "", ""},
		{"Nous vous avons versé un acompte de 30 % à la commande. Or votre facture réclame la totalité, sans aucune déduction.", Dispute, "", backend.DisputePrice},
		{"It looks like it was issued twice. We are not going to pay it a second time.", Dispute, "", backend.DisputePrice},
		{"Petite question avant de régler : le montant comprend-il la caution ? Je veux juste être sûre de ne pas payer deux fois.", Other, "", ""},
		{"vous pouvez me renvoyer la facture ? je l'ai pas reçue, seulement la relance", CopyRequest, "", ""},
		{"Paid on Friday via bank transfer, ref WHITMORE.\n\nJames", Paid, "", ""},
		{"Our AP team has it scheduled for 12/15 - we run net-45 after year end close.", Promise, "2026-12-15", ""},
		{"hey - our office is closed till after new years. I'll mail the check on 12/28 when we're back.", Promise, "2026-12-28", ""},
		{"Our payment for invoice GN26/0603 is queued for December 14th. Please confirm your bank details.", Promise, "2026-12-14", ""},
		{"La facture a été validée et intégrée à notre campagne de paiement du 10.", Promise, "2026-12-10", ""},
		{"Le mandat a été émis le 30 novembre. Le paiement par le Service de Gestion Comptable interviendra le 16 décembre.", Promise, "2026-12-16", ""},
		{"J'ai bien reçu votre rappel. Je m'acquitte du montant au plus tard le 9 décembre, par e-banking.", Promise, "2026-12-09", ""},
		{"Oups ! Je croyais que c'était en prélèvement. Je vous fais ça le 18 décembre au plus tard.", Promise, "2026-12-18", ""},
		{"I'm waiting for the client's payment, which lands tomorrow, so I'll send it the day after tomorrow.", Promise, "2026-12-04", ""},
		{"Votre facture partira avec notre prochain lot de virements SEPA du 10.", Promise, "2026-12-10", ""},
		{"Votre règlement est en attente de validation. Bénéficiaire : ATELIER – Montant : 1 025,00 EUR – Date d'exécution prévue : 2026-12-11", Promise, "2026-12-11", ""},
		{"J'ai versé un acompte de 150 € le jour du devis. Votre facture réclame la totalité sans le déduire.", Dispute, "", backend.DisputePrice},
		{"Oh no, I thought I'd paid it! I'll do it later today.", Promise, "2026-12-02", ""},
		{"We'll pay next Friday, once our own customers have paid us.", Promise, "2026-12-04", ""},
		{"Hey, Payment goes out 12/18. Also, can we get a call next Tuesday about the spring collection?", Promise, "2026-12-18", ""},
		{"Bonjour, Je suis en congés mais je viens de voir votre mail. Je passe le virement à mon retour, le 17 décembre.", Promise, "2026-12-17", ""},
		{"Pouvez-vous m'envoyer une copie de la facture ?", CopyRequest, "", ""},
		{"Je ne retrouve pas la facture.", CopyRequest, "", ""},
		{"Please send me a copy of the invoice.", CopyRequest, "", ""},
		{"We haven't received the invoice.", CopyRequest, "", ""},
		// Others.
		{"Bien reçu, merci.", Other, "", ""},
		{"Thanks, noted.", Other, "", ""},
		{"Pouvez-vous m'envoyer votre RIB ?", Other, "", ""},
		// Auto-replies recognised by their words alone.
		{"Je suis absent jusqu'au 4 janvier.", AutoReply, "2027-01-04", ""},
		{"I am currently out of the office and will be back on 7 December.", AutoReply, "2026-12-07", ""},
		// Precedence.
		{"Déjà réglé le 20/11, je vous renvoie l'avis de virement.", Paid, "", ""},
		// Sentences written after the rules, to see how they generalise; kept as regressions.
		{"Bonjour, la facture sera réglée le 10 décembre. Cordialement", Promise, "2026-12-10", ""},
		{"Le paiement sera fait en fin de semaine.", Promise, "2026-12-04", ""},
		{"Je vous fais un virement demain matin.", Promise, "2026-12-03", ""},
		{"Notre service comptable effectuera le règlement le 20.", Promise, "2026-12-20", ""},
		{"Règlement le 15/12 comme convenu.", Promise, "2026-12-15", ""},
		{"Je m'en occupe dès lundi.", Other, "", ""},
		{"Le chèque part aujourd'hui.", Promise, "2026-12-02", ""},
		{"Nous avons procédé au paiement le 28 novembre.", Paid, "", ""},
		{"Paiement effectué ce jour, merci de vérifier.", Paid, "", ""},
		{"Vous avez dû recevoir notre virement hier.", Paid, "", ""},
		{"Le règlement est parti la semaine dernière.", Paid, "", ""},
		{"La prestation ne correspond pas à ce qui était prévu.", Dispute, "", backend.DisputeQuality},
		{"Les travaux ne sont pas terminés, nous ne paierons pas.", Dispute, "", backend.DisputeGoodsNotReceived},
		{"Nous attendons toujours la livraison.", Dispute, "", backend.DisputeGoodsNotReceived},
		{"Votre technicien a mal fait le travail.", Dispute, "", backend.DisputeQuality},
		{"Pouvez-vous nous adresser la facture au format PDF ?", CopyRequest, "", ""},
		{"Je ne trouve pas votre facture dans nos dossiers, pouvez-vous la renvoyer ?", CopyRequest, "", ""},
		{"Merci de m'appeler pour en discuter.", Other, "", ""},
		{"We'll transfer the money on Friday.", Promise, "2026-12-04", ""},
		{"The invoice was settled last week.", Paid, "", ""},
		{"We sent a cheque on Monday.", Paid, "", ""},
		{"Payment will be processed on 10 December.", Promise, "2026-12-10", ""},
		{"The work was never completed.", Dispute, "", backend.DisputeGoodsNotReceived},
		{"I can't find this invoice, please resend it.", CopyRequest, "", ""},
		{"Can we set up a payment plan?", Other, "", ""},
		{"Bonjour, je passe le virement vendredi au plus tard.", Promise, "2026-12-04", ""},
		{"On règle tout ça début janvier, promis.", Promise, "2027-01-10", ""},
		{"Le comptable est en congés, le règlement se fera à son retour le 7 décembre.", Promise, "2026-12-07", ""},
		{"Nous vous adresserons un chèque d'ici la fin du mois.", Promise, "2026-12-31", ""},
		{"Vous recevrez le paiement sous huitaine.", Promise, "2026-12-10", ""},
		{"Virement programmé pour lundi prochain.", Promise, "2026-12-07", ""},
		{"C'est payé depuis le 25 novembre, vérifiez vos comptes.", Paid, "", ""},
		{"Nous avons viré la somme ce matin.", Paid, "", ""},
		{"Le paiement a été fait par carte sur votre site.", Paid, "", ""},
		{"Tout a été soldé le mois dernier.", Paid, "", ""},
		{"Mon virement du 27/11 aurait dû vous parvenir.", Paid, "", ""},
		{"La facture comporte une erreur de TVA.", Dispute, "", backend.DisputePrice},
		{"Le tarif appliqué n'est pas celui du devis.", Dispute, "", backend.DisputePrice},
		{"Les pièces reçues sont abîmées.", Dispute, "", backend.DisputeQuality},
		{"Nous n'avons rien commandé chez vous.", Dispute, "", backend.DisputeNotOrdered},
		{"Nous refusons de payer cette facture.", Dispute, "", backend.DisputeOther},
		{"Je n'ai jamais eu cette facture, pouvez-vous me la faire suivre ?", CopyRequest, "", ""},
		{"Pourriez-vous me transmettre un duplicata ?", CopyRequest, "", ""},
		{"Merci pour votre message, je reviens vers vous rapidement.", Other, "", ""},
		{"Qui est mon interlocuteur pour cette facture ?", Other, "", ""},
		{"We'll pay the balance at the end of the week.", Promise, "2026-12-04", ""},
		{"Your invoice will be paid on 18 December.", Promise, "2026-12-18", ""},
		{"We settled this invoice on 20 November.", Paid, "", ""},
		{"The amount invoiced is higher than the quote.", Dispute, "", backend.DisputePrice},
		{"We never received the parts.", Dispute, "", backend.DisputeGoodsNotReceived},
		{"Could you resend the invoice to accounts@example.com?", CopyRequest, "", ""},
		{"Noted, thanks.", Other, "", ""},
		{"Nous ne sommes pas d'accord avec le montant facturé.", Dispute, "", backend.DisputePrice},
		{"Le paiement n'a pas encore été effectué, il le sera vendredi.", Promise, "2026-12-04", ""},
		{"Je n'ai pas encore réglé, je le fais demain.", Promise, "2026-12-03", ""},
		{"Bonjour, nous vous payons le 12.", Promise, "2026-12-12", ""},
		{"Votre facture partira en paiement le 5 janvier.", Promise, "2027-01-05", ""},
		{"Le virement est en cours de traitement par notre banque.", Other, "", ""},
		{"Je vous confirme le paiement pour mardi.", Promise, "2026-12-08", ""},
		{"Nous attendons le paiement de notre client pour vous régler.", Other, "", ""},
		{"Il me semble que c'est déjà payé, pouvez-vous vérifier ?", Paid, "", ""},
		{"Facture acquittée le 15 novembre.", Paid, "", ""},
		{"Je ne suis pas sûr que le virement soit parti.", Other, "", ""},
		{"La livraison était incomplète, il manque deux cartons.", Dispute, "", backend.DisputeGoodsNotReceived},
		{"Le produit livré ne fonctionne plus depuis une semaine.", Dispute, "", backend.DisputeQuality},
		{"Nous n'avons pas validé ce devis.", Dispute, "", backend.DisputeNotOrdered},
		{"Merci de ne plus nous relancer, nous contestons cette dette.", Dispute, "", backend.DisputeOther},
		{"Je n'ai aucune facture à ce nom.", CopyRequest, "", ""},
		{"Envoyez-moi la facture par courrier s'il vous plaît.", CopyRequest, "", ""},
		{"Nous changeons de logiciel comptable, merci de patienter.", Other, "", ""},
		{"We will wire the funds next Tuesday.", Promise, "2026-12-08", ""},
		{"Payment has been released this morning.", Paid, "", ""},
		{"We have not received your invoice, please send it again.", CopyRequest, "", ""},
		{"We are not disputing the invoice; payment is planned for 20 December.", Promise, "2026-12-20", ""},
		{"Please call me to discuss.", Other, "", ""},
		// A new invoice asked before paying is a copy request; a figure other than the agreed one is a dispute.
		{"Merci de réémettre la facture au nom de notre filiale, le paiement suivra.", CopyRequest, "", ""},
		{"I'll pay as soon as I get the corrected invoice.", CopyRequest, "", ""},
		{"TVA à 20 % au lieu de 10 %, merci de rééditer la facture.", Dispute, "", backend.DisputePrice},
		{"This amount is wrong.", Dispute, "", backend.DisputePrice},
		{"Nous n'avons pas reçu l'original de la facture, merci de nous faire parvenir un duplicata.", CopyRequest, "", ""},
		{"Paid this morning.", Paid, "", ""},
		// Automatic replies known by their words only.
		{"Nous sommes en congés du 21 décembre au 4 janvier, nous traiterons votre message à notre retour.", AutoReply, "2027-01-04", ""},
		{"Cette adresse e-mail n'est plus consultée. Merci d'écrire à compta@client.example.", AutoReply, "", ""},
		{"Your request has been received and assigned reference SR-20931.", AutoReply, "", ""},
		{"Ceci est un accusé de réception automatique : votre message sera traité par notre service comptable.", AutoReply, "", ""},
		{"This mailbox is not monitored. Please write to accounts@client.example.", AutoReply, "", ""},
		{"Ticket #48213 has been opened for your request.", AutoReply, "", ""},
		// Disputes named otherwise: the delivery note, an invoice twice.
		{"La quantité facturée ne correspond pas au bon de livraison.", Dispute, "", backend.DisputePrice},
		{"Cette facture fait double emploi avec la F-0612 que nous avons déjà réglée.", Dispute, "", backend.DisputePrice},
		{"Merci de nous envoyer la facture en double exemplaire.", CopyRequest, "", ""},
		// More ways to say when.
		{"We pay at 14. of December.", Promise, "2026-12-14", ""},
		{"I'll get it paid in a week's time.", Promise, "2026-12-09", ""},
		// A payment plan in the present tense starts with its first instalment; other ways to say when.
		{"Je vous verse 500 € le 15 décembre, 500 € le 15 janvier et je solde avant le 14 février.", Promise, "2026-12-15", ""},
		{"I'm away until the 5th. I promise it will be with you by the 10th.", Promise, "2026-12-10", ""},
		{"You'll have it by December 16.", Promise, "2026-12-16", ""},
		// Said as done, but set for later: a promise.
		{"Le virement sera fait d'ici vendredi.", Promise, "2026-12-04", ""},
		{"Paiement validé pour le 17/12.", Promise, "2026-12-17", ""},
		{"Le paiement devrait intervenir le 18 décembre.", Promise, "2026-12-18", ""},
		{"Virement fait ce matin.", Paid, "", ""},
		// Absent by its words alone, but a person committing to something: read for the commitment.
		{"Je suis en déplacement toute la semaine, mais je vous règle demain sans faute.", Promise, "2026-12-03", ""},
		{"I'm away until Friday; payment will go out on 10 December.", Promise, "2026-12-10", ""},
		// How the invoice came does not work: a copy is asked, nothing is disputed; the goods failing still are.
		{"Bonjour, le lien vers votre facture ne marche pas, pouvez-vous me l'envoyer en pièce jointe ?", CopyRequest, "", ""},
		{"Le PDF que vous avez joint est vide.", CopyRequest, "", ""},
		{"The download link in your e-mail has expired.", CopyRequest, "", ""},
		{"Your attachment seems to be corrupted, I can't open it.", CopyRequest, "", ""},
		{"Il n'y avait pas de pièce jointe dans votre relance.", CopyRequest, "", ""},
		{"La pompe livrée ne fonctionne pas, nous ne réglerons pas en l'état.", Dispute, "", backend.DisputeQuality},
		{"The printer you installed doesn't work.", Dispute, "", backend.DisputeQuality},
	}
	for _, tt := range tests {
		c := classifyRules(Message{Text: tt.text}, wed) // the rules' precision; the model is measured on testdata/eval
		date := c.PromiseDate
		if tt.class == AutoReply {
			date = c.ReturnDate
		}
		if c.Class != tt.class || date.String() != tt.date || c.DisputeReason != tt.reason {
			t.Errorf("%q = %s %q %q (%s), want %s %q %q", tt.text, c.Class, date, c.DisputeReason, c.Reason, tt.class, tt.date, tt.reason)
		}
		if c.Class != Other && c.Phrase == "" {
			t.Errorf("%q: no phrase", tt.text)
		}
		if c.Phrase != "" && !strings.Contains(strings.Join(strings.Fields(tt.text), " "), c.Phrase) {
			t.Errorf("%q: phrase %q not found in the text", tt.text, c.Phrase)
		}
	}
}

func TestClassifyReasonQuotesTheWords(t *testing.T) {
	c := Classify(Message{Text: "Bonjour,\nnous réglerons le 15/12.\nCordialement"}, backend.MustDate("2026-12-02"))
	want := "contient « nous réglerons le 15/12 » : promesse de paiement au 15/12/2026"
	if c.Reason != want || c.Phrase != "nous réglerons le 15/12" {
		t.Errorf("reason %q phrase %q, want %q", c.Reason, c.Phrase, want)
	}
}

func TestClassifyReadsOnlyTheSendersWords(t *testing.T) {
	text := `Bien reçu.

Le 1 déc. 2026 à 10:00, Atelier Dupont <compta@atelier-dupont.fr> a écrit :
> Si votre règlement a déjà été effectué, merci de ne pas tenir compte de ce message.
> Nous vous demandons de régler sous huit jours. En cas de litige, contactez-nous.`
	if c := Classify(Message{Text: text}, backend.MustDate("2026-12-02")); c.Class != Other {
		t.Errorf("class %s (%s), want other: the quoted reminder decided", c.Class, c.Reason)
	}
}

func TestClassifySubject(t *testing.T) {
	wed := backend.MustDate("2026-12-02")
	c := Classify(Message{Subject: "Facture F-2026-014 déjà réglée", Text: "Bonjour, voir ci-dessous."}, wed)
	if c.Class != Paid || !strings.HasPrefix(c.Reason, "l'objet contient") {
		t.Errorf("%+v", c)
	}
	// A reply's subject is ours coming back.
	c = Classify(Message{Subject: "RE: Merci pour votre règlement – facture F-2026-014", Text: "Bonjour"}, wed)
	if c.Class != Other {
		t.Errorf("reply subject decided: %+v", c)
	}
	c = Classify(Message{Subject: "Réponse automatique : Rappel", Text: "Absent."}, wed)
	if c.Class != AutoReply {
		t.Errorf("%+v", c)
	}
}

func TestClassifyHeadersAndAttachments(t *testing.T) {
	wed := backend.MustDate("2026-12-02")
	c := Classify(Message{Auto: AutoInfo{AutoSubmitted: "auto-replied"}, Text: "Nous réglerons le 15/12."}, wed)
	if c.Class != AutoReply || c.Phrase != "Auto-Submitted: auto-replied" {
		t.Errorf("%+v", c)
	}
	// The owner reads why in plain French; the header name is only the evidence.
	if c.Reason != "marqué comme réponse automatique par la messagerie de l'expéditeur" {
		t.Errorf("Reason = %q", c.Reason)
	}
	c = Classify(Message{Auto: AutoInfo{AutoSubmitted: "no"}, Text: "Nous réglerons le 15/12."}, wed)
	if c.Class != Promise {
		t.Errorf("Auto-Submitted: no taken as automatic: %+v", c)
	}
	c = Classify(Message{Auto: AutoInfo{Precedence: "bulk"}, Text: "Newsletter"}, wed)
	if c.Class != AutoReply {
		t.Errorf("%+v", c)
	}
	c = Classify(Message{Text: "Ci-joint.", Attachments: []Attachment{{Name: "Avis_Virement_Novembre.pdf"}}}, wed)
	if c.Class != Paid || c.Phrase != "Avis_Virement_Novembre.pdf" {
		t.Errorf("%+v", c)
	}
	c = classifyRules(Message{Text: "Ci-joint.", Attachments: []Attachment{{Name: "facture.pdf"}}}, wed)
	if c.Class != Other {
		t.Errorf("%+v", c)
	}
	c = Classify(Message{Bounce: &Bounce{Recipient: "marc@lefevre.fr", Status: "5.1.1", Permanent: true}, Text: "nous réglerons le 15/12"}, wed)
	if c.Class != Bounced || c.BounceAddress != "marc@lefevre.fr" || !strings.Contains(c.Reason, "adresse inconnue") {
		t.Errorf("%+v", c)
	}
	c = Classify(Message{Bounce: &Bounce{Recipient: "marc@lefevre.fr", Status: "4.2.2"}}, wed)
	if c.Class != Bounced || !strings.Contains(c.Reason, "temporaire") {
		t.Errorf("%+v", c)
	}
}

func TestClassifyUsesExcerptWithoutText(t *testing.T) {
	c := Classify(Message{Excerpt: "Nous réglerons le 15/12."}, backend.MustDate("2026-12-02"))
	if c.Class != Promise {
		t.Errorf("%+v", c)
	}
}

func TestClassificationJSON(t *testing.T) {
	b, err := json.Marshal(Classification{Class: Promise, Phrase: "p", Reason: "r", PromiseDate: backend.MustDate("2026-12-15")})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"class":"promise","phrase":"p","reason":"r","promiseDate":"2026-12-15"}`
	if string(b) != want {
		t.Errorf("%s, want %s", b, want)
	}
}

// The learned model speaks only where no rule does, gives a class without date or deciding words, says so, and
// never takes a message for an automatic reply or a bounce.
func TestLearnedReadingOnlyWhereTheRulesAreSilent(t *testing.T) {
	wed := backend.MustDate("2026-12-02")
	text := "Le matériel livré ne correspond pas du tout au devis signé, le chantier est à l'arrêt."
	if r := classifyRules(Message{Text: text}, wed); r.Class != Other {
		t.Fatalf("a rule reads it (%s): pick a message no rule knows", r.Class)
	}
	c := Classify(Message{Text: text}, wed)
	if c.Class != Dispute || !c.Learned || c.Phrase != "" || c.PromiseDate != 0 || c.DisputeReason != backend.DisputeOther ||
		!strings.Contains(c.Reason, "modèle appris") {
		t.Errorf("%q: %+v", text, c)
	}
	// Nothing the model knows: left to read.
	if c := Classify(Message{Text: "Zzz qwx."}, wed); c.Class != Other || c.Learned {
		t.Errorf("gibberish: %+v", c)
	}
	// A rule's reading is never replaced.
	c = Classify(Message{Text: "Nous réglerons le 15/12."}, wed)
	if c.Learned || c.Class != Promise || c.PromiseDate.String() != "2026-12-15" {
		t.Errorf("%+v", c)
	}
}

// Machines that are not out-of-office replies: a payer's automatic notice of payment is the news the chase waits
// for (paid), and a read receipt (RFC 8098) is the recipient's mail program speaking (auto_reply), whatever its
// subject.
func TestPaymentNoticesAndReadReceipts(t *testing.T) {
	wed := backend.MustDate("2026-12-02")
	for _, text := range []string{
		"Avis de virement émis. Bénéficiaire : ATELIER DUPONT. Montant : 1 200,00 €. Ce message est généré automatiquement.",
		"A payment has been initiated to your account. Reference: F-2026-0042. This notification is generated automatically.",
		"Dear Supplier, we have made a payment to your account as detailed below. This is an automated message.",
	} {
		c := Classify(Message{Auto: AutoInfo{AutoSubmitted: "auto-generated"}, Text: text}, wed)
		if c.Class != Paid || !strings.Contains(c.Reason, "avis de paiement") {
			t.Errorf("%q: %s — %s", text, c.Class, c.Reason)
		}
	}
	// An out-of-office reply that mentions payments is still one.
	if c := Classify(Message{Auto: AutoInfo{AutoSubmitted: "auto-replied"}, Text: "Je suis absente jusqu'au 4 janvier. Pour les paiements, contactez la comptabilité."}, wed); c.Class != AutoReply {
		t.Errorf("out of office: %s — %s", c.Class, c.Reason)
	}
	raw := strings.ReplaceAll(`From: Paul <paul@client.example>
To: compta@atelier.example
Subject: Facture F-2026-0042
Date: Wed, 02 Dec 2026 09:00:00 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="r"

--r
Content-Type: text/plain; charset=utf-8

Votre message a été affiché sur l'ordinateur du destinataire.

--r
Content-Type: message/disposition-notification

Final-Recipient: rfc822; paul@client.example
Disposition: manual-action/MDN-sent-manually; displayed

--r--
`, "\n", "\r\n")
	m := mustParse(t, raw)
	if c := Classify(m, wed); !m.ReadReceipt || c.Class != AutoReply || !strings.Contains(c.Reason, "accusé de lecture") {
		t.Errorf("read receipt: %v %s — %s", m.ReadReceipt, c.Class, c.Reason)
	}
}

// Paid, said in passing: the past tense of a payment, not a promise.
func TestPaidSaidInPassing(t *testing.T) {
	wed := backend.MustDate("2026-12-02")
	for _, text := range []string{
		"I've paid it this morning, sorry for the delay.",
		"Just paid it now.",
		"Sorry, our payment must have crossed with your reminder.",
		"The wire went out yesterday afternoon.",
		"Je viens de vous virer la somme.",
		"c bon c payé",
		"Payé par CB au téléphone avec votre collègue mardi.",
		"Le virement a été programmé vendredi dernier.",
	} {
		if c := Classify(Message{Text: text}, wed); c.Class != Paid {
			t.Errorf("%q: %s — %s", text, c.Class, c.Reason)
		}
	}
	for _, text := range []string{"Le virement sera programmé vendredi.", "We will pay it in full next week."} {
		if c := Classify(Message{Text: text}, wed); c.Class != Promise {
			t.Errorf("%q: %s — %s", text, c.Class, c.Reason)
		}
	}
}

// A message known as automatic only by its words, that also commits to a payment, is read as the promise with the
// automatic reply offered second; one marked automatic by its headers stays an automatic reply.
func TestAbsenceWordsYieldToACommitment(t *testing.T) {
	wed := backend.MustDate("2026-12-02")
	text := "Je suis en déplacement toute la semaine, mais je vous règle demain sans faute."
	c := Classify(Message{Text: text}, wed)
	if c.Class != Promise || c.Alternative != AutoReply {
		t.Fatalf("%s (then %s): %s", c.Class, c.Alternative, c.Reason)
	}
	m := Message{Text: text, Auto: AutoInfo{AutoSubmitted: "auto-replied"}}
	if c := Classify(m, wed); c.Class != AutoReply {
		t.Fatalf("with Auto-Submitted: %s", c.Class)
	}
}

// Answers written where the sender points to: between the lines of the quoted reminder (« Mes réponses dans le
// texte »), or in the subject (« cf objet »); automatic replies known by what they say of a closed office or an
// unread mailbox; « vir. lundi 12 » from a phone.
func TestAnswersInTheQuoteOrTheSubject(t *testing.T) {
	msg := func(subject, body string) Message {
		raw := "From: Client <compta@client.example>\r\nTo: relances@atelier.example\r\nSubject: " + subject +
			"\r\nDate: Fri, 09 Oct 2026 11:27:34 +0200\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + strings.ReplaceAll(body, "\n", "\r\n")
		m, err := Parse([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	tests := []struct {
		m    Message
		want Class
		date string
	}{
		{msg("Re: 2e relance - facture F-26-0652", `Bonjour,

Mes réponses dans le texte.

Émilie

Le 07/10/2026 à 09:15, Atelier a écrit :
> Malgré notre précédent courrier, la facture F-26-0652 (955,56 €),
> arrivée à échéance le 25/08/2026, reste impayée à ce jour.

Oui, c'est bien noté, désolée.

> Des pénalités de retard seront appliquées à compter du 21/10/2026.
> Merci de nous indiquer la date de règlement prévue.

-> le 19/10, on a une rentrée ce jour-là.

> Cordialement,
> Atelier
`), Promise, "2026-10-19"},
		{msg("RE: Relance facture F-26-0765 - réglement le 30/10", "cf objet.\nBonne journée\nG. Moreau"), Promise, "2026-10-30"},
		{msg("Re: Second reminder: invoice F-26-1104 overdue - will pay 6 Nov", "Hi,\nSee subject line.\nRaj"), Promise, "2026-11-06"},
		{msg("Re: Relance facture F-26-0626", "ok vir. lundi 12"), Promise, "2026-10-12"},
		{msg("Fermeture hivernale", "Bonjour,\nLe camping est fermé pour la saison d'hiver. Nous rouvrons le 1er avril 2027."), AutoReply, ""},
		{msg("Re: Relance facture F-26-0609", "Cette boîte aux lettres n'est pas consultée. Merci d'écrire à administration@client.example."), AutoReply, ""},
		{msg("RE: Payment reminder", "Thank you for your email. Our finance team is working reduced hours this week and will respond within 5 working days."), AutoReply, ""},
		{msg("Fermeture estivale", "Bonjour,\nLe domaine est fermé du 8 au 23 août. Nous traiterons votre demande dès notre retour, à partir du 24 août."), AutoReply, ""},
		{msg("Thank you for your email", "Thank you for contacting Seaview Accounts. We aim to respond to all queries within 3 working days."), AutoReply, ""},
		// The answer forwarded below the sender's words; answers marked with initials in brackets.
		{msg("TR: Relance facture F-26-0471", `Bonjour,

Je vous transfère la réponse de notre gérant ci-dessous.

Agnès

De : Frédéric Coste <f.coste@client.example>
Envoyé : lundi 5 octobre 2026 18:41
À : Agnès Blanc <agnes@client.example>
Objet : RE: Relance facture F-26-0471

Ok on la paie le 29 avec le reste. Tu peux leur dire.
Fred

De : Atelier <relances@atelier.example>
Envoyé : vendredi 2 octobre 2026 09:14
Objet : Relance facture F-26-0471

Des pénalités seront appliquées à compter du 25/10/2026.
`), Promise, "2026-10-29"},
		{msg("RE: Relance facture F-26-0350", `Bonjour, réponses dans votre message ci-dessous.
S. Barral

-----Message d'origine-----
De : Atelier <relances@atelier.example>
Envoyé : mardi 6 octobre 2026 09:05
Objet : Relance facture F-26-0350

La facture F-26-0350 reste impayée à ce jour.

[S.B.] Exact, nous l'avions mise de côté.

Des pénalités de retard seront appliquées à compter du 15/10/2026.

[S.B.] Virement le 22/10, merci.
`), Promise, "2026-10-22"},
		// The client's words quoted above, our own reminder forwarded below: the reminder's words are not theirs.
		{msg("TR: 2e relance", `Madame,
Je vous transmets ci-dessous la réponse de notre client, dont nous tenons la comptabilité :
« Bonjour, pas de souci, virement prévu le 16/10, merci de transmettre. Julie »
Cordialement, Cabinet Ferrières

-------- Message transféré --------
De : Atelier <relances@atelier.example>
Objet : 2e relance

À défaut de règlement sous huitaine, des pénalités seront appliquées.
`), Promise, "2026-10-16"},
		// Our reminder forwarded below is not the answer.
		{msg("TR: Relance", `Bonjour, Mme K. m'a transféré votre relance ci-dessous : le règlement sera fait le vendredi 16 octobre.

-------- Message transféré --------
De : Atelier <relances@atelier.example>

Si le règlement est déjà parti, merci de ne pas tenir compte de ce message.
`), Promise, "2026-10-16"},
		// Answers marked with the writer's name inside an unquoted history.
		{msg("Re: Payment reminder", `Hi Claire, replies below.

-----Original Message-----
From: Atelier <relances@atelier.example>
Sent: 30 October 2026 10:08
Subject: Payment reminder

Invoice F-26-0732 is still outstanding.

Nigel> Yes, my fault.

We would be grateful if you could arrange payment.

Nigel> Will be paid on the 20th, along with the service contract.
`), Promise, "2026-10-20"},
		// A signature after the quote is not an answer written in it.
		{msg("Re: Relance", "Merci, je regarde.\n\nLe 07/10/2026 à 09:15, Atelier a écrit :\n> Merci de régler la facture avant le 15/10.\n\n--\nClient SARL — paiement à 30 jours"), Other, ""},
	}
	for i, tc := range tests {
		c := Classify(tc.m, receivedOn(tc.m))
		if c.Class != tc.want || tc.date != "" && c.PromiseDate.String() != tc.date {
			t.Errorf("%d (%s): %s %s — %s", i, tc.m.Subject, c.Class, c.PromiseDate, c.Reason)
		}
	}
}

// A message that only asks (« Pouvez-vous me rappeler demain ? », "Could we pay in three instalments?") commits to
// nothing: the model's promise is offered as the second reading, not taken.
func TestAQuestionIsNotAPromise(t *testing.T) {
	day := backend.MustDate("2026-12-02")
	for _, text := range []string{
		"Hello,\n\nCould we pay in three instalments?\n\nThanks, Jo",
		"Can you give me a call tomorrow to discuss?",
	} {
		c := Classify(Message{Text: text, Excerpt: text}, day)
		if c.Class == Promise {
			t.Errorf("%q read as a promise: %s", text, c.Reason)
		}
	}
	// Words that commit to nothing: a payment plan asked for, no idea when, the matter handed to someone else.
	for _, text := range []string{
		"Bonjour, la période est difficile. Serait-il possible de régler en plusieurs fois ? Dites-moi ce que vous pourriez accepter.",
		"Business has been tough and I can't pay the full amount in one go. Would it be possible to split it into three monthly instalments?",
		"La trésorerie est catastrophique, je ne peux pas vous dire quand je pourrai régler.",
		"Je vais voir avec mon associé et je vous tiens au courant.",
		"Hi, I've passed this on to our bookkeeper, she works Tuesdays and Thursdays.",
		"Hello, Could we pay in three instalments? This year was difficult for us with the drought.",
		"Hi, Is there any way we could spread the payment over a few months? Business has been slow. No promises yet.",
		"We are a small company and at the moment we have some difficulties. Is it possible to pay in 3 times? Please tell me what is possible for you.",
		"Madame, je vous écris au sujet de la facture adressée à mon père, décédé le 20 novembre. La succession est confiée à Maître Pujol.",
		"J'ai vendu le restaurant au 1er décembre. C'est le repreneur qui reprend les contrats. Je vous laisse voir avec lui.",
		"Votre relance m'étonne, je croyais que c'était sur le compte de mon frère. Je lui en parle ce week-end.",
	} {
		if c := Classify(Message{Text: text, Excerpt: text}, day); c.Class == Promise {
			t.Errorf("%q read as a promise: %s", text, c.Reason)
		}
	}
	// A question about the invoice is not a dispute either: « le réglage était compris dans le forfait, non ? ».
	for _, text := range []string{
		"Before I look at the invoice - can you confirm when the replacement bridge will ship?",
		"Bonjour, le réglage des archets était compris dans le forfait annuel, non ?",
	} {
		if c := Classify(Message{Text: text, Excerpt: text}, day); c.Class == Dispute {
			t.Errorf("%q read as a dispute: %s", text, c.Reason)
		}
	}
	// … unless a commitment is said as well, even without a date.
	for _, text := range []string{
		"Nous allons régler cela, je vous tiens au courant.",
		"I've passed this to our finance people and asked them to pay it. It will be paid, no question - just can't give you a date.",
	} {
		if c := Classify(Message{Text: text, Excerpt: text}, day); c.Class != Promise {
			t.Errorf("%q: %s — %s", text, c.Class, c.Reason)
		}
	}
	// The same words said, not asked, still promise; so does a date put as a question to agree.
	for _, text := range []string{"We will pay in three instalments, the first on 15 December.", "wire in our payment run on the 15th ok?"} {
		if c := Classify(Message{Text: text, Excerpt: text}, day); c.Class != Promise {
			t.Errorf("%q: %s — %s", text, c.Class, c.Reason)
		}
	}
}

// Automatic replies with no header, known by what only a machine writes: someone else to write to in one's absence,
// a receipt acknowledged, no access to mail, mail forwarded by itself. What people also write (« nous accusons
// réception de votre relance », « je suis en arrêt maladie, je vous paie dès que possible ») stays theirs.
func TestAutomaticRepliesWithoutHeaders(t *testing.T) {
	day := backend.MustDate("2026-12-02")
	for _, text := range []string{
		"Merci pour votre message. Je suis en formation toute la journée et n'aurai pas accès à mes mails.",
		"Nous accusons réception de votre message, qui sera traité dans les meilleurs délais.",
		"Nous avons bien reçu votre e-mail et vous répondrons rapidement.",
		"En mon absence, vous pouvez joindre le standard au 01 02 03 04 05.",
		"Bonjour, je ne suis pas disponible actuellement. Je reviens vers vous dès mon retour le 6 janvier.",
		"Je ne fais plus partie de la société. Merci d'adresser vos messages à contact@client.example.",
		"Hélène Garnier a quitté la société. Votre e-mail a été transféré automatiquement à la comptabilité.",
		"Votre message a été transmis au service concerné. Ceci est un accusé de réception.",
		"This is an auto-acknowledgement: your request has been assigned ticket #48213.",
		"Please note I no longer work at Client Ltd. Please direct enquiries to info@client.example.",
		"I am travelling with intermittent access to email until 12 December.",
		"Hello, I am on parental leave until 17 Dec. Please direct any queries to raj@client.example.",
		"Hello, We've received your email and created request ##FG-10492##. Our average response time is currently 3-5 business days.",
		"##- Please type your reply above this line -## Your request (58812) has been received and is being reviewed by our support staff.",
		"Hello, I am on parental leave and will not read my emails. Please write to info@client.example instead.",
		"Thanks for your email! I'm traveling through December 14 and will reply when I'm back.",
	} {
		if c := Classify(Message{Text: text, Excerpt: text}, day); c.Class != AutoReply {
			t.Errorf("%q: %s — %s", text, c.Class, c.Reason)
		}
	}
	for _, text := range []string{
		"Bonjour, nous accusons réception de votre relance. La facture a été payée le 20 novembre.",
		"bonjour je vous paye des que possible la je suis en arret maladie. merci",
	} {
		if c := Classify(Message{Text: text, Excerpt: text}, day); c.Class == AutoReply {
			t.Errorf("%q read as an automatic reply: %s", text, c.Reason)
		}
	}
}
