// An amount never truncates: a figure set large (a dashboard card) gives up font size, a pixel at a time down to a
// floor, until its one line fits the box it has — eight-digit amounts in a 1 024 px window included.
import type { Directive } from 'vue'

/** fitText sets the largest font size from max down to min (px) at which el's text is not clipped; returns it.
 * Each reading of the widths makes the browser lay the page out again (tens of milliseconds each in the desktop
 * window's web view on a large page): the size is estimated from one reading, since a line's width grows with its
 * font size, then checked, instead of trying every pixel down from max. */
export function fitText(el: HTMLElement, max: number, min: number): number {
  const set = (px: number) => (el.style.fontSize = `${px}px`)
  const fits = () => el.scrollWidth <= el.clientWidth
  set(max)
  const wide = el.scrollWidth
  const room = el.clientWidth
  if (wide <= room) return max
  let size = Math.max(min, Math.min(max - 1, Math.floor((max * room) / Math.max(wide, 1))))
  set(size)
  while (size > min && !fits()) set(--size) // the estimate was a little large (kerning, padding)
  while (size < max - 1 && fits()) {
    set(size + 1) // or a little small: the largest size that fits
    if (!fits()) {
      set(size)
      break
    }
    size++
  }
  return size
}

interface Fitted extends HTMLElement {
  _fitMax?: number
  _fitObserver?: ResizeObserver
  _fitText?: MutationObserver
}

function refit(el: Fitted, min: number): void {
  if (el._fitMax === undefined) {
    el._fitMax = parseFloat(getComputedStyle(el).fontSize) || 26
  }
  fitText(el, el._fitMax, min)
}

/** v-fit-text (or v-fit-text="14" for a 14 px floor): fits on mount, when the text changes and when the box resizes. */
export const vFitText: Directive<Fitted, number | undefined> = {
  mounted(el, binding) {
    const min = binding.value ?? 14
    refit(el, min)
    if (typeof ResizeObserver !== 'undefined') {
      let last = el.clientWidth
      el._fitObserver = new ResizeObserver(() => {
        // Only the width matters; a new font size changes the height, which must not fit again in a loop.
        if (el.clientWidth === last) return
        last = el.clientWidth
        refit(el, min)
      })
      el._fitObserver.observe(el)
    }
    // The text can change without the component updating (a child component, a text binding patched in place).
    if (typeof MutationObserver !== 'undefined') {
      el._fitText = new MutationObserver(() => refit(el, min))
      el._fitText.observe(el, { childList: true, characterData: true, subtree: true })
    }
  },
  updated(el, binding) {
    refit(el, binding.value ?? 14)
  },
  unmounted(el) {
    el._fitObserver?.disconnect()
    el._fitText?.disconnect()
  },
}
