// jsdom lacks a few browser APIs that naive-ui touches.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as unknown as Record<string, unknown>
if (!g.ResizeObserver) g.ResizeObserver = ResizeObserverStub
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia
}

// French typography (typography.ts, applied to every message by i18n/index.ts and checked there by
// typography.test.ts, in the real window by e2e/layout.test.mjs) puts no-break spaces before « : ; ! ? » and inside
// « ». The component tests write the French they expect as it is typed (« Reste dû : 1 000,00 € »), so the text
// they read gives those spaces back as plain ones. Amounts keep their no-break spaces.
const foldTypography = (s: string) => s.replace(/\u00a0([:;!?»])/g, ' $1').replace(/«\u00a0/g, '« ')
if (typeof Node !== 'undefined') {
  const own = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')
  if (own?.get && own.set) {
    const { get, set } = own
    Object.defineProperty(Node.prototype, 'textContent', {
      configurable: true,
      get(this: Node) {
        const v = get.call(this) as string | null
        return v === null ? v : foldTypography(v)
      },
      set(this: Node, v: string | null) {
        set.call(this, v)
      },
    })
  }
}
