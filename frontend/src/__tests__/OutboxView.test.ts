import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NDialogProvider, NMessageProvider } from 'naive-ui'
import { routerKey } from 'vue-router'

// Every generated function becomes a vi.fn().
vi.mock('../../wailsjs/go/app/OutboxAPI')

import * as OutboxAPI from '../../wailsjs/go/app/OutboxAPI'
import OutboxView from '../views/OutboxView.vue'
import { useOutboxStore } from '../stores/outbox'
import { i18n, setLocale } from '../i18n'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>
const ZERO = '0001-01-01T00:00:00Z'

function message(id: number, state: string, over: Record<string, unknown> = {}) {
  return {
    id,
    actionId: `a-${id}`,
    clientId: 7,
    clientName: 'Boulangerie Lefèvre',
    invoiceIds: [3],
    invoiceNumbers: ['F-2026-014'],
    stepName: 'Relance 1',
    template: 'reminder1',
    messageId: `<r${id}@atelier-dupont.fr>`,
    date: '2026-03-16T08:00:00Z',
    toName: 'Marie Dupont',
    to: ['compta@boulangerie.fr'],
    subject: `Rappel ${id} : facture n° F-2026-014`,
    text: '',
    html: '',
    attachments: null,
    state,
    attempts: 1,
    nextAttempt: ZERO,
    queuedAt: '2026-03-16T08:00:00Z',
    sentAt: ZERO,
    ...over,
  }
}

// What the Go side sends: zero times, omitted fields, null slices.
const outbox = {
  messages: [
    message(2, 'uncertain', { errorKind: 'uncertain', lastError: 'connexion coupée après DATA' }),
    message(1, 'failed', { errorKind: 'permanent', lastError: '550 adresse inconnue', attempts: 2 }),
    message(3, 'sent', { sentAt: '2026-03-16T08:05:00Z', attempts: 1 }),
  ],
  counts: { uncertain: 1, failed: 1, sent: 1 },
  followUps: [
    { id: 4, clientId: 7, clientName: 'Boulangerie Lefèvre', invoiceIds: [3], channel: 'letter', reason: 'l’e-mail « Rappel » n’a pas pu partir : 550 adresse inconnue', outboxId: 1, createdOn: '2026-03-16', createdAt: '2026-03-16T08:06:00Z' },
  ],
  sentToday: 1,
  dailyCap: 200,
  ready: false,
  notReady: 'messagerie non configurée : renseignez votre adresse et votre serveur d’envoi dans Paramètres › Messagerie',
}

function mountPage() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const Host = defineComponent({
    setup: () => () => h(NDialogProvider, null, { default: () => h(NMessageProvider, null, { default: () => h(OutboxView) }) }),
  })
  return mount(Host, {
    global: { plugins: [pinia, i18n], stubs: { RouterLink: RouterLinkStub }, provide: { [routerKey as symbol]: { push: vi.fn() } } },
    attachTo: document.body,
  })
}

type W = ReturnType<typeof mountPage>
const byId = (w: W, id: string) => w.find(`[data-testid="${id}"]`)
const drawer = () => document.querySelector<HTMLElement>('[data-testid="outbox-drawer"]')
const inDrawer = (id: string) => drawer()?.querySelector<HTMLElement>(`[data-testid="${id}"]`) ?? null

async function openRow(w: W, id: number) {
  await w.find(`[data-testid="outbox-row"][data-id="${id}"]`).trigger('click')
  await flushPromises()
}

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
  mocked(OutboxAPI.List).mockResolvedValue(outbox)
  mocked(OutboxAPI.Message).mockImplementation(async (id: number) => ({
    ...outbox.messages.find((m) => m.id === id),
    text: 'Bonjour,\nMontant : 1 200,00 €',
    html: '<p>Bonjour,</p>',
  }))
})

