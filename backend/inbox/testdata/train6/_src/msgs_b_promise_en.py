# Payment promises, English-speaking clients. Hand-written one at a time.
from build import m

P = "promise"

m(P, "en", "2026-06-10 14:22", "Oliver Pratt <oliver.pratt@brightwater-films.example>", """
Hi Maelle,

Apologies, this slipped through the cracks while we were on location. I'll pay it on Friday.

Cheers,
Oliver

--
Oliver Pratt | Line Producer
Brightwater Films Ltd | Bristol
+44 117 496 0321
""", "I'll pay it on Friday", pd=("wd", 4), tz="+0100", layout="gmail",
  note="Message Wed 2026-06-10 (+0100); 'on Friday' = next Friday after message date -> 2026-06-12.")

m(P, "en", "2026-07-14 17:05", "Megan Doyle <megan.doyle@corkjazzweekend.example>", """
Hi there,

Sorry for the delay - payment will go out tomorrow.

Best,
Megan

Sent from Outlook for Android
""", "payment will go out tomorrow", pd=("plus", 1), tz="+0100", layout="outlook",
  note="Message 2026-07-14 (+0100, Ireland); 'tomorrow' -> 2026-07-15.")

m(P, "en", "2026-09-22 09:48", "Accounts Payable <ap@halcyon-venues.example>", """
Good morning,

Thank you for your reminder. Invoice %INV% has been approved and will be paid on the 28th.

Kind regards,

Priya Nair
Accounts Payable Assistant
Halcyon Venues Group plc
Registered in England and Wales No. 00000000. Registered office: 12 Harbour Row, Leeds LS1 0AA.
""", "will be paid on the 28th", pd=("dom", 28), tz="+0100", layout="outlook", html="alt", re="RE: FW: ", fwd=("Tom Hale <tom.hale@halcyon-venues.example>", "Priya - can you check this one? It's the Leeds gala sound hire.\nThanks, Tom", 2),
  note="Message 2026-09-22 (+0100); 'on the 28th' = next 28th -> 2026-09-28.")

m(P, "en", "2026-12-30 11:16", "Dan Whitaker <dan@whitaker-touring.example>", """
Hey Maelle,

Happy holidays! Our office is closed till the 4th but I've scheduled the wire for 1/15 - should hit your account a couple days after that (international).

Thanks for being patient with us,
Dan Whitaker
Tour Manager, The Low Lanterns
Nashville, TN
""", "I've scheduled the wire for 1/15", pd=("abs", "2027-01-15"), tz="-0500", layout="gmail",
  note="Message 2026-12-30 (-0500), American client; US-style 1/15 = 15 January -> 2027-01-15 ('till the 4th' is an office closure).")

m(P, "en", "2026-12-17 15:40", "Fiona Grant <fiona.grant@thistle-events.example>", """
Dear Maelle,

Thanks for the nudge. We'll settle this on Jan 15th once our client has paid us for the Hogmanay show.

All the best,
Fiona Grant
Thistle Events, Edinburgh
""", "We'll settle this on Jan 15th", pd=("abs", "2027-01-15"), tz="+0000", layout="apple",
  note="Message 2026-12-17 (+0000); 'Jan 15th' -> 2027-01-15.")

m(P, "en", "2027-01-06 10:02", "Jonas Weber <j.weber@weber-messebau.example>", """
Dear Ms Riou,

Please excuse the delay. The payment for invoice %INV% is scheduled for 15.01.2027.

Best regards
Jonas Weber
Weber Messebau GmbH, Köln
""", "scheduled for 15.01.2027", pd=("abs", "2027-01-15"), tz="+0100", layout="tb", enc=("iso-8859-1", "quoted-printable"),
  note="Message 2027-01-06 (+0100), German client writing English; '15.01.2027' -> 2027-01-15.")

m(P, "en", "2026-11-09 08:30", "Finance Team <finance@northgate-conferences.example>", """
Hello,

Your invoice has been processed for payment. Value date: 2026-11-20.

Northgate Conferences Finance
""", "Value date: 2026-11-20", pd=("abs", "2026-11-20"), tz="+0000", layout="none", enc=("us-ascii", "7bit"),
  note="Message 2026-11-09 (+0000); ISO date 2026-11-20.")

m(P, "en", "2026-08-12 16:55", "Ruth Ellis <ruth.ellis@ellis-weddings.example>", """
Hi,

So sorry! I'll transfer it by the end of the month, as soon as the Jenkins wedding balance clears.

Ruth
""", "I'll transfer it by the end of the month", pd=("eom", 0), tz="+0100", layout="gmail",
  note="Message 2026-08-12 (+0100); 'end of the month' = last day of the month -> 2026-08-31.")

