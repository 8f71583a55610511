import { describe, expect, it } from 'vitest'
import fr from '../i18n/fr'
import en from '../i18n/en'

function keys(o: unknown, prefix = ''): string[] {
  if (o === null || typeof o !== 'object') return [prefix]
  return Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

function lookup(o: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((acc, k) => (acc && typeof acc === 'object' ? (acc as Record<string, unknown>)[k] : undefined), o)
}

describe('i18n', () => {
  it('French and English have the same keys', () => {
    const f = keys(fr).sort()
    const e = keys(en).sort()
    expect(e.filter((k) => !f.includes(k))).toEqual([])
    expect(f.filter((k) => !e.includes(k))).toEqual([])
    expect(e).toEqual(f)
  })

  it('has no empty message', () => {
    for (const k of keys(fr)) expect(String(lookup(fr, k)), k).not.toBe('')
    for (const k of keys(en)) expect(String(lookup(en, k)), k).not.toBe('')
  })

  it('uses the same parameters in both languages', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const k of keys(fr)) {
      expect(params(String(lookup(en, k))), k).toEqual(params(String(lookup(fr, k))))
    }
  })

  it('has every literal key the code uses', () => {
    const sources = import.meta.glob(['../**/*.vue', '../**/*.ts', '!../**/*.test.ts', '!../i18n/**'], {
      query: '?raw',
      import: 'default',
      eager: true,
    }) as Record<string, string>
    const all = new Set(keys(fr))
    const isPrefix = (k: string) => [...all].some((x) => x.startsWith(`${k}.`))
    const missing: string[] = []
    for (const [file, text] of Object.entries(sources)) {
      for (const m of text.matchAll(/\bte?\(\s*'([a-zA-Z][\w]*(?:\.[\w]+)+)'/g)) {
        if (!all.has(m[1]) && !isPrefix(m[1])) missing.push(`${file}: ${m[1]}`)
      }
      for (const m of text.matchAll(/label: '([a-z]+\.[\w.]+)'/g)) {
        if (!all.has(m[1])) missing.push(`${file}: ${m[1]}`)
      }
    }
    expect(missing).toEqual([])
  })
})
