import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NDialogProvider, NMessageProvider } from 'naive-ui'

vi.mock('../../wailsjs/go/app/DocumentsAPI', () => ({
  NoticeDraft: vi.fn(),
  GenerateNotice: vi.fn(),
  GenerateReminderLetter: vi.fn(),
  GenerateStatement: vi.fn(),
  GenerateDossier: vi.fn(),
  List: vi.fn(),
  RecordSending: vi.fn(),
  Open: vi.fn(),
}))

import * as DocumentsAPI from '../../wailsjs/go/app/DocumentsAPI'
import ClientDocuments from '../components/ClientDocuments.vue'
import { i18n, setLocale } from '../i18n'
import { NBSP } from '../format'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

const SHA = 'fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210'
const notice = {
  document: {
    id: 12,
    kind: 'formal_notice',
    clientId: 7,
    invoiceIds: [3],
    date: '2026-08-15',
    sha256: SHA,
    amount: 518938,
    registeredNumber: '1A 123 456 7890 1',
    sentOn: '2026-08-16',
    acknowledgedOn: '2026-08-19',
  },
  label: 'Mise en demeure',
  url: '/documents/12.pdf',
  path: '/data/documents/12.pdf',
  warnings: [],
}
const statement = {
  document: { id: 13, kind: 'statement', clientId: 7, date: '2026-08-20', sha256: SHA, amount: 500000 },
  label: 'Relevé de compte',
  url: '/documents/13.pdf',
  path: '/data/documents/13.pdf',
  warnings: [],
}

function mountDocs() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const onChanged = vi.fn()
  const Host = defineComponent({
    setup: () => () =>
      h(NDialogProvider, null, { default: () => h(NMessageProvider, null, { default: () => h(ClientDocuments, { clientId: 7, onChanged }) }) }),
  })
  const wrapper = mount(Host, { global: { plugins: [pinia, i18n] }, attachTo: document.body })
  return { wrapper, onChanged }
}

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
})

describe('ClientDocuments', () => {
  it('lists the documents with their sending facts, and generates a statement shown in a frame', async () => {
    mocked(DocumentsAPI.List).mockResolvedValueOnce([notice])
    mocked(DocumentsAPI.GenerateStatement).mockResolvedValueOnce(statement)
    const { wrapper, onChanged } = mountDocs()
    await flushPromises()
    expect(DocumentsAPI.List).toHaveBeenCalledWith(7)
    const cells = wrapper.findAll('[data-testid="document-row"] td').map((c) => c.text())
    expect(cells.slice(0, 7)).toEqual([
      'Mise en demeure',
      '15/08/2026',
      `5${NBSP}189,38${NBSP}€`,
      '1A 123 456 7890 1',
      '16/08/2026',
      '19/08/2026',
      'fedcba9876543210',
    ])

    await wrapper.find('[data-testid="doc-statement"]').trigger('click')
    await flushPromises()
    expect(DocumentsAPI.GenerateStatement).toHaveBeenCalledWith(7)
    expect(wrapper.findAll('[data-testid="document-row"]')).toHaveLength(2)
    expect(onChanged).toHaveBeenCalled()
    const frame = document.querySelector('iframe[data-testid="document-frame"]')
    expect(frame?.getAttribute('src')).toBe('/documents/13.pdf')
    wrapper.unmount()
  })

  it('opens a document in the system viewer', async () => {
    mocked(DocumentsAPI.List).mockResolvedValueOnce([notice])
    mocked(DocumentsAPI.Open).mockResolvedValueOnce(undefined)
    const { wrapper } = mountDocs()
    await flushPromises()
    await wrapper.find('[data-testid="document-open-row"]').trigger('click')
    expect(DocumentsAPI.Open).toHaveBeenCalledWith(12)
    wrapper.unmount()
  })
})
