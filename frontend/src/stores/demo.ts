import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { settingsApi, type DemoStatus } from '../api'
import { useBankStore } from './bank'
import { useCompanyStore } from './company'
import { useInboxStore } from './inbox'
import { useLedgerStore } from './ledger'
import { useOutboxStore } from './outbox'

/** The word the owner types to erase demo data (checked again by the Go side). */
export const DEMO_ERASE_WORD = 'EFFACER'

/**
 * Demo data: whether the ledger holds it (the banner « Données de démonstration »: no e-mail to a real address
 * meanwhile), and what the window reloads when it comes or goes.
 */
export const useDemoStore = defineStore('demo', () => {
  const status = ref<DemoStatus | null>(null)
  const erasing = ref(false)
  const active = computed(() => status.value?.demo === true)

  async function load(): Promise<DemoStatus> {
    const s = await settingsApi.demoStatus()
    status.value = s
    return s
  }

  /**
   * After demo data was loaded or erased: the company name under the logo, the figures, today's plan, the sidebar's
   * badges (bank, replies, outbox) and the banner are read again.
   */
  async function refreshAll(): Promise<void> {
    useLedgerStore().changed()
    await Promise.allSettled([
      load(),
      useCompanyStore().load(),
      useBankStore().load(),
      useInboxStore().load(),
      useOutboxStore().load(),
    ])
  }

  /** Erases the demo data (confirm must be DEMO_ERASE_WORD) and lifts the banner. */
  async function erase(confirm: string): Promise<void> {
    erasing.value = true
    try {
      await settingsApi.eraseDemo(confirm)
    } finally {
      erasing.value = false
    }
    await refreshAll()
  }

  return { status, active, erasing, load, refreshAll, erase }
})
