import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NDialogProvider, NMessageProvider } from 'naive-ui'
import { routeLocationKey, routerKey } from 'vue-router'

vi.mock('../../wailsjs/go/app/InboxAPI')
vi.mock('../../wailsjs/go/app/ClientsAPI')

import * as InboxAPI from '../../wailsjs/go/app/InboxAPI'
import InboxView from '../views/InboxView.vue'
import { emptyInboxStatus } from '../api'
import { i18n, setLocale } from '../i18n'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

// A reply Relance read as a dispute while it also promises: the Go side sends the second reading.
function view(over: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return {
    interaction: {
      id: 4,
      clientId: 7,
      invoiceIds: [3],
      folder: 'INBOX',
      uid: 4,
      messageId: '<m4@lefevre.fr>',
      fromName: 'Compta Lefèvre',
      fromEmail: 'compta@lefevre.fr',
      subject: 'RE: Rappel facture F-2026-014',
      receivedAt: '2026-12-10T09:30:00Z',
      excerpt: 'Nous contestons le montant, mais nous réglerons la partie non contestée le 18/12.',
      attachments: null,
      class: 'dispute',
      phrase: 'Nous contestons le montant',
      reason: 'litige, motif : prix',
      alternative: 'promise',
      alternativeReason: 'contient « nous réglerons la partie non contestée le 18/12 » : promesse de paiement au 18/12/2026',
      alternativeDate: '2026-12-18',
      corrected: false,
      linkedBy: 'address',
      linkReason: 'expéditeur connu',
      status: 'new',
      handledAt: '0001-01-01T00:00:00Z',
      ...over,
    },
    clientName: 'Menuiserie Lefèvre',
    invoices: ['F-2026-014'],
    classLabel: 'Litige',
    proposal: 'Ouvrir un litige (Prix) : la relance s’arrête pour ces factures',
    ...extra,
  }
}

function mountInbox() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const Host = defineComponent({
    setup: () => () => h(NDialogProvider, null, { default: () => h(NMessageProvider, null, { default: () => h(InboxView) }) }),
  })
  return mount(Host, {
    global: {
      plugins: [pinia, i18n],
      stubs: { RouterLink: RouterLinkStub },
      provide: { [routerKey as symbol]: { push: vi.fn() }, [routeLocationKey as symbol]: { query: {}, path: '/inbox' } },
    },
    attachTo: document.body,
  })
}

const inDrawer = (id: string) => document.querySelector<HTMLElement>(`[data-testid="inbox-drawer"] [data-testid="${id}"]`)

beforeEach(() => {
  vi.clearAllMocks()
  document.body.innerHTML = ''
  mocked(InboxAPI.Status).mockResolvedValue({ ...emptyInboxStatus(), watching: true, phase: 'idle', folder: 'INBOX', toHandle: 1 })
  mocked(InboxAPI.List).mockResolvedValue([view()])
  mocked(InboxAPI.Get).mockResolvedValue({ view: view(), text: '' })
})

describe('the second likeliest reading', () => {
  it('is offered in one click, with its date and why, and chosen as the correction', async () => {
    setLocale('fr')
    const chosen = view(
      { class: 'promise', promiseDate: '2026-12-18', alternative: '', alternativeReason: '', alternativeDate: '', corrected: true },
      { classLabel: 'Promesse de paiement', proposal: 'Enregistrer la promesse de paiement au 18/12/2026 : la relance attend cette date' },
    )
    mocked(InboxAPI.Correct).mockResolvedValueOnce(chosen)
    const w = mountInbox()
    await flushPromises()
    await w.find('[data-testid="inbox-row"]').trigger('click')
    await flushPromises()
    expect(inDrawer('inbox-alternative-choose')?.textContent?.trim()).toBe('Plutôt : Promesse de paiement au 18/12/2026 ?')
    expect(inDrawer('inbox-alternative-reason')?.textContent).toContain('nous réglerons la partie non contestée le 18/12')

    inDrawer('inbox-alternative-choose')?.click()
    await flushPromises()
    expect(InboxAPI.Correct).toHaveBeenCalledWith(4, 'promise')
    // The drawer now shows the owner's choice, with the promise to accept, and offers nothing more.
    expect(document.querySelector('[data-testid="inbox-drawer"]')?.getAttribute('data-class')).toBe('promise')
    expect(inDrawer('inbox-alternative')).toBeNull()
    expect(inDrawer('inbox-proposal')?.textContent).toContain('18/12/2026')
    w.unmount()
  })

  it('is not shown when Relance was sure, and speaks English', async () => {
    setLocale('en')
    mocked(InboxAPI.List).mockResolvedValue([view({ alternative: undefined, alternativeReason: undefined, alternativeDate: undefined })])
    let w = mountInbox()
    await flushPromises()
    await w.find('[data-testid="inbox-row"]').trigger('click')
    await flushPromises()
    expect(inDrawer('inbox-drawer-reason')).not.toBeNull()
    expect(inDrawer('inbox-alternative')).toBeNull()
    w.unmount()

    document.body.innerHTML = ''
    mocked(InboxAPI.List).mockResolvedValue([view({ alternative: 'copy_request', alternativeDate: undefined })])
    w = mountInbox()
    await flushPromises()
    await w.find('[data-testid="inbox-row"]').trigger('click')
    await flushPromises()
    expect(inDrawer('inbox-alternative-choose')?.textContent?.trim()).toBe('Rather: Copy request?')
    w.unmount()
    setLocale('fr')
  })
})
