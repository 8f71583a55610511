import { describe, expect, it } from 'vitest'
import { cardHeight, CARD, channelsOf, idsWhere, keepFocus, keyCommand, lateOf, moveFocus, sortActions, stepsOf } from '../todayList'
import { indexAt, offsetsOf, scrollToShow, visibleRangeOf } from '../virtual/pages'
import type { ActionView } from '../api'

function av(id: string, over: { client?: string; total?: number; late?: number[]; step?: string; channel?: string; pending?: string } = {}): ActionView {
  const late = over.late ?? [5]
  return {
    approved: false,
    pending: over.pending ?? '',
    action: {
      id,
      date: '2026-03-16',
      plannedFor: '2026-03-16',
      clientId: 1,
      clientCode: '',
      clientName: over.client ?? id,
      invoiceIds: late.map((_, i) => i + 1),
      invoiceNumbers: late.map((_, i) => `F-2026-00${i}`),
      scenarioId: 'regular',
      stepId: 's',
      stepName: over.step ?? 'Relance 1',
      channel: over.channel ?? 'email',
      template: 'reminder1',
      tone: '',
      attach: [],
      status: 'needs_review',
      reason: '',
      total: over.total ?? 100,
      caughtUp: false,
      repeat: false,
      lines: late.map((d, i) => ({
        invoiceId: i + 1,
        number: `F-2026-00${i}`,
        instalment: 0,
        instalments: 0,
        dueDate: '2026-03-01',
        amount: 50,
        daysOverdue: d,
        scenarioId: 'regular',
        stepId: 's',
        stepName: 'Relance 1',
        plannedFor: '2026-03-16',
        caughtUp: false,
        repeat: false,
        reason: '',
      })),
    },
  }
}

const ids = (xs: ActionView[]) => xs.map((x) => x.action.id)

describe('keyCommand', () => {
  const el = (html: string) => {
    const host = document.createElement('div')
    host.innerHTML = html
    return host.firstElementChild as HTMLElement
  }
  it('maps the page keys', () => {
    expect(['j', 'ArrowDown', 'k', 'ArrowUp', 'Enter', 'o', 'a', 's', 'p', 'x', ' ', 'Escape', 'Home', 'End'].map((key) => keyCommand({ key }))).toEqual([
      'next', 'next', 'prev', 'prev', 'open', 'open', 'approve', 'skip', 'postpone', 'toggle', 'toggle', 'clear', 'first', 'last',
    ])
    expect(keyCommand({ key: 'a', ctrlKey: true })).toBe('selectAll')
    expect(keyCommand({ key: 'a', metaKey: true })).toBe('selectAll')
    expect(keyCommand({ key: 'c', ctrlKey: true })).toBeNull()
    expect(keyCommand({ key: 'j', altKey: true })).toBeNull()
    expect(keyCommand({ key: 'A' })).toBeNull()
    expect(keyCommand({ key: 'q' })).toBeNull()
  })
  it('leaves fields, dialogs and menus their keys, and buttons their Enter and Space', () => {
    expect(keyCommand({ key: 'a', target: el('<input>') })).toBeNull()
    expect(keyCommand({ key: 'j', target: el('<textarea></textarea>') })).toBeNull()
    expect(keyCommand({ key: 's', target: el('<div role="dialog"><span>x</span></div>').firstElementChild })).toBeNull()
    expect(keyCommand({ key: 'Enter', target: el('<button>ok</button>') })).toBeNull()
    expect(keyCommand({ key: ' ', target: el('<a href="/x">x</a>') })).toBeNull()
    expect(keyCommand({ key: 'j', target: el('<button>ok</button>') })).toBe('next')
    expect(keyCommand({ key: 'Enter', target: el('<div>card</div>') })).toBe('open')
  })
})

