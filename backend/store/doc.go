// Package store keeps the ledger in one bbolt file.
//
// Schema (bucket → key → value). Keys named id are big-endian uint64 from NextSequence; values are JSON.
//
//	meta               "schema"              → big-endian uint64 schema version
//	company            "profile"             → backend.Company
//	clients            id                    → backend.Client
//	clients_by_code    code                  → id                  (unique)
//	invoices           id                    → backend.Invoice
//	invoices_by_number number                → id                  (unique)
//	invoices_by_client clientID|invoiceID    → empty
//	payments           id                    → backend.Payment
//	payments_by_client clientID|paymentID    → empty
//	payments_by_key    natural key           → id                  (date|amount|invoice|reference: re-imports do not duplicate)
//	events             id                    → backend.Event       (append-only journal)
//	events_by_client   clientID|eventID      → empty
//	settings           name                  → JSON of that setting ("demo": DemoMark, while the ledger holds demo data;
//	                                           "inbox_corrections": the owner's corrections of replies' classes, ≤ 300;
//	                                           "chase_reprise": RepriseMark, while a takeover waits for the owner's
//	                                           confirmation — set by the import or demo that first fills the ledger,
//	                                           or after a long absence; "chase_runs": ChaseRuns, the last days the
//	                                           chase ran and the day the ledger was first filled)
//	import_layouts     kind|fingerprint      → column mapping remembered for a file layout
//	documents          id                    → backend.Document    (generated documents; bytes in documents/)
//	documents_by_client clientID|documentID  → empty
//	scenarios          scenario ID           → backend.Scenario    (defaults seeded by migration 4)
//	invoice_chase      invoiceID             → backend.InvoiceChase (steps done, dispute, promise, plan)
//	client_chase       clientID              → backend.ClientChase (pause, scenario, last contact)
//	executed_actions   action ID             → ExecutedAction      (an action is carried out once, ever)
//	outbox             id                    → backend.OutboxMessage (written before sending; state machine)
//	outbox_by_action   action ID             → id                  (unique: one message per action, ever)
//	outbox_by_message  Message-ID            → id                  (links replies to the reminder they answer)
//	outbox_open        id                    → state               (every message not sent: queued, sending,
//	                                           failed, uncertain, cancelled; the sender and badges read these)
//	follow_ups         id                    → backend.FollowUp    (call or letter after an e-mail failed)
//	bank_lines         line key              → backend.BankLine    (bank statement lines; the key dedupes imports)
//	interactions       id                    → backend.Interaction (messages received: replies, bounces, auto-replies)
//	interactions_by_message Message-ID       → id                  (a message is kept once, whatever the resyncs)
//	interactions_by_client clientID|id       → empty
//	interaction_text   id                    → the message's full text (UTF-8), apart so that lists stay light
//	interactions_new   id                    → clientID (8 bytes, 0 = not linked): the messages « à traiter », so
//	                                           that counts and the to-do list never decode the whole history
//	mailbox_state      folder                → backend.MailboxState (UIDVALIDITY and the last UID seen)
//
// Every user action or import is one write transaction; the in-memory projection used by the list screens is
// updated only after the transaction commits. Migrations run in order at open (migrate.go), each in its own
// transaction, and record the version they reach.
package store
