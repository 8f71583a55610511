import type { GlobalThemeOverrides } from 'naive-ui'

/** The interface's fonts: the first of these the machine has (each platform's own), then the generic family. */
export const FONT_FAMILY = 'Inter, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Roboto, Ubuntu, Cantarell, "Noto Sans", sans-serif'
export const FONT_FAMILY_MONO = '"JetBrains Mono", "Cascadia Code", Menlo, Consolas, "DejaVu Sans Mono", monospace'

const common = {
  fontFamily: FONT_FAMILY,
  fontFamilyMono: FONT_FAMILY_MONO,
  borderRadius: '8px',
  borderRadiusSmall: '6px',
}

export const lightOverrides: GlobalThemeOverrides = {
  common: {
    ...common,
    primaryColor: '#4154d6',
    primaryColorHover: '#5467e6',
    primaryColorPressed: '#3344b8',
    primaryColorSuppl: '#5467e6',
    bodyColor: '#f5f6fa',
  },
  Card: { borderRadius: '12px' },
}

export const darkOverrides: GlobalThemeOverrides = {
  common: {
    ...common,
    primaryColor: '#8b9bff',
    primaryColorHover: '#a3b0ff',
    primaryColorPressed: '#6f80f0',
    primaryColorSuppl: '#a3b0ff',
    bodyColor: '#141519',
    cardColor: '#1c1d23',
    modalColor: '#1f2027',
    popoverColor: '#23242c',
  },
  Card: { borderRadius: '12px' },
}

// The families CSS resolves by itself: always kept.
const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-serif', 'ui-sans-serif', 'ui-monospace', 'ui-rounded', 'math', 'emoji', 'fangsong'])

/** installedFamilies keeps, in their order, the families of a CSS font-family list that `has` says are installed
 * (generic families always): the text resolves to the same font, and per glyph to the same fallbacks, since a
 * family that is not installed is skipped anyway. */
export function installedFamilies(list: string, has: (family: string) => boolean): string {
  const kept = list
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f && (GENERIC.has(f.toLowerCase()) || has(f)))
  return kept.length ? kept.join(', ') : list
}

/**
 * fontProbe says whether a family is installed, from the width of a sample drawn in it on a canvas (a missing family
 * falls back to the generic one after it, whose width is known), or null where there is no canvas (unit tests).
 * One look-up per family here, instead of one per size and weight in the page: the desktop window's web view on
 * Linux (WebKitGTK) asks fontconfig for every family of the list before the installed one, for every font size
 * and weight it lays out, which made the first layouts of the first screen several times slower.
 */
export function fontProbe(): ((family: string) => boolean) | null {
  let ctx: CanvasRenderingContext2D | null = null
  try {
    ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d')
  } catch {
    ctx = null
  }
  if (!ctx) return null
  const c = ctx
  const sample = 'mmmmmmmmmmlli10OWw@€ '
  const width = (font: string) => {
    c.font = `72px ${font}`
    return c.measureText(sample).width
  }
  const mono = width('monospace')
  const serif = width('serif')
  // Against two generic families: a family can be the one a generic family resolves to (DejaVu Sans Mono).
  return (family) => width(`${family}, monospace`) !== mono || width(`${family}, serif`) !== serif
}

/** useInstalledFonts gives both themes only the installed families of their font lists (no probe: unchanged). */
export function useInstalledFonts(has: ((family: string) => boolean) | null): void {
  if (!has) return
  const fontFamily = installedFamilies(FONT_FAMILY, has)
  const fontFamilyMono = installedFamilies(FONT_FAMILY_MONO, has)
  for (const o of [lightOverrides, darkOverrides]) o.common = { ...o.common, fontFamily, fontFamilyMono }
}
