// French typography, applied in one place to every string the interface shows: the i18n messages (i18n/index.ts)
// and what the Go side says (api/errors.ts, goText).

const NBSP = '\u00a0'

/**
 * frenchSpacing puts a no-break space where French sets one — before « : ; ! ? » and inside « » — so that a
 * line never starts with the sign. Only a space already typed is replaced: « 10:30 », « https:// » and « ?page »
 * have none and stay as they are.
 */
export function frenchSpacing(s: string): string {
  return s.replace(/[ \u202f]+([:;!?»])/g, `${NBSP}$1`).replace(/«[ \u202f]+/g, `«${NBSP}`)
}

/** The typographic apostrophe in place of the typewriter one between two letters (« d'envoi » → « d’envoi »). */
export function curlyApostrophes(s: string): string {
  return s.replace(/(\p{L})'(?=\p{L})/gu, '$1’')
}

/**
 * goText presents a sentence written by the Go side as the interface writes its own: a capital first letter, the
 * same apostrophe and, in French, the same spaces. Go builds its messages to be quoted after a colon too
 * (« envoi impossible : messagerie non configurée »), hence in lower case: the capital is added where one stands alone.
 */
export function goText(s: string, locale: string = 'fr'): string {
  if (!s) return s
  // Only a word is capitalised: « releve.ofx, ligne 14 », « iban … » in a code or an address stay as written.
  // A Go library's own prefix (« json: cannot unmarshal », « open: … ») is not a sentence either.
  const first = /^[^\s,:;]*/.exec(s)?.[0] ?? ''
  const word = /^\p{Ll}[\p{L}'’-]*$/u.test(first) && s.charAt(first.length) !== ':'
  let out = word ? s.charAt(0).toLocaleUpperCase(locale) + s.slice(1) : s
  if (locale === 'fr') out = frenchSpacing(curlyApostrophes(out))
  return out
}

/** Every string in a tree of messages, through f (the i18n catalogue is such a tree). */
export function mapMessages<T>(tree: T, f: (s: string) => string): T {
  if (typeof tree === 'string') return f(tree) as T
  if (Array.isArray(tree)) return tree.map((x) => mapMessages(x, f)) as T
  if (tree && typeof tree === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(tree)) out[k] = mapMessages(v, f)
    return out as T
  }
  return tree
}
