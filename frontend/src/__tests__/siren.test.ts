import { describe, expect, it } from 'vitest'
import { checkSiren, compactNumber, frenchVatNumber, luhn } from '../siren'

describe('siren', () => {
  it('derives the VAT number as the Go side does', () => {
    // The same pairs as backend/identifiers_test.go and the official example (EDF, FR03552081317).
    expect(frenchVatNumber('552081317')).toBe('FR03552081317')
    expect(frenchVatNumber('812345676')).toBe('FR19812345676')
    expect(frenchVatNumber('443061841')).toBe('FR64443061841')
    expect(frenchVatNumber('123456782')).toBe('FR11123456782')
    // A key under 10 keeps its leading zero.
    expect(frenchVatNumber('552081317').slice(2, 4)).toBe('03')
  })

  it('checks Luhn', () => {
    expect(luhn('552081317')).toBe(true)
    expect(luhn('552081318')).toBe(false)
    expect(luhn('81234567600017')).toBe(true)
    expect(luhn('81234567600018')).toBe(false)
    expect(luhn('')).toBe(false)
    expect(luhn('12a')).toBe(false)
  })

  it('reads what is typed in the SIREN field', () => {
    expect(checkSiren('')).toEqual({ kind: 'empty' })
    expect(checkSiren('  ')).toEqual({ kind: 'empty' })
    expect(checkSiren('812 34')).toEqual({ kind: 'partial' })
    expect(checkSiren('812 345 676')).toEqual({ kind: 'valid', siren: '812345676', siret: '', vatNumber: 'FR19812345676' })
    expect(checkSiren('812.345.676')).toMatchObject({ kind: 'valid', siren: '812345676' })
    expect(checkSiren('812\u00a0345\u00a0676')).toMatchObject({ kind: 'valid', siren: '812345676' })
    expect(checkSiren('812 345 677')).toEqual({ kind: 'key', what: 'siren' })
    expect(checkSiren('8123456760')).toEqual({ kind: 'partial' })
    expect(checkSiren('812 345 676 00017')).toEqual({ kind: 'valid', siren: '812345676', siret: '81234567600017', vatNumber: 'FR19812345676' })
    expect(checkSiren('812 345 676 00018')).toEqual({ kind: 'key', what: 'siret' })
    expect(checkSiren('81234567600017 1')).toEqual({ kind: 'format' })
    expect(checkSiren('FR19812345676')).toEqual({ kind: 'format' })
    expect(compactNumber(' 812-345 676 ')).toBe('812345676')
  })

  it('accepts La Poste, whose SIRETs fail Luhn', () => {
    expect(checkSiren('35600000000048')).toMatchObject({ kind: 'valid', siren: '356000000' }) // head office, passes Luhn
    // The same as backend/identifiers_test.go: digit sum 45, not Luhn; then a typo.
    expect(luhn('35600000049837')).toBe(false)
    expect(checkSiren('35600000049837')).toEqual({ kind: 'valid', siren: '356000000', siret: '35600000049837', vatNumber: 'FR39356000000' })
    expect(checkSiren('35600000049838')).toEqual({ kind: 'key', what: 'siret' })
  })
})
