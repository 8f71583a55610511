# -*- coding: utf-8 -*-
# Hand-written English reply material (same conventions as pools_fr.py).

PROMISE_DATED = [
    "Apologies for the delay{ on this one|}. [[We will pay the invoice $DATE]].",
    "Thanks for the reminder. [[Payment of $AMT is scheduled $DATE]].",
    "The invoice got stuck in our approval workflow, sorry about that. [[It will be paid $DATE]].",
    "Noted{, thank you|}. [[I'll process the transfer $DATE]].",
    "Our finance director is travelling until $DIST, but [[the payment will be released $DATE]] regardless.",
    "Yes, we're aware it's overdue (the due date was $DUE). [[You'll have the money $DATE]].",
    "Cash flow is a bit tight at the moment. [[Would it be OK if we paid $DATE]]? I'd really appreciate it.",
    "We received the goods on $PASTD and everything is fine. [[The invoice will be settled $DATE]].",
    "[[We can pay in two instalments, the first one $DATE]] and the balance a month later, if that works for you.",
    "[[Invoice $INV is approved and will go out $DATE]] with the rest of our supplier payments.",
    "Sorry, my fault, I missed it. [[Transfer $DATE]].",
    "Just confirming that [[we'll wire the $AMT $DATE]], provided our own customer has paid us by then, which they have promised.",
    "[[The cheque will be mailed $DATE]]; please let me know if you'd rather have a bank transfer.",
    "Our accounts team only processes payments twice a month, so [[you'll be paid $DATE]].",
    "Thanks for your patience. [[I'm going to settle this $DATE]], I just need my business partner's second signature.",
    "The invoice has been signed off. [[Payment $DATE]], you'll get the remittance advice by email.",
    "Hi again, I'm on site until $DIST with no banking access, but [[I'll make the payment $DATE]].",
    "[[We plan to pay $DATE]]. We had a change of bank and a few transfers bounced.",
    "We're closing our books this month so everything is a bit late. [[Your invoice will be paid $DATE]].",
    "Quick update: [[the transfer will be booked $DATE]].",
]

PROMISE_UNDATED = [
    "[[We'll sort it out]], no worries.",
    "Sorry about this, [[we'll pay as soon as we can]].",
    "[[We'll settle the invoice once our client pays us]]; they're running late too.",
    "Noted, [[I'll make sure it gets paid]].",
    "[[Payment will be made shortly]], it's with our finance team now.",
    "Thanks for the nudge. [[We'll get this paid asap]].",
]

DISPUTE = [
    "[[The hourly rate on the invoice is higher than the one in your quote]] (€45 agreed, €52 charged). Please send a corrected invoice.",
    "[[The agreed $PCT% discount is missing from the invoice]]. We'll pay once it's corrected.",
    "[[The work isn't finished yet]]: the skirting boards and the pantry door are still outstanding.",
    "[[Two of the cabinet doors arrived damaged]], we sent photos to your sales rep on $PASTD.",
    "[[We only received 8 of the 12 shelves you invoiced]].",
    "[[This order was cancelled]] by phone a few days after we placed it, so we won't be paying this invoice.",
    "[[The invoice is addressed to the wrong company]]: the order was placed by $CO Ltd, not by our parent company.",
    "[[This looks like a duplicate of invoice $OTHERINV]], which covers exactly the same work.",
    "[[We can't accept an invoice without a purchase order number]], it has been rejected by our accounts payable system.",
    "[[The deposit we paid in June hasn't been deducted]], so the amount is wrong.",
    "[[You've charged 16 hours of fitting but your team was only on site for a day and a half]].",
    "[[We never ordered this]]. I think you have the wrong customer.",
    "[[VAT has been charged at 20% but we are a Belgian company, reverse charge applies]]; please reissue the invoice with our VAT number.",
    "I'm not paying this until [[the staircase is fixed]]; the last step is higher than the others and the handrail is loose.",
    "[[The delivery charge wasn't in the quote]], it was supposed to be free.",
    "[[We dispute the amount]]: the quote was $AMT2 and nobody told us about the extra costs.",
    "[[The billing address is wrong]], we moved to new premises in the spring and told you at the time.",
    "[[The finish on the oak table is not what we ordered]] (matte was agreed, you delivered gloss).",
]

