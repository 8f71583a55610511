import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { NMessageProvider } from 'naive-ui'

// Every generated ChaseAPI function becomes a vi.fn().
vi.mock('../../wailsjs/go/app/ChaseAPI')
vi.mock('../../wailsjs/go/app/SMSAPI')

import * as ChaseAPI from '../../wailsjs/go/app/ChaseAPI'
import * as SMSAPI from '../../wailsjs/go/app/SMSAPI'
import { NSelect } from 'naive-ui'
import ScenarioEditor from '../components/ScenarioEditor.vue'
import { emptyScenario, emptyStep, type Scenario } from '../api'
import { i18n, setLocale } from '../i18n'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

function regular(): Scenario {
  return {
    id: 'regular',
    name: 'Client régulier',
    description: 'Deux e-mails puis un appel',
    repeatLastEmailEveryDays: 0,
    doNotChase: false,
    thankYou: true,
    steps: [
      { ...emptyStep(), id: 'courtesy', name: 'Rappel courtois', anchor: 'before_due', days: 3, channel: 'email', template: 'courtesy', attach: ['invoice'], tone: 'gentle' },
      { ...emptyStep(), id: 'reminder1', name: 'Relance 1', anchor: 'after_due', days: 1, channel: 'email', template: 'reminder1', attach: ['invoice'], tone: 'neutral' },
    ],
  }
}

function mountEditor(scenario: Scenario, isNew = false, existingIds: string[] = ['regular']) {
  const onSaved = vi.fn()
  const Host = defineComponent({
    setup: () => () => h(NMessageProvider, null, { default: () => h(ScenarioEditor, { scenario, isNew, existingIds, onSaved }) }),
  })
  const wrapper = mount(Host, { global: { plugins: [i18n] }, attachTo: document.body })
  return { wrapper, onSaved }
}

type W = ReturnType<typeof mountEditor>['wrapper']
const names = (w: W) => w.findAll('[data-testid="step-name"]').map((i) => (i.element as HTMLInputElement).value)
const whens = (w: W) => w.findAll('[data-testid="step-when"]').map((x) => x.text())
const feedback = (w: W, item: string) =>
  w.findAll(`[data-testid="${item}"]`).map((x) => x.element.querySelector('.n-form-item-feedback-wrapper')?.textContent?.trim() ?? '')

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
})

