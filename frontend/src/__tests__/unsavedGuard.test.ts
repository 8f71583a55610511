import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NDialogProvider, NMessageProvider } from 'naive-ui'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'

vi.mock('../../wailsjs/go/app/InvoicesAPI')
vi.mock('../../wailsjs/go/app/ClientsAPI')

import * as InvoicesAPI from '../../wailsjs/go/app/InvoicesAPI'
import * as ClientsAPI from '../../wailsjs/go/app/ClientsAPI'
import ClientForm from '../components/ClientForm.vue'
import { useUnsavedGuard } from '../composables/unsavedGuard'
import InvoiceForm from '../components/InvoiceForm.vue'
import { emptyClient, emptyInvoice } from '../api'
import { i18n, setLocale } from '../i18n'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>
const dirty = ref(false)
const Form = defineComponent({
  setup() {
    useUnsavedGuard(dirty)
    return () => h('div', { 'data-testid': 'form-page' }, 'formulaire')
  },
})
const Other = defineComponent({ setup: () => () => h('div', { 'data-testid': 'other-page' }, 'ailleurs') })

async function mountApp(page: unknown = Form) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/a', component: page as never },
      { path: '/b', component: Other },
    ],
  })
  await router.push('/a')
  await router.isReady()
  const Host = defineComponent({
    setup: () => () => h(NDialogProvider, null, { default: () => h(NMessageProvider, null, { default: () => h(RouterView) }) }),
  })
  const w = mount(Host, { global: { plugins: [createPinia(), i18n, router] }, attachTo: document.body })
  return { w, router }
}

// The last one: a dialog answered before may still be leaving (its transition) when the next one opens.
const q = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)].pop() ?? null

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  setActivePinia(createPinia())
  document.body.innerHTML = ''
  dirty.value = false
})

describe('useUnsavedGuard', () => {
  it('lets a clean form go, asks « Quitter sans enregistrer ? » for an edited one, and stays or leaves as answered', async () => {
    const { w, router } = await mountApp()
    await router.push('/b')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/b')
    expect(document.body.textContent).not.toContain('Quitter sans enregistrer ?')

    await router.push('/a')
    dirty.value = true
    const staying = router.push('/b')
    await flushPromises()
    expect(document.body.textContent).toContain('Quitter sans enregistrer ?')
    q('unsaved-stay')?.click()
    await staying
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/a')
    expect(q('form-page')).not.toBeNull()

    const leaving = router.push('/b')
    await flushPromises()
    q('unsaved-leave')?.click()
    await leaving
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/b')
    w.unmount()
  })

  it('holds the window while the form is edited (beforeunload)', async () => {
    const { w } = await mountApp()
    const unload = () => {
      const e = new Event('beforeunload', { cancelable: true })
      window.dispatchEvent(e)
      return e.defaultPrevented
    }
    expect(unload()).toBe(false)
    dirty.value = true
    expect(unload()).toBe(true)
    w.unmount()
    // Gone with its page.
    expect(unload()).toBe(false)
  })
})

describe('InvoiceForm', () => {
  it('shows every missing field of a new invoice at once, without asking the Go side', async () => {
    const Page = defineComponent({ setup: () => () => h(InvoiceForm, { invoice: { ...emptyInvoice(), issueDate: '', dueDate: '' } }) })
    const { w, router } = await mountApp(Page)
    await flushPromises()
    const form = w.find('[data-testid="invoice-form"]')
    await form.trigger('submit')
    await flushPromises()
    expect(InvoicesAPI.Save).not.toHaveBeenCalled()
    const text = form.text()
    for (const m of ['Indiquez le numéro de la facture.', 'Choisissez le client.', 'Indiquez la date de facture.', 'Indiquez la date d’échéance.']) {
      expect(text).toContain(m)
    }

    // Typing a number makes the form edited: leaving asks first.
    const number = w.find('[data-testid="field-number"]')
    await number.setValue('F-2026-0042')
    const nav = router.push('/b')
    await flushPromises()
    expect(document.body.textContent).toContain('Quitter sans enregistrer ?')
    q('unsaved-leave')?.click()
    await nav
    expect(router.currentRoute.value.path).toBe('/b')
    w.unmount()
  })
})

describe('ClientForm', () => {
  it('leaves an untouched client without asking, asks once its name is edited, and not after it is saved', async () => {
    const client = { ...emptyClient(), id: 7, code: 'MEN', name: 'Menuiserie Lefèvre' }
    mocked(ClientsAPI.Save).mockResolvedValue({ ...client, name: 'Menuiserie Lefèvre et Fils' } as never)
    const Page = defineComponent({ setup: () => () => h(ClientForm, { client }) })
    let { w, router } = await mountApp(Page)
    await flushPromises()
    await router.push('/b')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/b')
    expect(document.body.textContent).not.toContain('Quitter sans enregistrer ?')
    w.unmount()

    ;({ w, router } = await mountApp(Page))
    await flushPromises()
    await w.find('[data-testid="field-name"]').setValue('Menuiserie Lefèvre et Fils')
    const staying = router.push('/b')
    await flushPromises()
    expect(document.body.textContent).toContain('Quitter sans enregistrer ?')
    q('unsaved-stay')?.click()
    await staying
    expect(router.currentRoute.value.path).toBe('/a')

    await w.find('[data-testid="client-form"]').trigger('submit')
    await flushPromises()
    expect(ClientsAPI.Save).toHaveBeenCalledTimes(1)
    await router.push('/b')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/b')
    w.unmount()
  })
})
