import { defineStore } from 'pinia'
import { ref } from 'vue'
import { useCoalesced } from '../composables/coalesced'
import { mailApi, onEvent, type MailStatus } from '../api'

/**
 * Whether e-mails can leave now (MailAPI.Status), for the banners of the dashboard and « Aujourd'hui »: reloaded
 * when the sign-in changes (mail:status) and after a run or a sending pass (chase:updated, outbox:updated).
 */
export const useMailboxStore = defineStore('mailbox', () => {
  const status = ref<MailStatus | null>(null)

  async function load(): Promise<void> {
    try {
      status.value = await mailApi.status()
    } catch {
      status.value = null // the banner stays hidden rather than claiming something
    }
  }

  const reload = useCoalesced(() => void load())
  let started = false
  function start(): void {
    if (started) return
    started = true
    void load()
    for (const name of ['mail:status', 'chase:updated', 'outbox:updated']) reload.listen((h) => onEvent(name, h))
  }

  return { status, load, start }
})
