import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NDialogProvider, NMessageProvider } from 'naive-ui'
import { routeLocationKey, routerKey } from 'vue-router'

// Every generated function becomes a vi.fn().
vi.mock('../../wailsjs/go/app/InboxAPI')
vi.mock('../../wailsjs/go/app/ClientsAPI')

import * as InboxAPI from '../../wailsjs/go/app/InboxAPI'
import InboxView from '../views/InboxView.vue'
import ClientMessagesCard from '../components/ClientMessagesCard.vue'
import ClientSelect from '../components/ClientSelect.vue'
import { useInboxStore } from '../stores/inbox'
import { statusLine } from '../replies'
import { emptyInboxStatus, type InboxStatus } from '../api'
import { formatInt } from '../format'
import { i18n, setLocale } from '../i18n'
import fr from '../i18n/fr'
import en from '../i18n/en'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>
const ZERO = '0001-01-01T00:00:00Z'

// What the Go side sends: zero times, omitted fields, null slices.
function view(id: number, over: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return {
    interaction: {
      id,
      clientId: 7,
      invoiceIds: [3],
      folder: 'INBOX',
      uid: id,
      messageId: `<m${id}@lefevre.fr>`,
      fromName: 'Compta Lefèvre',
      fromEmail: 'compta@lefevre.fr',
      subject: `RE: Rappel facture F-2026-014 (${id})`,
      receivedAt: '2026-03-16T09:30:00Z',
      excerpt: 'Bonjour, nous réglerons le 15/12 par virement.',
      attachments: null,
      class: 'promise',
      phrase: 'nous réglerons le 15/12',
      reason: 'promesse de paiement datée',
      promiseDate: '2026-12-15',
      corrected: false,
      linkedBy: 'address',
      linkReason: 'expéditeur connu : compta@lefevre.fr (Menuiserie Lefèvre)',
      status: 'new',
      handledAt: ZERO,
      ...over,
    },
    clientName: 'Menuiserie Lefèvre',
    invoices: ['F-2026-014'],
    classLabel: 'Promesse de paiement',
    proposal: 'Enregistrer la promesse de paiement au 15/12/2026 : la relance attend cette date',
    ...extra,
  }
}

const unmatched = view(
  9,
  { clientId: 0, invoiceIds: null, class: 'other', phrase: '', reason: 'réponse à lire', fromName: 'Jean Martin', fromEmail: 'jean@martin-bois.fr', linkedBy: '', linkReason: '' },
  { clientName: '', invoices: null, classLabel: 'Autre réponse', proposal: '' },
)

const status = (over: Partial<InboxStatus> = {}) => ({ ...emptyInboxStatus(), watching: true, phase: 'idle', folder: 'INBOX', since: '2026-03-16T08:00:00Z', toHandle: 1, unmatched: 1, ...over })

function mountWith(comp: ReturnType<typeof defineComponent> | typeof InboxView, props: Record<string, unknown> = {}, query: Record<string, string> = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const Host = defineComponent({
    setup: () => () => h(NDialogProvider, null, { default: () => h(NMessageProvider, null, { default: () => h(comp, props) }) }),
  })
  return mount(Host, {
    global: {
      plugins: [pinia, i18n],
      stubs: { RouterLink: RouterLinkStub },
      provide: { [routerKey as symbol]: { push: vi.fn() }, [routeLocationKey as symbol]: { query, path: '/inbox' } },
    },
    attachTo: document.body,
  })
}

type W = ReturnType<typeof mountWith>
const byId = (w: W, id: string) => w.find(`[data-testid="${id}"]`)
const drawer = () => document.querySelector<HTMLElement>('[data-testid="inbox-drawer"]')
const inDrawer = (id: string) => drawer()?.querySelector<HTMLElement>(`[data-testid="${id}"]`) ?? null

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
  mocked(InboxAPI.Status).mockResolvedValue(status())
  mocked(InboxAPI.List).mockImplementation(async (filter: string) => {
    if (filter === 'todo') return [view(1)]
    if (filter === 'unmatched') return [unmatched]
    return [view(1), unmatched]
  })
  mocked(InboxAPI.Get).mockImplementation(async (id: number) => ({ view: id === 9 ? unmatched : view(id), text: 'Bonjour,\n\nnous réglerons le 15/12 par virement.\n\n> Le 10/03, Atelier Dupont a écrit :' }))
})

