import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import fr from '../i18n/fr'
import en from '../i18n/en'
import { segmentLabel, segmentOptions } from '../segments'
import { shownColumns, type VColumn } from '../components/table'

function translator(locale: 'fr' | 'en') {
  const i = createI18n({ legacy: false, locale, messages: { fr, en } })
  return { t: (k: string) => i.global.t(k), te: (k: string) => i.global.te(k) }
}

describe('segment labels', () => {
  it('shows the built-in segments by their label in each language', () => {
    const f = translator('fr')
    expect(['regular', 'at-risk', 'strategic', 'new'].map((k) => segmentLabel(k, f))).toEqual(['Régulier', 'À risque', 'Stratégique', 'Nouveau'])
    const e = translator('en')
    expect(segmentLabel('at-risk', e)).not.toBe('at-risk')
    expect(segmentLabel('at-risk', e)).not.toBe('À risque')
  })

  it('keeps a segment the owner typed as it is, and the key as the value of an option', () => {
    const f = translator('fr')
    expect(segmentLabel('Grands comptes', f)).toBe('Grands comptes')
    expect(segmentLabel('', f)).toBe('')
    expect(segmentOptions(['regular', 'BTP'], f)).toEqual([
      { label: 'Régulier', value: 'regular' },
      { label: 'BTP', value: 'BTP' },
    ])
  })
})

describe('shownColumns', () => {
  const cols: VColumn[] = [
    { key: 'number', title: 'N°', sticky: true },
    { key: 'issueDate', title: 'Émise le', hideBelow: 980 },
    { key: 'status', title: 'Statut', hideBelow: 800 },
    { key: 'daysOverdue', title: 'Retard' },
  ]
  it('drops the lower-priority columns the table has no room for', () => {
    expect(shownColumns(cols, 990).map((c) => c.key)).toEqual(['number', 'issueDate', 'status', 'daysOverdue'])
    expect(shownColumns(cols, 900).map((c) => c.key)).toEqual(['number', 'status', 'daysOverdue'])
    expect(shownColumns(cols, 734).map((c) => c.key)).toEqual(['number', 'daysOverdue'])
  })
  it('shows them all before the table is measured', () => {
    expect(shownColumns(cols, 0)).toHaveLength(4)
  })
})
