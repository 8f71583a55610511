import { describe, expect, it } from 'vitest'
import { colName, columnTitle } from '../csvColumns'

describe('csvColumns', () => {
  it('names columns by spreadsheet letter', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(colName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA'])
  })

  it('titles a column with its letter and header, or the untitled word', () => {
    expect(columnTitle(2, 'Somme', 'sans titre')).toBe('C · Somme')
    expect(columnTitle(0, '', 'sans titre')).toBe('A · sans titre')
  })
})