describe('OutboxView', () => {
  it('lists the messages with French states and dates, the counts, the banner and the follow-ups', async () => {
    const w = mountPage()
    await flushPromises()
    expect(OutboxAPI.List).toHaveBeenCalledWith('')
    const banner = byId(w, 'outbox-not-ready')
    expect(banner.text()).toContain('Messagerie non configurée')
    expect(banner.findComponent(RouterLinkStub).props('to')).toBe('/settings/mail')
    expect(byId(w, 'outbox-sent-today').text()).toBe('Envoyés aujourd’hui : 1 / 200')
    expect(byId(w, 'outbox-send-now').attributes('disabled')).toBeDefined()

    const rows = w.findAll('[data-testid="outbox-row"]')
    expect(rows.map((r) => r.attributes('data-state'))).toEqual(['uncertain', 'failed', 'sent'])
    expect(rows.map((r) => r.find('[data-testid="outbox-state"]').text())).toEqual(['Incertain', 'Échec', 'Envoyé'])
    expect(rows[1].text()).toContain('550 adresse inconnue')
    expect(rows[1].text()).toContain('compta@boulangerie.fr')
    expect(rows[2].text()).toMatch(/16\/03\/2026 \d\d:05/)
    expect(byId(w, 'outbox-tab-failed').text()).toContain('1')
    expect(byId(w, 'outbox-tab-all').text()).toContain('3')

    const fu = byId(w, 'followup')
    expect(fu.attributes('data-channel')).toBe('letter')
    expect(fu.text()).toContain('Envoyer un courrier')
    expect(fu.text()).toContain('depuis le 16/03/2026')

    // The sidebar badge: uncertain + failed.
    expect(useOutboxStore().badge).toBe(2)
    w.unmount()
  })

  it('offers « Il est bien parti », « Renvoyer » and « Annuler » for an uncertain message, with the explanation', async () => {
    mocked(OutboxAPI.Resolve).mockResolvedValueOnce({ ...outbox, messages: [message(2, 'sent'), outbox.messages[1]], counts: { sent: 2, failed: 1 } })
    const w = mountPage()
    await flushPromises()
    await openRow(w, 2)
    expect(OutboxAPI.Message).toHaveBeenCalledWith(2)
    expect(drawer()?.getAttribute('data-state')).toBe('uncertain')
    expect(inDrawer('outbox-explain')?.textContent).toContain('Relance s’est arrêté pendant l’envoi : vérifiez dans votre dossier Envoyés avant de renvoyer')
    expect(inDrawer('outbox-mark-sent')?.textContent).toContain('Il est bien parti')
    expect(inDrawer('outbox-resend')?.textContent).toContain('Renvoyer')
    expect(inDrawer('outbox-cancel')?.textContent).toContain('Annuler')
    expect(inDrawer('preview-message-id')?.textContent).toBe('<r2@atelier-dupont.fr>')
    expect(inDrawer('preview-html')?.getAttribute('sandbox')).toBe('')

    inDrawer('outbox-mark-sent')?.click()
    await flushPromises()
    expect(OutboxAPI.Resolve).toHaveBeenCalledWith(2, 'sent', '')
    expect(useOutboxStore().badge).toBe(1)
    w.unmount()
  })

  it('offers only « Renvoyer » and « Annuler » for a failed message, and nothing for a sent one', async () => {
    mocked(OutboxAPI.Resolve).mockResolvedValueOnce(outbox)
    const w = mountPage()
    await flushPromises()
    await openRow(w, 1)
    expect(drawer()?.getAttribute('data-state')).toBe('failed')
    expect(inDrawer('outbox-mark-sent')).toBeNull()
    expect(inDrawer('outbox-resend')).not.toBeNull()
    expect(inDrawer('outbox-cancel')).not.toBeNull()
    expect(inDrawer('outbox-last-error')?.textContent).toContain('550 adresse inconnue')
    const resend = inDrawer('outbox-resend')
    resend?.click()
    await flushPromises()
    expect(OutboxAPI.Resolve).toHaveBeenCalledWith(1, 'queued', '')

    await openRow(w, 3)
    expect(drawer()?.getAttribute('data-state')).toBe('sent')
    expect(inDrawer('outbox-actions')).toBeNull()
    w.unmount()
  })

  it('completes a follow-up with a note', async () => {
    mocked(OutboxAPI.CompleteFollowUp).mockResolvedValueOnce({ ...outbox, followUps: [] })
    const w = mountPage()
    await flushPromises()
    await byId(w, 'followup-done').trigger('click')
    await byId(w, 'followup-note').setValue('courrier posté')
    await byId(w, 'followup-confirm').trigger('click')
    await flushPromises()
    expect(OutboxAPI.CompleteFollowUp).toHaveBeenCalledWith(4, 'courrier posté')
    expect(byId(w, 'outbox-followups').exists()).toBe(false)
    w.unmount()
  })

  it('lists an SMS with its channel and delivery, shows its text, and explains an uncertain one with its tag', async () => {
    const sms = (id: number, state: string, over: Record<string, unknown> = {}) =>
      message(id, state, {
        channel: 'sms', stepName: 'Relance SMS', template: 'sms_reminder', subject: 'Relance SMS', to: ['+33612345678'],
        messageId: `<sms.abc${id}@relance.invalid>`, text: 'Atelier Dupont : sauf erreur, 120,00 € reste à régler (réf. F-2026-014).', segments: 1, ...over,
      })
    const view = {
      ...outbox,
      messages: [sms(8, 'uncertain', { errorKind: 'uncertain', lastError: 'Brevo n’a pas répondu après avoir reçu le SMS' }),
        sms(7, 'sent', { sentAt: '2026-03-16T08:05:00Z', delivery: 'failed', deliveryNote: 'numéro invalide' }),
        sms(6, 'sent', { sentAt: '2026-03-16T08:04:00Z', delivery: 'delivered' }), outbox.messages[2]],
      smsNotReady: '',
    }
    mocked(OutboxAPI.List).mockResolvedValue(view)
    mocked(OutboxAPI.Message).mockImplementation(async (id: number) => view.messages.find((m) => m.id === id))
    const w = mountPage()
    await flushPromises()
    const rows = w.findAll('[data-testid="outbox-row"]')
    expect(rows.map((r) => r.find('[data-testid="outbox-channel"]').text())).toEqual(['SMS', 'SMS', 'SMS', 'E-mail'])
    expect(rows[1].find('[data-testid="outbox-delivery"]').text()).toBe('échec : numéro invalide')
    expect(rows[2].find('[data-testid="outbox-delivery"]').text()).toBe('délivré')
    expect(rows[3].find('[data-testid="outbox-delivery"]').exists()).toBe(false)
    await openRow(w, 8)
    expect(inDrawer('outbox-explain')?.textContent).toContain('Le fournisseur n’a pas répondu après avoir reçu ce SMS')
    expect(inDrawer('outbox-explain')?.textContent).toContain('relance-abc8')
    expect(inDrawer('outbox-sms-text')?.textContent).toContain('120,00 € reste à régler')
    expect(inDrawer('preview-html')).toBeNull()
    w.unmount()
  })
})