m(P, "en", "2026-10-13 12:20", "Marcus Lindqvist <marcus.lindqvist@nordlight-av.example>", """
Hi Maelle,

We had a system migration and some suppliers got stuck. You will be paid by the end of next week, I've escalated it.

Regards,
Marcus Lindqvist
Nordlight AV AB
""", "You will be paid by the end of next week", pd=("wdnext", 4), tz="+0200", layout="outlook",
  note="Message Tue 2026-10-13 (+0200); 'by the end of next week' = Friday of the following week -> 2026-10-23.")

m(P, "en", "2026-07-27 09:14", "Sam O'Hara <sam.ohara@oharaproductions.example>", """
Morning,

Payment within 10 days, promise. Just waiting for the festival to pay us.

Sam
""", "Payment within 10 days", pd=("plus", 10), tz="+0100", layout="none", enc=("us-ascii", "7bit"),
  note="Message 2026-07-27; 'within 10 days' = message date + 10 calendar days -> 2026-08-06.")

m(P, "en", "2026-12-23 10:45", "Greta Hansen <greta.hansen@hansen-creative.example>", """
Dear Maelle,

Thank you - I've approved it. Our bank needs 3 business days to release international payments, so it will be paid in 3 business days.

Merry Christmas!
Greta
""", "it will be paid in 3 business days", pd=("biz", 3), tz="+0100", layout="outlook", html="only",
  note="Message Wed 2026-12-23 (+0100); 3 business days skipping weekends and French holidays: Thu 24, (Fri 25 Christmas, weekend), Mon 28, Tue 29 -> 2026-12-29.")

m(P, "en", "2026-12-28 13:30", "Nigel Booth <nigel.booth@booth-hire.example>", """
Hi,

Office is skeleton staff this week. Payment will go out right after New Year, on the first working day.

Nigel
""", "right after New Year, on the first working day", pd=("abs", "2027-01-04"), tz="+0000", layout="outlook",
  note="Message 2026-12-28; first working day after 1 Jan 2027 (Fri holiday, weekend) -> Mon 2027-01-04.")

m(P, "en", "2026-10-05 15:10", "Amy Chen <amy.chen@lanternhall.example>", """
Hi Maelle,

Thanks for the reminder. It'll be paid this Thursday along with our other EU suppliers.

Amy Chen
Operations, Lantern Hall
""", "It'll be paid this Thursday", pd=("thisweek", 3), tz="+0100", layout="gmail", html="alt",
  note="Message Mon 2026-10-05 (+0100); 'this Thursday' = Thursday of the current week -> 2026-10-08.")

m(P, "en", "2026-11-13 17:58", "Paul Russo <paul.russo@russo-brothers-band.example>", """
Hey - sorry man, I'll send it next Tuesday when we're back from the tour.
P.
Sent from my iPhone
""", "I'll send it next Tuesday", pd=("wd", 1), tz="-0500", layout="apple",
  note="Message Fri 2026-11-13 (-0500); 'next Tuesday' = next Tuesday after message date -> 2026-11-17.")

m(P, "en", "2026-08-20 11:25", "Helen Carter <helen.carter@carter-pr.example>", """
Dear Maelle,

I can see from the reminder that interest starts to apply soon - understood. We'll pay on Monday, I need my co-director to approve it.

Regards,
Helen Carter
Carter PR Ltd
""", "We'll pay on Monday", pd=("wd", 0), tz="+0100", layout="outlook", level=2,
  note="Message Thu 2026-08-20 (+0100); 'on Monday' = next Monday -> 2026-08-24 (the interest date in the quoted reminder is not the promise).")

m(P, "en", "2026-12-09 09:05", "Laura Mitchell <laura.mitchell@mitchell-agency.example>", """
Hi Maelle,

Apologies for this. I will make sure it is paid before Christmas.

Kind regards,
Laura
""", "I will make sure it is paid before Christmas", pd=("abs", "2026-12-24"), tz="+0000", layout="gmail",
  note="Message 2026-12-09; 'before Christmas' = the day before Christmas -> 2026-12-24.")

