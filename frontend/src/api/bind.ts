// The plumbing every typed wrapper of the generated Wails bindings shares (index.ts, extras.ts, inbox.ts):
// `out` completes what came back and makes the compiler check the generated model against our type, `arg` passes
// our plain object where a generated model class is expected (and checks it the other way), and `onEvent` listens
// to a Go event. The calls themselves go through `call` (errors.ts), which turns every failure into an AppError.

import { EventsOn } from '../../wailsjs/runtime/runtime'
import type { Loose } from './normalize'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFn = (...args: any[]) => any

/** Data<T> is a generated model class without its methods (createFrom, convertValues). */
type Data<T> = T extends AnyFn
  ? never
  : T extends readonly (infer U)[]
    ? Data<U>[]
    : T extends object
      ? { [K in keyof T as T[K] extends AnyFn ? never : K]: Data<T[K]> }
      : T

/** out completes what came back (see normalize.ts); its parameter type checks the generated model against ours. */
export function out<T>(norm: (v: unknown) => T): (g: Loose<T>) => T {
  return (g) => norm(g)
}

/** arg passes one of our plain objects where a generated model class is expected (JSON on the wire). */
export function arg<F extends AnyFn, I extends number = 0>(_fn: F, value: Data<Parameters<F>[I]>): Parameters<F>[I] {
  return value as Parameters<F>[I]
}

/** hasRuntime tells whether the page runs inside Wails (false in a plain browser and in unit tests). */
export function hasRuntime(): boolean {
  return typeof window !== 'undefined' && typeof (window as unknown as { runtime?: unknown }).runtime === 'object'
}

/** onEvent listens to a Go event and returns the function that stops listening. */
export function onEvent<T = unknown>(name: string, cb: (payload: T) => void): () => void {
  if (!hasRuntime()) return () => {}
  const off = EventsOn(name, (...data: unknown[]) => cb(data[0] as T))
  return typeof off === 'function' ? off : () => {}
}
