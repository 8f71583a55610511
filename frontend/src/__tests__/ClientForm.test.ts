import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NMessageProvider } from 'naive-ui'

vi.mock('../../wailsjs/go/app/ClientsAPI', () => ({ List: vi.fn(), Get: vi.fn(), Save: vi.fn(), Segments: vi.fn() }))

import * as ClientsAPI from '../../wailsjs/go/app/ClientsAPI'
import ClientForm from '../components/ClientForm.vue'
import { emptyClient, emptyContact, type Client } from '../api'
import { i18n, setLocale } from '../i18n'

const save = ClientsAPI.Save as unknown as ReturnType<typeof vi.fn>

function mountForm(client: Client) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const onSaved = vi.fn()
  const Host = defineComponent({
    setup: () => () => h(NMessageProvider, null, { default: () => h(ClientForm, { client, onSaved }) }),
  })
  const wrapper = mount(Host, { global: { plugins: [pinia, i18n] }, attachTo: document.body })
  return { wrapper, onSaved }
}

/** The feedback text of the form item that holds a field. */
function feedbackOf(wrapper: ReturnType<typeof mount>, testid: string): string {
  const input = wrapper.find(`[data-testid="${testid}"]`)
  expect(input.exists()).toBe(true)
  const item = input.element.closest('.n-form-item')
  return item?.querySelector('.n-form-item-feedback-wrapper')?.textContent?.trim() ?? ''
}

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
})

describe('ClientForm', () => {
  it('shows the field errors of a rejected save next to the fields', async () => {
    // As app/errors.go sends it: the AppError as a JSON string.
    save.mockRejectedValueOnce(JSON.stringify({
      code: 'EINVALID',
      message: 'client invalide',
      fields: [
        { field: 'siren', message: 'SIREN invalide : 9 chiffres attendus' },
        { field: 'contacts.0.email', message: 'adresse e-mail invalide' },
      ],
    }))
    const client = { ...emptyClient(), contacts: [{ ...emptyContact(), email: 'pas-une-adresse', billing: true }] }
    const { wrapper, onSaved } = mountForm(client)

    await wrapper.find('[data-testid="field-code"]').setValue('C001')
    await wrapper.find('[data-testid="field-name"]').setValue('Acme')
    await wrapper.find('[data-testid="field-siren"]').setValue('123')
    await wrapper.find('[data-testid="client-save"]').trigger('click')
    await flushPromises()

    expect(save).toHaveBeenCalledTimes(1)
    const sent = save.mock.calls[0][0] as Client
    expect(sent.code).toBe('C001')
    expect(sent.name).toBe('Acme')
    expect(sent.siren).toBe('123')
    expect(feedbackOf(wrapper, 'field-siren')).toBe('SIREN invalide : 9 chiffres attendus')
    expect(feedbackOf(wrapper, 'field-contacts.0.email')).toBe('adresse e-mail invalide')
    expect(feedbackOf(wrapper, 'field-name')).toBe('')
    expect(wrapper.find('[data-testid="form-errors"]').exists()).toBe(true)
    expect(onSaved).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  it('emits the saved client', async () => {
    const saved = { ...emptyClient(), id: 42, code: 'C042', name: 'Durand' }
    save.mockResolvedValueOnce(saved)
    const { wrapper, onSaved } = mountForm(emptyClient())
    await wrapper.find('[data-testid="field-code"]').setValue('C042')
    await wrapper.find('[data-testid="field-name"]').setValue('Durand')
    await wrapper.find('[data-testid="client-save"]').trigger('click')
    await flushPromises()
    expect(onSaved).toHaveBeenCalledTimes(1)
    expect((onSaved.mock.calls[0][0] as Client).id).toBe(42)
    wrapper.unmount()
  })

  it('keeps a single billing contact', async () => {
    const client = { ...emptyClient(), contacts: [{ ...emptyContact(), billing: true }, emptyContact()] }
    save.mockResolvedValueOnce({ ...client, id: 1 })
    const { wrapper } = mountForm(client)
    const switches = wrapper.findAll('[data-testid="contact"] .n-switch')
    expect(switches).toHaveLength(2)
    await switches[1].trigger('click')
    await wrapper.find('[data-testid="client-save"]').trigger('click')
    await flushPromises()
    const sent = save.mock.calls[0][0] as Client
    expect(sent.contacts.map((c) => c.billing)).toEqual([false, true])
    wrapper.unmount()
  })

  it('says when a consumer may be texted, and sends the contact\'s « Accepte les SMS »', async () => {
    const client: Client = { ...emptyClient(), id: 3, code: 'PET', name: 'Claire Petit', type: 'consumer', contacts: [{ ...emptyContact(), phone: '06 12 34 56 78', billing: true }] }
    save.mockResolvedValueOnce(client)
    const { wrapper } = mountForm(client)
    expect(feedbackOf(wrapper, 'field-contacts.0.phone')).toContain('Un particulier ne reçoit de SMS que s’il a donné ce numéro pour cela')
    await wrapper.find('[data-testid="field-contacts.0.smsConsent"]').trigger('click')
    await wrapper.find('[data-testid="client-save"]').trigger('click')
    await flushPromises()
    expect((save.mock.calls[0][0] as Client).contacts[0]).toMatchObject({ phone: '06 12 34 56 78', smsConsent: true })
    wrapper.unmount()
  })
})
