// Issue 21, end to end: « Charger des données de démonstration » shows the demo company, the badges and the banner
// « Données de démonstration » at once; erasing the demo data from the banner empties the ledger and lifts it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startApp, artifacts } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => {
  if (app) {
    await app.page.screenshot({ path: join(artifacts, 'demo-last.png') }).catch(() => {});
    await app.stop();
  }
});

const byId = (id) => `[data-testid="${id}"]`;

test('loading demo data refreshes the company name and badges, and the banner says what it means', async () => {
  const { page } = app;
  await page.waitForSelector(byId('demo-load'));
  assert.equal(await page.isVisible(byId('demo-banner')), false);
  await page.click(byId('demo-load'));
  await page.waitForSelector(byId('demo-banner'), { timeout: 60000 });
  assert.match(await page.textContent(byId('demo-banner')), /Aucun e-mail n’est envoyé à une adresse réelle/);
  await page.waitForFunction(() => document.querySelector('.brand-sub')?.textContent?.includes('Atelier Démo'), null, { timeout: 10000 });
  await page.waitForSelector(byId('nav-invoices-badge'), { timeout: 10000 });
});

test('erasing the demo data from the banner empties the ledger and lifts the banner', async () => {
  const { page } = app;
  await page.click(byId('demo-erase'));
  await page.fill(byId('demo-erase-word'), 'EFFACER');
  await page.click(byId('demo-erase-go'));
  await page.waitForSelector(byId('demo-banner'), { state: 'detached', timeout: 30000 });
  await page.click(byId('nav-dashboard'));
  await page.waitForSelector(byId('demo-load'), { timeout: 10000 });
  assert.equal(await page.isVisible(byId('nav-invoices-badge')), false);
  assert.doesNotMatch(await page.textContent('.brand-sub'), /Atelier Démo/);
});
