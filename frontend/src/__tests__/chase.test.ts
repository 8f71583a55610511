import { describe, expect, it } from 'vitest'
import {
  dateInWords,
  hhmmToMinutes,
  jLabel,
  minutesToHHMM,
  moveItem,
  newStepId,
  outOfOrder,
  scenarioIdFor,
  slugify,
  stepOffsets,
  stepWhen,
  uniqueId,
} from '../chase'

describe('jLabel and step positions', () => {
  it('writes offsets the French way', () => {
    expect(jLabel(-3)).toBe('J-3')
    expect(jLabel(0)).toBe('J')
    expect(jLabel(8)).toBe('J+8')
  })

  it('follows each anchor like Scenario.Offset on the Go side', () => {
    const steps = [
      { anchor: 'before_due', days: 3 },
      { anchor: 'after_due', days: 1 },
      { anchor: 'after_previous', days: 7 },
      { anchor: 'after_previous', days: 5 },
      { anchor: 'after_due', days: 30 },
    ]
    expect(stepOffsets(steps)).toEqual([-3, 1, 8, 13, 30])
    expect(stepWhen(steps[0], -3)).toEqual({ label: 'J-3', afterPrevious: false, position: 'J-3' })
    expect(stepWhen(steps[1], 1)).toEqual({ label: 'J+1', afterPrevious: false, position: 'J+1' })
    expect(stepWhen(steps[3], 13)).toEqual({ label: '+5', afterPrevious: true, position: 'J+13' })
    expect(stepWhen({ anchor: 'after_due', days: 0 }, 0).label).toBe('J')
  })

  it('finds steps that do not come after the one before', () => {
    expect(outOfOrder([{ anchor: 'after_due', days: 8 }, { anchor: 'after_due', days: 1 }, { anchor: 'after_previous', days: 0 }])).toEqual([1, 2])
    expect(outOfOrder([{ anchor: 'before_due', days: 3 }, { anchor: 'after_due', days: 0 }])).toEqual([])
  })
})

describe('moveItem', () => {
  it('moves up and down, and ignores moves out of range', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b'])
    expect(moveItem(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c'])
    expect(moveItem(['a', 'b', 'c'], 7, 0)).toEqual(['a', 'b', 'c'])
  })
})

describe('ids', () => {
  it('derives a lower-case ASCII id with dashes from a name', () => {
    expect(slugify('Client très fidèle !')).toBe('client-tres-fidele')
    expect(slugify('  Œuvres & Cie — été 2026 ')).toBe('oeuvres-cie-ete-2026')
    expect(slugify('À risque')).toBe('a-risque')
    expect(slugify('x'.repeat(60)).length).toBe(40)
    expect(slugify('€€€')).toBe('')
  })

  it('keeps scenario ids unique', () => {
    expect(scenarioIdFor('Client régulier', ['regular'])).toBe('client-regulier')
    expect(scenarioIdFor('Regular', ['regular', 'regular-2'])).toBe('regular-3')
    expect(scenarioIdFor('', [])).toBe('scenario')
    expect(uniqueId('a'.repeat(40), ['a'.repeat(40)])).toBe(`${'a'.repeat(38)}-2`)
    expect(newStepId([{ id: 'courtesy' }, { id: 'reminder1' }])).toBe('step-3')
    expect(newStepId([{ id: 'step-2' }, { id: 'step-3' }])).toBe('step-4')
  })
})

describe('send window and dates', () => {
  it('converts minutes after midnight', () => {
    expect(minutesToHHMM(540)).toBe('09:00')
    expect(minutesToHHMM(11 * 60 + 30)).toBe('11:30')
    expect(hhmmToMinutes('09:30')).toBe(570)
    expect(hhmmToMinutes('24:00')).toBe(1440)
    expect(hhmmToMinutes('25:00')).toBeNull()
    expect(hhmmToMinutes('nope')).toBeNull()
  })

  it('writes a date in words', () => {
    expect(dateInWords('2026-03-16', 'fr')).toBe('Lundi 16 mars 2026')
    expect(dateInWords('2026-05-01', 'en')).toMatch(/^Friday,? 1 May 2026$/)
    expect(dateInWords('', 'fr')).toBe('')
  })
})