m(P, "en", "2026-09-28 14:12", "Ben Foster <ben.foster@fosterstage.example>", """
Hello,

Confirmed: we will pay invoice %INV% by October 9. Could you send future invoices to accounts@fosterstage.example please?

Thanks,
Ben Foster
""", "we will pay invoice %INV% by October 9", pd=("abs", "2026-10-09"), tz="+0100", layout="tb",
  note="Message 2026-09-28; 'by October 9' -> 2026-10-09.")

m(P, "en", "2026-09-03 10:30", "Kate Morrison <kate@morrisonmusic.example>", """
Hi, it'll be with you by Sept 30 at the latest. Thanks, Kate
""", "it'll be with you by Sept 30", pd=("abs", "2026-09-30"), tz="GMT", layout="gmail", enc=("us-ascii", "7bit"),
  note="Message 2026-09-03 (GMT); 'by Sept 30' -> 2026-09-30.")

m(P, "en", "2026-06-18 16:40", "Chris Allen <chris.allen@allen-av.example>", """
Hi Maelle

Payment within 48 hours.

Chris
""", "Payment within 48 hours", pd=("plus", 2), tz="+0100", layout="outlook", eol="lf",
  note="Message 2026-06-18; 'within 48 hours' = +2 days -> 2026-06-20.")

m(P, "en", "2026-11-02 12:00", "Sophie Turner <sophie.turner@turner-gallery.example>", """
Dear Maelle,

I am so sorry - I'll pay it on the 12th. Sorry, I mean the 19th; the 12th is when our own clients pay, so I need a few days.

Best wishes,
Sophie
""", "I'll pay it on the 12th. Sorry, I mean the 19th", pd=("abs", "2026-11-19"), tz="+0000", layout="apple",
  note="Message 2026-11-02; first date (12th) corrected to the 19th -> 2026-11-19.")

m(P, "en", "2026-10-28 08:40", "Raj Patel <raj.patel@patel-weddings.example>", """
Hi,
See subject line.
Raj
""", "will pay 6 Nov", pd=("abs", "2026-11-06"), tz="GMT", layout="gmail", level=2,
  subject="Re: Second reminder: invoice %INV% overdue - will pay 6 Nov",
  note="Message 2026-10-28; date only in the subject ('will pay 6 Nov') -> 2026-11-06.")

m(P, "en", "2026-06-15 13:50", "Accounts Department <accounts@greenwich-arts-centre.example>", """
Dear Sonolux,

Thank you for your email. The invoice has been approved and added to our next payment run on the 25th.

Accounts Department
Greenwich Arts Centre (a registered charity)
""", "added to our next payment run on the 25th", pd=("dom", 25), tz="+0100", layout="outlook", enc=("windows-1252", "quoted-printable"),
  note="Message 2026-06-15; payment run 'on the 25th' -> 2026-06-25.")

m(P, "en", "2026-09-09 09:33", "Eleanor Hughes <e.hughes@hughes-hospitality.example>", """
Hello Maelle,

My replies below.

Eleanor

On 07/09/2026 08:40, Sonolux Anjou - Comptabilité wrote:
> Dear customer,
>
> Further to our previous reminder, invoice %INV% (%AMT%)
> due on %DUE% remains unpaid.

Yes, apologies - it was waiting for a second signature.

> Under our terms of sale, late-payment interest will be charged from
> %PEN%, plus the EUR 40 fixed recovery fee.
>
> Please let us know when payment will be made.

Wednesday the 16th.

> Kind regards,
>
> Maëlle Riou
""", "Wednesday the 16th", pd=("abs", "2026-09-16"), tz="+0100", layout="none", level=2, rdays=2,
  note="Message 2026-09-09; inline answer inside the quoted reminder: 'Wednesday the 16th' -> 2026-09-16 (the interest date quoted above is not the promise).")

m(P, "en", "2026-11-25 15:15", "Tom Reynolds <tom@reynolds-catering.example>", """
Hi Maelle,

Will get this paid end of this week. Been a mad month.

Tom
""", "Will get this paid end of this week", pd=("thisweek", 4), tz="+0000", layout="gmail",
  note="Message Wed 2026-11-25; 'end of this week' = Friday of the current week -> 2026-11-27.")

m(P, "en", "2027-02-03 10:20", "Ines Van Damme <ines.vandamme@vandamme-events.example>", """
Dear Maelle,

We will transfer the amount by the end of February.

Kind regards,
Ines Van Damme
Van Damme Events BV, Gent
""", "We will transfer the amount by the end of February", pd=("abs", "2027-02-28"), tz="+0100", layout="outlook",
  note="Message 2027-02-03; 'by the end of February' = last day of February -> 2027-02-28.")

