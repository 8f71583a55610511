// Every call to the Go side rejects with an AppError. The Go ErrorFormatter (app/errors.go) sends
// {code, message, fields?} as a JSON string; an object, that JSON string, an Error whose message is that JSON,
// a bare string (wrapped as EINTERNAL) and any other exception all become an AppError here.

export type ErrorCode = 'EINVALID' | 'ENOTFOUND' | 'ECONFLICT' | 'EUNAVAILABLE' | 'EINTERNAL'

export interface FieldError {
  /** JSON path of the field: "siren", "contacts.0.email", "dueDate" */
  field: string
  message: string
}

export interface AppError {
  code: ErrorCode
  message: string
  fields?: FieldError[]
}

import { goText } from '../typography'

const CODES: readonly ErrorCode[] = ['EINVALID', 'ENOTFOUND', 'ECONFLICT', 'EUNAVAILABLE', 'EINTERNAL']

export function isAppError(e: unknown): e is AppError {
  if (typeof e !== 'object' || e === null) return false
  const o = e as Record<string, unknown>
  return typeof o.code === 'string' && (CODES as readonly string[]).includes(o.code) && typeof o.message === 'string'
}

function parseJSONError(s: string): unknown {
  const t = s.trim()
  if (!t.startsWith('{')) return undefined
  try {
    return JSON.parse(t)
  } catch {
    return undefined
  }
}

function normalizeFields(v: unknown): FieldError[] | undefined {
  if (!Array.isArray(v)) return undefined
  const out: FieldError[] = []
  for (const f of v) {
    if (f && typeof f === 'object' && typeof (f as FieldError).field === 'string') {
      out.push({ field: (f as FieldError).field, message: String((f as FieldError).message ?? '') })
    }
  }
  return out.length ? out : undefined
}

/** The interface's language, as i18n/index.ts keeps it (errors are made outside components). */
function currentLocale(): string {
  try {
    return localStorage.getItem('relance.language') === 'en' ? 'en' : 'fr'
  } catch {
    return 'fr'
  }
}

/** toAppError turns whatever a bound method rejected with into an AppError, its sentences written as the interface's. */
export function toAppError(e: unknown): AppError {
  const err = rawAppError(e)
  const locale = currentLocale()
  const out: AppError = { code: err.code, message: goText(err.message, locale) }
  // A field's message completes its label (« SIREN » : « 9 chiffres attendus »): kept as the Go side wrote it.
  if (err.fields) out.fields = err.fields
  return out
}

function rawAppError(e: unknown): AppError {
  if (isAppError(e)) {
    const fields = normalizeFields(e.fields)
    return fields ? { code: e.code, message: e.message, fields } : { code: e.code, message: e.message }
  }
  if (typeof e === 'string') {
    const parsed = parseJSONError(e)
    if (parsed !== undefined && isAppError(parsed)) return rawAppError(parsed)
    return { code: 'EINTERNAL', message: e }
  }
  if (e instanceof Error) {
    const parsed = parseJSONError(e.message)
    if (parsed !== undefined && isAppError(parsed)) return rawAppError(parsed)
    return { code: 'EINTERNAL', message: e.message }
  }
  if (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string') {
    return { code: 'EINTERNAL', message: (e as { message: string }).message }
  }
  return { code: 'EINTERNAL', message: String(e ?? 'unknown error') }
}

/** call runs one bound method and rejects with an AppError. Synchronous throws (no Wails runtime) count too. */
export async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (e) {
    throw toAppError(e)
  }
}
