import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NMessageProvider } from 'naive-ui'

vi.mock('../../wailsjs/go/app/WatchAPI')
vi.mock('../../wailsjs/runtime/runtime', () => ({ EventsOn: vi.fn(() => () => undefined), EventsOff: vi.fn() }))

import * as WatchAPI from '../../wailsjs/go/app/WatchAPI'
import ProceedingCard from '../components/ProceedingCard.vue'
import RiskDialog from '../components/RiskDialog.vue'
import WatchSettingsCard from '../components/WatchSettingsCard.vue'
import ClaimDeadlines from '../components/ClaimDeadlines.vue'
import { emptyClient, type Client } from '../api'
import { i18n, setLocale } from '../i18n'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

const client: Client = { ...emptyClient(), id: 7, code: 'MEN', name: 'Menuiserie Lefèvre', type: 'business', siren: '523456788' }
const consumer: Client = { ...emptyClient(), id: 8, code: 'PET', name: 'Mme Claire Petit', type: 'consumer' }

const proceeding = {
  kind: 'redressement', label: 'Redressement judiciaire', court: 'tribunal de commerce de Lyon', openedOn: '2026-10-14', publishedOn: '2026-10-22',
  administrator: 'SELARL AJ Partenaires', mandataire: 'SELARL MJ Synergie, prise en la personne de Me Lucie Martin, 230 rue Garibaldi 69003 Lyon',
  closedOn: '', open: true,
  events: [{ kind: 'opening', nature: 'Jugement d’ouverture d’une procédure de redressement judiciaire', date: '2026-10-14', published: '2026-10-22', reference: 'BODACC A n° 20260206' }],
}
const watched = {
  clientId: 7, siren: '523456788', consumer: false, checked: true, checkedAt: '2026-11-23T09:00:00Z', closed: false, closedOn: '', created: '2015-06-01', struckOff: '',
  legalForm: 'SAS', errors: [], proceeding, past: [], stopReason: 'Redressement judiciaire ouvert le 14/10/2026 par le tribunal de commerce de Lyon',
  deadline: '2026-12-22', daysLeft: 29, declared: false, declaredOn: '', declarationDocId: 0,
  advice: ['Préparez la déclaration de créance et envoyez-la au mandataire judiciaire en recommandé.'], overindebted: '', overindebtedRules: [],
}
const never = { ...watched, checked: false, checkedAt: '', proceeding: null, stopReason: '', deadline: '', daysLeft: 0, advice: [], created: '', legalForm: '' }
const docView = {
  document: { id: 31, kind: 'claim_declaration', clientId: 7, invoiceIds: [1, 2], date: '2026-11-23', createdAt: '', file: 'documents/x.pdf', sha256: 'abc', size: 10, amount: 180000, channel: 'letter', draft: true },
  label: 'Déclaration de créance', url: '/documents/31.pdf', path: '/tmp/x.pdf', warnings: ['Factures émises après le jugement (F-3) : elles ne se déclarent pas.'], leftOut: [], deadline: '',
}

function host(comp: unknown, props: Record<string, unknown> = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const Host = defineComponent({ setup: () => () => h(NMessageProvider, null, { default: () => h(comp as never, props) }) })
  return mount(Host, { global: { plugins: [pinia, i18n], stubs: { RouterLink: { template: '<a><slot /></a>' } } }, attachTo: document.body })
}
type W = ReturnType<typeof host>
const byId = (w: W, id: string) => w.find(`[data-testid="${id}"]`)

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
})

