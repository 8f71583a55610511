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
import { FIRST_RUN_KEY, useFirstRunStore } from '../stores/firstRun'
import { i18n, setLocale } from '../i18n'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

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
    expect(localStorage.getItem(FIRST_RUN_KEY)).toBeNull()

    first.store.show()
    await flushPromises()
    await q('first-run-later').trigger('click')
    await flushPromises()
    expect(localStorage.getItem(FIRST_RUN_KEY)).toBe('skipped')
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
