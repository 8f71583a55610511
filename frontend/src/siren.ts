// French company numbers as the user types them: SIREN (9 digits) and SIRET (14, the SIREN then 5 digits), both
// checked with Luhn, and the intra-community VAT number a SIREN implies. Mirrors backend/identifiers.go.

/** La Poste's SIRETs do not pass Luhn: they are valid when their digit sum is a multiple of 5. */
const LA_POSTE_SIREN = '356000000'

/** The digits of a number as typed, without the spaces, dots and dashes people put in. */
export function compactNumber(s: string): string {
  return s.replace(/[\s.\-\u00a0\u202f]/g, '')
}

/** Luhn check of a string of digits. */
export function luhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

function siretValid(siret: string): boolean {
  if (luhn(siret)) return true
  if (!siret.startsWith(LA_POSTE_SIREN)) return false
  return [...siret].reduce((s, c) => s + Number(c), 0) % 5 === 0
}

/** The intra-community VAT number of a (valid, 9-digit) SIREN: FR, a 2-digit key, the SIREN. */
export function frenchVatNumber(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97
  return `FR${String(key).padStart(2, '0')}${siren}`
}

/**
 * What the number typed in the SIREN field means, for a live hint:
 * - empty: nothing typed;
 * - partial: fewer than 9 digits, or between 10 and 13 (a SIRET on its way): say nothing yet;
 * - format: letters, or more than 14 digits;
 * - key: 9 or 14 digits whose check key is wrong (a typo);
 * - valid: a SIREN, or a SIRET (then `siret` is set), with the VAT number it implies.
 */
export type SirenCheck =
  | { kind: 'empty' | 'partial' | 'format' }
  | { kind: 'key'; what: 'siren' | 'siret' }
  | { kind: 'valid'; siren: string; siret: string; vatNumber: string }

export function checkSiren(input: string): SirenCheck {
  const v = compactNumber(input)
  if (v === '') return { kind: 'empty' }
  if (!/^\d+$/.test(v) || v.length > 14) return { kind: 'format' }
  if (v.length === 9) return luhn(v) ? { kind: 'valid', siren: v, siret: '', vatNumber: frenchVatNumber(v) } : { kind: 'key', what: 'siren' }
  if (v.length === 14) {
    if (!siretValid(v)) return { kind: 'key', what: 'siret' }
    const siren = v.slice(0, 9)
    if (!luhn(siren)) return { kind: 'key', what: 'siren' }
    return { kind: 'valid', siren, siret: v, vatNumber: frenchVatNumber(siren) }
  }
  return { kind: 'partial' }
}