describe('ProceedingCard', () => {
  it('shows the proceeding, why the chase stopped and the countdown, and prepares the declaration', async () => {
    mocked(WatchAPI.Client).mockResolvedValue(watched)
    mocked(WatchAPI.GenerateDeclaration).mockResolvedValueOnce(docView)
    const w = host(ProceedingCard, { client })
    await flushPromises()
    expect(WatchAPI.Client).toHaveBeenCalledWith(7)
    expect(byId(w, 'proceeding-label').text()).toBe('Redressement judiciaire')
    expect(byId(w, 'proceeding-court').text()).toBe('tribunal de commerce de Lyon')
    expect(byId(w, 'proceeding-opened').text()).toBe('14/10/2026')
    expect(byId(w, 'proceeding-mandataire').text()).toContain('Me Lucie Martin')
    expect(byId(w, 'watch-stop').text()).toContain('Redressement judiciaire ouvert le 14/10/2026 par le tribunal de commerce de Lyon')
    expect(byId(w, 'claim-deadline').text()).toContain('Déclarez votre créance avant le 22/12/2026')
    expect(byId(w, 'claim-countdown').text()).toBe('Encore 29 jours')
    expect(byId(w, 'claim-countdown').attributes('data-urgent')).toBe('false')
    expect(byId(w, 'watch-advice').text()).toContain('Préparez la déclaration')
    // The BODACC named the mandataire: no field to type one.
    expect(byId(w, 'declaration-mandataire').exists()).toBe(false)
    await byId(w, 'declaration-generate').trigger('click')
    await flushPromises()
    expect(WatchAPI.GenerateDeclaration).toHaveBeenCalledWith({ clientId: 7, mandataire: '', registered: true, registeredNumber: '', security: '' })
    expect(document.body.textContent).toContain('Déclaration de créance prête')
    expect(document.querySelector('[data-testid="document-modal"]')).not.toBeNull()
    w.unmount()
  })

  it('checks now on demand and says what it sends; a client never checked says so', async () => {
    mocked(WatchAPI.Client).mockResolvedValueOnce(never)
    mocked(WatchAPI.CheckClient).mockResolvedValueOnce({ ...never, checked: true, checkedAt: '2026-11-23T09:00:00Z', created: '2015-06-01' })
    const w = host(ProceedingCard, { client })
    await flushPromises()
    expect(byId(w, 'watch-checked').text()).toContain('Jamais vérifié')
    expect(byId(w, 'watch-checked').text()).toContain('Seul le SIREN est envoyé')
    await byId(w, 'watch-check').trigger('click')
    await flushPromises()
    expect(WatchAPI.CheckClient).toHaveBeenCalledWith(7)
    expect(byId(w, 'watch-checked').text()).toContain('Vérifié le 23/11/2026')
    expect(byId(w, 'watch-nothing').text()).toContain('Aucune procédure collective publiée au BODACC. Entreprise active, créée le 01/06/2015.')
    w.unmount()
  })

  it('shows why a check failed, and a countdown within 15 days as urgent', async () => {
    mocked(WatchAPI.Client).mockResolvedValueOnce({ ...watched, daysLeft: 1, errors: ['Le BODACC n’a pas pu être consulté (connexion impossible : vérifiez votre accès à Internet) : rien n’a été conclu sur les procédures collectives.'] })
    const w = host(ProceedingCard, { client })
    await flushPromises()
    expect(byId(w, 'watch-error').text()).toContain('Le BODACC n’a pas pu être consulté')
    expect(byId(w, 'claim-countdown').text()).toBe('Plus qu’un jour')
    expect(byId(w, 'claim-countdown').attributes('data-urgent')).toBe('true')
    expect(byId(w, 'watch-struck-off').exists()).toBe(false)
    w.unmount()
  })

  it('flags a company struck off the trade register and closed', async () => {
    mocked(WatchAPI.Client).mockResolvedValueOnce({ ...never, checked: true, checkedAt: '2026-11-23T09:00:00Z', closed: true, closedOn: '2024-11-30', struckOff: '2025-01-17' })
    const w = host(ProceedingCard, { client })
    await flushPromises()
    expect(byId(w, 'watch-closed').text()).toBe('Entreprise fermée le 30/11/2024 d’après l’annuaire des entreprises')
    expect(byId(w, 'watch-struck-off').text()).toBe('Radiée du registre du commerce et des sociétés (BODACC du 17/01/2025)')
    w.unmount()
  })

  it('records a consumer’s over-indebtedness and lists what the owner can and cannot do', async () => {
    mocked(WatchAPI.Client).mockResolvedValueOnce({ ...never, clientId: 8, siren: '', consumer: true })
    mocked(WatchAPI.SetOverindebted).mockResolvedValueOnce({
      ...never, clientId: 8, consumer: true, overindebted: '2026-11-02', stopReason: 'Dossier de surendettement déclaré recevable le 02/11/2026',
      overindebtedRules: ['Vous ne pouvez plus : relancer pour les sommes dues au 02/11/2026…', 'Vous pouvez : vérifier l’état des dettes…'],
    })
    const w = host(ProceedingCard, { client: consumer })
    await flushPromises()
    expect(byId(w, 'watch-check').exists()).toBe(false)
    expect(w.text()).toContain('Le BODACC ne publie pas les dossiers de surendettement')
    expect((byId(w, 'overindebted-save').element as HTMLButtonElement).disabled).toBe(true)
    // The date picker writes ISO dates: set it as the component does.
    const picker = w.findComponent({ name: 'DateInput' })
    picker.vm.$emit('update:value', '2026-11-02')
    await flushPromises()
    await byId(w, 'overindebted-save').trigger('click')
    await flushPromises()
    expect(WatchAPI.SetOverindebted).toHaveBeenCalledWith(8, '2026-11-02')
    expect(byId(w, 'overindebted').text()).toContain('Dossier de surendettement recevable depuis le 02/11/2026')
    expect(w.findAll('[data-testid="overindebted-rule"]').length).toBe(2)
    w.unmount()
  })
})

