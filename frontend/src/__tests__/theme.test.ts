import { describe, expect, it } from 'vitest'
import { FONT_FAMILY, FONT_FAMILY_MONO, darkOverrides, installedFamilies, lightOverrides, useInstalledFonts } from '../theme'

describe('installedFamilies', () => {
  it('keeps the installed families in their order, and the generic ones always', () => {
    const has = (f: string) => ['"Segoe UI"', 'Roboto'].includes(f)
    expect(installedFamilies(FONT_FAMILY, has)).toBe('"Segoe UI", system-ui, Roboto, sans-serif')
  })

  it('leaves only the generic families when none is installed', () => {
    expect(installedFamilies(FONT_FAMILY, () => false)).toBe('system-ui, sans-serif')
    expect(installedFamilies(FONT_FAMILY_MONO, (f) => f === '"DejaVu Sans Mono"')).toBe('"DejaVu Sans Mono", monospace')
  })

  it('keeps the list as written when every family is installed', () => {
    expect(installedFamilies(FONT_FAMILY, () => true)).toBe(FONT_FAMILY)
  })
})

describe('useInstalledFonts', () => {
  it('changes nothing without a probe (no canvas)', () => {
    useInstalledFonts(null)
    expect(lightOverrides.common?.fontFamily).toBe(FONT_FAMILY)
    expect(darkOverrides.common?.fontFamilyMono).toBe(FONT_FAMILY_MONO)
  })

  it('gives both themes the same installed families', () => {
    useInstalledFonts((f) => f === 'Ubuntu')
    try {
      expect(lightOverrides.common?.fontFamily).toBe('system-ui, Ubuntu, sans-serif')
      expect(darkOverrides.common?.fontFamily).toBe('system-ui, Ubuntu, sans-serif')
      expect(darkOverrides.common?.primaryColor).toBe('#8b9bff')
    } finally {
      useInstalledFonts(() => true)
    }
  })
})
