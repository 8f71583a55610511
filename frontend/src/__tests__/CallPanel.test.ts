import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NDatePicker, NMessageProvider } from 'naive-ui'

// Every generated ChaseAPI function becomes a vi.fn().
vi.mock('../../wailsjs/go/app/ChaseAPI')

import * as ChaseAPI from '../../wailsjs/go/app/ChaseAPI'
import CallPanel from '../components/CallPanel.vue'
import { emptyAction, emptyTodayView, type ActionView } from '../api'
import { i18n, setLocale } from '../i18n'
import { NBSP } from '../format'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

const item: ActionView = {
  action: { ...emptyAction(), id: 'a-call', clientId: 7, clientName: 'Garage Martin', channel: 'call', stepName: 'Appel', total: 240000 },
  approved: false,
  pending: '',
}

const script = {
  actionId: 'a-call',
  clientName: 'Garage Martin',
  contactName: 'Julie Martin',
  phone: '01 23 45 67 89',
  email: 'compta@garage-martin.fr',
  lines: [{ invoiceId: 3, number: 'F-2026-014', dueDate: '2026-03-01', amount: 240000, daysOverdue: 15 }],
  total: 240000,
  history: ['12/03/2026 : e-mail « Relance ferme » envoyé', '02/03/2026 : e-mail « Relance 1 » envoyé'],
  script: ['Bonjour, je suis …', 'Pouvez-vous me dire quand le règlement sera fait ?'],
}

function mountPanel() {
  setActivePinia(createPinia())
  const onRecorded = vi.fn()
  const Host = defineComponent({
    setup: () => () => h(NMessageProvider, null, { default: () => h(CallPanel, { item, today: '2026-03-16', onRecorded }) }),
  })
  const wrapper = mount(Host, { global: { plugins: [i18n] }, attachTo: document.body })
  return { wrapper, onRecorded }
}

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
})

describe('CallPanel', () => {
  it('shows who to call, the number, the script and what was already done', async () => {
    mocked(ChaseAPI.CallScript).mockResolvedValueOnce(script)
    const { wrapper } = mountPanel()
    await flushPromises()
    expect(ChaseAPI.CallScript).toHaveBeenCalledWith('a-call')
    expect(wrapper.find('[data-testid="call-contact"]').text()).toBe('Julie Martin')
    expect(wrapper.find('[data-testid="call-phone"]').attributes('href')).toBe('tel:0123456789')
    expect(wrapper.find('[data-testid="call-script"]').findAll('p')).toHaveLength(2)
    expect(wrapper.find('[data-testid="call-history"]').text()).toContain('« Relance ferme » envoyé')
    expect(wrapper.find('[data-testid="call-total"]').text()).toBe(`2${NBSP}400,00${NBSP}€`)
    wrapper.unmount()
  })

  it('records a plain outcome in one click', async () => {
    mocked(ChaseAPI.CallScript).mockResolvedValueOnce(script)
    mocked(ChaseAPI.RecordCall).mockResolvedValueOnce(emptyTodayView())
    const { wrapper, onRecorded } = mountPanel()
    await flushPromises()
    await wrapper.find('[data-testid="call-note"]').setValue('rappeler jeudi')
    await wrapper.find('[data-testid="call-outcome-voicemail"]').trigger('click')
    await flushPromises()
    expect(ChaseAPI.RecordCall).toHaveBeenCalledWith('a-call', 'voicemail', '', 'rappeler jeudi')
    expect(onRecorded).toHaveBeenCalledWith('voicemail')
    wrapper.unmount()
  })

  it('asks for the promised date before recording a promise', async () => {
    mocked(ChaseAPI.CallScript).mockResolvedValueOnce(script)
    mocked(ChaseAPI.RecordCall).mockResolvedValueOnce(emptyTodayView())
    const { wrapper, onRecorded } = mountPanel()
    await flushPromises()
    expect(wrapper.find('[data-testid="call-promise"]').exists()).toBe(false)

    await wrapper.find('[data-testid="call-outcome-promise"]').trigger('click')
    await flushPromises()
    expect(ChaseAPI.RecordCall).not.toHaveBeenCalled()
    expect(wrapper.find('[data-testid="call-promise"]').exists()).toBe(true)

    // No date: refused here, with the reason next to the field.
    await wrapper.find('[data-testid="call-promise-confirm"]').trigger('click')
    await flushPromises()
    expect(ChaseAPI.RecordCall).not.toHaveBeenCalled()
    expect(wrapper.find('[data-testid="call-promise-date-item"]').text()).toContain('Indiquez la date de paiement promise.')

    wrapper.findComponent(NDatePicker).vm.$emit('update:formatted-value', '2026-03-31')
    await flushPromises()
    expect(wrapper.find('[data-testid="call-promise-date-item"]').text()).not.toContain('Indiquez la date')
    await wrapper.find('[data-testid="call-promise-confirm"]').trigger('click')
    await flushPromises()
    expect(ChaseAPI.RecordCall).toHaveBeenCalledWith('a-call', 'promise', '2026-03-31', '')
    expect(onRecorded).toHaveBeenCalledWith('promise')
    wrapper.unmount()
  })

  it('shows the Go side’s error on the date', async () => {
    mocked(ChaseAPI.CallScript).mockResolvedValueOnce(script)
    mocked(ChaseAPI.RecordCall).mockRejectedValueOnce(
      JSON.stringify({ code: 'EINVALID', message: 'promesse', fields: [{ field: 'date', message: 'la date promise est obligatoire' }] }),
    )
    const { wrapper } = mountPanel()
    await flushPromises()
    await wrapper.find('[data-testid="call-outcome-promise"]').trigger('click')
    wrapper.findComponent(NDatePicker).vm.$emit('update:formatted-value', '2026-03-31')
    await flushPromises()
    await wrapper.find('[data-testid="call-promise-confirm"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-testid="call-promise-date-item"]').text()).toContain('la date promise est obligatoire')
    wrapper.unmount()
  })
})
