import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NMessageProvider } from 'naive-ui'
import { routerKey } from 'vue-router'

vi.mock('../../wailsjs/go/app/CompanyAPI')
vi.mock('../../wailsjs/go/app/MailAPI')
vi.mock('../../wailsjs/go/app/SettingsAPI')
vi.mock('../../wailsjs/runtime/runtime', () => ({ EventsOn: vi.fn(() => () => undefined), EventsOff: vi.fn() }))

import * as CompanyAPI from '../../wailsjs/go/app/CompanyAPI'
import * as MailAPI from '../../wailsjs/go/app/MailAPI'
import * as SettingsAPI from '../../wailsjs/go/app/SettingsAPI'
import FirstRunGuide from '../components/FirstRunGuide.vue'
import { LEGACY_FIRST_RUN_KEY, useFirstRunStore } from '../stores/firstRun'
import { i18n, setLocale } from '../i18n'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

/** The guide's state as data folders keep it on the Go side (SettingsAPI.FirstRun / SetFirstRun). */
const folders: Record<string, string> = {}
let folder = 'a'
function useFolder(name: string): void {
  folder = name
  mocked(SettingsAPI.FirstRun).mockImplementation(async () => folders[folder] ?? '')
  mocked(SettingsAPI.SetFirstRun).mockImplementation(async (m: string) => (folders[folder] = m))
}

function setup({ legalName, configured, invoices }: { legalName: string; configured: boolean; invoices: number }): void {
  mocked(CompanyAPI.Get).mockResolvedValue({ legalName })
  mocked(MailAPI.Settings).mockResolvedValue({ configured })
  mocked(SettingsAPI.Overview).mockResolvedValue({ clients: invoices ? 3 : 0, invoices, unpaid: 0, overdueCount: 0, outstanding: 0, overdue: 0 })
}

function mountGuide() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const push = vi.fn()
  const Host = defineComponent({ setup: () => () => h(NMessageProvider, null, { default: () => h(FirstRunGuide) }) })
  const wrapper = mount(Host, { global: { plugins: [pinia, i18n], provide: { [routerKey as symbol]: { push } } }, attachTo: document.body })
  return { wrapper, push, store: useFirstRunStore() }
}

const el = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`)
function q(testid: string): DOMWrapper<HTMLElement> {
  expect(el(testid), testid).not.toBeNull()
  return new DOMWrapper(el(testid)!)
}
const done = (key: string) => q(`first-run-step-${key}`).attributes('data-done')

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  localStorage.clear()
  document.body.innerHTML = ''
  for (const k of Object.keys(folders)) delete folders[k]
  useFolder('a')
})

describe('FirstRunGuide', () => {
  it('opens at start while the company has no legal name, with each step done or not, and remembers « Plus tard »', async () => {
    setup({ legalName: '', configured: true, invoices: 12 })
    const first = mountGuide()
    await flushPromises()
    expect(first.store.open).toBe(true)
    expect(done('company')).toBe('false')
    expect(done('mail')).toBe('true')
    expect(done('data')).toBe('true')
    expect(done('scenarios')).toBe('false')
    expect(el('first-run-done-mail')).not.toBeNull()
    expect(el('first-run-done-company')).toBeNull()
    expect((q('first-run-finish').element as HTMLButtonElement).disabled).toBe(true)

    // A step's link closes the guide without putting it off.
    await q('first-run-go-company').trigger('click')
    expect(first.push).toHaveBeenCalledWith('/company')
    expect(first.store.open).toBe(false)
    expect(SettingsAPI.SetFirstRun).not.toHaveBeenCalled()

    first.store.show()
    await flushPromises()
    await q('first-run-later').trigger('click')
    await flushPromises()
    expect(SettingsAPI.SetFirstRun).toHaveBeenCalledWith('skipped')
    expect(folders.a).toBe('skipped')
    expect(first.store.open).toBe(false)
    first.wrapper.unmount()

    // The next start: not shown again, but the settings' « Guide de démarrage » opens it.
    document.body.innerHTML = ''
    const second = mountGuide()
    await flushPromises()
    expect(second.store.open).toBe(false)
    expect(el('first-run')).toBeNull()
    second.store.show()
    await flushPromises()
    expect(el('first-run')).not.toBeNull()
    second.wrapper.unmount()

    // Another data folder has its own guide: it opens there.
    document.body.innerHTML = ''
    useFolder('b')
    const other = mountGuide()
    await flushPromises()
    expect(other.store.open).toBe(true)
    other.wrapper.unmount()
  })

  it('counts Escape as « Plus tard »', async () => {
    setup({ legalName: '', configured: false, invoices: 0 })
    const g = mountGuide()
    await flushPromises()
    expect(g.store.open).toBe(true)
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', bubbles: true }))
    await flushPromises()
    expect(g.store.open).toBe(false)
    expect(SettingsAPI.SetFirstRun).toHaveBeenCalledWith('skipped')
    g.wrapper.unmount()
  })

  it('keeps nothing in the web view’s storage and forgets what earlier versions put there', async () => {
    localStorage.setItem(LEGACY_FIRST_RUN_KEY, 'finished') // written by an earlier version, for every folder
    setup({ legalName: '', configured: false, invoices: 0 })
    const w = mountGuide()
    await flushPromises()
    expect(w.store.open).toBe(true) // this folder never dismissed it
    expect(localStorage.getItem(LEGACY_FIRST_RUN_KEY)).toBeNull()
    await q('first-run-later').trigger('click')
    await flushPromises()
    expect(folders.a).toBe('skipped')
    expect(localStorage.length).toBe(0)
    w.wrapper.unmount()
  })

  it('opens when the folder’s state cannot be read', async () => {
    mocked(SettingsAPI.FirstRun).mockRejectedValue({ code: 'EINTERNAL', message: 'x' })
    setup({ legalName: '', configured: true, invoices: 0 })
    const w = mountGuide()
    await flushPromises()
    expect(w.store.open).toBe(true)
    w.wrapper.unmount()
  })

  it('offers import or demo data while the ledger is empty, and stays closed once set up', async () => {
    setup({ legalName: 'Atelier Dupont', configured: false, invoices: 0 })
    const a = mountGuide()
    await flushPromises()
    expect(a.store.open).toBe(true)
    expect(done('company')).toBe('true')
    expect(done('mail')).toBe('false')
    expect(done('data')).toBe('false')
    expect(el('first-run-import')).not.toBeNull()
    expect(el('first-run-demo')).not.toBeNull()
    await q('first-run-go-mail').trigger('click')
    expect(a.push).toHaveBeenCalledWith('/settings/mail')
    a.wrapper.unmount()

    document.body.innerHTML = ''
    setup({ legalName: 'Atelier Dupont', configured: true, invoices: 0 })
    const b = mountGuide()
    await flushPromises()
    expect(b.store.open).toBe(false)
    b.wrapper.unmount()
  })
})
