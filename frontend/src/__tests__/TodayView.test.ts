import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NDialogProvider, NMessageProvider } from 'naive-ui'
import { routerKey } from 'vue-router'

// Every generated ChaseAPI function becomes a vi.fn().
vi.mock('../../wailsjs/go/app/ChaseAPI')
vi.mock('../../wailsjs/go/app/TemplatesAPI')

import * as ChaseAPI from '../../wailsjs/go/app/ChaseAPI'
import * as TemplatesAPI from '../../wailsjs/go/app/TemplatesAPI'
import TodayView from '../views/TodayView.vue'
import { useTodayStore } from '../stores/today'
import { i18n, setLocale } from '../i18n'
import { NBSP } from '../format'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

function action(id: string, over: Record<string, unknown> = {}) {
  return {
    id,
    date: '2026-03-16',
    plannedFor: '2026-03-16',
    clientId: 7,
    clientCode: 'BOUL01',
    clientName: 'Boulangerie Lefèvre',
    invoiceIds: [3, 4],
    invoiceNumbers: ['F-2026-014', 'F-2026-015'],
    scenarioId: 'regular',
    stepId: 'firm',
    stepName: 'Relance ferme',
    channel: 'email',
    template: 'firm',
    status: 'due',
    reason: 'facture F-2026-014 échue depuis 8 jours, étape Relance ferme',
    total: 150000,
    caughtUp: false,
    lines: [
      { invoiceId: 3, number: 'F-2026-014', dueDate: '2026-03-08', amount: 100000, daysOverdue: 8, scenarioId: 'regular', stepId: 'firm', stepName: 'Relance ferme', plannedFor: '2026-03-16', caughtUp: false, reason: '' },
      { invoiceId: 4, number: 'F-2026-015', dueDate: '2026-03-15', amount: 50000, daysOverdue: 1, scenarioId: 'regular', stepId: 'reminder1', stepName: 'Relance 1', plannedFor: '2026-03-16', caughtUp: false, reason: '' },
    ],
    ...over,
  }
}

// What the Go side sends: omitted fields and null slices included.
const today = {
  date: '2026-03-16',
  toReview: [{ action: action('a-review', { status: 'needs_review', channel: 'letter', stepName: 'Mise en demeure', caughtUp: true }), approved: false, pending: '' }],
  toSend: [{ action: action('a-send'), approved: false, pending: 'envoi par e-mail : la messagerie n’est pas encore configurée' }],
  toCall: [{ action: action('a-call', { channel: 'call', stepName: 'Appel', clientName: 'Garage Martin' }), approved: false, pending: '' }],
  tasks: null,
  done: [{ action: action('a-done', { status: 'done', channel: 'letter', stepName: 'Relance 1' }), approved: false }],
  skipped: [{ action: action('a-skipped', { status: 'skipped', stepName: 'Rappel courtois', reason: 'date du rappel courtois passée' }) }],
  caughtUp: 2,
  notices: [{ kind: 'promise_broken', date: '2026-03-16', clientId: 7, clientCode: 'BOUL01', invoiceId: 3, invoiceNumber: 'F-2026-014', message: 'Promesse du 10/03/2026 non tenue' }],
  upcoming: [{ action: action('a-next', { date: '2026-03-17', status: 'needs_review' }) }],
}

function mountPage() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const Host = defineComponent({ setup: () => () => h(NMessageProvider, null, { default: () => h(TodayView) }) })
  const wrapper = mount(Host, {
    global: { plugins: [pinia, i18n], stubs: { RouterLink: RouterLinkStub }, provide: { [routerKey as symbol]: { push: vi.fn() } } },
    attachTo: document.body,
  })
  return wrapper
}

const section = (w: ReturnType<typeof mountPage>, id: string) => w.find(`[data-testid="${id}"]`)

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
})

