import { describe, expect, it, vi } from 'vitest'
import { mount, flushPromises } from '@vue/test-utils'
import { createI18n } from 'vue-i18n'
import fr from '../i18n/fr'

const restore = vi.fn(async (_name: string) => {})
vi.mock('../../wailsjs/go/app/RecoveryAPI', () => ({
  State: vi.fn(),
  RestoreBackup: (name: string) => restore(name),
  OpenDataFolder: vi.fn(async () => {}),
}))

import RecoveryApp from '../RecoveryApp.vue'
import { normalizeRecovery } from '../api/recovery'

describe('RecoveryApp', () => {
  it('says why the data did not open and restores the chosen backup', async () => {
    const i18n = createI18n({ legacy: false, locale: 'fr', messages: { fr } })
    const state = normalizeRecovery({
      problem: 'le fichier relance.db est endommagé',
      store: '/data/relance.db',
      backups: [{ name: 'relance-2026-12-01.db', path: '/data/backups/relance-2026-12-01.db', size: 1000, createdAt: '2026-12-01T08:00:00Z', automatic: true }],
    })
    vi.spyOn(window, 'confirm').mockReturnValue(true)
    const w = mount(RecoveryApp, { props: { state }, global: { plugins: [i18n] } })
    expect(w.text()).toContain('endommagé')
    expect(w.findAll('[data-testid="recovery-backup"]')).toHaveLength(1)
    await w.find('[data-testid="recovery-backup"] button').trigger('click')
    await flushPromises()
    expect(restore).toHaveBeenCalledWith('relance-2026-12-01.db')
  })
})
