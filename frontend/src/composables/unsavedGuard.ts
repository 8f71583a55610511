import { onBeforeUnmount, onMounted, toValue, type MaybeRefOrGetter } from 'vue'
import { onBeforeRouteLeave } from 'vue-router'
import { useDialog } from 'naive-ui'
import { useI18n } from 'vue-i18n'

type Dialog = ReturnType<typeof useDialog>

/**
 * useUnsavedGuard asks « Quitter sans enregistrer ? » when the user leaves an edited form: another page of the app
 * (the router's leave guard, from any component under the page) or the window itself (beforeunload). confirmLeave
 * asks the same for a change inside the page (another template, another scenario).
 */
export function useUnsavedGuard(isDirty: MaybeRefOrGetter<boolean>) {
  const { t } = useI18n()
  let dialog: Dialog | null = null
  try {
    dialog = useDialog()
  } catch {
    dialog = null // no NDialogProvider above (a component alone in a test): the browser's own confirm
  }

  function ask(): Promise<boolean> {
    if (!dialog) return Promise.resolve(window.confirm(`${t('unsaved.title')}\n${t('unsaved.text')}`))
    const d = dialog
    return new Promise((resolve) => {
      let answered = false
      const answer = (v: boolean) => {
        if (answered) return
        answered = true
        resolve(v)
      }
      d.warning({
        title: t('unsaved.title'),
        content: t('unsaved.text'),
        positiveText: t('unsaved.leave'),
        negativeText: t('unsaved.stay'),
        positiveButtonProps: { 'data-testid': 'unsaved-leave' } as never,
        negativeButtonProps: { 'data-testid': 'unsaved-stay' } as never,
        onPositiveClick: () => answer(true),
        onNegativeClick: () => answer(false),
        onClose: () => answer(false),
        onMaskClick: () => answer(false),
        onEsc: () => answer(false),
        onAfterLeave: () => answer(false),
      })
    })
  }

  async function confirmLeave(): Promise<boolean> {
    return toValue(isDirty) ? ask() : true
  }

  onBeforeRouteLeave(() => confirmLeave())

  function onUnload(e: BeforeUnloadEvent): void {
    if (!toValue(isDirty)) return
    e.preventDefault()
    e.returnValue = '' // older engines need it set to show their prompt
  }
  onMounted(() => window.addEventListener('beforeunload', onUnload))
  onBeforeUnmount(() => window.removeEventListener('beforeunload', onUnload))

  return { confirmLeave }
}
