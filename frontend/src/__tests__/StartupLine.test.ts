import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'

vi.mock('../../wailsjs/go/app/StartupAPI')

import * as StartupAPI from '../../wailsjs/go/app/StartupAPI'
import StartupLine from '../components/StartupLine.vue'
import { i18n, setLocale } from '../i18n'
import { NBSP } from '../format'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

beforeEach(() => {
  vi.useFakeTimers()
  vi.clearAllMocks()
  setLocale('fr')
})
afterEach(() => {
  vi.useRealTimers()
})

describe('StartupLine', () => {
  it('says what is loading, with the count in French, and follows the Go side until unmounted', async () => {
    mocked(StartupAPI.Progress)
      .mockResolvedValueOnce({ step: 'invoices', count: 100000 })
      .mockResolvedValueOnce({ step: 'clients', count: 1 })
      .mockResolvedValueOnce({ step: 'plan', count: 0 })
      .mockResolvedValue({ step: '', count: 0 })
    const w = mount(StartupLine, { global: { plugins: [i18n] } })
    await flushPromises()
    const line = () => w.find('[data-testid="startup-progress"]').text()
    expect(line()).toBe(`Lecture de 100${NBSP}000 factures…`)
    expect(w.find('[role="status"]').exists()).toBe(true)
    await vi.advanceTimersByTimeAsync(250)
    expect(line()).toBe('Lecture de 1 client…')
    await vi.advanceTimersByTimeAsync(250)
    expect(line()).toBe('Préparation des relances du jour…')
    await vi.advanceTimersByTimeAsync(250)
    expect(line()).toBe('Chargement…')
    const calls = mocked(StartupAPI.Progress).mock.calls.length
    w.unmount()
    await vi.advanceTimersByTimeAsync(2000)
    expect(mocked(StartupAPI.Progress).mock.calls.length).toBe(calls)
  })

  it('speaks English, and an unknown step or a failed read never breaks the line', async () => {
    setLocale('en')
    mocked(StartupAPI.Progress)
      .mockResolvedValueOnce({ step: 'payments', count: 2500 })
      .mockRejectedValueOnce(new Error('gone'))
      .mockResolvedValueOnce({ step: 'something-new', count: 3 })
      .mockResolvedValue({ step: 'dashboard', count: 0 })
    const w = mount(StartupLine, { global: { plugins: [i18n] } })
    await flushPromises()
    const line = () => w.find('[data-testid="startup-progress"]').text()
    expect(line()).toBe(`Reading 2${NBSP}500 payments…`)
    await vi.advanceTimersByTimeAsync(250)
    expect(line()).toBe(`Reading 2${NBSP}500 payments…`) // the failed read keeps the last line
    await vi.advanceTimersByTimeAsync(250)
    expect(line()).toBe('Loading…')
    await vi.advanceTimersByTimeAsync(250)
    expect(line()).toBe('Computing the dashboard figures…')
    w.unmount()
  })
})
