// Client segments are stored as keys (`regular`, `at-risk`…: the scenarios and the command line name them so); the
// interface shows the built-in ones by their label in the current language, and a segment the owner typed as is.

/** The two functions of vue-i18n's composer this needs (useI18n() gives them). */
export interface Translator {
  t: (key: string) => string
  te: (key: string) => boolean
}

export function segmentLabel(key: string, i18n: Translator): string {
  if (!key) return ''
  return i18n.te(`segment.${key}`) ? i18n.t(`segment.${key}`) : key
}

/** Options of a segment picker: the key as value, the label shown. */
export function segmentOptions(keys: readonly string[], i18n: Translator): { label: string; value: string }[] {
  return keys.map((k) => ({ label: segmentLabel(k, i18n), value: k }))
}
