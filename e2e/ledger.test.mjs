// Issue 2, end to end: a user creates a client and an invoice through the UI and finds the invoice in the list;
// an import with a bad row changes nothing and names the row.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, artifacts } from './harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => {
  if (app) {
    await app.page.screenshot({ path: join(artifacts, 'ledger-last.png') }).catch(() => {});
    await app.stop();
  }
});

const byId = (id) => `[data-testid="${id}"]`;

test('empty ledger offers demo data and import', async () => {
  const { page } = app;
  await page.waitForSelector(byId('demo-load'));
  assert.ok(await page.isVisible(byId('nav-import')));
});

test('create a client, then an invoice, and find it in the list', async () => {
  const { page } = app;
  await page.click(byId('nav-clients'));
  await page.click(byId('client-new'));
  await page.waitForSelector(byId('client-form'));
  await page.fill(byId('field-code'), 'BOUL01');
  await page.fill(byId('field-name'), 'Boulangerie Lefèvre SARL');
  await page.fill(byId('field-siren'), '552 081 317');
  await page.fill(byId('field-email'), 'compta@boulangerie-lefevre.fr');
  await page.click(byId('client-save'));
  // Saved: the client's page shows its name.
  await page.waitForSelector('text=Boulangerie Lefèvre SARL', { timeout: 10000 });

  await page.click(byId('nav-clients'));
  await page.waitForSelector(byId('client-row'));
  assert.match(await page.textContent(byId('client-row')), /BOUL01/);

  await page.click(byId('nav-invoices'));
  await page.click(byId('invoice-new'));
  await page.waitForSelector(byId('invoice-form'));
  await page.fill(byId('field-number'), 'F-2026-0042');
  await page.click(`${byId('field-client')}`);
  await page.keyboard.type('Lefèvre');
  await page.click('.n-base-select-option:has-text("Boulangerie Lefèvre SARL")');
  await page.fill(byId('field-amountExclTax'), '1 000,00');
  await page.fill(byId('field-vatAmount'), '200,00');
  await page.fill(byId('field-amountInclTax'), '1 200,00');
  await page.click(byId('invoice-save'));
  await page.waitForSelector('text=F-2026-0042', { timeout: 10000 });

  await page.click(byId('nav-invoices'));
  await page.fill(byId('invoices-search'), '0042');
  await page.waitForFunction(
    (sel) => [...document.querySelectorAll(sel)].some((r) => r.textContent.includes('F-2026-0042')),
    byId('invoice-row'), { timeout: 10000 });
  const row = await page.textContent(byId('invoice-row'));
  assert.match(row, /Boulangerie Lefèvre SARL/);
  assert.match(row, /1\u00a0200,00\u00a0€/);
  assert.match(await page.textContent(byId('invoices-total')), /1 facture/);
});

test('a bad row in an import writes nothing and names the line', async () => {
  const { page } = app;
  const file = join(artifacts, 'factures-erreur.csv');
  writeFileSync(file, 'N° facture;Code client;Date;Échéance;Montant HT;TVA;Montant TTC\n' +
    'F-2026-0100;BOUL01;01/10/2026;31/10/2026;100,00;20,00;120,00\n' +
    'F-2026-0101;BOUL01;01/10/2026;31/02/2026;100,00;20,00;120,00\n');
  await page.click(byId('nav-import'));
  await page.click(`${byId('import-kind')} >> text=Factures`).catch(() => {});
  await page.setInputFiles(byId('import-file'), file);
  await page.click(byId('import-run'));
  const result = await page.waitForSelector(byId('import-result'), { timeout: 20000 });
  assert.equal(await result.getAttribute('data-written'), 'false');
  const errors = await page.textContent(byId('import-errors'));
  assert.match(errors, /3\s*Échéance\s*31\/02\/2026/, 'the error names line 3, the file\'s column title and the value');
  assert.match(errors, /ce jour n'existe pas/);
  assert.match(await result.textContent(), /Aucune donnée n’a été importée/);
  await page.click(byId('nav-invoices'));
  await page.fill(byId('invoices-search'), 'F-2026-01');
  await page.waitForTimeout(800);
  assert.equal(await page.locator(byId('invoice-row')).count(), 0, 'nothing of the bad file was imported');
  assert.deepEqual(app.errors, []);
});
