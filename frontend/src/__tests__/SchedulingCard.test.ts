import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { NMessageProvider } from 'naive-ui'

vi.mock('../../wailsjs/go/app/SchedulingAPI')

import * as SchedulingAPI from '../../wailsjs/go/app/SchedulingAPI'
import SchedulingCard from '../components/SchedulingCard.vue'
import { i18n, setLocale } from '../i18n'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

const linux = {
  startAtLogin: false,
  dailyRun: false,
  dailyAt: '08:30',
  executable: '/usr/bin/relance',
  manual: '"/usr/bin/relance" --data "/home/claire/.local/share/relance" run',
  explanation: ['Ouverture à la connexion : un lanceur dans ~/.config/autostart.', 'Relance quotidienne : un minuteur systemd de l’utilisateur.'],
}

function mountCard() {
  const Host = defineComponent({ setup: () => () => h(NMessageProvider, null, { default: () => h(SchedulingCard) }) })
  return mount(Host, { global: { plugins: [i18n] }, attachTo: document.body })
}
type W = ReturnType<typeof mountCard>
const byId = (w: W, id: string) => w.find(`[data-testid="${id}"]`)

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
})

describe('SchedulingCard', () => {
  it('shows the explanation and the manual command, and turns the daily run on at the time typed', async () => {
    mocked(SchedulingAPI.Get).mockResolvedValueOnce(linux)
    mocked(SchedulingAPI.SetDailyRun).mockResolvedValueOnce({ ...linux, dailyRun: true, dailyAt: '07:45' })
    const w = mountCard()
    await flushPromises()
    expect(byId(w, 'scheduling-explanation').text()).toContain('~/.config/autostart')
    expect(byId(w, 'scheduling-manual').text()).toBe(linux.manual)
    expect((byId(w, 'scheduling-time').element as HTMLInputElement).value).toBe('08:30')

    await byId(w, 'scheduling-time').setValue('07:45')
    await byId(w, 'scheduling-daily').trigger('click')
    await flushPromises()
    expect(SchedulingAPI.SetDailyRun).toHaveBeenCalledWith(true, '07:45')
    expect(byId(w, 'scheduling-daily').classes()).toContain('n-switch--active')

    // A new time while it is on is applied at once.
    mocked(SchedulingAPI.SetDailyRun).mockResolvedValueOnce({ ...linux, dailyRun: true, dailyAt: '09:00' })
    await byId(w, 'scheduling-time').setValue('09:00')
    await byId(w, 'scheduling-time').trigger('blur')
    await flushPromises()
    expect(SchedulingAPI.SetDailyRun).toHaveBeenLastCalledWith(true, '09:00')
    w.unmount()
  })

  it('shows the system’s refusal and a wrong time', async () => {
    mocked(SchedulingAPI.Get).mockResolvedValueOnce(linux)
    mocked(SchedulingAPI.SetDailyRun).mockRejectedValueOnce(
      JSON.stringify({ code: 'EUNAVAILABLE', message: 'relance quotidienne impossible à programmer : systemctl absent' }),
    )
    mocked(SchedulingAPI.SetStartAtLogin).mockResolvedValueOnce({ ...linux, startAtLogin: true })
    const w = mountCard()
    await flushPromises()
    await byId(w, 'scheduling-daily').trigger('click')
    await flushPromises()
    expect(SchedulingAPI.SetDailyRun).toHaveBeenCalledWith(true, '08:30')
    expect(byId(w, 'scheduling-error').text()).toContain('systemctl absent')
    expect(byId(w, 'scheduling-daily').classes()).not.toContain('n-switch--active')

    await byId(w, 'scheduling-time').setValue('25:00')
    await byId(w, 'scheduling-daily').trigger('click')
    await flushPromises()
    expect(SchedulingAPI.SetDailyRun).toHaveBeenCalledTimes(1)
    expect(byId(w, 'scheduling-time-item').text()).toContain('Heure invalide')

    await byId(w, 'scheduling-login').trigger('click')
    await flushPromises()
    expect(SchedulingAPI.SetStartAtLogin).toHaveBeenCalledWith(true)
    expect(byId(w, 'scheduling-login').classes()).toContain('n-switch--active')
    w.unmount()
  })
})
