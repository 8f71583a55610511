// Pure helpers of the chase screens: step positions (J-3, J+8), scenario ids, send-window times, dates in words.
// No Vue, no API: unit-tested in __tests__/chase.test.ts.

import type { Component } from 'vue'
import { CallOutline, ChatbubbleEllipsesOutline, CheckboxOutline, DocumentTextOutline, MailOutline } from '@vicons/ionicons5'
import type { Step } from './api/types'

/** Which section of the « Aujourd'hui » page an action is shown in (what can be done with it). */
export type ActionKind = 'review' | 'send' | 'call' | 'task' | 'done' | 'skipped' | 'upcoming'

/** jLabel(-3) → "J-3", jLabel(0) → "J", jLabel(8) → "J+8" (the way French dunning schedules are written). */
export function jLabel(offset: number): string {
  if (offset < 0) return `J-${-offset}`
  if (offset === 0) return 'J'
  return `J+${offset}`
}

/**
 * stepOffsets gives each step's nominal position relative to the due date, as the Go side's Scenario.Offset:
 * before_due → -days, after_due → +days, after_previous → the previous step's position + days.
 */
export function stepOffsets(steps: readonly Pick<Step, 'anchor' | 'days'>[]): number[] {
  const out: number[] = []
  let off = 0
  for (const st of steps) {
    const d = Number.isFinite(st.days) ? st.days : 0
    if (st.anchor === 'before_due') off = -d
    else if (st.anchor === 'after_previous') off += d
    else off = d
    out.push(off)
  }
  return out
}

/** What the label of a step says: "J-3", "J+8", or "+5 j" after the previous step (with its resulting position). */
export interface StepWhen {
  /** "J-3", "J+8", or "+5" for after_previous */
  label: string
  afterPrevious: boolean
  /** the nominal position, "J+13" */
  position: string
}

export function stepWhen(step: Pick<Step, 'anchor' | 'days'>, offset: number): StepWhen {
  if (step.anchor === 'after_previous') return { label: `+${step.days}`, afterPrevious: true, position: jLabel(offset) }
  return { label: jLabel(offset), afterPrevious: false, position: jLabel(offset) }
}

/** outOfOrder lists the indexes of steps that do not fall strictly after the one before (the Go side rejects them). */
export function outOfOrder(steps: readonly Pick<Step, 'anchor' | 'days'>[]): number[] {
  const offs = stepOffsets(steps)
  const bad: number[] = []
  for (let i = 1; i < offs.length; i++) if (offs[i] <= offs[i - 1]) bad.push(i)
  return bad
}

/** moveItem returns a copy of list with the item at from moved to to (clamped); the same order when out of range. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = list.slice()
  if (from < 0 || from >= out.length) return out
  const dest = Math.max(0, Math.min(out.length - 1, to))
  const [item] = out.splice(from, 1)
  out.splice(dest, 0, item)
  return out
}

/**
 * slugify("Client très fidèle !") → "client-tres-fidele": lower-case ASCII letters, digits and dashes, at most
 * max characters (the Go side accepts 40, without spaces or "|").
 */
export function slugify(name: string, max = 40): string {
  const s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return s.slice(0, max).replace(/-+$/, '')
}

/** uniqueId makes base unique among taken ("relance", ["relance"] → "relance-2"), within max characters. */
export function uniqueId(base: string, taken: Iterable<string>, max = 40): string {
  const used = new Set(taken)
  const root = base || 'scenario'
  if (!used.has(root)) return root
  for (let n = 2; ; n++) {
    const suffix = `-${n}`
    const id = `${root.slice(0, max - suffix.length).replace(/-+$/, '')}${suffix}`
    if (!used.has(id)) return id
  }
}

/** scenarioIdFor derives a new scenario's id from its name, unique among the existing ones. */
export function scenarioIdFor(name: string, existing: Iterable<string>): string {
  return uniqueId(slugify(name) || 'scenario', existing)
}

/** newStepId gives a new step an id that no other step of its scenario has: "step-N", N its position at first. */
export function newStepId(steps: readonly Pick<Step, 'id'>[]): string {
  const used = new Set(steps.map((s) => s.id))
  for (let n = steps.length + 1; ; n++) if (!used.has(`step-${n}`)) return `step-${n}`
}

/** minutesToHHMM(540) → "09:00". */
export function minutesToHHMM(minutes: number): string {
  const m = Math.max(0, Math.min(24 * 60, Math.round(minutes)))
  const h = Math.floor(m / 60)
  const r = m % 60
  return `${h < 10 ? '0' : ''}${h}:${r < 10 ? '0' : ''}${r}`
}

/** hhmmToMinutes("09:30") → 570; null when unreadable. */
export function hhmmToMinutes(s: string | null | undefined): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(String(s ?? '').trim())
  if (!m) return null
  const h = Number(m[1])
  const min = Number(m[2])
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return null
  return h * 60 + min
}

/** The weekdays in the order a French week is shown (Monday first), as indexes of ChaseSettings.weekdays (0 = Sunday). */
export const WEEK_ORDER: readonly number[] = [1, 2, 3, 4, 5, 6, 0]

/** dateInWords("2026-03-16", "fr") → "Lundi 16 mars 2026"; "Monday, March 16, 2026" in English. */
export function dateInWords(iso: string, locale: string = 'fr'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '')
  if (!m) return iso ?? ''
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  const text = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(d)
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The icon of each channel. */
export function channelIcon(channel: string): Component {
  switch (channel) {
    case 'letter':
      return DocumentTextOutline
    case 'call':
      return CallOutline
    case 'sms':
      return ChatbubbleEllipsesOutline
    case 'task':
      return CheckboxOutline
    default:
      return MailOutline
  }
}
