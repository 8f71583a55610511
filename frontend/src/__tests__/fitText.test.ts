import { describe, expect, it } from 'vitest'
import { fitText } from '../composables/fitText'

// jsdom lays nothing out: the text's width is modelled as proportional to the font size.
function box(width: number, textWidthAt26: number): HTMLElement {
  const el = document.createElement('div')
  Object.defineProperty(el, 'clientWidth', { get: () => width })
  Object.defineProperty(el, 'scrollWidth', { get: () => Math.max(width, Math.round((textWidthAt26 * parseFloat(el.style.fontSize)) / 26)) })
  return el
}

describe('fitText', () => {
  it('keeps the full size when the figure fits', () => {
    const el = box(200, 185)
    expect(fitText(el, 26, 14)).toBe(26)
    expect(el.style.fontSize).toBe('26px')
  })

  it('gives up font size, not digits, until the figure fits', () => {
    const el = box(198, 228) // « 12 345 678,90 € » in a 1 280 px window's card
    const size = fitText(el, 26, 14)
    expect(size).toBeLessThan(26)
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth)
    expect(Math.round((228 * (size + 1)) / 26)).toBeGreaterThan(198) // the largest size that fits
  })

  it('stops at the floor', () => {
    const el = box(50, 228)
    expect(fitText(el, 26, 14)).toBe(14)
  })
})

describe('fitText layouts', () => {
  it('reads the widths a few times, not once per pixel', () => {
    let reads = 0
    const el = document.createElement('div')
    Object.defineProperty(el, 'clientWidth', { get: () => 120 })
    Object.defineProperty(el, 'scrollWidth', {
      get: () => {
        reads++
        return Math.max(120, Math.round((228 * parseFloat(el.style.fontSize)) / 26))
      },
    })
    const size = fitText(el, 26, 8)
    expect(Math.round((228 * size) / 26)).toBeLessThanOrEqual(120)
    expect(Math.round((228 * (size + 1)) / 26)).toBeGreaterThan(120)
    expect(reads).toBeLessThanOrEqual(4) // was one per pixel given up: 13 here
  })
})
