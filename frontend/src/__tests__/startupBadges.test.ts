import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../../wailsjs/go/app/SettingsAPI')
vi.mock('../../wailsjs/go/app/ClientsAPI')
vi.mock('../../wailsjs/go/app/CompanyAPI')
vi.mock('../../wailsjs/go/app/ChaseAPI')
vi.mock('../../wailsjs/go/app/BankAPI')
vi.mock('../../wailsjs/go/app/DashboardAPI')
vi.mock('../../wailsjs/go/app/StartupAPI')

import * as ChaseAPI from '../../wailsjs/go/app/ChaseAPI'
import * as BankAPI from '../../wailsjs/go/app/BankAPI'
import * as DashboardAPI from '../../wailsjs/go/app/DashboardAPI'
import * as SettingsAPI from '../../wailsjs/go/app/SettingsAPI'
import * as StartupAPI from '../../wailsjs/go/app/StartupAPI'
import { BADGES_WAIT_MS, firstScreenPainted, reloadAll } from '../stores/app'
import { useLedgerStore } from '../stores/ledger'
import { useTodayStore } from '../stores/today'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

beforeEach(() => {
  vi.clearAllMocks()
  setActivePinia(createPinia())
  mocked(SettingsAPI.Overview).mockResolvedValue({ clients: 1, invoices: 1 })
  mocked(BankAPI.Reconciliation).mockResolvedValue({})
  mocked(DashboardAPI.Work).mockResolvedValue({ toSend: 4, toReview: 2, toCall: 1, limitations: null })
  mocked(ChaseAPI.Today).mockResolvedValue({ date: '2026-12-07' })
  mocked(StartupAPI.Painted).mockResolvedValue(undefined)
})

// One file, in this order: the first-screen promise of stores/app.ts is made once per module.
describe('start-up badges', () => {
  it('wait for the first screen (at most BADGES_WAIT_MS), read the plan counts only, and leave the lists alone', async () => {
    vi.useFakeTimers()
    const ledger = useLedgerStore()
    const done = reloadAll({ startup: true })
    await flushPromises()
    expect(SettingsAPI.Overview).toHaveBeenCalled()
    expect(BankAPI.Reconciliation).not.toHaveBeenCalled()
    expect(DashboardAPI.Work).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(BADGES_WAIT_MS - 100)
    expect(BankAPI.Reconciliation).not.toHaveBeenCalled()
    expect(StartupAPI.Painted).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(200) // no first screen came: the badges load anyway
    await done
    expect(StartupAPI.Painted).toHaveBeenCalledWith('first-screen') // and the Go side's background work starts
    expect(BankAPI.Reconciliation).toHaveBeenCalledTimes(1)
    expect(DashboardAPI.Work).toHaveBeenCalledTimes(1)
    expect(ChaseAPI.Today).not.toHaveBeenCalled() // the whole plan waits for a page that shows it
    expect(useTodayStore().badge).toBe(3)
    expect(ledger.revision).toBe(0)
    vi.useRealTimers()
  })

  it('once the first screen is painted, load at once; counts the dashboard brought are not asked again', async () => {
    useTodayStore().setCounts({ toReview: 5, toCall: 0 })
    firstScreenPainted()
    await reloadAll({ startup: true })
    expect(BankAPI.Reconciliation).toHaveBeenCalledTimes(1)
    expect(DashboardAPI.Work).not.toHaveBeenCalled()
    expect(ChaseAPI.Today).not.toHaveBeenCalled()
    expect(useTodayStore().badge).toBe(5)
  })

  it('after a restore, read the whole plan and tell the lists to read again', async () => {
    const ledger = useLedgerStore()
    await reloadAll()
    expect(ChaseAPI.Today).toHaveBeenCalledTimes(1)
    expect(BankAPI.Reconciliation).toHaveBeenCalledTimes(1)
    expect(ledger.revision).toBe(1)
  })
})
