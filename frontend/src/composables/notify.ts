import { h } from 'vue'
import { NButton, useMessage } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import { toAppError, type AppError } from '../api'

/** useNotify shows errors and confirmations as naive-ui messages. Needs an NMessageProvider above. */
export function useNotify() {
  const message = useMessage()
  const { t } = useI18n()

  function describe(e: unknown): string {
    const err: AppError = toAppError(e)
    if (err.message) return err.message
    return t(`errors.${err.code}`)
  }

  return {
    error(e: unknown): void {
      const err = toAppError(e)
      const text = describe(err)
      if (err.code === 'EINVALID' || err.code === 'ECONFLICT') message.warning(text, { duration: 6000, closable: true })
      else message.error(text, { duration: 8000, closable: true })
    },
    success(text: string): void {
      message.success(text)
    },
    info(text: string): void {
      message.info(text)
    },
    /** An information with a button (« Voir ») that runs `run` and closes the message. */
    action(text: string, label: string, run: () => void): void {
      const m = message.info(
        () =>
          h('span', { 'data-testid': 'notify-action' }, [
            `${text} `,
            h(NButton, { text: true, type: 'primary', 'data-testid': 'notify-action-button', onClick: () => { m.destroy(); run() } }, () => label),
          ]),
        { duration: 10000, closable: true },
      )
    },
    describe,
  }
}
