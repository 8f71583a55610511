import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NAlert, NMessageProvider } from 'naive-ui'
import { routerKey } from 'vue-router'

// Every generated function becomes a vi.fn().
vi.mock('../../wailsjs/go/app/CompanyAPI')

import * as CompanyAPI from '../../wailsjs/go/app/CompanyAPI'
import CompanyView from '../views/CompanyView.vue'
import { i18n, setLocale } from '../i18n'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

// A profile as the Go side sends it: empty fields omitted.
const profile = { legalName: 'Ma boîte', address: { line1: '', city: '' }, signatory: {}, paymentTermsDays: 30 }

// The directory found the company (the Go side omits empty fields).
const found = {
  siren: '812345676',
  vatNumber: 'FR19812345676',
  directory: true,
  legalName: 'ATELIER DUPONT',
  legalForm: 'SARL',
  siret: '81234567600017',
  address: { line1: '12 bis rue de l’Eglise', postalCode: '75002', city: 'Paris' },
  closed: false,
}

function mountPage() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const Host = defineComponent({ setup: () => () => h(NMessageProvider, null, { default: () => h(CompanyView) }) })
  return mount(Host, {
    global: { plugins: [pinia, i18n], stubs: { RouterLink: RouterLinkStub }, provide: { [routerKey as symbol]: { push: vi.fn(), back: vi.fn() } } },
    attachTo: document.body,
  })
}

type W = ReturnType<typeof mountPage>
const byId = (w: W, id: string) => w.find(`[data-testid="${id}"]`)
const value = (w: W, id: string) => (byId(w, id).element as HTMLInputElement).value

async function type(w: W, id: string, v: string) {
  await byId(w, id).setValue(v)
  await flushPromises()
}

async function open(): Promise<W> {
  mocked(CompanyAPI.Get).mockResolvedValueOnce(profile)
  const w = mountPage()
  await flushPromises()
  return w
}

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
})

