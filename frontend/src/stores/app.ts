import { useCompanyStore } from './company'
import { useLedgerStore } from './ledger'
import { useOverviewStore } from './overview'
import { useSettingsStore } from './settings'
import { useTodayStore } from './today'
import { useBankStore } from './bank'
import { startupApi } from '../api/startup'

/** How long start-up waits at most for the first screen before reading the sidebar's badges anyway. */
export const BADGES_WAIT_MS = 10000

let painted: () => void = () => undefined
const firstScreen = new Promise<void>((resolve) => (painted = resolve))

/** Called by the first screen once its figures are on screen (or once it has nothing to show): the badges load,
 * and the Go side starts the window's background work (the day's run, the sender, the replies' watcher). */
export function firstScreenPainted(): void {
  painted()
  startupApi.painted('first-screen')
}

/** The sidebar's badges come from today's plan and the bank matching, the slowest reads of a large ledger. At
 * start-up the plan's counts are enough (the dashboard has usually brought them); its pages read the whole plan. */
function loadBadges(startup: boolean): Promise<unknown> {
  const today = useTodayStore()
  const plan = !startup ? today.load() : today.counts ? Promise.resolve() : today.loadCounts()
  return Promise.all([plan, useBankStore().load()])
}

/**
 * reloadAll reads everything again from the Go side: at start-up (`startup`) and after a restore. At start-up
 * the badges wait for the first screen's figures (at most BADGES_WAIT_MS) so as not to compete with them, and the
 * lists are not told to read again: they have just read for the first time.
 */
export async function reloadAll({ startup = false }: { startup?: boolean } = {}): Promise<void> {
  const badges = startup
    ? Promise.race([firstScreen, new Promise<void>((r) => setTimeout(r, BADGES_WAIT_MS))]).then(() => {
        startupApi.painted('first-screen') // the Go side's background work need not wait longer either
        return loadBadges(true)
      })
    : loadBadges(false)
  const results = await Promise.allSettled([
    useSettingsStore().load(),
    useSettingsStore().loadSegments(),
    useOverviewStore().load(),
    useCompanyStore().load(),
    badges,
  ])
  if (!startup) useLedgerStore().revision++
  const failed = results.find((r) => r.status === 'rejected')
  if (failed && failed.status === 'rejected') throw failed.reason
}
