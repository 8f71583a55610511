import { describe, expect, it } from 'vitest'
import {
  addDaysISO,
  formatAmount,
  formatDate,
  formatDateTime,
  formatEUR,
  formatInt,
  formatSize,
  isValidISODate,
  parseAmount,
  parseDateFR,
  todayISO,
} from '../format'

const NBSP = '\u00A0'

describe('formatEUR', () => {
  it.each([
    [0, `0,00${NBSP}€`],
    [5, `0,05${NBSP}€`],
    [99, `0,99${NBSP}€`],
    [100, `1,00${NBSP}€`],
    [123456, `1${NBSP}234,56${NBSP}€`],
    [100000000, `1${NBSP}000${NBSP}000,00${NBSP}€`],
    [-123456, `-1${NBSP}234,56${NBSP}€`],
    [-5, `-0,05${NBSP}€`],
    [99999999999, `999${NBSP}999${NBSP}999,99${NBSP}€`],
  ])('%i cents → %s', (cents, want) => {
    expect(formatEUR(cents)).toBe(want)
  })

  it('uses U+00A0 and never U+202F', () => {
    const s = formatEUR(123456789)
    expect(s).not.toContain('\u202F')
    expect(s).not.toContain(' ')
    expect(s).toBe('1\u00A0234\u00A0567,89\u00A0€')
  })

  it('formats amounts and integers without the currency', () => {
    expect(formatAmount(123456)).toBe(`1${NBSP}234,56`)
    expect(formatInt(100000)).toBe(`100${NBSP}000`)
    expect(formatInt(-1234)).toBe(`-1${NBSP}234`)
    expect(formatInt(999)).toBe('999')
  })
})

describe('formatDate', () => {
  it('writes French dates', () => {
    expect(formatDate('2026-12-31')).toBe('31/12/2026')
    expect(formatDate('2026-01-05')).toBe('05/01/2026')
  })
  it('is empty for an empty value', () => {
    expect(formatDate('')).toBe('')
    expect(formatDate(null)).toBe('')
    expect(formatDate(undefined)).toBe('')
  })
  it('takes the date part of a timestamp', () => {
    expect(formatDate('2026-03-15T10:00:00Z')).toBe('15/03/2026')
  })
  it('writes date and time', () => {
    const local = new Date(2026, 11, 31, 9, 5)
    expect(formatDateTime(local.toISOString())).toBe('31/12/2026 09:05')
    expect(formatDateTime('')).toBe('')
  })
})

describe('parseAmount', () => {
  it.each([
    ['1 234,56', 123456],
    [`1${NBSP}234,56`, 123456],
    ['1\u202F234,56', 123456],
    ['1234.56', 123456],
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['12', 1200],
    ['12,5', 1250],
    ['0,05', 5],
    [',5', 50],
    ['1.234.567', 123456700],
    ['1 234 567,89 €', 123456789],
    ['-12,30', -1230],
    ['  42  ', 4200],
    ['0', 0],
    ['1 000 000 000,00', 100_000_000_000],
    ['-1 000 000 000,00', -100_000_000_000],
  ])('%s → %i', (input, want) => {
    expect(parseAmount(input)).toBe(want)
  })

  it.each([
    ['1 000 000 000,01'],
    ['999 999 999 999,99'],
    ['1,234'],
    ['1.234'],
    ['12,345'],
    ['1234.567'],
    ['1,2,3'],
    ['12,'],
    ['abc'],
    [''],
    ['   '],
    ['-'],
    ['1.23.4,5'],
    ['1,234,56'],
    ['12a'],
  ])('rejects %s', (input) => {
    expect(parseAmount(input)).toBeNull()
  })

  it('rejects null and undefined', () => {
    expect(parseAmount(null)).toBeNull()
    expect(parseAmount(undefined)).toBeNull()
  })

  it('round-trips with formatAmount', () => {
    for (const c of [0, 1, 99, 100, 123456, 100000000, -4550]) expect(parseAmount(formatAmount(c))).toBe(c)
  })
})

describe('parseDateFR', () => {
  it.each([
    ['31/12/2026', '2026-12-31'],
    ['01/01/2026', '2026-01-01'],
    ['1/2/2026', '2026-02-01'],
    ['29/02/2028', '2028-02-29'],
    [' 15/03/2026 ', '2026-03-15'],
    ['15.03.2026', '2026-03-15'],
  ])('%s → %s', (input, want) => {
    expect(parseDateFR(input)).toBe(want)
  })

  it.each([['31/02/2026'], ['29/02/2026'], ['32/01/2026'], ['00/01/2026'], ['15/13/2026'], ['2026-12-31'], ['31/12/26'], [''], ['abc']])(
    'rejects %s',
    (input) => {
      expect(parseDateFR(input)).toBeNull()
    },
  )
})

describe('dates', () => {
  it('validates ISO dates', () => {
    expect(isValidISODate('2026-12-31')).toBe(true)
    expect(isValidISODate('2026-02-31')).toBe(false)
    expect(isValidISODate('2026-2-3')).toBe(false)
  })
  it('adds days across months and years', () => {
    expect(addDaysISO('2026-01-31', 30)).toBe('2026-03-02')
    expect(addDaysISO('2026-12-15', 30)).toBe('2027-01-14')
    expect(addDaysISO('2028-02-28', 1)).toBe('2028-02-29')
  })
  it('gives the local date', () => {
    expect(todayISO(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })
})

describe('formatSize', () => {
  it('uses Ko and Mo', () => {
    expect(formatSize(500)).toBe(`500${NBSP}o`)
    expect(formatSize(2048)).toBe(`2${NBSP}Ko`)
    expect(formatSize(1536)).toBe(`1,5${NBSP}Ko`)
    expect(formatSize(5 * 1024 * 1024 + 100 * 1024)).toBe(`5,1${NBSP}Mo`)
  })
})
