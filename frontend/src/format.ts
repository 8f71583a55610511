// The one place where figures, amounts and dates are written for people (fr-FR conventions).
// Money is integer cents everywhere; civil dates are "YYYY-MM-DD" strings.

/** U+00A0 NO-BREAK SPACE: thousands separator and space before the currency sign. */
export const NBSP = '\u00A0'

function groupThousands(digits: string): string {
  let out = ''
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += NBSP
    out += digits[i]
  }
  return out
}

/** formatInt(1234567) → "1 234 567" (U+00A0 between groups). */
export function formatInt(n: number): string {
  if (!Number.isFinite(n)) return ''
  const v = Math.trunc(n)
  const sign = v < 0 ? '-' : ''
  return sign + groupThousands(String(Math.abs(v)))
}

/** formatAmount(123456) → "1 234,56" (no currency sign; used in inputs). */
export function formatAmount(cents: number): string {
  if (!Number.isFinite(cents)) return ''
  const v = Math.round(cents)
  const sign = v < 0 ? '-' : ''
  const abs = Math.abs(v)
  const units = Math.floor(abs / 100)
  const rest = abs % 100
  return `${sign}${groupThousands(String(units))},${rest < 10 ? '0' : ''}${rest}`
}

/** formatEUR(123456) → "1 234,56 €" with U+00A0 as thousands separator and before €. */
export function formatEUR(cents: number): string {
  if (!Number.isFinite(cents)) return ''
  return `${formatAmount(cents)}${NBSP}€`
}

/**
 * formatMoney(208800, 'CHF') → "2 088,00 CHF"; euros (or no currency: lines stored before it was kept) as formatEUR.
 * Bank lines carry their own currency; the amount is in hundredths of its unit.
 */
export function formatMoney(cents: number, currency: string | null | undefined): string {
  const c = (currency || 'EUR').toUpperCase()
  if (c === 'EUR') return formatEUR(cents)
  if (!Number.isFinite(cents)) return ''
  return `${formatAmount(cents)}${NBSP}${c}`
}

/** formatTotals([{EUR 342000}, {CHF 208800}]) → "3 420,00 € et 2 088,00 CHF": totals are never added across currencies. */
export function formatTotals(totals: { currency: string; amount: number }[], and = 'et'): string {
  const parts = totals.map((x) => formatMoney(x.amount, x.currency))
  if (parts.length === 0) return formatEUR(0)
  if (parts.length === 1) return parts[0]
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/

/** formatDate("2026-12-31") → "31/12/2026"; "" for an empty value; other text is returned as is. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const m = ISO_DATE.exec(iso)
  if (!m) return iso
  return `${m[3]}/${m[2]}/${m[1]}`
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** formatDateTime("2026-12-31T13:05:00Z") → "31/12/2026 14:05" in the computer's time zone. */
export function formatDateTime(rfc3339: string | null | undefined): string {
  if (!rfc3339) return ''
  const d = new Date(rfc3339)
  if (Number.isNaN(d.getTime())) return rfc3339
  return `${pad2(d.getDate())}/${pad2(d.getMonth() + 1)}/${d.getFullYear()} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`
}

/** formatSize(2048) → "2 Ko", formatSize(5_400_000) → "5,1 Mo" (1 Ko = 1024 octets). */
export function formatSize(bytes: number, units: readonly string[] = ['o', 'Ko', 'Mo', 'Go']): string {
  if (!Number.isFinite(bytes) || bytes < 0) return ''
  let v = bytes
  let u = 0
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024
    u++
  }
  const text = u === 0 || v >= 100 ? String(Math.round(v)) : (Math.round(v * 10) / 10).toString().replace('.', ',')
  return `${text}${NBSP}${units[u]}`
}

const SPACES = /[\s\u00A0\u202F\u2009\u2007']/g

function validGroups(intPart: string, sep: string): boolean {
  const groups = intPart.split(sep)
  if (groups[0].length < 1 || groups[0].length > 3) return false
  return groups.slice(1).every((g) => g.length === 3)
}

/**
 * parseAmount reads an amount typed by a person and returns integer cents, or null when it is not an amount.
 * Accepts "1 234,56", "1234.56", "1.234,56", "1,234.56", "12", "-5,5", "12 €"; rejects more than two decimals.
 * A single "." or "," is always the decimal separator.
 */
export function parseAmount(input: string | null | undefined): number | null {
  if (input == null) return null
  let s = String(input).replace(SPACES, '').replace(/€$/, '').replace(/^€/, '').replace(/EUR$/i, '')
  if (s === '') return null
  let sign = 1
  if (s[0] === '-' || s[0] === '+') {
    if (s[0] === '-') sign = -1
    s = s.slice(1)
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null
  const lastDot = s.lastIndexOf('.')
  const lastComma = s.lastIndexOf(',')
  let intPart = s
  let decPart = ''
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the last one is the decimal separator, the other groups thousands.
    const dec = lastDot > lastComma ? '.' : ','
    const group = dec === '.' ? ',' : '.'
    const at = s.lastIndexOf(dec)
    intPart = s.slice(0, at)
    decPart = s.slice(at + 1)
    if (intPart.includes(dec) || !validGroups(intPart, group)) return null
    intPart = intPart.split(group).join('')
  } else {
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : ''
    if (sep) {
      const count = s.split(sep).length - 1
      if (count === 1) {
        const at = s.indexOf(sep)
        intPart = s.slice(0, at)
        decPart = s.slice(at + 1)
        if (intPart === '') intPart = '0'
      } else {
        // Several identical separators: thousands grouping without decimals ("1.234.567").
        if (!validGroups(s, sep)) return null
        intPart = s.split(sep).join('')
      }
    }
  }
  if (!/^\d+$/.test(intPart)) return null
  if (decPart !== '' && !/^\d{1,2}$/.test(decPart)) return null
  if ((lastDot >= 0 || lastComma >= 0) && decPart === '' && s.endsWith(lastDot > lastComma ? '.' : ',')) return null
  const units = intPart.replace(/^0+(?=\d)/, '')
  if (units.length > 13) return null
  const cents = Number(units) * 100 + Number(decPart.padEnd(2, '0') || '0')
  if (cents > MAX_AMOUNT_CENTS) return null
  return sign * cents
}

/** The largest amount Relance accepts for an invoice, a payment or a bank line: 1 000 000 000,00 € (backend.MaxAmount). */
export const MAX_AMOUNT_CENTS = 100_000_000_000

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** isValidISODate("2026-02-29") → false. */
export function isValidISODate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return false
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)
}

