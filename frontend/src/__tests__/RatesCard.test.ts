import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { NMessageProvider } from 'naive-ui'

vi.mock('../../wailsjs/go/app/SettingsAPI', () => ({ Get: vi.fn(), Save: vi.fn(), Overview: vi.fn(), LoadDemo: vi.fn(), Rates: vi.fn(), AddRate: vi.fn() }))

import * as SettingsAPI from '../../wailsjs/go/app/SettingsAPI'
import RatesCard from '../components/RatesCard.vue'
import type { RateInfo } from '../api'
import { i18n, setLocale } from '../i18n'
import { NBSP, parsePercent, percentBP, formatPercent } from '../format'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

const INFO: RateInfo = {
  rows: [
    { halfYear: '2025-H2', ecbPct: '2.15', legalParticulierPct: '7.21', legalAutresPct: '2.76' },
    { halfYear: '2026-H1', ecbPct: '2.15', legalParticulierPct: '6.67', legalAutresPct: '3.12' },
  ],
  userRows: ['2026-H1'],
  warning: 'Taux inconnus après le 1er semestre 2026 : le dernier taux connu a été utilisé',
}

function mountCard() {
  const Host = defineComponent({ setup: () => () => h(NMessageProvider, null, { default: () => h(RatesCard) }) })
  return mount(Host, { global: { plugins: [i18n] }, attachTo: document.body })
}

const feedback = (w: ReturnType<typeof mountCard>, testid: string) =>
  w.find(`[data-testid="${testid}-item"] .n-form-item-feedback-wrapper`).text()

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
})

describe('parsePercent', () => {
  it('turns French decimals into what the Go side reads', () => {
    expect(parsePercent('2,15')).toBe('2.15')
    expect(parsePercent('2.15')).toBe('2.15')
    expect(parsePercent(' 3 ')).toBe('3.00')
    expect(parsePercent('0,5 %')).toBe('0.50')
    expect(parsePercent('12,1%')).toBe('12.10')
    expect(parsePercent('-0,25')).toBe('-0.25')
    expect(parsePercent('2,155')).toBeNull()
    expect(parsePercent('12 345,00')).toBeNull()
    expect(parsePercent('abc')).toBeNull()
    expect(parsePercent('')).toBeNull()
    expect(percentBP('12.15')).toBe(1215)
    expect(formatPercent('14.5')).toBe(`14,50${NBSP}%`)
  })
})

describe('RatesCard', () => {
  it('lists the half-years newest first, with the legal penalty, the user rows and the stale warning', async () => {
    mocked(SettingsAPI.Rates).mockResolvedValueOnce(INFO)
    const w = mountCard()
    await flushPromises()
    const rows = w.findAll('[data-testid="rate-row"]')
    expect(rows.map((r) => r.attributes('data-half-year'))).toEqual(['2026-H1', '2025-H2'])
    const first = rows[0].findAll('td').map((c) => c.text())
    expect(first).toEqual([`1er semestre 2026 ajouté`, `2,15${NBSP}%`, `6,67${NBSP}%`, `3,12${NBSP}%`, `12,15${NBSP}%`])
    expect(rows[1].text()).toContain('2e semestre 2025')
    expect(rows[1].find('[data-testid="rate-added"]').exists()).toBe(false)
    expect(w.find('[data-testid="rates-warning"]').text()).toContain('Taux inconnus après le 1er semestre 2026')
    w.unmount()
  })

  it('sends the percentages typed the French way with a dot, for the next half-year', async () => {
    mocked(SettingsAPI.Rates).mockResolvedValueOnce(INFO)
    const added = {
      ...INFO,
      rows: [...INFO.rows, { halfYear: '2026-H2', ecbPct: '2.15', legalParticulierPct: '6.50', legalAutresPct: '3.01' }],
      userRows: ['2026-H1', '2026-H2'],
      warning: '',
    }
    mocked(SettingsAPI.AddRate).mockResolvedValueOnce(added)
    const w = mountCard()
    await flushPromises()
    await w.find('[data-testid="rate-ecb"]').setValue('2,15')
    await w.find('[data-testid="rate-particulier"]').setValue('6,5')
    await w.find('[data-testid="rate-autres"]').setValue('3,01 %')
    await w.find('[data-testid="rate-add"]').trigger('click')
    await flushPromises()
    expect(SettingsAPI.AddRate).toHaveBeenCalledWith({ halfYear: '2026-H2', ecbPct: '2.15', legalParticulierPct: '6.50', legalAutresPct: '3.01' })
    expect(w.findAll('[data-testid="rate-row"]')[0].text()).toContain('2e semestre 2026')
    expect(w.find('[data-testid="rates-warning"]').exists()).toBe(false)
    expect((w.find('[data-testid="rate-ecb"]').element as HTMLInputElement).value).toBe('')
    w.unmount()
  })

  it('refuses a percentage it cannot read, and shows the Go side field errors and messages', async () => {
    mocked(SettingsAPI.Rates).mockResolvedValueOnce(INFO)
    const w = mountCard()
    await flushPromises()
    await w.find('[data-testid="rate-ecb"]').setValue('2,155')
    await w.find('[data-testid="rate-particulier"]').setValue('6,50')
    await w.find('[data-testid="rate-add"]').trigger('click')
    await flushPromises()
    expect(SettingsAPI.AddRate).not.toHaveBeenCalled()
    expect(feedback(w, 'rate-ecb')).toContain('Pourcentage invalide')
    expect(feedback(w, 'rate-autres')).toBe('Obligatoire')

    mocked(SettingsAPI.AddRate).mockRejectedValueOnce(
      JSON.stringify({ code: 'EINVALID', message: 'taux invalides', fields: [{ field: 'legalAutresPct', message: '2026-H2 : taux légal « autres cas » : trop élevé' }] }),
    )
    await w.find('[data-testid="rate-ecb"]').setValue('2,15')
    await w.find('[data-testid="rate-autres"]').setValue('99')
    await w.find('[data-testid="rate-add"]').trigger('click')
    await flushPromises()
    expect(feedback(w, 'rate-autres')).toContain('trop élevé')
    expect(feedback(w, 'rate-ecb')).toBe('')

    mocked(SettingsAPI.AddRate).mockRejectedValueOnce({ code: 'EINVALID', message: 'la table des taux aurait un trou : ajoutez d’abord 2026-H2' })
    await w.find('[data-testid="rate-add"]').trigger('click')
    await flushPromises()
    expect(w.find('[data-testid="rate-form-error"]').text()).toContain('aurait un trou')
    w.unmount()
  })
})