describe('RiskDialog', () => {
  it('checks a SIREN typed before an order and explains the verdict', async () => {
    mocked(WatchAPI.Risk).mockResolvedValueOnce({
      query: '398765438', siren: '398765438', name: '', clientId: 0, clientCode: '', verdict: 'prudence', label: 'Prudence',
      summary: 'Prudence : procédure de sauvegarde en 2025',
      reasons: [{ level: 'good', text: 'Entreprise active, créée le 01/06/2015 (11 ans).' }, { level: 'warn', text: 'Procédure de sauvegarde ouverte le 10/03/2025 par le tribunal de commerce de Rennes, plan arrêté le 01/12/2025.' }],
      suggestion: 'Demandez un acompte (30 % à la commande par exemple).', errors: [],
    })
    const w = host(RiskDialog, { show: true })
    await flushPromises()
    const input = document.querySelector('[data-testid="risk-query"] input') as HTMLInputElement
    input.value = '398 765 438'
    input.dispatchEvent(new Event('input'))
    await flushPromises()
    ;(document.querySelector('[data-testid="risk-submit"]') as HTMLButtonElement).click()
    await flushPromises()
    expect(WatchAPI.Risk).toHaveBeenCalledWith('398 765 438')
    const panel = document.querySelector('[data-testid="risk-panel"]') as HTMLElement
    expect(panel.dataset.verdict).toBe('prudence')
    expect(panel.querySelector('[data-testid="risk-summary"]')?.textContent).toBe('Prudence : procédure de sauvegarde en 2025')
    const reasons = [...panel.querySelectorAll('[data-testid="risk-reason"]')].map((e) => (e as HTMLElement).dataset.level)
    expect(reasons).toEqual(['good', 'warn'])
    expect(panel.querySelector('[data-testid="risk-suggestion"]')?.textContent).toContain('Conseil')
    w.unmount()
  })
})

describe('WatchSettingsCard and ClaimDeadlines', () => {
  it('turns the daily watch on, saying what is sent', async () => {
    const s = { enabled: false, lastRun: '', sent: 'Relance envoie uniquement les numéros SIREN de vos clients professionnels…', clients: 3 }
    mocked(WatchAPI.Settings).mockResolvedValueOnce(s)
    mocked(WatchAPI.SetEnabled).mockResolvedValueOnce({ ...s, enabled: true })
    const w = host(WatchSettingsCard)
    await flushPromises()
    expect(byId(w, 'watch-sent').text()).toContain('uniquement les numéros SIREN')
    expect(w.text()).toContain('3 clients professionnels avec SIREN')
    await byId(w, 'watch-enabled').trigger('click')
    await flushPromises()
    expect(WatchAPI.SetEnabled).toHaveBeenCalledWith(true)
    expect(byId(w, 'watch-enabled').classes()).toContain('n-switch--active')
    w.unmount()
  })

  it('lists the claims still to declare, not those declared', async () => {
    mocked(WatchAPI.Deadlines).mockResolvedValueOnce([
      { clientId: 7, clientCode: 'MEN', clientName: 'Menuiserie Lefèvre', proceeding: 'Redressement judiciaire', openedOn: '2026-10-14', deadline: '2026-12-22', daysLeft: 29, declared: false, declaredOn: '', documentId: 0, owed: 180000, message: 'Déclarez votre créance avant le 22/12/2026 (encore 29 jours) : …', foreclosed: false, advice: [] },
      { clientId: 10, clientCode: 'VID', clientName: 'Garage Vidal', proceeding: 'Liquidation judiciaire', openedOn: '2023-05-02', deadline: '2023-07-12', daysLeft: -1200, declared: false, declaredOn: '', documentId: 0, owed: 50000, message: 'Délai de déclaration dépassé…', foreclosed: true, advice: [] },
      { clientId: 9, clientCode: 'ROC', clientName: 'Menuiserie Roche', proceeding: 'Liquidation judiciaire', openedOn: '2026-02-04', deadline: '2026-04-13', daysLeft: -200, declared: true, declaredOn: '2026-03-01', documentId: 4, owed: 0, message: 'Créance déclarée le 01/03/2026', foreclosed: false, advice: [] },
    ])
    const w = host(ClaimDeadlines)
    await flushPromises()
    const items = w.findAll('[data-testid="claim-deadline-item"]')
    expect(items.length).toBe(1)
    expect(items[0].text()).toContain('Déclarez votre créance avant le 22/12/2026')
    expect(items[0].text()).toContain('Menuiserie Lefèvre')
    w.unmount()
  })
})
