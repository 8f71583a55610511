// Package dunning is the planner of Relance: from a snapshot of the ledger, the chase state and a date it says who
// to contact, on which channel, about which invoices, and why. It is pure — no I/O, no clock — so that the app,
// the `relance run` command and the tests all get the same plan from the same input.
//
// How the plan is made:
//
//   - Scenario: the invoice's own choice, else the client's, else its segment's, else the company default. A
//     reference to a missing scenario falls through to the next level; « Ne pas relancer » plans nothing.
//
//   - Chased units: an invoice, or each unpaid instalment of its payment plan (the plan replaces the due date).
//     Paid, cancelled and written-off invoices, unresolved disputes, and direct-debit invoices whose debit did
//     not fail are never chased.
//
//   - Steps are reached in order: the next step is the one after the most advanced step recorded. A step is ready
//     when its date (due date ± days, or previous step + days), the day after the unit's last step, the end of a
//     promise's grace, a postponement and the end of a client pause have all come. A before-due step whose date
//     has passed, or that could only go out after the due date, is skipped with its reason rather than sent; so
//     is a step whose minimum amount is not reached. A skip is no contact: the next step may follow the same day.
//
//   - Catch-up: a step whose date passed while the app was not run goes out once, today, marked CaughtUp with
//     the date it was planned for. Later steps wait their turn (one step per unit per day, and the gap), so a
//     long absence never produces one message per missed day nor jumps straight to the formal notice.
//
//   - Reprise: taking over a backlog (the ledger first filled, or a long absence) is not a catch-up: PlanReprise
//     starts each overdue invoice at the step its lateness calls for and spreads the clients over the next sending
//     days at a pace; the executor has the owner confirm it, then records it (Reprise.Apply) — see reprise.go.
//
//   - Grouping: one action per client, channel and day lists every unit ready on that channel; the message uses
//     the most advanced step (furthest in its scenario), and needs review if any of its steps does.
//
//   - Gap: a contact is a carried-out action on any channel but task (e-mail, letter, call, SMS), whatever the
//     invoice, paid ones included. Two contact days of one client are at least MinGapDays apart (1 at least: one
//     contact day at a time); actions on several channels planned the same day are one contact day. Contacts
//     ready too soon wait. Tasks are the user's own to-dos: never held by the gap, one task action per client
//     per day. Skips are no contact.
//
//   - Days: actions are dated on sending days only (a ticked weekday, Monday to Friday by default, that is not a
//     French public holiday, Alsace-Moselle optional). On any other day nothing is due; the next sending day
//     takes it.
//
//   - Promise: the chase pauses until the promised date plus backend.PromiseGraceDays; then a notice says it is
//     broken (for the executor to record) and the first action after says so in its reason.
//
//   - Pause: a client pause holds everything from Pause.Since (or at once) through Pause.Until; what waited for it
//     goes the next sending day, not marked as a catch-up.
//
// The executor's side of the contract: carry out (or, for a review, on approval) only actions of the current
// plan, by ID; append Action.Records to the invoices' StepsDone (status done, or skipped for a skipped action)
// and, when Action.StartsGap (a contact about an invoice past due; a courtesy message before the due date does
// not count), set the client's LastContact; act on notices (Promise.Broken, Promise.Kept). The next plan
// then moves on by itself. A needs_review action keeps its ID while it waits, so a decision can point at it.
//
// Plan(in) returns today's actions (with those already carried out today, read back from the records), the
// notices, and with in.Horizon > 0 the actions of the next days, projected as if each planned action were
// carried out — which is what the executor does with Action.Records.
package dunning
