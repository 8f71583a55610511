// Pure helpers of the « Réponses » screens: the watcher's state in words, the colours of the classes.
// No Vue, no API calls: unit-tested in __tests__/InboxView.test.ts.

import type { InboxStatus } from './api/inboxTypes'
import { formatDateTime, formatInt } from './format'

/** What the watcher is doing, as the status line and the sidebar indicator show it. */
export type WatchState = 'connected' | 'syncing' | 'connecting' | 'offline' | 'unconfigured' | 'starting'

export interface StatusLine {
  state: WatchState
  /** i18n key under inbox.status */
  key: string
  params: Record<string, string>
  /** 0–100 while syncing with a known total, null otherwise */
  percent: number | null
}

/** "14:02" for a time of today, "12/03/2026 14:02" otherwise; '' for none. */
export function sinceText(rfc3339: string, now: Date = new Date()): string {
  if (!rfc3339) return ''
  const d = new Date(rfc3339)
  if (Number.isNaN(d.getTime())) return ''
  const full = formatDateTime(rfc3339)
  const sameDay = d.getFullYear() === now.getFullYear() && d.getMonth() === now.getMonth() && d.getDate() === now.getDate()
  return sameDay ? full.slice(-5) : full
}

/** statusLine reads the watcher's state: which sentence (inbox.status.<key>) with which parameters. */
export function statusLine(s: InboxStatus, now: Date = new Date()): StatusLine {
  const since = sinceText(s.since, now)
  const error = s.error
  switch (s.phase) {
    case 'idle':
      return { state: 'connected', key: error ? 'idleWithError' : 'idle', params: { error }, percent: null }
    case 'polling':
      return { state: 'connected', key: error ? 'pollingWithError' : 'polling', params: { error }, percent: null }
    case 'syncing':
      if (s.total > 0) {
        const percent = Math.max(0, Math.min(100, Math.round((s.done / s.total) * 100)))
        return { state: 'syncing', key: 'syncing', params: { done: formatInt(s.done), total: formatInt(s.total) }, percent }
      }
      return { state: 'syncing', key: 'syncingStart', params: {}, percent: null }
    case 'connecting':
      if (error && since) return { state: 'connecting', key: 'reconnecting', params: { since, error }, percent: null }
      return { state: 'connecting', key: 'connecting', params: {}, percent: null }
  }
  // No watcher: the mailbox is not set up (or watching is off); the Go side says why.
  if (!s.watching && error) return { state: 'unconfigured', key: 'unconfigured', params: { error }, percent: null }
  if (s.phase === 'offline') {
    if (since) return { state: 'offline', key: 'offlineSince', params: { since, error: error || '—' }, percent: null }
    return { state: 'offline', key: 'offline', params: { error: error || '—' }, percent: null }
  }
  return { state: 'starting', key: 'starting', params: {}, percent: null }
}

type TagType = 'default' | 'info' | 'success' | 'warning' | 'error'

/** The tag colour of a class. */
export function classType(cls: string): TagType {
  switch (cls) {
    case 'promise':
      return 'info'
    case 'paid':
      return 'success'
    case 'dispute':
    case 'bounce':
      return 'error'
    case 'copy_request':
      return 'warning'
    default:
      return 'default'
  }
}

const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()

/**
 * senderBesideClient is the sender to show next to the client's name: nothing when the sender's name is the
 * client's (a message shows who sent it once), the name otherwise, the address when there is no name.
 */
export function senderBesideClient(fromName: string, fromEmail: string, clientName: string): string {
  if (fromName && clientName && folded(fromName) === folded(clientName)) return ''
  return fromName || fromEmail
}

/** The sender in full: « Name <address> », or either one alone (never the same text twice). */
export function senderFull(fromName: string, fromEmail: string): string {
  if (!fromName || !fromEmail || folded(fromName) === folded(fromEmail)) return fromName || fromEmail
  return `${fromName} <${fromEmail}>`
}
