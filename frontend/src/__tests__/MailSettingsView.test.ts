import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NMessageProvider, NSelect } from 'naive-ui'
import { routerKey } from 'vue-router'

// Every generated function becomes a vi.fn().
vi.mock('../../wailsjs/go/app/MailAPI')

import * as MailAPI from '../../wailsjs/go/app/MailAPI'
import MailSettingsView from '../views/MailSettingsView.vue'
import { i18n, setLocale } from '../i18n'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

const gmailNote = 'Identifiant : votre adresse Gmail complète. Votre mot de passe habituel est refusé : créez un « mot de passe d’application »'
// A mailbox never set up, as the Go side sends it (omitted fields, defaults of the pace).
const fresh = {
  config: { settings: { fromName: '', fromAddress: '', smtpHost: '', smtpPort: 0, smtpSecurity: '', smtpAuth: '', smtpUser: '', imapHost: '', imapPort: 0, imapSecurity: '', ratePerMinute: 20, dailyCap: 200 }, paymentLink: '' },
  configured: false,
  hasPassword: false,
  hasToken: false,
  presets: [
    { id: 'gmail', name: 'Gmail / Google Workspace', smtpHost: 'smtp.gmail.com', smtpPort: 465, smtpSecurity: 'tls', imapHost: 'imap.gmail.com', imapPort: 993, imapSecurity: 'tls', note: gmailNote, savesSent: true },
    { id: 'outlook', name: 'Outlook / Microsoft 365', smtpHost: 'smtp.office365.com', smtpPort: 587, smtpSecurity: 'starttls', imapHost: 'outlook.office365.com', imapPort: 993, imapSecurity: 'tls', note: 'SMTP authentifié', savesSent: true },
  ],
}

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
const value = (w: W, id: string) => (byId(w, id).element as HTMLInputElement).value
const checked = (w: W, id: string) => byId(w, id).classes().includes('n-radio-button--checked')

function preset(w: W, id: string) {
  const select = w.findAllComponents(NSelect).find((c) => c.attributes('data-testid') === 'mail-preset')
  if (!select) throw new Error('no preset select')
  select.vm.$emit('update:value', id)
}

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
})

