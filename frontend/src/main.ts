import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n } from './i18n'
import { makeRouter } from './router'
import './style.css'

// naive-ui injects its styles at run time; this meta tag keeps them before ours.
const meta = document.createElement('meta')
meta.name = 'naive-ui-style'
document.head.appendChild(meta)

createApp(App).use(createPinia()).use(i18n).use(makeRouter()).mount('#app')
