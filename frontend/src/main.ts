import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import RecoveryApp from './RecoveryApp.vue'
import { recoveryApi } from './api/recovery'
import { startupApi } from './api/startup'
import { i18n } from './i18n'
import { makeRouter } from './router'
import { fontProbe, useInstalledFonts } from './theme'
import './style.css'

// naive-ui injects its styles at run time; this meta tag keeps them before ours.
const meta = document.createElement('meta')
meta.name = 'naive-ui-style'
document.head.appendChild(meta)

// When the data file did not open, the Go side serves only the recovery screen (app/recovery.go).
recoveryApi
  .state()
  .catch(() => null)
  .then((state) => {
    if (state?.problem) {
      createApp(RecoveryApp, { state }).use(i18n).mount('#app')
    } else {
      useInstalledFonts(fontProbe()) // before the first layout: see fontProbe
      createApp(App).use(createPinia()).use(i18n).use(makeRouter()).mount('#app')
      startupApi.painted('shell')
    }
  })
