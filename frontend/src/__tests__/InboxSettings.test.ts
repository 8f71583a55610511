import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NMessageProvider } from 'naive-ui'
import { routerKey } from 'vue-router'

// Every generated function becomes a vi.fn().
vi.mock('../../wailsjs/go/app/MailAPI')
vi.mock('../../wailsjs/go/app/InboxAPI')

import * as InboxAPI from '../../wailsjs/go/app/InboxAPI'
import * as MailAPI from '../../wailsjs/go/app/MailAPI'
import MailSettingsView from '../views/MailSettingsView.vue'
import { i18n, setLocale } from '../i18n'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

const mailbox = {
  config: {
    settings: { fromAddress: 'claire@exemple.fr', smtpHost: 'smtp.exemple.fr', smtpPort: 465, smtpSecurity: 'tls', smtpAuth: 'plain', smtpUser: 'claire@exemple.fr', imapHost: 'imap.exemple.fr', imapPort: 993, imapSecurity: 'tls', ratePerMinute: 20, dailyCap: 200 },
    paymentLink: '',
  },
  configured: true,
  hasPassword: true,
  hasToken: false,
  presets: [],
}
const watched = { enabled: true, folders: ['INBOX'], pollMinutes: 2, lookBackDays: 90 }

function mountPage() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const Host = defineComponent({ setup: () => () => h(NMessageProvider, null, { default: () => h(MailSettingsView) }) })
  return mount(Host, {
    global: { plugins: [pinia, i18n], stubs: { RouterLink: RouterLinkStub }, provide: { [routerKey as symbol]: { push: vi.fn() } } },
    attachTo: document.body,
  })
}

type W = ReturnType<typeof mountPage>
const byId = (w: W, id: string) => w.find(`[data-testid="${id}"]`)
const card = (w: W) => byId(w, 'inbox-settings')
const tags = (w: W) => card(w).findAll('.n-tag').map((t) => t.text())

async function addFolder(w: W, name: string) {
  await card(w).find('[data-testid="inbox-folders"] button.n-button').trigger('click')
  await flushPromises()
  const input = card(w).find('[data-testid="inbox-folders"] input')
  await input.setValue(name)
  await input.trigger('keydown', { key: 'Enter', code: 'Enter' })
  await flushPromises()
}

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
  mocked(MailAPI.Settings).mockResolvedValue(mailbox)
})

describe('Suivi des réponses (MailSettingsView)', () => {
  it('loads the settings, edits the folders and saves them with the right payload', async () => {
    mocked(InboxAPI.Settings).mockResolvedValueOnce(watched)
    mocked(InboxAPI.SaveSettings).mockImplementationOnce(async (s: unknown) => s)
    const w = mountPage()
    await flushPromises()
    expect(InboxAPI.Settings).toHaveBeenCalledTimes(1)
    expect(card(w).text()).toContain('Suivi des réponses')
    expect(card(w).text()).toContain('Vérifier toutes les 2 minutes quand le serveur ne prévient pas')
    expect(card(w).text()).toContain('À la première synchronisation, remonter 90 jours')
    expect(byId(w, 'inbox-enabled').classes()).toContain('n-switch--active')
    expect(tags(w)).toEqual(['INBOX'])
    expect((byId(w, 'inbox-pollMinutes').element as HTMLInputElement).value).toBe('2')

    await addFolder(w, ' Clients ')
    expect(tags(w)).toEqual(['INBOX', 'Clients'])
    // Enter adds the folder; the mailbox’s own form is not saved.
    expect(MailAPI.SaveSettings).not.toHaveBeenCalled()
    await addFolder(w, 'INBOX') // already there
    expect(tags(w)).toEqual(['INBOX', 'Clients'])

    await byId(w, 'inbox-pollMinutes').setValue('5')
    await byId(w, 'inbox-pollMinutes').trigger('blur')
    await byId(w, 'inbox-save').trigger('click')
    await flushPromises()
    expect(InboxAPI.SaveSettings).toHaveBeenCalledWith({ enabled: true, folders: ['INBOX', 'Clients'], pollMinutes: 5, lookBackDays: 90 })
    expect(MailAPI.SaveSettings).not.toHaveBeenCalled()
    expect(document.body.textContent).toContain('Suivi des réponses enregistré')
    expect(card(w).text()).toContain('Vérifier toutes les 5 minutes')
    w.unmount()
  })

  it('shows the field errors of a rejected save at the fields', async () => {
    mocked(InboxAPI.Settings).mockResolvedValueOnce({ enabled: false, folders: null, pollMinutes: 2, lookBackDays: 90 })
    mocked(InboxAPI.SaveSettings).mockRejectedValueOnce(
      JSON.stringify({ code: 'EINVALID', message: 'réglages invalides', fields: [{ field: 'lookBackDays', message: 'entre 1 et 365 jours' }] }),
    )
    const w = mountPage()
    await flushPromises()
    // Never saved: INBOX by default, watching off.
    expect(tags(w)).toEqual(['INBOX'])
    expect(byId(w, 'inbox-enabled').classes()).not.toContain('n-switch--active')

    await byId(w, 'inbox-enabled').trigger('click')
    await byId(w, 'inbox-save').trigger('click')
    await flushPromises()
    expect(InboxAPI.SaveSettings).toHaveBeenCalledWith({ enabled: true, folders: ['INBOX'], pollMinutes: 2, lookBackDays: 90 })
    const item = byId(w, 'inbox-lookBackDays').element.closest('.n-form-item') as HTMLElement
    expect(item.textContent).toContain('entre 1 et 365 jours')
    expect(document.body.textContent).not.toContain('Suivi des réponses enregistré')
    w.unmount()
  })
})
