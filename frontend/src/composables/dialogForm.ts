import { ref, watch } from 'vue'
import { useFieldErrors } from './fieldErrors'
import { useNotify } from './notify'

/** The events of a form dialog: shown or hidden (v-model:show), and what the Go side answered once saved. */
export interface DialogEmit<T> {
  (e: 'update:show', show: boolean): void
  (e: 'saved', answer: T): void
}

/**
 * useDialogForm is what every form dialog does around its own fields: a fresh form each time it opens, the field
 * errors, whether it is saving, and once saved a confirmation, `saved` and closing. `reset` runs at once when the
 * dialog is created open, so call this after declaring what reset sets.
 */
export function useDialogForm<T>(props: { show: boolean }, emit: DialogEmit<T>, reset: () => void) {
  const notify = useNotify()
  const fe = useFieldErrors()
  const saving = ref(false)

  watch(
    () => props.show,
    (v) => {
      if (!v) return
      reset()
      fe.clear()
    },
    { immediate: true },
  )

  /**
   * submit sends the form. Saved: `confirmation()` is shown, the answer emitted and the dialog closed. Refused: the
   * errors on fields are shown at the fields, and any other error, which no field would show, as a message.
   */
  async function submit(send: () => Promise<T>, confirmation: () => string): Promise<void> {
    saving.value = true
    fe.clear()
    try {
      const answer = await send()
      notify.success(confirmation())
      emit('saved', answer)
      emit('update:show', false)
    } catch (e) {
      if (fe.set(e).length === 0) notify.error(e)
    } finally {
      saving.value = false
    }
  }

  return { fe, notify, saving, submit }
}
