import { reactive } from 'vue'
import { toAppError, type FieldError } from '../api'

/**
 * useFieldErrors keeps the field errors of a form, by JSON path ("siren", "contacts.0.email", "dueDate"),
 * for NFormItem's validation-status and feedback.
 */
export function useFieldErrors() {
  const errors = reactive<Record<string, string>>({})

  function clear(): void {
    for (const k of Object.keys(errors)) delete errors[k]
  }

  /** set replaces the errors with those of e; returns its field errors ([] when it has none). */
  function set(e: unknown): FieldError[] {
    clear()
    const fields = toAppError(e).fields ?? []
    for (const f of fields) errors[f.field] = errors[f.field] ? `${errors[f.field]} ; ${f.message}` : f.message
    return fields
  }

  function status(field: string): 'error' | undefined {
    return errors[field] ? 'error' : undefined
  }

  function msg(field: string): string | undefined {
    return errors[field] || undefined
  }

  function drop(field: string): void {
    delete errors[field]
  }

  /** any tells whether a field under a prefix has an error ("address" → "address.city"). */
  function anyUnder(prefix: string): boolean {
    return Object.keys(errors).some((k) => k === prefix || k.startsWith(`${prefix}.`))
  }

  return { errors, clear, set, status, msg, drop, anyUnder }
}

export type FieldErrors = ReturnType<typeof useFieldErrors>
