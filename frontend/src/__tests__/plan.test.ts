import { describe, expect, it } from 'vitest'
import { monthlyDates, splitEvenly } from '../plan'

describe('payment plan helpers', () => {
  it('splits cents exactly', () => {
    expect(splitEvenly(100000, 3)).toEqual([33334, 33333, 33333])
    expect(splitEvenly(100000, 3).reduce((a, b) => a + b)).toBe(100000)
    expect(splitEvenly(5, 0)).toEqual([5])
  })
  it('steps a month at a time, keeping the day or the end of the month', () => {
    expect(monthlyDates(new Date(2026, 0, 31), 3)).toEqual(['2026-02-28', '2026-03-31', '2026-04-30'])
    expect(monthlyDates(new Date(2026, 10, 23), 2)).toEqual(['2026-12-23', '2027-01-23'])
  })
})
