import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { NMessageProvider } from 'naive-ui'

vi.mock('../../wailsjs/go/app/ClientsAPI')
vi.mock('../../wailsjs/go/app/ExportAPI')

import * as ClientsAPI from '../../wailsjs/go/app/ClientsAPI'
import * as ExportAPI from '../../wailsjs/go/app/ExportAPI'
import PrivacyCard from '../components/PrivacyCard.vue'
import { emptyClient, type Client } from '../api'
import { i18n, setLocale } from '../i18n'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

function client(): Client {
  return { ...emptyClient(), id: 7, code: 'BOUL01', name: 'Boulangerie Lefèvre' }
}

function mountCard() {
  const onErased = vi.fn()
  const Host = defineComponent({
    setup: () => () => h(NMessageProvider, null, { default: () => h(PrivacyCard, { client: client(), onErased }) }),
  })
  const wrapper = mount(Host, { global: { plugins: [i18n] }, attachTo: document.body })
  return { wrapper, onErased }
}

function q(testid: string): DOMWrapper<HTMLElement> {
  const el = document.querySelector<HTMLElement>(`[data-testid="${testid}"]`)
  expect(el, testid).not.toBeNull()
  return new DOMWrapper(el!)
}
const disabled = (testid: string) => (q(testid).element as HTMLButtonElement).disabled

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
})

describe('PrivacyCard', () => {
  it('exports the client’s data and shows where', async () => {
    mocked(ClientsAPI.ExportPersonalData).mockResolvedValueOnce('/data/exports/BOUL01-donnees.json')
    const { wrapper } = mountCard()
    await q('privacy-export').trigger('click')
    await flushPromises()
    expect(ClientsAPI.ExportPersonalData).toHaveBeenCalledWith(7)
    expect(q('privacy-exported-value').text()).toBe('/data/exports/BOUL01-donnees.json')
    await q('privacy-exported-open').trigger('click')
    expect(ExportAPI.OpenFolder).toHaveBeenCalledWith('/data/exports/BOUL01-donnees.json')
    wrapper.unmount()
  })

  it('erases only once the client code is typed, saying what is kept and why', async () => {
    const erased = { client: { ...client(), contacts: [] }, overview: {}, events: [], claim: {} }
    mocked(ClientsAPI.ErasePersonalData).mockResolvedValueOnce(erased)
    const { wrapper, onErased } = mountCard()
    await q('privacy-erase').trigger('click')
    await flushPromises()
    expect(q('privacy-kept').text()).toContain('factures, règlements et documents conservés 10 ans : obligation légale')
    expect(q('privacy-dialog').text()).toContain('« BOUL01 »')
    expect(disabled('privacy-confirm')).toBe(true)

    await q('privacy-code').setValue('BOUL0')
    await q('privacy-code').trigger('keyup', { key: 'Enter' })
    await q('privacy-confirm').trigger('click')
    await flushPromises()
    expect(disabled('privacy-confirm')).toBe(true)
    expect(ClientsAPI.ErasePersonalData).not.toHaveBeenCalled()
    expect(q('privacy-code-item').element.querySelector('.n-form-item-feedback-wrapper')?.textContent).toContain('Tapez le code client « BOUL01 »')

    await q('privacy-code').setValue('BOUL01')
    expect(disabled('privacy-confirm')).toBe(false)
    await q('privacy-confirm').trigger('click')
    await flushPromises()
    expect(ClientsAPI.ErasePersonalData).toHaveBeenCalledWith(7, 'BOUL01')
    expect(onErased).toHaveBeenCalledTimes(1)
    wrapper.unmount()
  })

  it('shows the Go side’s refusal at the code field', async () => {
    mocked(ClientsAPI.ErasePersonalData).mockRejectedValueOnce(
      JSON.stringify({ code: 'EINVALID', message: 'invalide', fields: [{ field: 'confirmCode', message: 'tapez le code client « BOUL01 » pour confirmer l’effacement' }] }),
    )
    const { wrapper, onErased } = mountCard()
    await q('privacy-erase').trigger('click')
    await q('privacy-code').setValue('BOUL01')
    await q('privacy-confirm').trigger('click')
    await flushPromises()
    expect(q('privacy-code-item').element.querySelector('.n-form-item-feedback-wrapper')?.textContent?.trim()).toBe(
      'tapez le code client « BOUL01 » pour confirmer l’effacement',
    )
    expect(onErased).not.toHaveBeenCalled()
    wrapper.unmount()
  })
})
