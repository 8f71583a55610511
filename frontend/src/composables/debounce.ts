import { onBeforeUnmount, ref, watch, type Ref } from 'vue'

/** useDebounced follows a ref with a delay (instant search: 150 ms). */
export function useDebounced<T>(source: Ref<T>, delay = 150): Ref<T> {
  const out = ref(source.value) as Ref<T>
  let timer: ReturnType<typeof setTimeout> | null = null
  watch(source, (v) => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      out.value = v
    }, delay)
  })
  onBeforeUnmount(() => {
    if (timer) clearTimeout(timer)
  })
  return out
}
