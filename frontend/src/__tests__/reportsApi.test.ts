import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('../../wailsjs/go/app/BankAPI')
vi.mock('../../wailsjs/go/app/DashboardAPI')

import * as BankAPI from '../../wailsjs/go/app/BankAPI'
import * as DashboardAPI from '../../wailsjs/go/app/DashboardAPI'
import { bankApi, dashboardApi, emptyCSVMapping } from '../api'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

beforeEach(() => vi.clearAllMocks())

describe('bankApi and dashboardApi', () => {
  it('completes a reconciliation: null slices, omitted fields, zero times', async () => {
    mocked(BankAPI.Reconciliation).mockResolvedValueOnce({
      unmatched: [{ line: { key: 'k', bookedOn: '2026-12-01', amount: 5000, importedAt: '0001-01-01T00:00:00Z', status: 'unmatched' }, suggestions: [{ clientId: 7, allocations: null, reasons: null, invoices: null, score: 80 }] }],
      matched: null,
      lastImport: '',
      settings: null,
    })
    const r = await bankApi.reconciliation()
    expect(r.matched).toEqual([])
    expect(r.settings).toEqual({ autoConfirm: false, staleDays: 7 })
    const l = r.unmatched[0]
    expect(l.line.importedAt).toBe('')
    expect(l.line.payer).toBe('')
    expect(l.line.paymentId).toBe(0)
    expect(l.clientName).toBe('')
    expect(l.suggestions[0]).toMatchObject({ allocations: [], reasons: [], invoices: [], credit: 0, score: 80 })
  })

  it('sends null for the mapping of an OFX file and the mapping of a CSV as is', async () => {
    mocked(BankAPI.Import).mockResolvedValue({ added: 1 })
    const r = await bankApi.import('releve.ofx', 'QQ==', null, true)
    expect(BankAPI.Import).toHaveBeenLastCalledWith('releve.ofx', 'QQ==', null, true)
    expect(r).toMatchObject({ added: 1, duplicates: 0, credits: 0, creditSum: 0, autoConfirmed: 0, dryRun: false })
    const m = { ...emptyCSVMapping(), date: 0, amount: 3 }
    await bankApi.import('export.csv', 'QQ==', m, false)
    expect(BankAPI.Import).toHaveBeenLastCalledWith('export.csv', 'QQ==', m, false)
  })

  it('completes the CSV preview of a statement', async () => {
    mocked(BankAPI.Preview).mockResolvedValueOnce({ fileName: 'x.csv', format: 'csv', csv: { headers: ['Date', 'Montant'], rows: null, mapping: { date: 0, amount: 1 } }, presets: null, needsMap: true })
    const p = await bankApi.preview('x.csv', 'QQ==')
    expect(p.csv?.rows).toEqual([])
    expect(p.csv?.mapping).toMatchObject({ date: 0, amount: 1, label: -1, preset: '', skipRows: 0 })
    expect(p.presets).toEqual([])
  })

  it('completes the dashboard, the behaviour and the aged balance', async () => {
    mocked(DashboardAPI.Get).mockResolvedValueOnce({ today: '2026-12-02', figures: { aging: null, dsoTrend: [{ month: '2026-12', value: 30 }] }, agingCounts: null, byChannel: null, promises: null })
    const d = await dashboardApi.get()
    expect(d.figures.aging).toEqual([])
    expect(d.figures.dsoTrend).toEqual([{ month: '2026-12', value: 30, count: 0 }])
    expect(d.figures.topDebtors).toEqual([])
    expect(d.agingCounts).toEqual({})
    expect(d.bankWarning).toBe('')

    mocked(DashboardAPI.ClientBehaviour).mockResolvedValueOnce({ clientId: 7, score: 60, trend: null, explanation: null })
    const b = await dashboardApi.clientBehaviour(7)
    expect(DashboardAPI.ClientBehaviour).toHaveBeenCalledWith(7)
    expect(b).toMatchObject({ trend: [], explanation: [], suggestedSegment: '', shareLate: 0 })

    mocked(DashboardAPI.AgedBalance).mockResolvedValueOnce({ date: '2026-12-02', labels: ['a', 'b', 'c', 'd', 'e'], rows: null, total: { buckets: [1, 2] } })
    const a = await dashboardApi.agedBalance()
    expect(a.rows).toEqual([])
    expect(a.total.buckets).toEqual([1, 2, 0, 0, 0])

    mocked(DashboardAPI.ExportAgedBalance).mockResolvedValueOnce('/data/exports/balance-agee-2026-12-02.pdf')
    expect(await dashboardApi.exportAgedBalance('pdf')).toBe('/data/exports/balance-agee-2026-12-02.pdf')
    expect(DashboardAPI.ExportAgedBalance).toHaveBeenCalledWith('pdf')
  })
})
