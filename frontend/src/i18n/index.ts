import { createI18n } from 'vue-i18n'
import fr from './fr'
import en from './en'
import { frenchSpacing, mapMessages } from '../typography'

export type Locale = 'fr' | 'en'
export const LOCALES: readonly Locale[] = ['fr', 'en']

/** French: 0 and 1 take the singular ("0 facture", "1 facture", "2 factures"). */
function frenchPlural(choice: number, choicesLength: number): number {
  const n = Math.abs(choice)
  if (choicesLength === 3) return n === 0 ? 0 : n === 1 ? 1 : 2
  return n <= 1 ? 0 : 1
}

function englishPlural(choice: number, choicesLength: number): number {
  const n = Math.abs(choice)
  if (choicesLength === 3) return n === 0 ? 0 : n === 1 ? 1 : 2
  return n === 1 ? 0 : 1
}

export function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem('relance.language')
    if (saved === 'fr' || saved === 'en') return saved
  } catch {
    // storage unavailable: French
  }
  return 'fr'
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'fr',
  // French typography is applied once here, to every message, rather than typed by hand in each string.
  messages: { fr: mapMessages(fr, frenchSpacing), en },
  pluralRules: { fr: frenchPlural, en: englishPlural },
  missingWarn: false,
  fallbackWarn: false,
})

export function setLocale(l: string): void {
  const locale: Locale = l === 'en' ? 'en' : 'fr'
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
  try {
    localStorage.setItem('relance.language', locale)
  } catch {
    // ignore
  }
}

export default i18n
