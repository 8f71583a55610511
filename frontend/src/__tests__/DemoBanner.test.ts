import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NMessageProvider } from 'naive-ui'

vi.mock('../../wailsjs/go/app/SettingsAPI')
vi.mock('../../wailsjs/go/app/CompanyAPI')
vi.mock('../../wailsjs/go/app/BankAPI')
vi.mock('../../wailsjs/go/app/InboxAPI')
vi.mock('../../wailsjs/go/app/OutboxAPI')
vi.mock('../../wailsjs/go/app/ChaseAPI')
vi.mock('../../wailsjs/runtime/runtime', () => ({ EventsOn: vi.fn(() => () => undefined), EventsOff: vi.fn() }))

import * as SettingsAPI from '../../wailsjs/go/app/SettingsAPI'
import * as CompanyAPI from '../../wailsjs/go/app/CompanyAPI'
import * as OutboxAPI from '../../wailsjs/go/app/OutboxAPI'
import * as InboxAPI from '../../wailsjs/go/app/InboxAPI'
import * as BankAPI from '../../wailsjs/go/app/BankAPI'
import DemoBanner from '../components/DemoBanner.vue'
import { useCompanyStore } from '../stores/company'
import { useDemoStore } from '../stores/demo'
import { useOverviewStore } from '../stores/overview'
import { useOutboxStore } from '../stores/outbox'
import { i18n, setLocale } from '../i18n'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>
const DOMAINS = 'example.com, example.net, example.org, .example, .test, .invalid, .localhost'
const demoOn = { demo: true, loadedAt: '2026-11-23T09:00:00Z', clients: 120, invoices: 1500, domains: DOMAINS }
const demoOff = { demo: false, loadedAt: '', clients: 0, invoices: 0, domains: DOMAINS }
const empty = { clients: 0, invoices: 0, unpaid: 0, overdueCount: 0, outstanding: 0, overdue: 0 }

function mountBanner() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const Host = defineComponent({ setup: () => () => h(NMessageProvider, null, { default: () => h(DemoBanner) }) })
  return mount(Host, { global: { plugins: [pinia, i18n] }, attachTo: document.body })
}

const el = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`)
function q(testid: string): DOMWrapper<HTMLElement> {
  expect(el(testid), testid).not.toBeNull()
  return new DOMWrapper(el(testid)!)
}

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
  mocked(SettingsAPI.Overview).mockResolvedValue(empty)
  mocked(CompanyAPI.Get).mockResolvedValue({ legalName: '' })
  mocked(OutboxAPI.List).mockResolvedValue({ messages: [], counts: {}, followUps: [], sentToday: 0, dailyCap: 200, ready: true, notReady: '' })
  mocked(InboxAPI.Status).mockResolvedValue({})
  mocked(BankAPI.Reconciliation).mockResolvedValue(null)
})

describe('DemoBanner', () => {
  it('is absent from a real ledger', async () => {
    mocked(SettingsAPI.DemoStatus).mockResolvedValue(demoOff)
    const w = mountBanner()
    await flushPromises()
    expect(el('demo-banner')).toBeNull()
    w.unmount()
  })

  it('says what demo data means and the way out, and erasing (confirmed by the word) lifts it', async () => {
    mocked(SettingsAPI.DemoStatus).mockResolvedValue(demoOn)
    const w = mountBanner()
    await flushPromises()
    const text = q('demo-banner').text()
    expect(text).toContain('Données de démonstration')
    expect(text).toContain('Aucun e-mail n’est envoyé à une adresse réelle')
    expect(text).toContain(DOMAINS)
    expect(text).toContain('relance demo --erase')

    await q('demo-erase').trigger('click')
    const go = () => q('demo-erase-go').element as HTMLButtonElement
    expect(go().disabled).toBe(true)
    await q('demo-erase-word').setValue('oui')
    expect(go().disabled).toBe(true)
    await q('demo-erase-word').setValue('effacer')
    expect(go().disabled).toBe(false)

    mocked(SettingsAPI.EraseDemo).mockResolvedValue(empty)
    mocked(SettingsAPI.DemoStatus).mockResolvedValue(demoOff)
    await q('demo-erase-go').trigger('click')
    await flushPromises()
    expect(SettingsAPI.EraseDemo).toHaveBeenCalledWith('effacer')
    expect(el('demo-banner')).toBeNull()
    w.unmount()
  })

  it('stays when erasing fails, with the error shown', async () => {
    mocked(SettingsAPI.DemoStatus).mockResolvedValue(demoOn)
    mocked(SettingsAPI.EraseDemo).mockRejectedValue({ code: 'ECONFLICT', message: 'ces données ne sont pas des données de démonstration : rien n’a été effacé' })
    const w = mountBanner()
    await flushPromises()
    await q('demo-erase').trigger('click')
    await q('demo-erase-word').setValue('EFFACER')
    await q('demo-erase-go').trigger('click')
    await flushPromises()
    expect(el('demo-banner')).not.toBeNull()
    expect(document.body.textContent).toContain('rien n’a été effacé')
    w.unmount()
  })
})

describe('loading demo data', () => {
  it('refreshes the company name, the badges and the banner', async () => {
    setActivePinia(createPinia())
    mocked(SettingsAPI.DemoStatus).mockResolvedValue(demoOff)
    const demo = useDemoStore()
    await demo.load()
    expect(demo.active).toBe(false)

    mocked(SettingsAPI.LoadDemo).mockResolvedValue({ ...empty, clients: 120, invoices: 1500 })
    mocked(SettingsAPI.DemoStatus).mockResolvedValue(demoOn)
    mocked(CompanyAPI.Get).mockResolvedValue({ legalName: 'Atelier Démo' })
    mocked(OutboxAPI.List).mockResolvedValue({
      messages: [],
      counts: { queued: 27 },
      followUps: [],
      sentToday: 0,
      dailyCap: 200,
      ready: true,
      notReady: '',
    })
    await useOverviewStore().loadDemo({ clients: 120, invoices: 1500 })
    await flushPromises()
    expect(useCompanyStore().company?.legalName).toBe('Atelier Démo')
    expect(demo.active).toBe(true)
    expect(OutboxAPI.List).toHaveBeenCalled()
    expect(InboxAPI.Status).toHaveBeenCalled()
    expect(BankAPI.Reconciliation).toHaveBeenCalled()
    expect(useOutboxStore().pending).toBe(27)
  })
})