PAID = [
    "[[We paid this by bank transfer on $PASTD]], reference $REF.",
    "[[This invoice was settled]] {last week|a while ago}, please check your bank.",
    "[[Our records show it was settled]] on $PASTD. Could you check on your side?",
    "[[A cheque (no. $CHQ) was posted on $PASTD]].",
    "[[Paid by card]] to your technician on the day of the installation.",
    "[[It's paid by direct debit]] like all your invoices.",
    "[[It was offset against your credit note $AVOIR]].",
    "[[The transfer of $AMT left our account on $PASTD]], remittance attached.",
    "I think our emails crossed, [[the payment went out yesterday]].",
    "[[Already paid]]! See the attached proof of payment.",
    "[[Payment was made together with $OTHERINV]] in a single transfer.",
    "[[Please check your bank statements]], we wired the full amount on $PASTD.",
]

COPY_REQUEST = [
    "[[Could you resend a copy of invoice $INV]]? We can't find it in our system.",
    "[[The attachment was missing from your email]].",
    "[[The PDF won't open]], it says the file is corrupted.",
    "[[The link to the invoice is broken]], I get a 404 error.",
    "[[Please resend the invoice quoting our PO number $PO]], otherwise our AP team can't process it.",
    "[[Could you send us your bank details (IBAN)]]? We need them to set you up as a supplier.",
    "[[Please submit the invoice through our Coupa supplier portal]]; emailed invoices are not processed.",
    "[[Can you send me a statement of account]] listing all open invoices?",
    "[[Please send invoices to $APMAIL]], that's where they get processed.",
    "I never received this invoice. [[Can you email it to me again]]?",
    "[[We need a copy of the invoice with the line-item detail]]; ours only shows the total.",
    "[[Could you re-send it as a PDF attachment rather than a link]]? Our firewall blocks external links.",
]

AUTO = [
    "Thank you for your email. [[I am out of the office until $RETURN]] with limited access to email. For urgent matters please contact $COLLEAGUE at $COLLEMAIL.",
    "[[I'm currently on annual leave]] and will be back on $RETURN.",
    "Hello,\n\n[[I am on parental leave until $RETURN]]. Please direct any queries to $COLLEMAIL.\n\nThanks",
    "[[$CLIENT has left $CO]]. Your email has not been forwarded. For accounts queries please write to $COLLEMAIL.",
    "[[This mailbox is no longer monitored]]. Please use $COLLEMAIL instead.",
    "[[Thank you for contacting us. Your request has been received and assigned ticket number $TICKET]]. A member of our team will get back to you within 2 business days.\n\nThis is an automated message, please do not reply.",
    "[[This is an automatic acknowledgement]]: your message has been received by the Accounts Payable team at $CO.",
    "[[I'm travelling with no email access until $RETURN]]. I'll reply when I'm back.",
    "[[Out of office]] - back $RETURN.",
    "Hi,\n\n[[I'm away from my desk until $RETURN]] and won't be checking messages. Invoices: $COLLEMAIL.\n\nCheers",
    "[[Our offices are closed for the holidays]] and will reopen on $RETURN. Season's greetings from all of us at $CO!",
    "[[Automatic reply]]: I'm in training all week and will respond on my return.",
]

OTHER = [
    "[[Got it, I'll pass this on to our accounts department]].",
    "[[Forwarding to my colleague $COLLEAGUE]], who handles supplier payments.",
    "[[Thanks for your message]], and thanks again for the lovely bookshelves!",
    "[[Who should I contact]] about rescheduling the second phase of the work?",
    "[[I find the tone of this reminder rather unpleasant]] for a customer who has always paid.",
    "[[We've changed accountants]]; I'll send you the new firm's details soon.",
    "[[Please remove me from your mailing list]].",
    "[[Could you quote us]] for a built-in wardrobe in the guest room?",
    "[[I'm not the right person]] for this, I work in sales.",
    "[[What are your opening hours]] over Christmas?",
    "[[Can you call me back]] on $PHONE? It's about the next job.",
    "[[I don't understand this email]], what is it about?",
    "[[Thanks, have a good day]]",
    "[[Boost your B2B sales with our new lead generation platform]]! Book a free demo today.",
]

