import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NMessageProvider } from 'naive-ui'

// Every generated function becomes a vi.fn().
vi.mock('../../wailsjs/go/app/ChaseAPI')
vi.mock('../../wailsjs/go/app/SettingsAPI')

import * as ChaseAPI from '../../wailsjs/go/app/ChaseAPI'
import * as SettingsAPI from '../../wailsjs/go/app/SettingsAPI'
import ChaseRulesCard from '../components/ChaseRulesCard.vue'
import { i18n, setLocale } from '../i18n'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

// The rules as the Go side sends them.
const rules = {
  minGapDays: 5,
  sendStart: 540,
  sendEnd: 660,
  weekdays: [false, true, true, true, true, true, false],
  alsaceMoselle: false,
  companyDefaultScenarioId: 'regular',
  segmentScenario: { regular: 'regular' },
  undatedPromiseDays: 14,
}

function mountCard() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const Host = defineComponent({
    setup: () => () => h(NMessageProvider, null, { default: () => h(ChaseRulesCard, { scenarios: [{ id: 'regular', name: 'Standard', description: '', steps: [], repeatLastEmailEveryDays: 0, doNotChase: false, thankYou: false }] }) }),
  })
  return mount(Host, { global: { plugins: [pinia, i18n] }, attachTo: document.body })
}

beforeEach(() => {
  setLocale('fr')
  vi.resetAllMocks()
  mocked(ChaseAPI.Settings).mockResolvedValue({ ...rules })
  mocked(SettingsAPI.Get).mockResolvedValue({ segments: ['regular'] })
})

describe('ChaseRulesCard', () => {
  it('shows how long an undated promise holds the chase and saves a new value', async () => {
    mocked(ChaseAPI.SaveSettings).mockImplementation(async (s: typeof rules) => s)
    const w = mountCard()
    await flushPromises()
    const input = w.find('[data-testid="rules-undated-promise"]')
    expect((input.element as HTMLInputElement).value).toBe('14')
    expect(w.text()).toContain('Promesse de paiement sans date : la relance attend')
    await input.setValue('21')
    await input.trigger('blur')
    await flushPromises()
    await w.find('[data-testid="rules-form"]').trigger('submit')
    await flushPromises()
    expect(mocked(ChaseAPI.SaveSettings)).toHaveBeenCalledTimes(1)
    expect(mocked(ChaseAPI.SaveSettings).mock.calls[0][0].undatedPromiseDays).toBe(21)
    w.unmount()
  })

  it('shows the Go side’s refusal beside the field', async () => {
    mocked(ChaseAPI.SaveSettings).mockRejectedValue(
      JSON.stringify({ code: 'EINVALID', message: 'réglage invalide', fields: [{ field: 'undatedPromiseDays', message: 'l’attente après une promesse sans date doit être comprise entre 1 et 90 jours' }] }),
    )
    const w = mountCard()
    await flushPromises()
    await w.find('[data-testid="rules-form"]').trigger('submit')
    await flushPromises()
    expect(w.text()).toContain('entre 1 et 90 jours')
    w.unmount()
  })
})
