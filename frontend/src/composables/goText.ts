// What the Go side says (a reason, a warning) shown as the interface writes: see typography.goText.
import { useI18n } from 'vue-i18n'
import { goText } from '../typography'

export function useGoText(): (s: string) => string {
  const { locale } = useI18n()
  return (s: string) => goText(s, locale.value)
}