SMS = {
    "promise": ["[[will pay $DATE]] sorry", "ok [[transfer $DATE]]", "[[paying $DATE]] promise"],
    "promise_u": ["[[will pay asap]] sorry", "[[ill sort it]]"],
    "dispute": ["[[job's not finished]] not paying yet", "[[wrong price]] check the quote"],
    "paid": ["[[already paid]] check ur bank", "[[paid last wk]]"],
    "copy_request": ["[[no attachment]]?", "[[pls resend invoice]]"],
    "other": ["[[ok thx]]", "[[who is this]]?"],
}

GREET = ["Hi,", "Hi,", "Hello,", "Dear Sir or Madam,", "Hi there,", "Good morning,", "Dear Ms Garnier,", "Hello team,", "", "Hi $STAFF,", "Dear all,", "Good afternoon,"]
CLOSE = ["Best regards,", "Kind regards,", "Thanks,", "Cheers,", "Regards,", "Many thanks,", "Best,", "Yours sincerely,", "Sincerely,", "Thx", "", "All the best,"]
FORMAL_OPEN = ["We acknowledge receipt of your payment reminder.", "Further to your email regarding invoice $INV,", "Thank you for your reminder concerning invoice $INV for $AMT."]
FORMAL_CLOSE = ["Yours faithfully,", "Yours sincerely,", "With kind regards,"]
EXTRA = ["Thanks for the reminder.", "Sorry for the slow reply, it's been a hectic week.", "Typing this on my phone, excuse the brevity.",
         "Hope all is well with you.", "Let me know if you need anything else.", "I've copied my colleague for visibility."]
FEMALE = set()
TITLES = ["Finance Manager", "Accounts Payable", "Office Manager", "Operations Director", "Managing Director", "Bookkeeper", "Project Manager", "Procurement Officer"]
MOBILE = ["Sent from my iPhone", "Sent from my Android phone", "Get Outlook for iOS", "Sent from my iPad", "Sent from Mail for Windows"]
LEGAL = ["$CO Ltd. Registered in England and Wales No. 08123456. Registered office: 1 Example Street, London.",
         "CONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
         "$CO B.V. - KvK 12345678 - VAT NL123456789B01",
         "Please consider the environment before printing this email."]
FIRST = ["James", "Emma", "Oliver", "Sophie", "Daniel", "Hannah", "Michael", "Laura", "Peter", "Anna", "Thomas", "Rachel", "David", "Claire",
         "Mark", "Katie", "Lukas", "Ingrid", "Pieter", "Siobhan", "Raj", "Mei", "Carlos", "Fiona", "Ben", "Grace"]
LAST = ["Smith", "Johnson", "Brown", "Taylor", "Wilson", "Evans", "Walker", "Wright", "Murphy", "O'Brien", "Janssen", "de Vries", "Müller",
        "Schmidt", "Patel", "Chen", "Garcia", "Hughes", "Kelly", "Andersen", "Novak", "Rossi", "Fischer", "Campbell"]
COMPANIES = ["Harbour View Hotels", "Green Leaf Cafés", "Northfield Properties", "Brightside Dental", "Oakwood Interiors", "Riverside Lettings",
             "Blue Fjord Trading", "Atlas Facility Services", "Kensington Design Studio", "Maple & Co", "Lakeside Holiday Homes", "Nordic Timber Imports",
             "Castle Gate Restaurants", "Sunrise Montessori", "Westbrook Construction", "Bellweather Events", "Canal Street Bakery", "Evergreen Offices"]

FOLLOW = {
    "promise": ["Sorry again for the inconvenience.", "Thanks for your understanding.", "I'll send the remittance advice once it's done.",
                "Happy to discuss if that's a problem."],
    "dispute": ["Please send a corrected invoice.", "Payment is on hold until this is resolved.", "I can send photos if needed.",
                "Happy to jump on a call to discuss."],
    "paid": ["Proof of payment attached.", "Please update your records.", "Please stop sending reminders for this one."],
    "copy_request": ["Thanks in advance.", "We can't do anything until we have it.", "Thanks for your help."],
    "other": ["Thanks.", "Have a nice weekend.", "Speak soon."],
}
N_OPEN = 4
