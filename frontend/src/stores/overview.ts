import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { settingsApi, type DemoRequest, type Overview } from '../api'
import { useDemoStore } from './demo'

export const useOverviewStore = defineStore('overview', () => {
  const overview = ref<Overview | null>(null)
  const loading = ref(false)
  const loadingDemo = ref(false)

  const empty = computed(() => overview.value !== null && overview.value.clients === 0 && overview.value.invoices === 0)

  let seq = 0
  async function load(): Promise<void> {
    const mine = ++seq
    loading.value = true
    try {
      const o = await settingsApi.overview()
      if (mine === seq) overview.value = o
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  async function loadDemo(r: DemoRequest = { clients: 120, invoices: 1500 }): Promise<void> {
    loadingDemo.value = true
    try {
      overview.value = await settingsApi.loadDemo(r)
    } finally {
      loadingDemo.value = false
    }
    // The window shows the demo company, its badges and the demo banner at once.
    await useDemoStore().refreshAll()
  }

  return { overview, loading, loadingDemo, empty, load, loadDemo }
})