m(P, "en", "2026-07-20 14:05", "Jack Moran <jack.moran@moran-sound.example>", """
Hi Maelle,

Happy to confirm it'll be paid on the first of next month.

Jack
""", "it'll be paid on the first of next month", pd=("abs", "2026-08-01"), tz="+0100", layout="tb",
  note="Message 2026-07-20; 'the first of next month' -> 2026-08-01.")

m(P, "en", "2026-08-27 11:11", "Rebecca Hall <rebecca.hall@hall-theatre-company.example>", """
Hi,

Monday is a bank holiday here, so it will go out after the bank holiday on Tuesday 1 September.

Thanks,
Rebecca
Hall Theatre Company
""", "it will go out after the bank holiday on Tuesday 1 September", pd=("abs", "2026-09-01"), tz="+0100", layout="gmail",
  note="Message 2026-08-27 (+0100, UK); 'Tuesday 1 September' -> 2026-09-01 (UK bank holiday Monday 31 Aug mentioned).")

m(P, "en", "2026-12-02 09:45", "Mike Sullivan <msullivan@sullivan-stagecraft.example>", """
Hi Maelle,

Our AP team confirmed payment by 12/15. Sorry for the hassle.

Mike Sullivan
Sullivan Stagecraft Inc. | Boston, MA
(617) 555-0148
""", "payment by 12/15", pd=("abs", "2026-12-15"), tz="-0500", layout="outlook",
  note="Message 2026-12-02 (-0500), US client; '12/15' = December 15 -> 2026-12-15.")

m(P, "en", "2027-01-18 16:25", "Zoe Bennett <zoe.bennett@bennett-design.example>", """
Hiya, I'll pay the day after tomorrow when my invoice to the council clears. Zoe x
""", "I'll pay the day after tomorrow", pd=("plus", 2), tz="+0000", layout="apple",
  note="Message 2027-01-18; 'the day after tomorrow' -> 2027-01-20.")

# ---- windows
m(P, "en", "2026-08-05 10:50", "Connor Walsh <connor.walsh@walsh-music.example>", """
Hi Maelle,

Yes, sorry - we'll pay next week.

Connor
""", "we'll pay next week", win="next_week", tz="+0100", layout="gmail",
  note="'next week' without a day = window next_week.")

m(P, "en", "2026-10-21 13:35", "Grace Kim <grace.kim@kim-and-co.example>", """
Hello,

We will pay early next month, once our quarter closes.

Grace Kim
Kim & Co. Events
""", "We will pay early next month", win="early_month", tz="-0400", layout="outlook",
  note="'early next month' = window early_month (November 2026).")

m(P, "en", "2026-11-18 11:05", "Peter Ashworth <peter.ashworth@ashworth-estates.example>", """
Dear Ms Riou,

We are unable to pay before the 30th of November owing to our year-end. Payment will follow after that date.

Yours sincerely,
Peter Ashworth
""", "Payment will follow after that date", win="after_date", tz="+0000", layout="outlook", enc=("windows-1252", "8bit"),
  note="'not before the 30th... after that date' = window after_date.")

m(P, "en", "2027-02-08 15:00", "Lena Fischer <lena.fischer@fischer-kultur.example>", """
Dear Maelle,

Payment will be made between the 15th and the 20th of February.

Kind regards,
Lena Fischer
""", "Payment will be made between the 15th and the 20th of February", win="between", tz="+0100", layout="tb",
  note="'between the 15th and the 20th' = window between.")

# ---- undated
m(P, "en", "2026-07-03 09:20", "Harry Cole <harry.cole@colehire.example>", """
Hi,

Noted, we will pay as soon as we can.

Harry
""", "we will pay as soon as we can", undated=True, tz="+0100", layout="outlook",
  note="Commitment to pay without any date.")

m(P, "en", "2026-10-01 17:45", "Nora Quinn <nora.quinn@quinn-films.example>", """
Hi Maelle,

I've passed this to our finance people and asked them to pay it. It will be paid, no question - just can't give you a date.

Nora
""", "It will be paid, no question", undated=True, tz="+0100", layout="gmail", html="alt",
  note="Commitment without a date.")

m(P, "en", "2027-01-29 12:10", "Ethan Brooks <ethan.brooks@brooks-live.example>", """
Hey,
yep we owe you, will sort it shortly.
E
Sent from my Galaxy
""", "will sort it shortly", undated=True, tz="-0500", layout="none",
  note="'will sort it shortly' = undated commitment.")
