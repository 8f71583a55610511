import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import DashboardView from './views/DashboardView.vue'

// Hash history: Wails serves the files from its own scheme, with no server-side routing.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'dashboard', component: DashboardView },
  { path: '/today', name: 'today', component: () => import('./views/TodayView.vue') },
  { path: '/scenarios', name: 'scenarios', component: () => import('./views/ScenariosView.vue') },
  { path: '/clients', name: 'clients', component: () => import('./views/ClientsView.vue') },
  { path: '/clients/new', name: 'client-new', component: () => import('./views/ClientDetailView.vue') },
  { path: '/clients/:id(\\d+)', name: 'client', component: () => import('./views/ClientDetailView.vue'), props: true },
  { path: '/invoices', name: 'invoices', component: () => import('./views/InvoicesView.vue') },
  { path: '/invoices/new', name: 'invoice-new', component: () => import('./views/InvoiceDetailView.vue') },
  { path: '/invoices/:id(\\d+)', name: 'invoice', component: () => import('./views/InvoiceDetailView.vue'), props: true },
  { path: '/invoices/:id(\\d+)/notice', name: 'notice', component: () => import('./views/NoticeView.vue'), props: true },
  { path: '/import', name: 'import', component: () => import('./views/ImportView.vue') },
  { path: '/backups', name: 'backups', component: () => import('./views/BackupsView.vue') },
  { path: '/templates', name: 'templates', component: () => import('./views/TemplatesView.vue') },
  { path: '/bank', name: 'bank', component: () => import('./views/BankView.vue') },
  { path: '/reports/aged', name: 'aged-balance', component: () => import('./views/AgedBalanceView.vue') },
  { path: '/reports/collected', name: 'collected', component: () => import('./views/CollectedView.vue') },
  { path: '/outbox', name: 'outbox', component: () => import('./views/OutboxView.vue') },
  { path: '/inbox', name: 'inbox', component: () => import('./views/InboxView.vue') },
  { path: '/settings', name: 'settings', component: () => import('./views/SettingsView.vue') },
  { path: '/settings/mail', name: 'settings-mail', component: () => import('./views/MailSettingsView.vue') },
  { path: '/settings/sms', name: 'settings-sms', component: () => import('./views/SmsSettingsView.vue') },
  { path: '/company', name: 'company', component: () => import('./views/CompanyView.vue') },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

export function makeRouter() {
  return createRouter({ history: createWebHashHistory(), routes })
}
