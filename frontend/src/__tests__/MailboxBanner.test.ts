import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { routerKey } from 'vue-router'

vi.mock('../../wailsjs/go/app/MailAPI')

import * as MailAPI from '../../wailsjs/go/app/MailAPI'
import MailboxBanner from '../components/MailboxBanner.vue'
import { i18n, setLocale } from '../i18n'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

function mountBanner(push = vi.fn()) {
  const pinia = createPinia()
  setActivePinia(pinia)
  return mount(MailboxBanner, { props: { testid: 'today-mailbox' }, global: { plugins: [pinia, i18n], provide: { [routerKey as symbol]: { push } } } })
}

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
})

describe('MailboxBanner', () => {
  it('says the Microsoft sign-in must be renewed and leads to it', async () => {
    mocked(MailAPI.Status).mockResolvedValue({
      ready: false,
      why: 'Reconnectez votre boîte Microsoft : la connexion a expiré ou a été révoquée',
      signIn: true,
      provider: 'Microsoft',
      blocked: true,
    })
    const push = vi.fn()
    const w = mountBanner(push)
    await flushPromises()
    expect(w.find('[data-testid="today-mailbox"]').text()).toContain('Les e-mails attendent dans la boîte d’envoi')
    expect(w.find('[data-testid="today-mailbox-why"]').text()).toContain('Reconnectez votre boîte Microsoft')
    const fix = w.find('[data-testid="today-mailbox-fix"]')
    expect(fix.text()).toBe('Se reconnecter à Microsoft')
    await fix.trigger('click')
    expect(push).toHaveBeenCalledWith('/settings/mail')
  })

  it('says nothing while e-mails can leave', async () => {
    mocked(MailAPI.Status).mockResolvedValue({ ready: true, why: '', signIn: false, provider: '', blocked: false })
    const w = mountBanner()
    await flushPromises()
    expect(w.find('[data-testid="today-mailbox"]').exists()).toBe(false)
  })

  it('asks to set up a mailbox that is not configured', async () => {
    mocked(MailAPI.Status).mockResolvedValue({ ready: false, why: 'messagerie non configurée : renseignez votre adresse', signIn: false, provider: '', blocked: false })
    const w = mountBanner()
    await flushPromises()
    expect(w.find('[data-testid="today-mailbox"]').text()).toContain('Les e-mails ne partent pas')
    expect(w.find('[data-testid="today-mailbox-fix"]').text()).toBe('Régler la messagerie')
  })
})
