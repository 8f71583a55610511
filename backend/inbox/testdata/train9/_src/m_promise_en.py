# -*- coding: utf-8 -*-
# English promises: 14 dated, 2 windows, 2 undated.
from lib import M

M(cls="promise", lang="en", frm="Graham Whitfield <graham.whitfield@btinternet.example>", d="2026-06-10 19:40", tz="uk",
  body="""Hello Melanie,

Apologies, this slipped through while we were back in England. I'll transfer the money on Monday from our French account.

Many thanks again for dealing with the hornets at the gite so quickly.

Best wishes,
Graham Whitfield
La Grange du Moulin, Lectoure""", quote="gmail",
  phrase="I'll transfer the money on Monday", rule="wd:mon",
  note="'on Monday' = the next Monday after the message (Wednesday 10 June -> 15 June).")

M(cls="promise", lang="en", frm="Accounts Payable <ap@skyward-composites.example>", d="2026-07-13 10:05", tz="ny",
  body="""Hi,

Thanks for the reminder. Invoice {INV} has been approved and is scheduled to be paid this Thursday via wire.

Regards,
Danielle Ortiz
Accounts Payable | Skyward Composites Inc.
1200 Harbor Park Dr, Wilmington, DE
CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the exclusive and confidential use of the intended recipient.""", quote="outlook",
  phrase="is scheduled to be paid this Thursday via wire", rule="wdt:thu",
  note="'this Thursday' written on Monday 13 July (New York time) = Thursday 16 July.")

M(cls="promise", lang="en", frm="Brian Kowalski <bkowalski@kowalski-hospitality.example>", d="2026-11-19 21:34", tz="ny",
  body="""Melanie - sorry, been traveling all week. I'll send the payment tomorrow first thing.

Brian

Sent from my iPhone""", quote="apple", fmt="plain",
  phrase="I'll send the payment tomorrow first thing", rule="plus:1",
  note="Sent Thursday 19 Nov 21:34 -0500 (already Friday in Paris/UTC); 'tomorrow' resolved against the local date in the Date header -> 20 Nov.")

M(cls="promise", lang="en", frm="Fiona McAllister <fiona@glenmorrow-lodges.example>", d="2026-08-25 12:15", tz="uk",
  body="""Hi there,

Our bookkeeper does the supplier payments once a month - you'll be paid on the 3rd.

Kind regards
Fiona McAllister
Glenmorrow Lodges Ltd (Dordogne & Lot)
Registered in Scotland""", quote="gmail",
  phrase="you'll be paid on the 3rd", rule="dom:3",
  note="'on the 3rd' = next 3rd after 25 August -> 3 September.")

M(cls="promise", lang="en", frm="Tom Hargreaves <tom.hargreaves@hargreaves-estates.example>", d="2027-01-04 09:20", tz="GMT",
  body="""Morning,

Happy new year. The office reopens today and the payment will go out on Jan 15th with the rest of the supplier run.

Tom""", quote="outlook",
  phrase="the payment will go out on Jan 15th", rule="abs:2027-01-15",
  note="'Jan 15th' = 15 January 2027.")

M(cls="promise", lang="en", frm="Karen Liu <karen.liu@baybridge-aero.example>", d="2026-11-24 16:50", tz="la",
  body="""Hi Melanie,

Checked with our controller. Payment for {INV} will go out 12/3 - that's our next check run. Our Toulouse site manager has been copied.

Thanks,
Karen Liu
Baybridge Aero Systems, Inc. - Accounts Payable
San Jose, CA""", quote="outlook", fmt="alt", cc="Site Toulouse <toulouse.site@baybridge-aero.example>",
  phrase="Payment for {INV} will go out 12/3", rule="abs:2026-12-03",
  note="US client: '12/3' read as month/day = 3 December 2026 (not 12 March).")

M(cls="promise", lang="en", frm="Sarah Pemberton <sarah@pembertonbnb.example>", d="2026-06-16 08:30", tz="uk",
  body="""Dear Melanie,

So sorry - I thought my husband had paid it. We will settle by the end of the month.

Sarah""", quote="tb",
  phrase="We will settle by the end of the month", rule="eom",
  note="'by the end of the month' = 30 June 2026.")

M(cls="promise", lang="en", frm="James O'Connell <j.oconnell@oconnell-pubs.example>", d="2026-10-13 14:12", tz="+0100",
  body="""Hi,

Noted. I'll have it paid by the end of next week - our finance girl is off until Monday.

Cheers,
James O'Connell
The Shamrock, Toulouse""", quote="gmail",
  phrase="I'll have it paid by the end of next week", rule="eonw",
  note="'by the end of next week' from Tuesday 13 Oct = Friday 23 Oct. 'Monday' is someone's return, not the payment.")

