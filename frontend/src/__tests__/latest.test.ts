import { describe, expect, it } from 'vitest'
import { useLatest } from '../composables/latest'

function deferred<T>() {
  let resolve!: (v: T) => void
  let reject!: (e: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('useLatest', () => {
  it('keeps only the newest load’s answer, error and end, whatever order they come back in', async () => {
    const latest = useLatest()
    const log: string[] = []
    const on = (name: string) => ({
      ok: (v: string) => log.push(`${name} ok ${v}`),
      fail: (e: unknown) => log.push(`${name} fail ${String(e)}`),
      done: () => log.push(`${name} done`),
    })
    const first = deferred<string>()
    const second = deferred<string>()
    const a = latest.run(() => first.promise, on('first'))
    const b = latest.run(() => second.promise, on('second'))
    second.resolve('B')
    await b
    first.resolve('A') // late: ignored
    await a
    expect(log).toEqual(['second ok B', 'second done'])

    const third = deferred<string>()
    const fourth = deferred<string>()
    const c = latest.run(() => third.promise, on('third'))
    const d = latest.run(() => fourth.promise, on('fourth'))
    third.reject('stale') // an error of an older load: not shown, not thrown
    await c
    fourth.reject('late')
    await d
    expect(log.slice(2)).toEqual(['fourth fail late', 'fourth done'])
  })

  it('forgets the loads on their way when dropped, and tells a load whether it is still the newest', async () => {
    const latest = useLatest()
    const got: string[] = []
    const slow = deferred<string>()
    const p = latest.run(() => slow.promise, { ok: (v) => got.push(v), done: () => got.push('done') })
    latest.drop()
    slow.resolve('old')
    await p
    expect(got).toEqual([])

    const newest = latest.begin()
    expect(newest()).toBe(true)
    const other = latest.begin()
    expect(newest()).toBe(false)
    expect(other()).toBe(true)
    latest.drop()
    expect(other()).toBe(false)
  })

  it('swallows an error without a fail handler, and runs alone loads of its own', async () => {
    const a = useLatest()
    const b = useLatest()
    const got: string[] = []
    await a.run(() => Promise.reject(new Error('no')), { ok: () => got.push('never'), done: () => got.push('a done') })
    const pb = b.run(() => Promise.resolve('b'), { ok: (v) => got.push(v) })
    await a.run(() => Promise.resolve('a'), { ok: (v) => got.push(v) }) // another composable: b still counts
    await pb
    expect(got[0]).toBe('a done')
    expect(got.slice(1).sort()).toEqual(['a', 'b'])
  })
})
