import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NMessageProvider } from 'naive-ui'
import { createMemoryHistory, createRouter } from 'vue-router'

vi.mock('../../wailsjs/go/app/InvoicesAPI')
vi.mock('../../wailsjs/go/app/ClientsAPI')

import * as InvoicesAPI from '../../wailsjs/go/app/InvoicesAPI'
import InvoicesView from '../views/InvoicesView.vue'
import { i18n, setLocale } from '../i18n'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

async function mountAt(path: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/invoices', component: InvoicesView }, { path: '/:rest(.*)*', component: { render: () => h('div') } }] })
  await router.push(path)
  const Host = defineComponent({ setup: () => () => h(NMessageProvider, null, { default: () => h(InvoicesView) }) })
  const w = mount(Host, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body })
  await flushPromises()
  return w
}

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
  mocked(InvoicesAPI.List).mockResolvedValue({ rows: [], total: 0, totalRemaining: 0 })
})

describe('InvoicesView: aging filter', () => {
  it('lists the unpaid invoices of the bucket named in the query, with a tag that removes the filter', async () => {
    const w = await mountAt('/invoices?aging=31_60')
    expect(InvoicesAPI.List).toHaveBeenCalledWith(expect.objectContaining({ aging: '31_60' }))
    const tag = w.find('[data-testid="invoices-aging"]')
    expect(tag.text()).toContain('Ancienneté : 31 à 60 jours')

    mocked(InvoicesAPI.List).mockClear()
    await tag.find('.n-tag__close, .n-base-close').trigger('click')
    await flushPromises()
    expect(w.find('[data-testid="invoices-aging"]').exists()).toBe(false)
    expect(InvoicesAPI.List).toHaveBeenCalledWith(expect.objectContaining({ aging: '' }))
    w.unmount()
  })

  it('ignores an unknown bucket', async () => {
    const w = await mountAt('/invoices?aging=forever')
    expect(InvoicesAPI.List).toHaveBeenCalledWith(expect.objectContaining({ aging: '' }))
    expect(w.find('[data-testid="invoices-aging"]').exists()).toBe(false)
    w.unmount()
  })
})
