import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NMessageProvider } from 'naive-ui'
import { routerKey } from 'vue-router'

// The reprise on « Aujourd'hui » (#16 point 10): explained, listed day by day, confirmed with one button.
vi.mock('../../wailsjs/go/app/ChaseAPI')
vi.mock('../../wailsjs/go/app/TemplatesAPI')

import * as ChaseAPI from '../../wailsjs/go/app/ChaseAPI'
import TodayView from '../views/TodayView.vue'
import { i18n, setLocale } from '../i18n'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>
/** The text with its no-break spaces (French typography) as plain ones. */
const text = (w: { text: () => string }) => w.text().replace(/[\u00a0\u202f]/g, ' ')

function action(id: string, date: string, client: string, step: string, channel = 'email') {
  return {
    id, date, plannedFor: date, clientId: 1, clientCode: client, clientName: `Société ${client}`, invoiceIds: [1], invoiceNumbers: [`F-${client}`],
    scenarioId: 'regular', stepId: step, stepName: step === 'notice' ? 'Mise en demeure' : 'Relance 1', channel, template: step, status: 'due',
    reason: '', total: 120000, caughtUp: false,
    lines: [{ invoiceId: 1, number: `F-${client}`, dueDate: '2025-07-10', amount: 120000, daysOverdue: 501, scenarioId: 'regular', stepId: step, stepName: step, plannedFor: date, caughtUp: false, reason: '' }],
  }
}

// As the Go side sends it while a reprise waits: empty lists (some null), the reprise.
const waiting = {
  date: '2026-11-23',
  toReview: [], toSend: null, toCall: [], tasks: null, done: [], skipped: [], caughtUp: 0, notices: null, upcoming: [],
  reprise: {
    reason: 'import', lastRun: '', absentDays: 0, clients: 12, invoices: 14, passed: 40, perDay: 10, first: '2026-11-23', last: '2026-11-24',
    steps: [{ name: 'Relance 1', count: 2 }, { name: 'Mise en demeure', count: 12 }],
    days: [
      { date: '2026-11-23', actions: [{ action: action('r1', '2026-11-23', 'C40', 'notice', 'letter') }, { action: action('r2', '2026-11-23', 'C39', 'notice', 'letter') }] },
      { date: '2026-11-24', actions: [{ action: action('r3', '2026-11-24', 'C01', 'reminder1') }] },
    ],
  },
}

function mountPage() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const Host = defineComponent({ setup: () => () => h(NMessageProvider, null, { default: () => h(TodayView) }) })
  return mount(Host, {
    global: { plugins: [pinia, i18n], stubs: { RouterLink: RouterLinkStub }, provide: { [routerKey as symbol]: { push: vi.fn() } } },
    attachTo: document.body,
  })
}

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
})

describe('the reprise on « Aujourd’hui »', () => {
  it('explains the reprise, lists what goes when, and never says the day is clear', async () => {
    mocked(ChaseAPI.Today).mockResolvedValueOnce(waiting)
    const w = mountPage()
    await flushPromises()
    const card = w.find('[data-testid="today-reprise"]')
    expect(card.exists()).toBe(true)
    expect(text(card)).toContain('Reprise des relances : à confirmer')
    expect(card.find('[data-testid="reprise-why"]').text()).toBe('Vous venez d’importer des factures dans un dossier vide.')
    expect(text(card.find('[data-testid="reprise-what"]'))).toContain('Relance reprend 14 factures en retard (12 clients), chacune à l’étape que son retard appelle')
    expect(card.findAll('[data-testid="reprise-step"]').map((s) => s.text())).toEqual(['Relance 1 × 2', 'Mise en demeure × 12'])
    expect(card.find('[data-testid="reprise-passed"]').text()).toContain('40 étapes dont la date est passée depuis longtemps ne seront pas envoyées')
    expect(card.find('[data-testid="reprise-pace"]').text()).toContain('10 par jour d’envoi au plus')
    expect(text(card.find('[data-testid="reprise-pace"]'))).toContain('les plus gros montants d’abord : du 23/11/2026 au 24/11/2026.')
    expect(text(card)).toContain('Rien ne part avant votre confirmation.')
    expect(card.find('[data-testid="reprise-confirm"]').text()).toBe('Confirmer la reprise')

    const days = w.findAll('[data-testid="reprise-day"]')
    expect(days).toHaveLength(2)
    expect(days[0].text()).toContain('Reprise — Lundi 23 novembre 2026')
    expect(days[0].findAll('[data-testid="today-action"]')).toHaveLength(2)
    expect(days[1].find('[data-testid="action-client"]').text()).toBe('Société C01')
    // Nothing to approve one by one, no « rien à faire », no « Demain » list while the reprise waits.
    expect(w.find('[data-testid="action-approve"]').exists()).toBe(false)
    expect(w.find('[data-testid="today-empty"]').exists()).toBe(false)
    expect(w.find('[data-testid="today-upcoming"]').exists()).toBe(false)
    expect(w.find('[data-testid="today-caughtup"]').exists()).toBe(false)
    w.unmount()
  })

  it('says since when after an absence', async () => {
    mocked(ChaseAPI.Today).mockResolvedValueOnce({ ...waiting, reprise: { ...waiting.reprise, reason: 'absence', lastRun: '2026-11-03', absentDays: 20 } })
    const w = mountPage()
    await flushPromises()
    expect(w.find('[data-testid="reprise-why"]').text()).toBe('Aucune relance n’est partie depuis le 03/11/2026 (20 jours).')
    w.unmount()
  })

  it('confirms once with the button and shows the new plan', async () => {
    mocked(ChaseAPI.Today).mockResolvedValueOnce(waiting)
    mocked(ChaseAPI.ConfirmReprise).mockResolvedValueOnce({
      ...waiting,
      reprise: undefined,
      done: [{ action: { ...action('r1', '2026-11-23', 'C40', 'notice', 'letter'), status: 'done' } }],
      upcoming: [{ action: action('r3', '2026-11-24', 'C01', 'reminder1') }],
      run: { queued: 0, letters: 2, waiting: 0, why: '', slow: [] },
    })
    const w = mountPage()
    await flushPromises()
    await w.find('[data-testid="reprise-confirm"]').trigger('click')
    await flushPromises()
    expect(ChaseAPI.ConfirmReprise).toHaveBeenCalledTimes(1)
    expect(ChaseAPI.Run).not.toHaveBeenCalled()
    expect(w.find('[data-testid="today-reprise"]').exists()).toBe(false)
    expect(w.find('[data-testid="today-done"]').exists()).toBe(true)
    expect(w.find('[data-testid="today-upcoming"]').text()).toContain('Société C01')
    expect(document.body.textContent).toContain('Reprise confirmée')
    w.unmount()
  })
})