describe('TodayView', () => {
  it('renders the sections of the day, hides the empty ones, and shows the catch-up banner', async () => {
    mocked(ChaseAPI.Today).mockResolvedValueOnce(today)
    const w = mountPage()
    await flushPromises()
    expect(ChaseAPI.Today).toHaveBeenCalledTimes(1)
    expect(w.text()).toContain('Lundi 16 mars 2026')

    expect(section(w, 'today-caughtup').text()).toContain('2 actions n’ont pas pu partir les jours où l’application était fermée : elles partent aujourd’hui, une seule fois.')
    expect(section(w, 'today-empty').exists()).toBe(false)
    expect(section(w, 'today-tasks').exists()).toBe(false)

    const review = section(w, 'today-review')
    expect(review.text()).toContain('À valider')
    const card = review.find('[data-testid="today-action"]')
    expect(card.attributes('data-id')).toBe('a-review')
    expect(card.find('[data-testid="action-client"]').text()).toBe('Boulangerie Lefèvre')
    expect(card.find('[data-testid="action-channel"]').attributes('data-channel')).toBe('letter')
    // Compact: the step, and the planner's sentence only as its tooltip (the lines already say it).
    expect(card.find('[data-testid="action-step"]').text()).toBe('Mise en demeure')
    expect(card.find('[data-testid="action-step"]').attributes('title')).toBe('facture F-2026-014 échue depuis 8 jours, étape Relance ferme')
    expect(card.find('[data-testid="action-reason"]').exists()).toBe(false)
    expect(card.text()).toContain('rattrapage')
    const lines = card.findAll('[data-testid="action-line"]')
    expect(lines).toHaveLength(2)
    expect(lines[0].findAll('.cell').map((c) => c.text())).toEqual(['F-2026-014', '08/03/2026', '8 j', `1${NBSP}000,00${NBSP}€`])
    expect(card.find('[data-testid="action-total"]').text()).toBe(`1${NBSP}500,00${NBSP}€`)
    expect(card.find('[data-testid="action-approve"]').exists()).toBe(true)

    const send = section(w, 'today-send')
    expect(send.find('[data-testid="action-pending"]').text()).toContain('la messagerie n’est pas encore configurée')
    expect(send.find('[data-testid="action-approve"]').exists()).toBe(false)

    expect(section(w, 'today-call').find('[data-testid="action-call"]').exists()).toBe(true)
    expect(section(w, 'today-done').findAll('[data-testid="today-action"]')).toHaveLength(1)
    expect(section(w, 'today-skipped').text()).toContain('date du rappel courtois passée')
    const notice = section(w, 'today-notices').find('[data-testid="today-notice"]')
    expect(notice.text()).toContain('Promesse non tenue')
    expect(notice.findComponent(RouterLinkStub).props('to')).toBe('/invoices/3')
    expect(section(w, 'today-upcoming').text()).toContain('Mardi 17 mars 2026')

    // The sidebar badge counts reviews and calls.
    expect(useTodayStore().badge).toBe(2)
    w.unmount()
  })

  it('approves an action with its id and shows the new plan', async () => {
    mocked(ChaseAPI.Today).mockResolvedValueOnce(today)
    mocked(ChaseAPI.Approve).mockResolvedValueOnce({ ...today, toReview: [], done: [...today.done, { action: action('a-review', { status: 'done' }) }] })
    const w = mountPage()
    await flushPromises()
    await section(w, 'today-review').find('[data-testid="action-approve"]').trigger('click')
    await flushPromises()
    expect(ChaseAPI.Approve).toHaveBeenCalledWith('a-review')
    expect(section(w, 'today-review').exists()).toBe(false)
    expect(section(w, 'today-done').findAll('[data-testid="today-action"]')).toHaveLength(2)
    expect(useTodayStore().badge).toBe(1)
    w.unmount()
  })

  it('postpones to a chosen day and skips with a reason', async () => {
    mocked(ChaseAPI.Today).mockResolvedValueOnce(today)
    mocked(ChaseAPI.Postpone).mockRejectedValueOnce(JSON.stringify({ code: 'EINVALID', message: 'date', fields: [{ field: 'date', message: 'choisissez une date future' }] }))
    mocked(ChaseAPI.Skip).mockResolvedValueOnce({ ...today, toSend: [] })
    const w = mountPage()
    await flushPromises()
    const send = () => section(w, 'today-send')
    const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)
    await send().find('[data-testid="action-postpone"]').trigger('click')
    await flushPromises()
    q('postpone-confirm')?.click()
    await flushPromises()
    // A week after the plan's date by default; the field error of the Go side shows under the date.
    expect(ChaseAPI.Postpone).toHaveBeenCalledWith('a-send', '2026-03-23')
    expect(q('postpone-form')?.textContent).toContain('choisissez une date future')
    q('postpone-form')?.querySelector<HTMLElement>('.n-card-header__close')?.click()
    await flushPromises()

    await send().find('[data-testid="action-skip"]').trigger('click')
    await flushPromises()
    const reason = q('skip-reason') as HTMLInputElement
    reason.value = 'client appelé hier'
    reason.dispatchEvent(new Event('input'))
    q('skip-confirm')?.click()
    await flushPromises()
    expect(ChaseAPI.Skip).toHaveBeenCalledWith('a-send', 'client appelé hier')
    expect(section(w, 'today-send').exists()).toBe(false)
    w.unmount()
  })

  it('shows one empty state on a quiet day, and runs the reminders', async () => {
    const quiet = { date: '2026-03-16', toReview: null, toSend: [], toCall: [], tasks: [], done: [], skipped: [], caughtUp: 0, notices: null, upcoming: null }
    mocked(ChaseAPI.Today).mockResolvedValueOnce(quiet)
    mocked(ChaseAPI.Run).mockResolvedValueOnce({ ...quiet, done: today.done })
    const w = mountPage()
    await flushPromises()
    expect(section(w, 'today-empty').text()).toContain('Rien à faire aujourd’hui')
    expect(section(w, 'today-review').exists()).toBe(false)
    expect(section(w, 'today-caughtup').exists()).toBe(false)
    expect(section(w, 'today-upcoming').text()).toContain('Rien de prévu')
    await section(w, 'today-run').trigger('click')
    await flushPromises()
    expect(ChaseAPI.Run).toHaveBeenCalledTimes(1)
    expect(section(w, 'today-done').exists()).toBe(true)
    w.unmount()
  })

  it('says that nothing left when the mailbox cannot send, instead of « Relances lancées »', async () => {
    const quiet = { date: '2026-03-16', toReview: null, toSend: [], toCall: [], tasks: [], done: [], skipped: [], caughtUp: 0, notices: null, upcoming: null }
    mocked(ChaseAPI.Today).mockResolvedValueOnce(quiet)
    mocked(ChaseAPI.Run).mockResolvedValueOnce({ ...quiet, run: { queued: 0, letters: 0, waiting: 43, why: 'messagerie non configurée' } })
    const w = mountPage()
    await flushPromises()
    await section(w, 'today-run').trigger('click')
    await flushPromises()
    expect(document.body.textContent).toContain('Aucun e-mail n’est parti : 43 en attente — messagerie non configurée')
    expect(document.body.textContent).not.toContain('Relances lancées')

    mocked(ChaseAPI.Run).mockResolvedValueOnce({ ...quiet, run: { queued: 2, letters: 1, waiting: 1, why: 'adresse e-mail manquante' } })
    await section(w, 'today-run').trigger('click')
    await flushPromises()
    expect(document.body.textContent).toContain('2 e-mails partent maintenant (boîte d’envoi) ; 1 courrier prêt à imprimer. 1 e-mail attend : adresse e-mail manquante')
    w.unmount()
  })

  it('names the action that took too long, and does not say « rien de nouveau »', async () => {
    const quiet = { date: '2026-03-16', toReview: null, toSend: [], toCall: [], tasks: [], done: [], skipped: [], caughtUp: 0, notices: null, upcoming: null }
    const message = 'Lettre de relance pour Menuiserie Lefèvre (F-2026-0101) : trop longue, pas faite par ce passage (plus de 60 s) ; elle sera reprise au prochain passage'
    mocked(ChaseAPI.Today).mockResolvedValueOnce(quiet)
    mocked(ChaseAPI.Run).mockResolvedValueOnce({ ...quiet, run: { queued: 0, letters: 0, waiting: 0, why: '', slow: [{ actionId: 'a1', clientName: 'Menuiserie Lefèvre', step: 'Lettre de relance', channel: 'letter', invoices: null, message }] } })
    const w = mountPage()
    await flushPromises()
    await section(w, 'today-run').trigger('click')
    await flushPromises()
    expect(document.body.textContent).toContain(message)
    expect(document.body.textContent).not.toContain('Rien de nouveau')
    w.unmount()
  })

  it('says when the plan cannot be read', async () => {
    mocked(ChaseAPI.Today).mockRejectedValueOnce({ code: 'EINTERNAL', message: 'base indisponible' })
    const w = mountPage()
    await flushPromises()
    expect(section(w, 'today-error').text()).toContain('Base indisponible')
    w.unmount()
  })

  it('previews an e-mail to review, lets the user edit it and approves it with the edited message', async () => {
    const emailReview = { action: action('a-mail', { status: 'needs_review', template: 'reminder1', stepName: 'Relance 1' }), approved: false, pending: '' }
    mocked(ChaseAPI.Today).mockResolvedValueOnce({ ...today, toReview: [emailReview], toSend: [] })
    mocked(ChaseAPI.Preview).mockResolvedValueOnce({
      template: { key: 'reminder1', lang: 'fr', name: 'Relance 1', subject: 'Rappel : [[InvoiceLabel]]', body: '[[Greeting]]\nMontant : [[TotalOverdue]]' },
      rendered: { subject: 'Rappel : factures n° F-2026-014 et F-2026-015', text: `Bonjour Marie Dupont,\nMontant : 1${NBSP}500,00${NBSP}€`, html: '<p>Bonjour</p>', missing: ['PromiseDate'] },
      toName: 'Marie Dupont',
      to: 'compta@boulangerie.fr',
      attachments: [{ name: 'Facture F-2026-014.pdf', contentType: 'application/pdf', file: 'invoices/3.pdf' }],
      problems: ['valeurs manquantes : PromiseDate'],
    })
    mocked(TemplatesAPI.Preview).mockImplementation(async (r: { template: { subject: string; body: string } }) => ({
      template: r.template,
      rendered: { subject: 'Dernier rappel', text: 'Bonjour Marie Dupont,', html: '', missing: [] },
      toName: 'Marie Dupont',
      to: 'compta@boulangerie.fr',
    }))
    mocked(ChaseAPI.ApproveMessage).mockResolvedValueOnce({ ...today, toReview: [], toSend: [] })
    const pinia = createPinia()
    setActivePinia(pinia)
    const Host = defineComponent({ setup: () => () => h(NDialogProvider, null, { default: () => h(NMessageProvider, null, { default: () => h(TodayView) }) }) })
    const w = mount(Host, {
      global: { plugins: [pinia, i18n], stubs: { RouterLink: RouterLinkStub }, provide: { [routerKey as symbol]: { push: vi.fn() } } },
      attachTo: document.body,
    })
    await flushPromises()
    const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)

    // Letters keep « Valider »; an e-mail also has « Aperçu ».
    await section(w, 'today-review').find('[data-testid="action-preview"]').trigger('click')
    await flushPromises()
    expect(ChaseAPI.Preview).toHaveBeenCalledWith('a-mail')
    expect(q('email-review')?.getAttribute('data-id')).toBe('a-mail')
    expect(q('preview-subject')?.textContent).toBe('Rappel : factures n° F-2026-014 et F-2026-015')
    expect(q('preview-to')?.textContent).toBe('Marie Dupont <compta@boulangerie.fr>')
    expect(q('review-missing')?.textContent).toContain('Valeur manquante pour ce client : [[PromiseDate]] — ce message attendra votre validation')
    expect((q('review-subject') as HTMLInputElement).value).toBe('Rappel : [[InvoiceLabel]]')

    const subject = q('review-subject') as HTMLInputElement
    subject.value = 'Dernier rappel'
    subject.dispatchEvent(new Event('input'))
    await flushPromises()
    await new Promise((r) => setTimeout(r, 450))
    await flushPromises()
    expect(TemplatesAPI.Preview).toHaveBeenCalledWith({
      template: { key: 'reminder1', lang: 'fr', name: 'Relance 1', subject: 'Dernier rappel', body: '[[Greeting]]\nMontant : [[TotalOverdue]]' },
      clientId: 7,
      invoiceIds: [3, 4],
    })
    expect(q('preview-subject')?.textContent).toBe('Dernier rappel')

    q('review-approve')?.click()
    await flushPromises()
    expect(ChaseAPI.ApproveMessage).toHaveBeenCalledWith('a-mail', 'Dernier rappel', '[[Greeting]]\nMontant : [[TotalOverdue]]')
    expect(section(w, 'today-review').exists()).toBe(false)
    w.unmount()
  })

  it('warns of an invoice about to become time-barred, with the advice from the Go side', async () => {
    const message =
      'La facture F-2024-1201 (200,00 €) sera prescrite après le 20/12/2026 (2 ans, art. L218-2 du Code de la consommation) : déposez une requête en injonction de payer ou obtenez une reconnaissance de dette écrite avant cette date. Une mise en demeure seule n\'interrompt pas la prescription.'
    mocked(ChaseAPI.Today).mockResolvedValueOnce({
      ...today,
      notices: [{ kind: 'limitation_near', date: '2026-12-20', clientId: 8, clientCode: 'PET', invoiceId: 9, invoiceNumber: 'F-2024-1201', message }],
    })
    const w = mountPage()
    await flushPromises()
    const n = section(w, 'today-notices').find('[data-testid="today-notice"]')
    expect(n.attributes('data-kind')).toBe('limitation_near')
    expect(n.text()).toContain('Bientôt prescrite')
    expect(n.text()).toContain(message.replace("'", '’')) // the interface's apostrophe
    expect(n.text()).toContain('20/12/2026')
    w.unmount()
  })

  it('works through the day from the keyboard: focus, approve, select all and approve the selection', async () => {
    const reviews = ['r1', 'r2', 'r3'].map((id, i) => ({ action: action(id, { status: 'needs_review', clientName: `Client ${i + 1}`, channel: 'letter' }), approved: false, pending: '' }))
    const plan = { ...today, toReview: reviews, toSend: [], toCall: [], done: [], skipped: [], notices: [], upcoming: [] }
    mocked(ChaseAPI.Today).mockResolvedValueOnce(plan)
    mocked(ChaseAPI.Approve).mockResolvedValueOnce({ ...plan, toReview: [reviews[0], reviews[2]] })
    mocked(ChaseAPI.ApproveMany).mockResolvedValueOnce({ view: { ...plan, toReview: [] }, done: 2, failed: null })
    const w = mountPage()
    await flushPromises()
    const key = async (k: string, init: KeyboardEventInit = {}) => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: k, cancelable: true, ...init }))
      await flushPromises()
    }
    const focused = () => w.findAll('[data-focused="true"]').map((c) => c.attributes('data-id'))

    await key('j')
    expect(focused()).toEqual(['r1'])
    await key('ArrowDown')
    expect(focused()).toEqual(['r2'])
    expect(w.find('[data-focused="true"]').attributes('aria-current')).toBe('true')
    // a approves the focused action; the focus goes to the one that took its place.
    await key('a')
    expect(ChaseAPI.Approve).toHaveBeenCalledWith('r2')
    expect(focused()).toEqual(['r3'])
    await key('k')
    expect(focused()).toEqual(['r1'])

    // x selects one, Ctrl+A all; with a selection, a asks once for all of it.
    await key('x')
    expect(section(w, 'today-selection').attributes('data-count')).toBe('1')
    await key('a', { ctrlKey: true })
    expect(section(w, 'today-selection').text()).toContain('2 actions sélectionnées')
    await key('a')
    // The last one: an earlier dialog may still be leaving (its transition).
    const q = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)].pop() ?? null
    expect(q('approve-form')?.textContent).toContain('Valider 2 relances ?')
    // Keys typed while the dialog is open are the dialog's.
    await key('j')
    expect(focused()).toEqual(['r1'])
    q('approve-confirm')?.click()
    await flushPromises()
    expect(ChaseAPI.ApproveMany).toHaveBeenCalledWith(['r1', 'r3'])
    expect(section(w, 'today-review').exists()).toBe(false)
    expect(document.body.textContent).toContain('2 relances validées')
    w.unmount()
  })

  it('selects by channel, sorts by amount, and postpones the selection in one call', async () => {
    const mk = (id: string, channel: string, total: number) => ({ action: action(id, { channel, total, status: channel === 'call' ? 'due' : 'needs_review' }), approved: false, pending: '' })
    const plan = { ...today, toReview: [mk('e1', 'email', 100), mk('l1', 'letter', 900), mk('e2', 'email', 500)], toCall: [], toSend: [], done: [], skipped: [], notices: [], upcoming: [] }
    mocked(ChaseAPI.Today).mockResolvedValueOnce(plan)
    mocked(ChaseAPI.PostponeMany).mockResolvedValueOnce({ view: { ...plan, toReview: [plan.toReview[1]] }, done: 2, failed: [{ actionId: 'x', clientName: 'Garage Martin', message: 'déjà faite aujourd’hui' }] })
    const w = mountPage()
    await flushPromises()
    const { NSelect } = await import('naive-ui')
    const selects = w.findAllComponents(NSelect)
    const channel = selects.find((s) => s.attributes('data-testid') === 'select-channel')!
    expect((channel.props('options') as { label: string }[]).map((o) => o.label)).toEqual(['E-mail (2)', 'Courrier (1)'])
    channel.vm.$emit('update:value', 'email')
    await flushPromises()
    expect(section(w, 'today-selection').attributes('data-count')).toBe('2')
    selects.find((s) => s.attributes('data-testid') === 'today-sort')!.vm.$emit('update:value', 'amount')
    await flushPromises()
    expect(section(w, 'today-review').findAll('[data-testid="today-action"]').map((c) => c.attributes('data-id'))).toEqual(['l1', 'e2', 'e1'])

    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'p' }))
    await flushPromises()
    const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)
    expect(q('postpone-form')?.textContent).toContain('Reporter 2 actions')
    q('postpone-confirm')?.click()
    await flushPromises()
    // In the order shown; a week after the plan's date.
    expect(ChaseAPI.PostponeMany).toHaveBeenCalledWith(['e2', 'e1'], '2026-03-23')
    expect(document.body.textContent).toContain('2 actions reportées au 23/03/2026')
    expect(document.body.textContent).toContain('1 action laissée telle quelle — Garage Martin : déjà faite aujourd’hui')
    w.unmount()
  })

  it('builds only the cards on screen with 2 000 actions', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ action: action(`m${i}`, { status: 'needs_review' }), approved: false, pending: '' }))
    mocked(ChaseAPI.Today).mockResolvedValueOnce({ ...today, toReview: many, toSend: [], toCall: [] })
    const w = mountPage()
    await flushPromises()
    expect(section(w, 'today-review').attributes('data-count')).toBe('2000')
    const cards = section(w, 'today-review').findAll('[data-testid="today-action"]').length
    expect(cards).toBeGreaterThan(3)
    expect(cards).toBeLessThan(40)
    // End goes to the last one, which is then built.
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'End' }))
    await flushPromises()
    expect(w.find('[data-focused="true"]').attributes('data-id')).toBe('m1999')
    w.unmount()
  })
})
