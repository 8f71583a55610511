import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { companyApi, type Company } from '../api'

export const DEFAULT_PAYMENT_TERMS_DAYS = 30

export const useCompanyStore = defineStore('company', () => {
  const company = ref<Company | null>(null)
  const loading = ref(false)

  const paymentTermsDays = computed(() => {
    const d = company.value?.paymentTermsDays
    return d && d > 0 ? d : DEFAULT_PAYMENT_TERMS_DAYS
  })

  async function load(): Promise<Company> {
    loading.value = true
    try {
      company.value = await companyApi.get()
      return company.value
    } finally {
      loading.value = false
    }
  }

  async function save(c: Company): Promise<Company> {
    company.value = await companyApi.save(c)
    return company.value
  }

  return { company, loading, paymentTermsDays, load, save }
})