describe('ScenarioEditor', () => {
  it('shows the steps as a timeline with their J labels', () => {
    const { wrapper } = mountEditor(regular())
    expect(wrapper.find('[data-testid="scenario-form"]').exists()).toBe(true)
    expect(names(wrapper)).toEqual(['Rappel courtois', 'Relance 1'])
    expect(whens(wrapper)).toEqual(['J-3', 'J+1'])
    expect(wrapper.find('[data-testid="scenario-id"]').text()).toBe('regular')
    // Nothing changed yet: nothing to save.
    expect(wrapper.find('[data-testid="scenario-save"]').attributes('disabled')).toBeDefined()
    wrapper.unmount()
  })

  it('adds a step after the last one, reorders, and sends the steps in their new order', async () => {
    mocked(ChaseAPI.SaveScenario).mockImplementationOnce(async (s: Scenario) => [s])
    const { wrapper, onSaved } = mountEditor(regular())

    await wrapper.find('[data-testid="step-add"]').trigger('click')
    expect(names(wrapper)).toEqual(['Rappel courtois', 'Relance 1', 'Nouvelle étape'])
    expect(whens(wrapper)).toEqual(['J-3', 'J+1', '+7 j après l’étape précédente'])
    expect(wrapper.findAll('[data-testid="step"]')[2].text()).toContain('soit J+8')
    expect(wrapper.find('[data-testid="scenario-dirty"]').exists()).toBe(true)

    // The new step goes up above « Relance 1 »: it now follows the courtesy reminder.
    await wrapper.findAll('[data-testid="step-up"]')[2].trigger('click')
    expect(names(wrapper)).toEqual(['Rappel courtois', 'Nouvelle étape', 'Relance 1'])
    expect(whens(wrapper)).toEqual(['J-3', '+7 j après l’étape précédente', 'J+1'])
    // J+1 after J+4: flagged before the Go side refuses it.
    expect(wrapper.findAll('[data-testid="step-body"]')[2].find('[data-testid="step-disorder"]').exists()).toBe(true)

    // And the first one goes down.
    await wrapper.findAll('[data-testid="step-down"]')[0].trigger('click')
    expect(names(wrapper)).toEqual(['Nouvelle étape', 'Rappel courtois', 'Relance 1'])
    expect(wrapper.findAll('[data-testid="step-up"]')[0].attributes('disabled')).toBeDefined()
    expect(wrapper.findAll('[data-testid="step-down"]')[2].attributes('disabled')).toBeDefined()

    await wrapper.find('[data-testid="scenario-save"]').trigger('click')
    await flushPromises()
    const sent = mocked(ChaseAPI.SaveScenario).mock.calls[0][0] as Scenario
    expect(sent.id).toBe('regular')
    expect(sent.steps.map((s) => s.id)).toEqual(['step-3', 'courtesy', 'reminder1'])
    expect(sent.steps[0]).toMatchObject({ anchor: 'after_previous', days: 7, channel: 'email', template: 'reminder1', attach: ['invoice'], review: false, minAmount: 0 })
    expect(onSaved).toHaveBeenCalled()
    wrapper.unmount()
  })

  it('shows a field error of the Go side on the step it names, and moves it with the step', async () => {
    mocked(ChaseAPI.SaveScenario).mockRejectedValueOnce(
      JSON.stringify({
        code: 'EINVALID',
        message: 'scénario invalide',
        fields: [{ field: 'steps.1.days', message: 'étape 2 « Relance 1 » : elle doit tomber après l’étape précédente' }],
      }),
    )
    const s = regular()
    s.steps[1].days = 0
    s.steps[0].anchor = 'after_due'
    s.steps[0].days = 5
    const { wrapper } = mountEditor(s)
    await wrapper.find('[data-testid="scenario-description"]').setValue('modifié')
    await wrapper.find('[data-testid="scenario-save"]').trigger('click')
    await flushPromises()

    const days = feedback(wrapper, 'step-days-item')
    expect(days[0]).toBe('')
    expect(days[1]).toContain('elle doit tomber après l’étape précédente')
    expect(feedback(wrapper, 'step-name-item')).toEqual(['', ''])
    expect(wrapper.find('[data-testid="form-errors"]').exists()).toBe(true)

    await wrapper.findAll('[data-testid="step-up"]')[1].trigger('click')
    const moved = feedback(wrapper, 'step-days-item')
    expect(moved[0]).toContain('elle doit tomber après l’étape précédente')
    expect(moved[1]).toBe('')
    wrapper.unmount()
  })

  it('derives a new scenario’s id from its name, and reads a minimum amount in French', async () => {
    mocked(ChaseAPI.SaveScenario).mockImplementationOnce(async (s: Scenario) => [regular(), s])
    const fresh: Scenario = { ...emptyScenario(), steps: [{ ...emptyStep(), id: 'reminder1', name: 'Relance 1' }] }
    const { wrapper, onSaved } = mountEditor(fresh, true, ['regular', 'client-tres-fidele'])
    await wrapper.find('[data-testid="scenario-name"]').setValue('Client très fidèle')
    expect(wrapper.find('[data-testid="scenario-id"]').text()).toBe('client-tres-fidele-2')
    await wrapper.find('[data-testid="step-min-amount"]').setValue('1 250,50')
    await wrapper.find('[data-testid="step-review"]').trigger('click')
    await wrapper.find('[data-testid="scenario-save"]').trigger('click')
    await flushPromises()
    const sent = mocked(ChaseAPI.SaveScenario).mock.calls[0][0] as Scenario
    expect(sent).toMatchObject({ id: 'client-tres-fidele-2', name: 'Client très fidèle' })
    expect(sent.steps[0]).toMatchObject({ minAmount: 125050, review: true })
    expect(onSaved.mock.calls[0][1]).toBe('client-tres-fidele-2')
    wrapper.unmount()
  })

  it('an SMS step picks an SMS template and shows what one send costs', async () => {
    mocked(SMSAPI.TemplateCount).mockResolvedValue({
      count: { encoding: 'gsm7', chars: 134, units: 134, segments: 1, perSegment: 160, remaining: 26, unicode: [] },
      cost: 5,
      priceSet: true,
      warning: '',
      sample: '…',
    })
    mocked(ChaseAPI.SaveScenario).mockImplementationOnce(async (s: Scenario) => [s])
    const { wrapper } = mountEditor(regular())
    expect(wrapper.find('[data-testid="sms-counter"]').exists()).toBe(false) // e-mail steps: no counter
    const channel = wrapper.findAllComponents(NSelect).filter((c) => c.attributes('data-testid') === 'step-channel')[1]
    channel.vm.$emit('update:value', 'sms')
    await flushPromises()
    const template = wrapper.findAllComponents(NSelect).filter((c) => c.attributes('data-testid') === 'step-template')[1]
    expect(template.props('value')).toBe('sms_reminder')
    expect((template.props('options') as { value: string }[]).map((o) => o.value)).toEqual(['sms_reminder', 'sms_firm'])
    expect(mocked(SMSAPI.TemplateCount)).toHaveBeenCalledWith('sms_reminder', 'fr')
    expect(wrapper.find('[data-testid="sms-counter-figures"]').text()).toMatch(/134\scaractères · 1\sSMS par envoi · alphabet SMS · 0,05\s€ par envoi/)
    // The e-mail step's templates do not offer the SMS ones.
    const first = wrapper.findAllComponents(NSelect).filter((c) => c.attributes('data-testid') === 'step-template')[0]
    expect((first.props('options') as { value: string }[]).map((o) => o.value)).not.toContain('sms_reminder')
    await wrapper.find('[data-testid="scenario-save"]').trigger('click')
    await flushPromises()
    const sent = mocked(ChaseAPI.SaveScenario).mock.calls[0][0] as Scenario
    expect(sent.steps[1]).toMatchObject({ channel: 'sms', template: 'sms_reminder' })
    wrapper.unmount()
  })
})
