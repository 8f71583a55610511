import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { clientsApi, settingsApi, type Settings, type Theme } from '../api'
import { setLocale } from '../i18n'

function savedTheme(): Theme {
  try {
    const t = localStorage.getItem('relance.theme')
    if (t === 'light' || t === 'dark' || t === 'auto') return t
  } catch {
    // ignore
  }
  return 'auto'
}

export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings | null>(null)
  const loading = ref(false)
  const saving = ref(false)
  const theme = ref<Theme>(savedTheme())
  const usedSegments = ref<string[]>([])

  /** Segments offered in forms and filters: the configured ones, then those found on clients. */
  const segments = computed(() => {
    const out: string[] = []
    for (const s of [...(settings.value?.segments ?? []), ...usedSegments.value]) {
      if (s && !out.includes(s)) out.push(s)
    }
    return out
  })

  function apply(s: Settings): void {
    settings.value = s
    setLocale(s.language)
    theme.value = s.theme === 'light' || s.theme === 'dark' ? s.theme : 'auto'
    try {
      localStorage.setItem('relance.theme', theme.value)
    } catch {
      // ignore
    }
  }

  async function load(): Promise<void> {
    loading.value = true
    try {
      apply(await settingsApi.get())
    } finally {
      loading.value = false
    }
  }

  async function loadSegments(): Promise<void> {
    usedSegments.value = await clientsApi.segments()
  }

  /** save applies the change at once (language, theme) and sends it; on failure the previous value comes back. */
  async function save(patch: Partial<Settings>): Promise<void> {
    const before = settings.value
    const next: Settings = {
      language: 'fr',
      theme: 'auto',
      segments: [],
      dataDir: '',
      storePath: '',
      backupDir: '',
      version: '',
      ...before,
      ...patch,
    }
    apply(next)
    saving.value = true
    try {
      apply(await settingsApi.save(next))
    } catch (e) {
      if (before) apply(before)
      throw e
    } finally {
      saving.value = false
    }
  }

  return { settings, loading, saving, theme, segments, load, loadSegments, save }
})
