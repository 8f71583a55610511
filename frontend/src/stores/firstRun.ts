import { defineStore } from 'pinia'
import { ref } from 'vue'
import { settingsApi, type FirstRunMark } from '../api'

export type { FirstRunMark }

/**
 * Where earlier versions kept the guide's state: the web view's localStorage, shared by every data folder. The
 * state now lives in the data folder (SettingsAPI.FirstRun); the old key is removed when seen.
 */
export const LEGACY_FIRST_RUN_KEY = 'relance.firstRun'

/** The first-run guide: shown once at start while the setup is incomplete, and on demand from the settings. */
export const useFirstRunStore = defineStore('firstRun', () => {
  const open = ref(false)
  /** 'skipped' (« Plus tard ») or 'finished' in this data folder; '' while never dismissed. */
  const mark = ref<FirstRunMark | ''>('')
  const loaded = ref(false)

  /** Reads the state from the data folder; if it cannot be read, the guide counts as never dismissed. */
  async function load(): Promise<FirstRunMark | ''> {
    try {
      mark.value = await settingsApi.firstRun()
    } catch {
      mark.value = ''
    }
    loaded.value = true
    try {
      localStorage.removeItem(LEGACY_FIRST_RUN_KEY)
    } catch {
      // no storage: nothing to clean
    }
    return mark.value
  }

  async function remember(m: FirstRunMark): Promise<void> {
    mark.value = m
    try {
      mark.value = await settingsApi.setFirstRun(m)
    } catch {
      // not saved: the guide may come back at the next start
    }
  }

  function show(): void {
    open.value = true
  }

  /** Closes without remembering anything (following one of the steps' links). */
  function hide(): void {
    open.value = false
  }

  /** « Plus tard »: not shown automatically again in this folder; « Guide de démarrage » in the settings opens it. */
  async function later(): Promise<void> {
    open.value = false
    await remember('skipped')
  }

  async function finish(): Promise<void> {
    open.value = false
    await remember('finished')
  }

  return { open, mark, loaded, load, show, hide, later, finish }
})