M(cls="promise", lang="en", frm="Priya Raman <priya.raman@ap-services.northgate.example>", d="2026-09-02 15:25", tz="+0530",
  body="""Dear Supplier,

Thank you for your email. Invoice {INV} for Northgate Hotels UK Ltd has been approved for payment and will be released within 10 days.

Regards,
Priya Raman
Accounts Payable Shared Services, Bengaluru
On behalf of Northgate Hotels UK Ltd""", quote="outlook",
  phrase="will be released within 10 days", rule="plus:10",
  note="'within 10 days' = message local date (2 Sep, +0530) + 10 = 12 September.")

M(cls="promise", lang="en", frm="Oliver Grant <oliver.grant@grant-villas.example>", d="2026-12-22 17:45", tz="uk",
  body="""Hi Melanie,

Sorry about this. I've asked my bank to send it - they say it will arrive in 3 business days.

Merry Christmas,
Oliver""", quote="gmail",
  phrase="it will arrive in 3 business days", rule="bd:3",
  note="3 business days from Tue 22 Dec skipping weekend and French holiday 25 Dec: Wed 23, Thu 24, Mon 28 -> 28 December.")

M(cls="promise", lang="en", frm="Helen Ashby <helen.ashby@ashby-gites.example>", d="2026-12-17 10:10", tz="uk",
  body="""Hello,

I'm afraid our account is rather stretched before Christmas. I'll pay on the 4th, right after New Year.

Best,
Helen""", quote="outlook",
  phrase="I'll pay on the 4th, right after New Year", rule="abs:2027-01-04",
  note="'on the 4th, right after New Year' = 4 January 2027 (not 4 December, already past).")

M(cls="promise", lang="en", frm="Daniel Foster <dfoster@fostergroup.example>", d="2026-09-24 11:00", tz="ny",
  body="""Hello,

Our payment for invoice {INV} is queued for October 2nd. Please confirm your bank details haven't changed since the last payment.

Regards,
Daniel Foster
Foster Group LLC""", quote="outlook", fmt="html",
  phrase="is queued for October 2nd", rule="abs:2026-10-02",
  note="'October 2nd' = 2 October 2026.")

M(cls="promise", lang="en", frm="Rachel Denby <rachel@denby-cottages.example>", d="2026-10-27 09:05", tz="+0000",
  body="""Hi Melanie,

Yes, sorry - I will pay on 2 Nov 2026 when my pension comes in. I hope that's ok.

Rachel Denby""", quote="gmail",
  phrase="I will pay on 2 Nov 2026", rule="abs:2026-11-02",
  note="UK format '2 Nov 2026' = 2 November 2026.")

M(cls="promise", lang="en", frm="Mark Sutherland <msutherland@sutherland-holidays.example>", d="2026-08-07 16:20", tz="uk",
  body="""Hi,

The transfer will be done next Tuesday. The meeting with your technician on the 14th is still on, by the way.

Mark""", quote="outlook",
  phrase="The transfer will be done next Tuesday", rule="wd:tue",
  note="'next Tuesday' written on a Friday = 11 August (the coming Tuesday; 'the 14th' is a meeting).")

# windows
M(cls="promise", lang="en", frm="Emma Clarke <emma.clarke@clarke-wines.example>", d="2026-10-01 13:30", tz="uk",
  body="""Hi,

We'll pay sometime next week, once our own customers have paid us.

Emma""", quote="gmail",
  phrase="We'll pay sometime next week", win="next_week",
  note="'sometime next week' = next week, no day.")

M(cls="promise", lang="en", frm="Accounts <accounts@harbourline-ltd.example>", d="2026-11-30 08:55", tz="GMT",
  datehdr="Mon, 30 Nov 2026 08:55:10 GMT",
  body="""Dear Sir/Madam,

Payment of invoice {INV} will be made between the 10th and 15th of December.

Regards
Accounts Department
Harbourline Ltd""", quote="orig",
  phrase="will be made between the 10th and 15th of December", win="between",
  note="'between the 10th and 15th of December' = between two dates.")

# undated
M(cls="promise", lang="en", frm="Chris Bell <chris.bell@bellandco.example>", d="2026-07-29 18:00", tz="uk",
  body="""Hi,
Sorry, will get this paid asap.
Chris

Sent from Outlook for Android""", quote="outlook", fmt="plain",
  phrase="will get this paid asap", undated=True,
  note="No date.")

M(cls="promise", lang="en", frm="Lauren Mitchell <lmitchell@mitchell-design.example>", d="2027-02-11 10:40", tz="ny",
  body="""Hi Melanie,

Thanks for the nudge - I'll make sure it's settled. Our accountant is catching up after the holidays.

Best,
Lauren""", quote="gmail",
  phrase="I'll make sure it's settled", undated=True,
  note="No date.")