describe('CompanyView SIREN', () => {
  it('shows the VAT number a SIREN implies as it is typed, and fills it on demand', async () => {
    const w = await open()
    expect(byId(w, 'company-siren-vat').exists()).toBe(false)
    expect(byId(w, 'company-siren-lookup').attributes('disabled')).toBeDefined()

    await type(w, 'company-siren', '812 345')
    expect(byId(w, 'company-siren-vat').exists()).toBe(false)
    expect(byId(w, 'company-siren-hint').exists()).toBe(false)

    await type(w, 'company-siren', '812 345 677')
    expect(byId(w, 'company-siren-hint').text()).toBe('SIREN invalide (clé de contrôle)')
    expect(byId(w, 'company-siren-lookup').attributes('disabled')).toBeDefined()

    await type(w, 'company-siren', '812 345 676')
    expect(byId(w, 'company-siren-vat').text()).toContain('FR19812345676')
    expect(byId(w, 'company-siren-lookup').attributes('disabled')).toBeUndefined()
    await byId(w, 'company-siren-use').trigger('click')
    await flushPromises()
    expect(value(w, 'company-vatNumber')).toBe('FR19812345676')
    expect(byId(w, 'company-siren-use').exists()).toBe(false) // nothing left to use

    // A different VAT number: offered again.
    await type(w, 'company-vatNumber', 'FR00812345676')
    expect(byId(w, 'company-siren-use').exists()).toBe(true)
    expect(CompanyAPI.Lookup).not.toHaveBeenCalled() // all of it offline
  })

  it('splits a SIRET typed in the SIREN field', async () => {
    const w = await open()
    await type(w, 'company-siren', '812 345 676 00017')
    expect(byId(w, 'company-siren-vat').text()).toContain('FR19812345676')
    await byId(w, 'company-siren-use').trigger('click')
    await flushPromises()
    expect(value(w, 'company-siren')).toBe('812345676')
    expect(value(w, 'company-siret')).toBe('81234567600017')
    expect(value(w, 'company-vatNumber')).toBe('FR19812345676')

    await type(w, 'company-siren', '812 345 676 00018')
    expect(byId(w, 'company-siren-hint').text()).toBe('SIRET invalide (clé de contrôle)')
  })

  it('lists what the directory found and fills only the empty fields, or replaces them all', async () => {
    const w = await open()
    await type(w, 'company-siren', '812345676')
    await type(w, 'company-legalForm', 'SAS')
    await type(w, 'company-address.city', 'Lyon')
    mocked(CompanyAPI.Lookup).mockResolvedValue(found)
    await byId(w, 'company-siren-lookup').trigger('click')
    await flushPromises()
    expect(CompanyAPI.Lookup).toHaveBeenCalledWith('812345676')

    const card = byId(w, 'company-lookup-card')
    expect(card.text()).toContain('Trouvé dans l’annuaire des entreprises')
    expect(byId(w, 'company-lookup-legalName').text()).toBe('ATELIER DUPONT')
    expect(byId(w, 'company-lookup-legalForm').text()).toBe('SARL')
    expect(byId(w, 'company-lookup-siret').text()).toBe('81234567600017')
    expect(byId(w, 'company-lookup-address').text()).toBe('12 bis rue de l’Eglise, 75002 Paris')
    expect(byId(w, 'company-lookup-vatNumber').text()).toBe('FR19812345676')
    expect(byId(w, 'company-lookup-closed').exists()).toBe(false)

    await byId(w, 'company-lookup-fill-empty').trigger('click')
    await flushPromises()
    expect(value(w, 'company-legalName')).toBe('Ma boîte') // already filled: kept
    expect(value(w, 'company-legalForm')).toBe('SAS')
    expect(value(w, 'company-siret')).toBe('81234567600017')
    expect(value(w, 'company-vatNumber')).toBe('FR19812345676')
    // The address goes as a whole: one field filled, so none from the directory.
    expect(value(w, 'company-address.line1')).toBe('')
    expect(value(w, 'company-address.city')).toBe('Lyon')
    expect(document.body.textContent).toContain('2 champs mis à jour')

    await byId(w, 'company-lookup-replace').trigger('click')
    await flushPromises()
    expect(value(w, 'company-legalName')).toBe('ATELIER DUPONT')
    expect(value(w, 'company-legalForm')).toBe('SARL')
    expect(value(w, 'company-address.line1')).toBe('12 bis rue de l’Eglise')
    expect(value(w, 'company-address.postalCode')).toBe('75002')
    expect(value(w, 'company-address.city')).toBe('Paris')

    // Another number: the result goes away.
    await type(w, 'company-siren', '552081317')
    expect(byId(w, 'company-lookup-card').exists()).toBe(false)
  })

  it('fills an empty address from the directory and warns of a closed company', async () => {
    const w = await open()
    await type(w, 'company-siret', '81234567600017') // the SIREN field empty: the SIRET is looked up
    mocked(CompanyAPI.Lookup).mockResolvedValue({ ...found, closed: true, legalForm: '' })
    await byId(w, 'company-siren-lookup').trigger('click')
    await flushPromises()
    expect(CompanyAPI.Lookup).toHaveBeenCalledWith('81234567600017')
    expect(byId(w, 'company-lookup-closed').text()).toBe('Entreprise fermée')
    expect(byId(w, 'company-lookup-legalForm').exists()).toBe(false) // nothing to show

    await byId(w, 'company-lookup-fill-empty').trigger('click')
    await flushPromises()
    expect(value(w, 'company-siren')).toBe('812345676')
    expect(value(w, 'company-address.line1')).toBe('12 bis rue de l’Eglise')
    expect(value(w, 'company-address.city')).toBe('Paris')
  })

  it('keeps going when the directory cannot be reached: the VAT number is still offered', async () => {
    const w = await open()
    await type(w, 'company-siren', '812345676')
    const why = "L'annuaire des entreprises n'a pas pu être consulté (pas de réponse en 5 secondes). Vous pouvez saisir les champs à la main ; le numéro de TVA reste calculé sans connexion à partir du SIREN."
    mocked(CompanyAPI.Lookup).mockResolvedValue({ siren: '812345676', vatNumber: 'FR19812345676', directory: false, directoryCode: 'EUNAVAILABLE', directoryError: why, address: {}, closed: false })
    await byId(w, 'company-siren-lookup').trigger('click')
    await flushPromises()

    const alert = byId(w, 'company-lookup-alert')
    expect(w.findComponent(NAlert).props('type')).toBe('info')
    expect(alert.text()).toContain('Annuaire des entreprises injoignable')
    expect(alert.text()).toContain('pas de réponse en 5 secondes')
    expect(byId(w, 'company-lookup-offline-vat').text()).toContain('FR19812345676')
    expect(byId(w, 'company-lookup-card').exists()).toBe(false)
    await byId(w, 'company-lookup-use-vat').trigger('click')
    await flushPromises()
    expect(value(w, 'company-vatNumber')).toBe('FR19812345676')
    expect(value(w, 'company-legalName')).toBe('Ma boîte')
  })

  it('says when the directory does not know the SIREN, and shows a refused number under the field', async () => {
    const w = await open()
    await type(w, 'company-siren', '812345676')
    mocked(CompanyAPI.Lookup).mockResolvedValueOnce({
      siren: '812345676', vatNumber: 'FR19812345676', directory: false, directoryCode: 'ENOTFOUND',
      directoryError: 'Aucune entreprise ne porte le SIREN 812345676 dans l’annuaire des entreprises : vérifiez le numéro, ou saisissez les champs à la main.',
      address: {}, closed: false,
    })
    await byId(w, 'company-siren-lookup').trigger('click')
    await flushPromises()
    const alert = byId(w, 'company-lookup-alert')
    expect(w.findComponent(NAlert).props('type')).toBe('warning')
    expect(alert.text()).toContain('Entreprise introuvable dans l’annuaire')

    mocked(CompanyAPI.Lookup).mockRejectedValueOnce(
      JSON.stringify({ code: 'EINVALID', message: '', fields: [{ field: 'siren', message: 'SIREN « 812345676 » invalide : test' }] }),
    )
    await byId(w, 'company-siren-lookup').trigger('click')
    await flushPromises()
    expect(w.text()).toContain('SIREN « 812345676 » invalide : test')
    expect(byId(w, 'company-lookup-alert').exists()).toBe(false)
  })

  it('speaks English', async () => {
    setLocale('en')
    const w = await open()
    await type(w, 'company-siren', '812 345 677')
    expect(byId(w, 'company-siren-hint').text()).toBe('Invalid SIREN (check digit)')
    await type(w, 'company-siren', '812 345 676')
    expect(byId(w, 'company-siren-vat').text()).toContain('VAT number: FR19812345676')
    expect(byId(w, 'company-siren-lookup').text()).toBe('Look up')
  })
})
