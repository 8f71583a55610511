// Pure logic of the virtual lists: which rows are on screen, which pages of rows to ask the Go side for, and a
// page cache that forgets everything when the query changes. No Vue, no DOM: unit-tested in pages.test.ts.

export const DEFAULT_PAGE_SIZE = 200
export const DEFAULT_ROW_HEIGHT = 40
export const DEFAULT_OVERSCAN = 10

/** A half-open range of row indexes: [start, end). */
export interface RowRange {
  start: number
  end: number
}

/** visibleRange gives the rows to render for a scroll position, with `overscan` extra rows on each side. */
export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  total: number,
  overscan: number = DEFAULT_OVERSCAN,
): RowRange {
  if (total <= 0 || rowHeight <= 0) return { start: 0, end: 0 }
  const top = Math.max(0, scrollTop)
  const first = Math.min(total - 1, Math.floor(top / rowHeight))
  const count = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1
  const start = Math.max(0, first - overscan)
  const end = Math.min(total, first + count + overscan)
  return { start, end }
}

/** pageOf gives the page that holds a row. */
export function pageOf(index: number, pageSize: number = DEFAULT_PAGE_SIZE): number {
  return Math.floor(index / pageSize)
}

/** pagesForRange lists the pages that hold the rows of a range, in order. */
export function pagesForRange(range: RowRange, pageSize: number = DEFAULT_PAGE_SIZE): number[] {
  if (range.end <= range.start) return []
  const first = pageOf(range.start, pageSize)
  const last = pageOf(range.end - 1, pageSize)
  const out: number[] = []
  for (let p = first; p <= last; p++) out.push(p)
  return out
}

/**
 * pagesToFetch lists the pages to request for a scroll position: the pages of the visible range (with overscan)
 * that are neither cached nor already requested, the page under the top of the viewport first.
 * When the total is not known yet (first load after a query change), it is page 0.
 */
export function pagesToFetch(opts: {
  scrollTop: number
  viewportHeight: number
  rowHeight?: number
  total: number | null
  pageSize?: number
  overscan?: number
  has: (page: number) => boolean
  pending?: (page: number) => boolean
}): number[] {
  const rowHeight = opts.rowHeight ?? DEFAULT_ROW_HEIGHT
  const pageSize = opts.pageSize ?? DEFAULT_PAGE_SIZE
  const pending = opts.pending ?? (() => false)
  if (opts.total === null) return opts.has(0) || pending(0) ? [] : [0]
  const range = visibleRange(opts.scrollTop, opts.viewportHeight, rowHeight, opts.total, opts.overscan ?? DEFAULT_OVERSCAN)
  const pages = pagesForRange(range, pageSize).filter((p) => !opts.has(p) && !pending(p))
  const anchor = pageOf(Math.floor(Math.max(0, opts.scrollTop) / rowHeight), pageSize)
  return pages.sort((a, b) => Math.abs(a - anchor) - Math.abs(b - anchor) || a - b)
}

/** PageCache keeps fetched pages of one query; reset() starts a new generation and drops them all. */
export class PageCache<T> {
  readonly pageSize: number
  readonly maxPages: number
  private pages = new Map<number, T[]>()
  private inflight = new Set<number>()
  private gen = 0

  constructor(pageSize: number = DEFAULT_PAGE_SIZE, maxPages = 100) {
    this.pageSize = pageSize
    this.maxPages = maxPages
  }

  /** The current generation; a response for an older one is dropped. */
  get generation(): number {
    return this.gen
  }

  get size(): number {
    return this.pages.size
  }

  has(page: number): boolean {
    return this.pages.has(page)
  }

  pending(page: number): boolean {
    return this.inflight.has(page)
  }

  get pendingCount(): number {
    return this.inflight.size
  }

  /** row returns a cached row, or undefined while its page is not loaded. */
  row(index: number): T | undefined {
    const page = this.pages.get(Math.floor(index / this.pageSize))
    return page ? page[index % this.pageSize] : undefined
  }

  /** reset forgets every page and every request in flight (the query changed or the data did). */
  reset(): void {
    this.pages.clear()
    this.inflight.clear()
    this.gen++
  }

  /** begin marks a page as requested and returns the generation to hand back to complete(). */
  begin(page: number): number {
    this.inflight.add(page)
    return this.gen
  }

  /** complete stores a page; false when the response belongs to an older generation and was dropped. */
  complete(gen: number, page: number, rows: T[], keepNear?: number): boolean {
    if (gen !== this.gen) return false
    this.inflight.delete(page)
    this.pages.set(page, rows)
    this.evict(keepNear ?? page)
    return true
  }

  /** fail forgets a request so that it can be tried again. */
  fail(gen: number, page: number): void {
    if (gen === this.gen) this.inflight.delete(page)
  }

  /** evict drops the pages farthest from `near` while more than maxPages are kept. */
  evict(near: number): void {
    if (this.pages.size <= this.maxPages) return
    const keys = [...this.pages.keys()].sort((a, b) => Math.abs(b - near) - Math.abs(a - near))
    for (const k of keys) {
      if (this.pages.size <= this.maxPages) break
      this.pages.delete(k)
    }
  }
}

// Rows of different heights (the cards of « Aujourd'hui », one line per invoice): the same visible range, found
// by binary search over the rows' offsets.

/** offsetsOf gives the top of each row and, last, the total height (length n + 1). */
export function offsetsOf(heights: number[]): number[] {
  const out = new Array<number>(heights.length + 1)
  out[0] = 0
  for (let i = 0; i < heights.length; i++) out[i + 1] = out[i] + Math.max(0, heights[i])
  return out
}

/** indexAt gives the row under a vertical position (clamped to the rows). */
export function indexAt(offsets: number[], y: number): number {
  const n = offsets.length - 1
  if (n <= 0) return 0
  let lo = 0
  let hi = n - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (offsets[mid] <= y) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** visibleRangeOf is visibleRange for rows of different heights. */
export function visibleRangeOf(offsets: number[], scrollTop: number, viewportHeight: number, overscan: number = DEFAULT_OVERSCAN): RowRange {
  const n = offsets.length - 1
  if (n <= 0) return { start: 0, end: 0 }
  const first = indexAt(offsets, Math.max(0, scrollTop))
  const last = indexAt(offsets, Math.max(0, scrollTop) + Math.max(0, viewportHeight))
  return { start: Math.max(0, first - overscan), end: Math.min(n, last + 1 + overscan) }
}

/** scrollToShow gives the scroll position that brings a row into view, moving as little as possible. */
export function scrollToShow(offsets: number[], index: number, scrollTop: number, viewportHeight: number): number {
  if (index < 0 || index >= offsets.length - 1) return scrollTop
  const top = offsets[index]
  const bottom = offsets[index + 1]
  if (top < scrollTop) return top
  if (bottom > scrollTop + viewportHeight) return Math.min(top, bottom - viewportHeight)
  return scrollTop
}
