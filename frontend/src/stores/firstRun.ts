import { defineStore } from 'pinia'
import { ref } from 'vue'

/** localStorage key: 'skipped' (« Plus tard ») or 'finished'; absent while the guide was never dismissed. */
export const FIRST_RUN_KEY = 'relance.firstRun'
export type FirstRunMark = 'skipped' | 'finished'

function read(): FirstRunMark | '' {
  try {
    const v = localStorage.getItem(FIRST_RUN_KEY)
    return v === 'skipped' || v === 'finished' ? v : ''
  } catch {
    return ''
  }
}

/** The first-run guide: shown once at start while the setup is incomplete, and on demand from the settings. */
export const useFirstRunStore = defineStore('firstRun', () => {
  const open = ref(false)
  const mark = ref<FirstRunMark | ''>(read())

  function remember(m: FirstRunMark): void {
    mark.value = m
    try {
      localStorage.setItem(FIRST_RUN_KEY, m)
    } catch {
      // private mode: the guide may come back at the next start
    }
  }

  function show(): void {
    open.value = true
  }

  /** Closes without remembering anything (following one of the steps' links). */
  function hide(): void {
    open.value = false
  }

  /** « Plus tard »: not shown automatically again; « Guide de démarrage » in the settings opens it. */
  function later(): void {
    remember('skipped')
    open.value = false
  }

  function finish(): void {
    remember('finished')
    open.value = false
  }

  return { open, mark, show, hide, later, finish }
})