/** parseDateFR("31/12/2026") → "2026-12-31"; null for anything that is not a real date (31/02/2026). */
export function parseDateFR(input: string | null | undefined): string | null {
  if (input == null) return null
  const m = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$/.exec(String(input).trim())
  if (!m) return null
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`
  return isValidISODate(iso) ? iso : null
}

/** todayISO() → the computer's local civil date, "YYYY-MM-DD". */
export function todayISO(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`
}

/** addDaysISO("2026-01-31", 30) → "2026-03-02". */
export function addDaysISO(iso: string, days: number): string {
  const m = ISO_DATE.exec(iso)
  if (!m) return iso
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days))
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`
}

/**
 * parsePercent reads a percentage typed the French way and returns it as the Go side reads it, with a dot and
 * two decimals: "2,15" → "2.15", "3" → "3.00", "0,5 %" → "0.50", "-0,25" → "-0.25"; null when it is not one
 * (more than two decimals or four integer digits, letters).
 */
export function parsePercent(input: string | null | undefined): string | null {
  if (input == null) return null
  const s = String(input).replace(SPACES, '').replace(/%$/, '')
  const m = /^(-?)(\d{1,4})(?:[.,](\d{1,2}))?$/.exec(s)
  if (!m) return null
  const units = m[2].replace(/^0+(?=\d)/, '')
  return `${m[1]}${units}.${(m[3] ?? '').padEnd(2, '0')}`
}

/** percentBP("12.15") → 1215 (basis points), null when unreadable. */
export function percentBP(dot: string | null | undefined): number | null {
  const p = parsePercent(dot)
  if (p === null) return null
  const neg = p.startsWith('-')
  const [i, f] = (neg ? p.slice(1) : p).split('.')
  const bp = Number(i) * 100 + Number(f)
  return neg ? -bp : bp
}

/** formatPercent("14.5") → "14,50 %" (U+00A0 before %); "" for an empty value; other text as is. */
export function formatPercent(dot: string | number | null | undefined): string {
  if (dot === null || dot === undefined || dot === '') return ''
  const bp = typeof dot === 'number' ? Math.round(dot * 100) : percentBP(dot)
  if (bp === null) return String(dot)
  return `${formatBP(bp)}${NBSP}%`
}

/** formatBP(1215) → "12,15" (a rate in basis points, French decimals, no sign for %). */
export function formatBP(bp: number): string {
  const sign = bp < 0 ? '-' : ''
  const a = Math.abs(Math.round(bp))
  return `${sign}${Math.floor(a / 100)},${pad2(a % 100)}`
}

/** shortHash("ab12…") → its first 16 characters (the full value goes in a tooltip). */
export function shortHash(sha: string | null | undefined, n = 16): string {
  return (sha ?? '').slice(0, n)
}

/**
 * formatMonth("2026-11", "fr") → "nov." ; with the year: "nov. 2026". English: "Nov", "Nov 2026".
 * Other text is returned as is.
 */
export function formatMonth(ym: string, locale = 'fr', withYear = false): string {
  const m = /^(\d{4})-(\d{2})/.exec(ym ?? '')
  if (!m) return ym ?? ''
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1))
  try {
    return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { month: 'short', year: withYear ? 'numeric' : undefined, timeZone: 'UTC' }).format(d)
  } catch {
    return withYear ? `${m[2]}/${m[1]}` : m[2]
  }
}

/** formatShare(0.4567) → "46 %" (U+00A0 before %). */
export function formatShare(ratio: number): string {
  if (!Number.isFinite(ratio)) return ''
  return `${Math.round(ratio * 100)}${NBSP}%`
}

/** formatDecimal(12.45) → "12,5" (one decimal at most by default, French comma, no trailing zero). */
export function formatDecimal(n: number, decimals = 1): string {
  if (!Number.isFinite(n)) return ''
  const f = 10 ** decimals
  const r = Math.round(n * f) / f
  const [i, d] = String(Math.abs(r)).split('.')
  return `${r < 0 ? '-' : ''}${groupThousands(i)}${d ? `,${d}` : ''}`
}
