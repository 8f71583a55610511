// Reminders by SMS (SMSAPI): the provider's settings (the key goes to the OS keychain), a test send, and the counter
// of an SMS text (characters, parts, the characters that force Unicode, the cost per send). Re-exported by index.ts.

import * as SMSAPI from '../../wailsjs/go/app/SMSAPI'
import { call } from './errors'

export type SMSProvider = '' | 'brevo' | 'ovh'

/** The SMS account (sms.Settings); the key is never read back. */
export interface SMSSettings {
  provider: SMSProvider | string
  /** name (3 to 11 letters and digits) or number shown on the client's phone */
  sender: string
  /** OVHcloud's SMS account, sms-xx12345-1 */
  ovhService: string
  /** price of one SMS part in ten-thousandths of a euro (0,045 € = 450); 0: not given */
  pricePerSegment: number
  /** the hours texts may leave, in minutes after midnight (Paris) */
  windowStart: number
  windowEnd: number
}

export interface SMSSettingsView {
  settings: SMSSettings
  hasKey: boolean
  providers: { id: string; name: string }[]
  ready: boolean
  /** why SMS cannot go out, in French */
  notReady: string
}

export interface SMSTestResult {
  ok: boolean
  to: string
  /** in French: accepted, or what failed */
  message: string
}

/** How a text travels: GSM 7-bit (160 characters, 153 per part) or UCS-2 (70, 67 per part). */
export interface SMSCount {
  encoding: 'gsm7' | 'ucs2' | string
  chars: number
  units: number
  segments: number
  perSegment: number
  remaining: number
  /** the characters that force Unicode */
  unicode: string[]
}

export interface SMSCountView {
  count: SMSCount
  /** cents per send, 0 when no price is set */
  cost: number
  priceSet: boolean
  /** « un accent ou un emoji double le coût… » when a character forces Unicode */
  warning: string
  /** the text counted, variables replaced by example values */
  sample: string
}

export function emptySMSSettings(): SMSSettings {
  return { provider: '', sender: '', ovhService: '', pricePerSegment: 0, windowStart: 480, windowEnd: 1200 }
}

type Obj = Record<string, unknown>
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {})
const str = (v: unknown): string => (typeof v === 'string' ? v : '')
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0)

export function smsSettings(v: unknown): SMSSettings {
  const o = obj(v)
  const d = emptySMSSettings()
  return {
    provider: str(o.provider),
    sender: str(o.sender),
    ovhService: str(o.ovhService),
    pricePerSegment: num(o.pricePerSegment),
    windowStart: typeof o.windowStart === 'number' ? o.windowStart : d.windowStart,
    windowEnd: typeof o.windowEnd === 'number' ? o.windowEnd : d.windowEnd,
  }
}

export function smsSettingsView(v: unknown): SMSSettingsView {
  const o = obj(v)
  return {
    settings: smsSettings(o.settings),
    hasKey: o.hasKey === true,
    providers: Array.isArray(o.providers) ? o.providers.map((p) => ({ id: str(obj(p).id), name: str(obj(p).name) })) : [],
    ready: o.ready === true,
    notReady: str(o.notReady),
  }
}

export function smsCountView(v: unknown): SMSCountView {
  const o = obj(v)
  const c = obj(o.count)
  return {
    count: {
      encoding: str(c.encoding) || 'gsm7',
      chars: num(c.chars),
      units: num(c.units),
      segments: num(c.segments),
      perSegment: num(c.perSegment),
      remaining: num(c.remaining),
      unicode: Array.isArray(c.unicode) ? c.unicode.map(str) : [],
    },
    cost: num(o.cost),
    priceSet: o.priceSet === true,
    warning: str(o.warning),
    sample: str(o.sample),
  }
}

/** Price per part for the form: 450 → « 0,045 » (euros). */
export function priceToEuros(p: number): number {
  return p / 10000
}

/** « 0,045 » (euros) → 450 ten-thousandths; NaN for what is not a price. */
export function eurosToPrice(e: number | null): number {
  if (e === null || !Number.isFinite(e) || e < 0) return 0
  return Math.round(e * 10000)
}

export const smsApi = {
  settings: (): Promise<SMSSettingsView> => call(() => SMSAPI.Settings()).then(smsSettingsView),
  /** key '' keeps the one in the keychain. Field errors: provider, sender, ovhService, pricePerSegment, windowStart. */
  save: (s: SMSSettings, key: string): Promise<SMSSettingsView> =>
    call(() => SMSAPI.SaveSettings(s as Parameters<typeof SMSAPI.SaveSettings>[0], key)).then(smsSettingsView),
  /** Sends a test SMS to number with the saved settings; EINVALID for a number that is not a mobile. */
  test: (number: string): Promise<SMSTestResult> =>
    call(() => SMSAPI.Test(number)).then((r) => ({ ok: r?.ok === true, to: str(r?.to), message: str(r?.message) })),
  count: (text: string): Promise<SMSCountView> => call(() => SMSAPI.Count(text)).then(smsCountView),
  templateCount: (key: string, lang: string): Promise<SMSCountView> => call(() => SMSAPI.TemplateCount(key, lang)).then(smsCountView),
}