describe('focus', () => {
  it('moves within the list and starts at an end', () => {
    const list = ['a', 'b', 'c']
    expect(moveFocus(list, '', 1)).toBe('a')
    expect(moveFocus(list, '', -1)).toBe('c')
    expect(moveFocus(list, 'a', 1)).toBe('b')
    expect(moveFocus(list, 'c', 1)).toBe('c')
    expect(moveFocus(list, 'a', -1)).toBe('a')
    expect(moveFocus([], 'a', 1)).toBe('')
  })
  it('goes to the action that took the place of the one handled', () => {
    expect(keepFocus(['a', 'b', 'c'], ['a', 'c'], 'b')).toBe('c')
    expect(keepFocus(['a', 'b', 'c'], ['a', 'b'], 'c')).toBe('b')
    expect(keepFocus(['a', 'b', 'c'], ['a', 'd'], 'b')).toBe('a')
    expect(keepFocus(['a', 'b', 'c'], ['c', 'b', 'a'], 'b')).toBe('b')
    expect(keepFocus(['a', 'b'], [], 'a')).toBe('')
    expect(keepFocus(['a', 'b'], ['a', 'b'], '')).toBe('')
  })
})

describe('sort and select', () => {
  const items = [
    av('1', { client: 'Zèbre SARL', total: 300, late: [3], step: 'Relance 1', channel: 'email' }),
    av('2', { client: 'atelier Dupont', total: 900, late: [40, 2], step: 'Mise en demeure', channel: 'letter' }),
    av('3', { client: 'Élan', total: 500, late: [-2], step: 'Relance 1', channel: 'email' }),
  ]
  it('sorts by amount, lateness and client (French order), keeping the plan order by default', () => {
    expect(ids(sortActions(items, 'plan'))).toEqual(['1', '2', '3'])
    expect(ids(sortActions(items, 'amount'))).toEqual(['2', '3', '1'])
    expect(ids(sortActions(items, 'late'))).toEqual(['2', '1', '3'])
    expect(ids(sortActions(items, 'client'))).toEqual(['2', '3', '1'])
    expect(ids(items)).toEqual(['1', '2', '3'])
    expect(lateOf(items[1])).toBe(40)
  })
  it('groups by step and channel and selects a group', () => {
    expect(stepsOf(items)).toEqual([{ key: 'Relance 1', count: 2 }, { key: 'Mise en demeure', count: 1 }])
    expect(channelsOf(items)).toEqual([{ key: 'email', count: 2 }, { key: 'letter', count: 1 }])
    expect(idsWhere(items, (x) => x.action.channel === 'email')).toEqual(['1', '3'])
  })
  it('gives each card the height its lines take', () => {
    expect(cardHeight(items[1], 'review')).toBe(CARD.chrome + CARD.head + 2 * CARD.line + CARD.gap)
    expect(cardHeight(av('p', { pending: 'messagerie non configurée' }), 'send')).toBe(CARD.chrome + CARD.head + 2 * CARD.line + CARD.gap)
    expect(cardHeight(items[1], 'done')).toBe(CARD.dense + CARD.gap)
  })
})

describe('rows of different heights', () => {
  const offsets = offsetsOf([100, 50, 50, 200, 100])
  it('finds the rows on screen by their offsets', () => {
    expect(offsets).toEqual([0, 100, 150, 200, 400, 500])
    expect(indexAt(offsets, 0)).toBe(0)
    expect(indexAt(offsets, 149)).toBe(1)
    expect(indexAt(offsets, 150)).toBe(2)
    expect(indexAt(offsets, 10_000)).toBe(4)
    expect(visibleRangeOf(offsets, 120, 100, 0)).toEqual({ start: 1, end: 4 })
    expect(visibleRangeOf(offsets, 120, 100, 1)).toEqual({ start: 0, end: 5 })
    expect(visibleRangeOf(offsetsOf([]), 0, 100)).toEqual({ start: 0, end: 0 })
  })
  it('scrolls as little as needed to show a row', () => {
    expect(scrollToShow(offsets, 1, 0, 300)).toBe(0)
    expect(scrollToShow(offsets, 3, 0, 300)).toBe(100)
    expect(scrollToShow(offsets, 0, 250, 300)).toBe(0)
    expect(scrollToShow(offsets, 3, 0, 150)).toBe(200)
  })
  it('keeps 2 000 cards to a few dozen in the DOM', () => {
    const big = offsetsOf(Array.from({ length: 2000 }, (_, i) => 60 + (i % 3) * 26))
    const r = visibleRangeOf(big, 40_000, 560, 6)
    expect(r.end - r.start).toBeLessThan(30)
    expect(big[r.start]).toBeLessThanOrEqual(40_000)
    expect(big[r.end]).toBeGreaterThanOrEqual(40_560)
  })
})