describe('InboxView', () => {
  it('lists the messages to handle and accepts a proposal', async () => {
    mocked(InboxAPI.Accept).mockResolvedValueOnce(view(1, { status: 'handled', decision: 'Enregistrer la promesse…', handledAt: '2026-03-16T10:00:00Z' }, { proposal: '' }))
    const w = mountWith(InboxView)
    await flushPromises()
    expect(InboxAPI.List).toHaveBeenCalledWith('todo', 0)
    expect(byId(w, 'inbox-status-text').text()).toBe('Connecté — surveillance en continu')
    expect(byId(w, 'inbox-tab-todo').text()).toContain('À traiter')
    expect(byId(w, 'inbox-tab-todo').text()).toContain('1')
    expect(byId(w, 'inbox-tab-unmatched').text()).toContain('Non rattachés')

    const rows = w.findAll('[data-testid="inbox-row"]')
    expect(rows).toHaveLength(1)
    const row = rows[0]
    expect(row.text()).toMatch(/16\/03\/2026 \d\d:30/)
    expect(row.text()).toContain('Compta Lefèvre')
    expect(row.find('[data-testid="inbox-row-client"]').text()).toBe('Menuiserie Lefèvre')
    expect(row.findComponent(RouterLinkStub).props('to')).toBe('/clients/7')
    expect(row.text()).toContain('RE: Rappel facture F-2026-014 (1)')
    expect(row.find('[data-testid="inbox-row-class"]').text()).toBe('Promesse de paiement')
    expect(row.find('[data-testid="inbox-row-phrase"]').text()).toBe('« nous réglerons le 15/12 »')
    expect(row.find('[data-testid="inbox-row-invoices"]').text()).toBe('F-2026-014')
    expect(useInboxStore().badge).toBe(2)

    await row.trigger('click')
    await flushPromises()
    expect(drawer()?.getAttribute('data-class')).toBe('promise')
    expect(inDrawer('inbox-drawer-reason')?.textContent).toBe('Pourquoi : promesse de paiement datée')
    expect(inDrawer('inbox-drawer-link')?.textContent).toContain('Rattachement : expéditeur connu : compta@lefevre.fr')
    expect(inDrawer('inbox-drawer-from')?.textContent).toBe('Compta Lefèvre <compta@lefevre.fr>')
    expect(inDrawer('inbox-drawer-excerpt')?.textContent).toContain('nous réglerons le 15/12 par virement.')
    expect(inDrawer('inbox-proposal')?.textContent).toContain('Enregistrer la promesse de paiement au 15/12/2026')

    // The full text, read on demand.
    inDrawer('inbox-drawer-toggle')?.click()
    await flushPromises()
    expect(InboxAPI.Get).toHaveBeenCalledWith(1)
    expect(inDrawer('inbox-drawer-text')?.textContent).toContain('Atelier Dupont a écrit')

    mocked(InboxAPI.Status).mockResolvedValue(status({ toHandle: 0 }))
    mocked(InboxAPI.List).mockResolvedValue([])
    inDrawer('inbox-accept')?.click()
    await flushPromises()
    expect(InboxAPI.Accept).toHaveBeenCalledWith(1)
    expect(drawer()).toBeNull()
    expect(InboxAPI.List).toHaveBeenLastCalledWith('todo', 0)
    expect(byId(w, 'inbox-empty').text()).toContain('Aucune réponse à traiter')
    expect(useInboxStore().badge).toBe(1)
    w.unmount()
  })

  it('links an unmatched message to a client, remembering the sender', async () => {
    mocked(InboxAPI.Assign).mockResolvedValueOnce(view(9, { clientId: 7, linkedBy: 'user', linkReason: 'rattaché à la main', class: 'other' }, { proposal: '' }))
    const w = mountWith(InboxView, {}, { tab: 'unmatched' })
    await flushPromises()
    expect(InboxAPI.List).toHaveBeenCalledWith('unmatched', 0)
    const row = byId(w, 'inbox-row')
    expect(row.attributes('data-id')).toBe('9')
    expect(row.find('[data-testid="inbox-row-client"]').text()).toBe('Non rattaché')
    await row.trigger('click')
    await flushPromises()

    expect(inDrawer('inbox-proposal')).toBeNull()
    expect(inDrawer('inbox-assign')?.textContent).toContain('Rattacher à un client')
    expect(inDrawer('inbox-assign-learn')?.textContent).toContain('Retenir l’adresse de l’expéditeur (jean@martin-bois.fr)')
    const confirm = inDrawer('inbox-assign-confirm') as HTMLButtonElement
    expect(confirm.disabled).toBe(true)

    w.findComponent(ClientSelect).vm.$emit('update:value', 7)
    await flushPromises()
    expect(confirm.disabled).toBe(false)
    confirm.click()
    await flushPromises()
    expect(InboxAPI.Assign).toHaveBeenCalledWith(9, 7, true)
    // The drawer stays on the message, now linked.
    expect(inDrawer('inbox-assign')).toBeNull()
    expect(inDrawer('inbox-drawer-client')?.textContent).toContain('Menuiserie Lefèvre')
    expect(inDrawer('inbox-drawer-link')?.textContent).toContain('rattaché à la main')

    w.unmount()
  })

  it('links without learning when the box is unchecked, and marks a message read with a note', async () => {
    mocked(InboxAPI.Assign).mockResolvedValueOnce(view(9, { clientId: 7 }, { proposal: '' }))
    mocked(InboxAPI.MarkHandled).mockResolvedValueOnce(view(9, { clientId: 7, status: 'handled' }, { proposal: '' }))
    const w = mountWith(InboxView, {}, { tab: 'unmatched' })
    await flushPromises()
    await byId(w, 'inbox-row').trigger('click')
    await flushPromises()
    inDrawer('inbox-assign-learn')?.click()
    w.findComponent(ClientSelect).vm.$emit('update:value', 7)
    await flushPromises()
    inDrawer('inbox-assign-confirm')?.click()
    await flushPromises()
    expect(InboxAPI.Assign).toHaveBeenCalledWith(9, 7, false)

    const note = inDrawer('inbox-note') as HTMLInputElement
    note.value = 'rappelé le client'
    note.dispatchEvent(new Event('input'))
    await flushPromises()
    inDrawer('inbox-mark-handled')?.click()
    await flushPromises()
    expect(InboxAPI.MarkHandled).toHaveBeenCalledWith(9, 'rappelé le client')
    expect(drawer()).toBeNull()
    w.unmount()
  })

  it('says what the watcher does', async () => {
    const now = new Date('2026-03-16T15:00:00')
    const line = (s: Partial<InboxStatus>) => {
      const l = statusLine({ ...emptyInboxStatus(), watching: true, ...s }, now)
      return String(i18n.global.t(`inbox.status.${l.key}`, l.params))
    }
    expect(line({ phase: 'idle' })).toBe('Connecté — surveillance en continu')
    expect(line({ phase: 'polling' })).toBe('Connecté — vérification régulière')
    expect(line({ phase: 'syncing', done: 120, total: 2000 })).toBe(`Synchronisation 120 / ${formatInt(2000)}`)
    expect(statusLine({ ...emptyInboxStatus(), phase: 'syncing', done: 120, total: 2000 }).percent).toBe(6)
    const since = new Date('2026-03-16T14:02:00').toISOString()
    expect(line({ phase: 'offline', since, error: 'connexion refusée par imap.exemple.fr' })).toBe('Hors ligne depuis 14:02\u00a0: connexion refusée par imap.exemple.fr') // French spacing from the i18n layer
    expect(line({ phase: 'offline', since: new Date('2026-03-15T09:05:00').toISOString(), error: 'x' })).toBe('Hors ligne depuis 15/03/2026 09:05\u00a0: x')
    expect(line({ phase: 'connecting' })).toBe('Connexion à la boîte de réception…')
    const why = 'serveur IMAP non renseigné : complétez la partie « Réception » dans Paramètres › Messagerie'
    expect(line({ watching: false, phase: 'offline', error: why })).toBe(`Suivi non configuré\u00a0: ${why}`)
    expect(line({ watching: false, phase: '' })).toBe('Suivi des réponses en cours de démarrage…')

    // On the page: the progress bar while syncing, the link to the settings when not set up.
    mocked(InboxAPI.Status).mockResolvedValue(status({ phase: 'syncing', done: 120, total: 2000 }))
    let w = mountWith(InboxView)
    await flushPromises()
    expect(byId(w, 'inbox-status-text').text()).toBe(`Synchronisation 120 / ${formatInt(2000)}`)
    expect(byId(w, 'inbox-progress').exists()).toBe(true)
    expect(byId(w, 'inbox-configure').exists()).toBe(false)
    // "inbox:status" events move it on.
    useInboxStore().onStatus({ phase: 'idle', folder: 'INBOX', done: 0, total: 0, since: '', error: '', idle: true })
    await flushPromises()
    expect(byId(w, 'inbox-status-text').text()).toBe('Connecté — surveillance en continu')
    expect(byId(w, 'inbox-progress').exists()).toBe(false)
    w.unmount()

    mocked(InboxAPI.Status).mockResolvedValue(status({ watching: false, phase: 'offline', since: ZERO, error: why }))
    w = mountWith(InboxView)
    await flushPromises()
    expect(byId(w, 'inbox-status').attributes('data-state')).toBe('unconfigured')
    expect(byId(w, 'inbox-status-text').text()).toBe(`Suivi non configuré : ${why}`)
    expect(byId(w, 'inbox-configure').findComponent(RouterLinkStub).props('to')).toBe('/settings/mail')

    // « Vérifier maintenant »
    mocked(InboxAPI.SyncNow).mockResolvedValueOnce(status({ phase: 'connecting' }))
    await byId(w, 'inbox-sync-now').trigger('click')
    await flushPromises()
    expect(InboxAPI.SyncNow).toHaveBeenCalled()
    expect(byId(w, 'inbox-status-text').text()).toBe('Connexion à la boîte de réception…')
    w.unmount()
  })

  it('announces new human replies once the counts rise', async () => {
    vi.useFakeTimers()
    try {
      setActivePinia(createPinia())
      const store = useInboxStore()
      await store.load()
      const heard: number[] = []
      store.onArrival((n) => heard.push(n))
      mocked(InboxAPI.Status).mockResolvedValue(status({ toHandle: 3 }))
      store.onNew(2)
      store.onNew(0)
      await vi.advanceTimersByTimeAsync(300)
      expect(heard).toEqual([2])
      expect(store.badge).toBe(4)
      // A message read (count 0): no announcement.
      mocked(InboxAPI.Status).mockResolvedValue(status({ toHandle: 2 }))
      store.onNew(0)
      await vi.advanceTimersByTimeAsync(300)
      expect(heard).toEqual([2])
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('ClientMessagesCard', () => {
  it('shows the client’s messages on a timeline and opens one', async () => {
    mocked(InboxAPI.List).mockResolvedValue([
      view(4),
      view(2, { class: 'auto_reply', status: 'handled', subject: 'Absence du bureau', excerpt: 'Je suis absent jusqu’au 20/03.', handledAt: '2026-03-10T08:00:00Z' }, { classLabel: 'Réponse automatique', proposal: '' }),
    ])
    const w = mountWith(ClientMessagesCard, { clientId: 7 })
    await flushPromises()
    expect(InboxAPI.List).toHaveBeenCalledWith('all', 7)
    const card = byId(w, 'client-messages')
    expect(card.text()).toContain('Messages reçus')
    expect(byId(w, 'client-messages-waiting').text()).toBe('1 à lire')
    const items = w.findAll('[data-testid="client-message"]')
    expect(items.map((i) => i.find('[data-testid="client-message-class"]').text())).toEqual(['Promesse de paiement', 'Réponse automatique'])
    expect(card.text()).toContain('Absence du bureau')
    expect(card.text()).toContain('Je suis absent jusqu’au 20/03.')
    expect(card.text()).toMatch(/16\/03\/2026 \d\d:30/)

    await items[1].trigger('click')
    await flushPromises()
    expect(drawer()?.getAttribute('data-id')).toBe('2')
    expect(inDrawer('inbox-drawer-state')?.textContent).toContain('Traité')
    expect(inDrawer('inbox-mark-handled')).toBeNull()
    w.unmount()
  })

  it('says when the client sent nothing', async () => {
    mocked(InboxAPI.List).mockResolvedValue(null)
    const w = mountWith(ClientMessagesCard, { clientId: 8 })
    await flushPromises()
    expect(byId(w, 'client-messages').text()).toContain('Aucun message reçu de ce client')
    w.unmount()
  })
})

describe('inbox i18n', () => {
  it('has the same keys in French and English, the class labels of the Go side', () => {
    const keys = (o: object, p = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]))
    expect(keys(en.inbox).sort()).toEqual(keys(fr.inbox).sort())
    expect(fr.inbox.class).toEqual({
      auto_reply: 'Réponse automatique',
      bounce: 'Non distribué',
      promise: 'Promesse de paiement',
      dispute: 'Litige',
      paid: 'Déjà payé',
      copy_request: 'Demande de copie',
      other: 'Autre réponse',
    })
  })
})
