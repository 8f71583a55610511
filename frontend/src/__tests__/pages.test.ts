import { describe, expect, it } from 'vitest'
import { PageCache, pageOf, pagesForRange, pagesToFetch, visibleRange } from '../virtual/pages'

const none = () => false

describe('visibleRange', () => {
  it('covers the viewport plus overscan', () => {
    expect(visibleRange(0, 600, 40, 100000, 10)).toEqual({ start: 0, end: 26 })
    // row 1000 at the top: 15 rows visible + 1 partial, 10 rows of overscan each side
    expect(visibleRange(40000, 600, 40, 100000, 10)).toEqual({ start: 990, end: 1026 })
  })
  it('stays inside the list', () => {
    expect(visibleRange(0, 600, 40, 5, 10)).toEqual({ start: 0, end: 5 })
    expect(visibleRange(99999 * 40, 600, 40, 100000, 10)).toEqual({ start: 99989, end: 100000 })
    expect(visibleRange(10_000_000, 600, 40, 100, 10)).toEqual({ start: 89, end: 100 })
    expect(visibleRange(-50, 600, 40, 100, 0)).toEqual({ start: 0, end: 16 })
    expect(visibleRange(0, 600, 40, 0, 10)).toEqual({ start: 0, end: 0 })
  })
})

describe('pages', () => {
  it('finds the page of a row', () => {
    expect(pageOf(0, 200)).toBe(0)
    expect(pageOf(199, 200)).toBe(0)
    expect(pageOf(200, 200)).toBe(1)
    expect(pageOf(99999, 200)).toBe(499)
  })
  it('lists the pages of a range', () => {
    expect(pagesForRange({ start: 0, end: 26 }, 200)).toEqual([0])
    expect(pagesForRange({ start: 190, end: 216 }, 200)).toEqual([0, 1])
    expect(pagesForRange({ start: 400, end: 400 }, 200)).toEqual([])
  })
})

describe('pagesToFetch', () => {
  it('asks for page 0 first when the total is unknown', () => {
    expect(pagesToFetch({ scrollTop: 5000, viewportHeight: 600, total: null, has: none })).toEqual([0])
    expect(pagesToFetch({ scrollTop: 0, viewportHeight: 600, total: null, has: none, pending: (p) => p === 0 })).toEqual([])
  })

  it('asks for the page at the top of the list', () => {
    expect(pagesToFetch({ scrollTop: 0, viewportHeight: 600, total: 100000, has: none })).toEqual([0])
  })

  it('asks for the page under a deep scroll position, never all rows', () => {
    // top row 50 100: rows 50 090..50 131 are all in page 250 (rows 50 000..50 199)
    expect(pagesToFetch({ scrollTop: 50100 * 40, viewportHeight: 800, total: 100000, has: none })).toEqual([250])
    // top row 50 000: the overscan reaches back into page 249, asked for after page 250
    expect(pagesToFetch({ scrollTop: 50000 * 40, viewportHeight: 800, total: 100000, has: none })).toEqual([250, 249])
  })

  it('asks for both pages across a page boundary, the one under the top first', () => {
    // top row 395: rows 385..421 span pages 1 and 2; page 1 is under the top of the viewport.
    expect(pagesToFetch({ scrollTop: 395 * 40, viewportHeight: 600, total: 100000, has: none })).toEqual([1, 2])
    // top row 205: overscan reaches back to row 195 (page 0)
    expect(pagesToFetch({ scrollTop: 205 * 40, viewportHeight: 600, total: 100000, has: none })).toEqual([1, 0])
  })

  it('skips pages already cached or in flight', () => {
    const opts = { scrollTop: 395 * 40, viewportHeight: 600, total: 100000 }
    expect(pagesToFetch({ ...opts, has: (p) => p === 1 })).toEqual([2])
    expect(pagesToFetch({ ...opts, has: (p) => p === 1, pending: (p) => p === 2 })).toEqual([])
  })

  it('asks for nothing on an empty result', () => {
    expect(pagesToFetch({ scrollTop: 0, viewportHeight: 600, total: 0, has: none })).toEqual([])
  })

  it('follows the page size and row height', () => {
    expect(pagesToFetch({ scrollTop: 1000 * 20, viewportHeight: 400, rowHeight: 20, pageSize: 100, overscan: 0, total: 5000, has: none })).toEqual([10])
  })
})

describe('PageCache', () => {
  it('stores pages and reads rows', () => {
    const c = new PageCache<number>(3)
    const gen = c.begin(1)
    expect(c.pending(1)).toBe(true)
    expect(c.complete(gen, 1, [3, 4, 5])).toBe(true)
    expect(c.pending(1)).toBe(false)
    expect(c.row(4)).toBe(4)
    expect(c.row(0)).toBeUndefined()
  })

  it('drops everything on reset, including late answers to old queries', () => {
    const c = new PageCache<string>(2)
    const old = c.begin(0)
    c.reset()
    expect(c.complete(old, 0, ['stale', 'rows'])).toBe(false)
    expect(c.has(0)).toBe(false)
    expect(c.pendingCount).toBe(0)
  })

  it('forgets a failed request so that it can be retried', () => {
    const c = new PageCache<number>(2)
    const g = c.begin(3)
    c.fail(g, 3)
    expect(c.pending(3)).toBe(false)
  })

  it('keeps at most maxPages, evicting the farthest', () => {
    const c = new PageCache<number>(1, 3)
    for (const p of [0, 1, 2, 3]) c.complete(c.begin(p), p, [p], 3)
    expect(c.size).toBe(3)
    expect(c.has(0)).toBe(false)
    expect(c.has(3)).toBe(true)
  })
})
