// The « Aujourd'hui » list without Vue: sorting, card heights for the virtual list, selection by step or channel,
// and the keyboard (which key does what, where the focus goes). Unit-tested in todayList.test.ts.
import type { ActionView } from './api'
import type { ActionKind } from './chase'

export type SortKey = 'plan' | 'amount' | 'late' | 'client'
export const SORT_KEYS: SortKey[] = ['plan', 'amount', 'late', 'client']

/** The days overdue of an action: its latest invoice's (negative before the due date). */
export function lateOf(av: ActionView): number {
  let max = Number.NEGATIVE_INFINITY
  for (const l of av.action.lines) max = Math.max(max, l.daysOverdue)
  return max === Number.NEGATIVE_INFINITY ? 0 : max
}

const byClient = new Intl.Collator('fr', { sensitivity: 'base', numeric: true })

/** sortActions returns a sorted copy: 'plan' keeps the planner's order; amount and lateness largest first. */
export function sortActions(items: ActionView[], key: SortKey): ActionView[] {
  if (key === 'plan') return items
  const out = items.slice()
  const amount = (a: ActionView, b: ActionView) => b.action.total - a.action.total
  if (key === 'amount') out.sort(amount)
  else if (key === 'late') out.sort((a, b) => lateOf(b) - lateOf(a) || amount(a, b))
  else out.sort((a, b) => byClient.compare(a.action.clientName, b.action.clientName) || amount(a, b))
  return out
}

/** Kinds whose actions can be selected, approved, postponed or skipped. */
export const ACTIONABLE: ActionKind[] = ['review', 'call', 'send', 'task']
export const isDense = (kind: ActionKind) => kind === 'done' || kind === 'skipped' || kind === 'upcoming'

/** Heights in px of a card's parts (ActionCard's CSS uses the same figures: the virtual list places cards by them). */
export const CARD = { head: 36, line: 26, chrome: 14, dense: 38, gap: 8 }

/** The height a card takes in the list, gap included. */
export function cardHeight(av: ActionView, kind: ActionKind): number {
  if (isDense(kind)) return CARD.dense + CARD.gap
  const lines = av.action.lines.length + (av.pending ? 1 : 0)
  return CARD.chrome + CARD.head + lines * CARD.line + CARD.gap
}

/** A value to select by (a step, a channel) with how many actions have it. */
export interface Group {
  key: string
  count: number
}

function groups(items: ActionView[], keyOf: (av: ActionView) => string): Group[] {
  const m = new Map<string, number>()
  for (const av of items) m.set(keyOf(av), (m.get(keyOf(av)) ?? 0) + 1)
  return [...m].map(([key, count]) => ({ key, count }))
}

export const stepsOf = (items: ActionView[]) => groups(items, (av) => av.action.stepName)
export const channelsOf = (items: ActionView[]) => groups(items, (av) => String(av.action.channel))
export const idsWhere = (items: ActionView[], keep: (av: ActionView) => boolean) => items.filter(keep).map((av) => av.action.id)

/** What a key does on the page. */
export type Command = 'next' | 'prev' | 'first' | 'last' | 'open' | 'approve' | 'skip' | 'postpone' | 'toggle' | 'selectAll' | 'clear'

interface KeyLike {
  key: string
  ctrlKey?: boolean
  metaKey?: boolean
  altKey?: boolean
  target?: EventTarget | null
}

/** Keys typed into a field, a dialog or a menu are theirs; Enter and Space on a button or a link are theirs. */
function theirs(target: EventTarget | null | undefined, key: string): boolean {
  const el = target as HTMLElement | null
  if (!el || typeof el.closest !== 'function') return false
  if (el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="dialog"], [role="menu"], [role="listbox"]')) return true
  return (key === 'Enter' || key === ' ') && !!el.closest('button, a[href], [role="button"], [role="checkbox"]')
}

const KEYS: Record<string, Command> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'prev',
  ArrowUp: 'prev',
  Home: 'first',
  End: 'last',
  Enter: 'open',
  o: 'open',
  a: 'approve',
  s: 'skip',
  p: 'postpone',
  x: 'toggle',
  ' ': 'toggle',
  Escape: 'clear',
}

/** keyCommand maps a keydown to a command of the page, or null when the key is not the page's. */
export function keyCommand(e: KeyLike): Command | null {
  if (e.altKey || theirs(e.target, e.key)) return null
  if (e.ctrlKey || e.metaKey) return e.key === 'a' || e.key === 'A' ? 'selectAll' : null
  return KEYS[e.key] ?? null
}

/** moveFocus gives the id delta places from the current one (the first or last when none is focused). */
export function moveFocus(ids: string[], current: string, delta: number): string {
  if (!ids.length) return ''
  const i = ids.indexOf(current)
  if (i < 0) return delta >= 0 ? ids[0] : ids[ids.length - 1]
  return ids[Math.min(ids.length - 1, Math.max(0, i + delta))]
}

/**
 * keepFocus says where the focus goes when the list changes: it stays on its action if still there, else moves to
 * the next one that is still there (the one that took its place after an approval), else the previous one.
 */
export function keepFocus(before: string[], after: string[], current: string): string {
  if (!current || !after.length) return ''
  const still = new Set(after)
  if (still.has(current)) return current
  const i = before.indexOf(current)
  if (i < 0) return ''
  for (let j = i + 1; j < before.length; j++) if (still.has(before[j])) return before[j]
  for (let j = i - 1; j >= 0; j--) if (still.has(before[j])) return before[j]
  return after[0]
}