describe('MailSettingsView', () => {
  it('fills the servers, port and security from a provider preset and shows its note', async () => {
    mocked(MailAPI.Settings).mockResolvedValueOnce(fresh)
    const w = mountPage()
    await flushPromises()
    expect(byId(w, 'mail-status').text()).toBe('Non configurée')
    // Defaults before any choice: SSL/TLS on 465.
    expect(value(w, 'mail-smtpPort')).toBe('465')
    expect(checked(w, 'mail-smtpSecurity-tls')).toBe(true)

    preset(w, 'outlook')
    await flushPromises()
    expect(value(w, 'mail-smtpHost')).toBe('smtp.office365.com')
    expect(value(w, 'mail-smtpPort')).toBe('587')
    expect(checked(w, 'mail-smtpSecurity-starttls')).toBe(true)
    expect(checked(w, 'mail-smtpSecurity-tls')).toBe(false)
    expect(value(w, 'mail-imapHost')).toBe('outlook.office365.com')

    preset(w, 'gmail')
    await flushPromises()
    expect(value(w, 'mail-smtpHost')).toBe('smtp.gmail.com')
    expect(value(w, 'mail-smtpPort')).toBe('465')
    expect(checked(w, 'mail-smtpSecurity-tls')).toBe(true)
    expect(byId(w, 'mail-preset-note').text()).toContain('mot de passe d’application')
    w.unmount()
  })

  it('tests the settings on screen with a spinner, then lists each step and the result', async () => {
    mocked(MailAPI.Settings).mockResolvedValueOnce(fresh)
    let finish: (v: unknown) => void = () => undefined
    mocked(MailAPI.Test).mockReturnValueOnce(new Promise((r) => (finish = r)))
    const w = mountPage()
    await flushPromises()
    preset(w, 'gmail')
    await flushPromises()
    await byId(w, 'mail-fromAddress').setValue('claire@gmail.com')
    await byId(w, 'mail-smtpUser').setValue('claire@gmail.com')
    await byId(w, 'mail-password').setValue('abcd efgh ijkl mnop')

    await byId(w, 'mail-test').trigger('click')
    await flushPromises()
    expect(byId(w, 'mail-testing').text()).toContain('jusqu’à une minute')
    const [config, password] = mocked(MailAPI.Test).mock.calls[0]
    expect(password).toBe('abcd efgh ijkl mnop')
    expect(config.settings).toMatchObject({ preset: 'gmail', smtpHost: 'smtp.gmail.com', smtpPort: 465, smtpSecurity: 'tls', fromAddress: 'claire@gmail.com', smtpUser: 'claire@gmail.com' })

    finish({
      ok: false,
      stage: 'auth',
      message: 'Identifiant ou mot de passe refusé par smtp.gmail.com : créez un mot de passe d’application',
      steps: [
        'Connexion à smtp.gmail.com:465 : OK',
        'Chiffrement TLS 1.3 : OK',
        'Identification de claire@gmail.com : échec — identifiant ou mot de passe refusé',
      ],
    })
    await flushPromises()
    expect(byId(w, 'mail-testing').exists()).toBe(false)
    const steps = w.findAll('[data-testid="mail-test-step"]')
    expect(steps.map((s) => s.text())).toEqual([
      'Connexion à smtp.gmail.com:465 : OK',
      'Chiffrement TLS 1.3 : OK',
      'Identification de claire@gmail.com : échec — identifiant ou mot de passe refusé',
    ])
    expect(steps.map((s) => s.classes('ok'))).toEqual([true, true, false])
    expect(byId(w, 'mail-test-failed').text()).toContain('Identifiant ou mot de passe refusé par smtp.gmail.com')

    mocked(MailAPI.Test).mockResolvedValueOnce({ ok: true, stage: '', message: '', sentFolder: '[Gmail]/Messages envoyés', steps: ['Connexion à smtp.gmail.com:465 : OK'] })
    await byId(w, 'mail-test').trigger('click')
    await flushPromises()
    expect(byId(w, 'mail-test-ok').text()).toContain('Connexion réussie')
    expect(byId(w, 'mail-test-ok').text()).toContain('« [Gmail]/Messages envoyés »')
    w.unmount()
  })

  it('keeps the saved password when the field is empty and shows the field errors of a rejected save', async () => {
    const saved = {
      ...fresh,
      config: { settings: { ...fresh.config.settings, fromAddress: 'claire@gmail.com', smtpHost: 'smtp.gmail.com', smtpPort: 465, smtpSecurity: 'tls', smtpAuth: 'plain', smtpUser: 'claire@gmail.com', preset: 'gmail' }, paymentLink: '' },
      configured: true,
      hasPassword: true,
    }
    mocked(MailAPI.Settings).mockResolvedValueOnce(saved)
    mocked(MailAPI.SaveSettings).mockRejectedValueOnce(
      JSON.stringify({ code: 'EINVALID', message: 'réglages invalides', fields: [{ field: 'smtpHost', message: 'serveur SMTP « smtp gmail » invalide' }] }),
    )
    mocked(MailAPI.SaveSettings).mockResolvedValueOnce(saved)
    const w = mountPage()
    await flushPromises()
    expect(byId(w, 'mail-status').text()).toBe('Configurée')
    expect(byId(w, 'mail-password-saved').text()).toContain('Mot de passe enregistré dans le trousseau')
    expect(byId(w, 'mail-password').attributes('placeholder')).toBe('Mot de passe enregistré dans le trousseau')

    await byId(w, 'mail-smtpHost').setValue('smtp gmail')
    await byId(w, 'mail-save').trigger('click')
    await flushPromises()
    expect(mocked(MailAPI.SaveSettings).mock.calls[0][1]).toBe('')
    expect(byId(w, 'form-errors').exists()).toBe(true)
    expect(w.text()).toContain('serveur SMTP « smtp gmail » invalide')

    await byId(w, 'mail-smtpHost').setValue('smtp.gmail.com')
    await byId(w, 'mail-save').trigger('click')
    await flushPromises()
    expect(byId(w, 'form-errors').exists()).toBe(false)
    w.unmount()
  })

  it('finds the provider from the address and signs in with Microsoft in the browser, without a password', async () => {
    mocked(MailAPI.Settings).mockResolvedValueOnce({ ...fresh, oauth: { provider: '', name: '', account: '', signedIn: false, builtin: { microsoft: false, google: false } } })
    mocked(MailAPI.Discover).mockResolvedValue({
      found: true,
      source: 'mx',
      sourceText: 'Domaine hébergé chez Microsoft 365 (enregistrement MX outlook.com)',
      provider: 'outlook',
      providerName: 'Microsoft 365',
      oauth: 'microsoft',
      settings: { ...fresh.config.settings, fromAddress: 'claire@atelier.fr', smtpHost: 'smtp.office365.com', smtpPort: 587, smtpSecurity: 'starttls', imapHost: 'outlook.office365.com', imapPort: 993, imapSecurity: 'tls', smtpUser: 'claire@atelier.fr', preset: 'outlook' },
      appPassword: false,
      appPasswordHelp: '',
      note: '',
    })
    let finish: (v: unknown) => void = () => undefined
    mocked(MailAPI.SignIn).mockReturnValueOnce(new Promise((r) => (finish = r)))
    const w = mountPage()
    await flushPromises()
    expect(byId(w, 'mail-signin').exists()).toBe(false)

    await byId(w, 'mail-fromAddress').setValue('claire@atelier.fr')
    await new Promise((r) => setTimeout(r, 700)) // the lookup waits for the typing to stop
    await flushPromises()
    expect(MailAPI.Discover).toHaveBeenCalledWith('claire@atelier.fr')
    expect(byId(w, 'mail-discovery').text()).toContain('Microsoft 365')
    expect(value(w, 'mail-smtpHost')).toBe('smtp.office365.com')
    expect(byId(w, 'mail-signin').text()).toBe('Se connecter avec Microsoft')

    // This build has no client id for Microsoft and none is typed: say so at the field, open the advanced settings.
    await byId(w, 'mail-signin').trigger('click')
    await flushPromises()
    expect(MailAPI.SignIn).not.toHaveBeenCalled()
    expect(w.text()).toContain('identifiant d’application pour Microsoft')
    await byId(w, 'mail-oauth-clientId').setValue('11111111-2222-3333-4444-555555555555')

    await byId(w, 'mail-signin').trigger('click')
    await flushPromises()
    expect(byId(w, 'mail-signin-wait').text()).toContain('En attente de votre accord')
    const [config] = mocked(MailAPI.SignIn).mock.calls[0]
    expect(config.oauth).toMatchObject({ provider: 'microsoft', clientId: '11111111-2222-3333-4444-555555555555' })
    expect(config.settings).toMatchObject({ fromAddress: 'claire@atelier.fr', smtpAuth: 'xoauth2', smtpHost: 'smtp.office365.com' })

    finish({
      ...fresh,
      configured: true,
      config: { ...fresh.config, settings: { ...config.settings }, oauth: { ...config.oauth, account: 'claire@atelier.fr' } },
      oauth: { provider: 'microsoft', name: 'Microsoft', account: 'claire@atelier.fr', signedIn: true, builtin: { microsoft: false } },
      blocked: '',
    })
    await flushPromises()
    expect(byId(w, 'mail-signed-in').text()).toContain('Connectée à Microsoft : claire@atelier.fr')
    expect(byId(w, 'mail-password').exists()).toBe(false) // nothing to type
    w.unmount()
  })

  it('says the mailbox is blocked and offers to sign in again', async () => {
    mocked(MailAPI.Settings).mockResolvedValueOnce({
      ...fresh,
      configured: true,
      config: { ...fresh.config, settings: { ...fresh.config.settings, fromAddress: 'claire@gmail.com', smtpHost: 'smtp.gmail.com', smtpAuth: 'xoauth2' }, oauth: { provider: 'google', clientId: '', authUrl: '', tokenUrl: '', scopes: '', account: 'claire@gmail.com' } },
      oauth: { provider: 'google', name: 'Google', account: 'claire@gmail.com', signedIn: true, builtin: { google: true } },
      blocked: 'Reconnectez votre boîte Google : la connexion a expiré ou a été révoquée',
    })
    const w = mountPage()
    await flushPromises()
    expect(byId(w, 'mail-blocked').text()).toContain('Reconnectez votre boîte Google')
    expect(byId(w, 'mail-reconnect').text()).toBe('Se reconnecter à Google')
    w.unmount()
  })
})
