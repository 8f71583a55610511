// The recovery screen's calls: the window opens on it when the data file cannot be opened (see app/recovery.go).
import * as RecoveryAPI from '../../wailsjs/go/app/RecoveryAPI'
import { call } from './errors'

export interface RecoveryBackup {
  name: string
  path: string
  size: number
  createdAt: string
  automatic: boolean
}

export interface RecoveryState {
  /** why the data did not open, in French; empty when it opened normally */
  problem: string
  store: string
  backups: RecoveryBackup[]
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : ''
}

export function normalizeRecovery(v: unknown): RecoveryState {
  const o = (v ?? {}) as Record<string, unknown>
  const backups = Array.isArray(o.backups) ? o.backups : []
  return {
    problem: str(o.problem),
    store: str(o.store),
    backups: backups.map((b) => {
      const x = (b ?? {}) as Record<string, unknown>
      return { name: str(x.name), path: str(x.path), size: Number(x.size) || 0, createdAt: str(x.createdAt), automatic: x.automatic === true }
    }),
  }
}

export const recoveryApi = {
  state: (): Promise<RecoveryState> => call(() => RecoveryAPI.State()).then(normalizeRecovery),
  restore: (name: string): Promise<void> => call(() => RecoveryAPI.RestoreBackup(name)),
  openDataFolder: (): Promise<void> => call(() => RecoveryAPI.OpenDataFolder()),
}
