import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { NSelect } from 'naive-ui'
import ColumnMapping from '../components/ColumnMapping.vue'
import { i18n, setLocale } from '../i18n'

beforeEach(() => setLocale('fr'))

function mountTable(mapping: Record<string, number>) {
  return mount(ColumnMapping, {
    props: {
      fields: [
        { key: 'number', label: 'Numéro', required: true, invalid: false },
        { key: 'amount', label: 'Montant', required: true, invalid: true },
        { key: 'note', label: 'Note', required: false, invalid: false },
      ],
      headers: ['Facture', '', 'Somme'],
      rows: [
        ['F-1', 'x', ''],
        ['F-2', 'y', '12,50'],
      ],
      mapping,
      testPrefix: 'import-map',
    },
    attrs: { 'data-testid': 'import-mapping' },
    global: { plugins: [i18n] },
  })
}

const select = (w: ReturnType<typeof mountTable>, key: string) => w.findAllComponents(NSelect).find((s) => s.attributes('data-testid') === `import-map-${key}`)!

describe('ColumnMapping', () => {
  it('shows a row per field with its column, the first non-empty example, and the errors the parent gives', () => {
    const w = mountTable({ number: 0, amount: -1, note: 2 })
    expect(w.attributes('data-testid')).toBe('import-mapping')
    const rows = w.findAll('tbody tr')
    expect(rows.map((r) => r.attributes('data-field'))).toEqual(['number', 'amount', 'note'])
    expect(rows[0].find('.req').exists()).toBe(true)
    expect(rows[2].find('.req').exists()).toBe(false)
    expect(rows[0].text()).toContain('Ex. : F-1')
    expect(rows[1].find('.field-example').text()).toBe('')
    expect(rows[2].text()).toContain('Ex. : 12,50')

    expect(select(w, 'number').props('value')).toBe(0)
    expect(select(w, 'amount').props('status')).toBe('error')
    expect(select(w, 'number').props('status')).toBeUndefined()
    expect(select(w, 'number').props('options')).toEqual([
      { label: '— Ne pas importer —', value: -1 },
      { label: 'A · Facture', value: 0 },
      { label: 'B · (sans titre)', value: 1 },
      { label: 'C · Somme', value: 2 },
    ])
  })

  it('emits the chosen column, -1 for none', () => {
    const w = mountTable({ number: 0, amount: -1, note: -1 })
    select(w, 'amount').vm.$emit('update:value', 2)
    select(w, 'note').vm.$emit('update:value', null)
    expect(w.emitted('update')).toEqual([
      ['amount', 2],
      ['note', -1],
    ])
  })
})
