import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NMessageProvider } from 'naive-ui'
import { routerKey } from 'vue-router'

// Every generated function becomes a vi.fn().
vi.mock('../../wailsjs/go/app/SMSAPI')

import * as SMSAPI from '../../wailsjs/go/app/SMSAPI'
import SmsSettingsView from '../views/SmsSettingsView.vue'
import SmsCounter from '../components/SmsCounter.vue'
import { i18n, setLocale } from '../i18n'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

// SMS never set up, as the Go side sends it (omitted ovhService).
const fresh = {
  settings: { provider: '', sender: '', pricePerSegment: 0, windowStart: 480, windowEnd: 1200 },
  hasKey: false,
  providers: [
    { id: 'brevo', name: 'Brevo' },
    { id: 'ovh', name: 'OVHcloud SMS' },
  ],
  ready: false,
  notReady: 'SMS non configurés : choisissez un fournisseur dans Paramètres › SMS',
}

function mountWith(c: ReturnType<typeof defineComponent> | typeof SmsSettingsView, props: Record<string, unknown> = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const Host = defineComponent({ setup: () => () => h(NMessageProvider, null, { default: () => h(c, props) }) })
  return mount(Host, {
    global: { plugins: [pinia, i18n], stubs: { RouterLink: RouterLinkStub }, provide: { [routerKey as symbol]: { push: vi.fn() } } },
    attachTo: document.body,
  })
}

type W = ReturnType<typeof mountWith>
const byId = (w: W, id: string) => w.find(`[data-testid="${id}"]`)

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
})

describe('SmsSettingsView', () => {
  it('says why SMS cannot go, saves the provider with its key, and shows the sender refused next to its field', async () => {
    mocked(SMSAPI.Settings).mockResolvedValueOnce(fresh)
    const w = mountWith(SmsSettingsView)
    await flushPromises()
    expect(byId(w, 'sms-not-ready').text()).toContain('choisissez un fournisseur')
    expect(byId(w, 'sms-sender').exists()).toBe(false) // nothing to fill before a provider is chosen

    await byId(w, 'sms-provider-brevo').find('input').setValue(true)
    await flushPromises()
    await byId(w, 'sms-key').setValue('xkeysib-123')
    await byId(w, 'sms-sender').setValue('Mon Atelier')
    await byId(w, 'sms-price').setValue('0,045') // written as French does
    await byId(w, 'sms-price').trigger('blur')
    mocked(SMSAPI.SaveSettings).mockRejectedValueOnce({
      code: 'EINVALID',
      message: 'invalide',
      fields: [{ field: 'sender', message: 'expéditeur « Mon Atelier » refusé : lettres sans accent et chiffres seulement (pas d’espace, d’accent ni de ponctuation)' }],
    })
    await byId(w, 'sms-form').trigger('submit')
    await flushPromises()
    const [sent, key] = mocked(SMSAPI.SaveSettings).mock.calls[0]
    expect(sent).toMatchObject({ provider: 'brevo', sender: 'Mon Atelier', pricePerSegment: 450, windowStart: 480, windowEnd: 1200 })
    expect(key).toBe('xkeysib-123')
    expect(w.text()).toContain('pas d’espace')

    await byId(w, 'sms-sender').setValue('ATELIER')
    mocked(SMSAPI.SaveSettings).mockResolvedValueOnce({ ...fresh, settings: { ...fresh.settings, provider: 'brevo', sender: 'ATELIER' }, hasKey: true, ready: true, notReady: '' })
    await byId(w, 'sms-form').trigger('submit')
    await flushPromises()
    expect(byId(w, 'sms-ready').exists()).toBe(true)
    expect((byId(w, 'sms-key').element as HTMLInputElement).value).toBe('') // the key is never shown again
  })

  it('sends a test SMS and says what failed', async () => {
    mocked(SMSAPI.Settings).mockResolvedValueOnce({ ...fresh, settings: { ...fresh.settings, provider: 'brevo', sender: 'ATELIER' }, hasKey: true, ready: true, notReady: '' })
    const w = mountWith(SmsSettingsView)
    await flushPromises()
    await byId(w, 'sms-test-number').setValue('06 12 34 56 78')
    mocked(SMSAPI.Test).mockResolvedValueOnce({ ok: false, to: '+33612345678', message: 'Échec : Brevo refuse la clé d’API (401) : Key not found : vérifiez-la dans Paramètres › SMS' })
    await byId(w, 'sms-test').trigger('click')
    await flushPromises()
    expect(mocked(SMSAPI.Test)).toHaveBeenCalledWith('06 12 34 56 78')
    expect(byId(w, 'sms-test-result').text()).toContain('Brevo refuse la clé d’API (401)')

    mocked(SMSAPI.Test).mockRejectedValueOnce({ code: 'EINVALID', message: 'le numéro « 01 23 45 67 89 » est une ligne fixe : un SMS n’y arrive pas, indiquez un mobile (06, 07…)' })
    await byId(w, 'sms-test-number').setValue('01 23 45 67 89')
    await byId(w, 'sms-test').trigger('click')
    await flushPromises()
    expect(byId(w, 'sms-test-result').text()).toContain('ligne fixe')
  })
})

describe('SmsCounter', () => {
  it('shows characters, SMS per send and cost, and warns when an accent doubles the cost', async () => {
    mocked(SMSAPI.TemplateCount).mockResolvedValueOnce({
      count: { encoding: 'gsm7', chars: 157, units: 157, segments: 1, perSegment: 160, remaining: 3, unicode: [] },
      cost: 5,
      priceSet: true,
      warning: '',
      sample: '…',
    })
    const w = mountWith(SmsCounter, { templateKey: 'sms_reminder' })
    await flushPromises()
    expect(mocked(SMSAPI.TemplateCount)).toHaveBeenCalledWith('sms_reminder', 'fr')
    expect(byId(w, 'sms-counter-figures').text()).toMatch(/157\scaractères · 1\sSMS par envoi · alphabet SMS · 0,05\s€ par envoi/)
    expect(byId(w, 'sms-counter-warning').exists()).toBe(false)

    mocked(SMSAPI.Count).mockResolvedValue({
      count: { encoding: 'ucs2', chars: 80, units: 80, segments: 2, perSegment: 67, remaining: 54, unicode: ['ê'] },
      cost: 0,
      priceSet: false,
      warning: 'un accent ou un emoji double le coût : « ê » fait passer le SMS en Unicode (70 caractères par SMS au lieu de 160)',
      sample: '…',
    })
    const w2 = mountWith(SmsCounter, { text: 'Merci de régler la fête' })
    await new Promise((r) => setTimeout(r, 300))
    await flushPromises()
    expect(byId(w2, 'sms-counter-figures').text()).toContain('2 SMS par envoi')
    expect(byId(w2, 'sms-counter-figures').text()).toContain('Unicode')
    expect(byId(w2, 'sms-counter-figures').text()).toContain('indiquez le prix')
    expect(byId(w2, 'sms-counter-warning').text()).toContain('un accent ou un emoji double le coût')
  })
})
