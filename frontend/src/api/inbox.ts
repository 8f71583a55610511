// The received messages (InboxAPI): typed wrappers over the generated bindings, re-exported by index.ts.
// Through bind.ts, like index.ts: `out` makes the compiler check the generated models against inboxTypes.ts and
// `arg` the other way.

import * as InboxAPI from '../../wailsjs/go/app/InboxAPI'
import { arg, onEvent, out } from './bind'
import { call } from './errors'
import * as N from './inboxTypes'
import type { InboxFilter, InboxSettings, InboxStatus, InboxWatchStatus, InteractionView, MessageView } from './inboxTypes'

export * from './inboxTypes'

export const inboxApi = {
  /** The watcher's state with the counts of « À traiter » and « Non rattachés ». */
  status: (): Promise<InboxStatus> => call(() => InboxAPI.Status()).then(out(N.inboxStatus)),
  /** Asks the watcher to look for new messages at once (starts it when it was not running). */
  syncNow: (): Promise<InboxStatus> => call(() => InboxAPI.SyncNow()).then(out(N.inboxStatus)),
  settings: (): Promise<InboxSettings> => call(() => InboxAPI.Settings()).then(out(N.inboxSettings)),
  /** Field errors: pollMinutes (1 to 60), lookBackDays (1 to 365). Restarts the watcher. */
  saveSettings: (s: InboxSettings): Promise<InboxSettings> =>
    call(() => InboxAPI.SaveSettings(arg(InboxAPI.SaveSettings, s))).then(out(N.inboxSettings)),
  /** clientId 0: every client's; otherwise that client's messages (its timeline). Newest first. */
  list: (filter: InboxFilter, clientId = 0): Promise<InteractionView[]> =>
    call(() => InboxAPI.List(filter, clientId)).then(out(N.interactionViews)),
  /** One message with its full text. */
  get: (id: number): Promise<MessageView> => call(() => InboxAPI.Get(id)).then(out(N.messageView)),
  /** Carries out the proposal (promise, dispute, copy of the invoice) and marks the message read. */
  accept: (id: number): Promise<InteractionView> => call(() => InboxAPI.Accept(id)).then(out(N.interactionView)),
  /** Changes the class (see INBOX_CLASSES); what the new class implies is done. */
  correct: (id: number, cls: string): Promise<InteractionView> => call(() => InboxAPI.Correct(id, cls)).then(out(N.interactionView)),
  /** Links an unmatched message to a client; learn: the sender's address becomes one of the client's contacts. */
  assign: (id: number, clientId: number, learn: boolean): Promise<InteractionView> =>
    call(() => InboxAPI.Assign(id, clientId, learn)).then(out(N.interactionView)),
  /** Marks the message read: the pause its arrival set on the client's reminders is lifted. */
  markHandled: (id: number, note: string): Promise<InteractionView> =>
    call(() => InboxAPI.MarkHandled(id, note)).then(out(N.interactionView)),
}

export const EVENT_INBOX_STATUS = 'inbox:status'
export const EVENT_INBOX_NEW = 'inbox:new'

/** The watcher's state as it changes (connecting, syncing n/N, idle, offline since…). */
export function onInboxStatus(cb: (s: InboxWatchStatus) => void): () => void {
  return onEvent(EVENT_INBOX_STATUS, (p) => cb(N.inboxWatchStatus(p)))
}

/** New messages kept (count > 0), or a message read, corrected or linked (count 0). */
export function onInboxNew(cb: (count: number) => void): () => void {
  return onEvent(EVENT_INBOX_NEW, (p) => cb(Number(p) || 0))
}
