// Issue 4, end to end: the owner edits the « Relance 1 » template, the editor catches a misspelt variable (and the
// Go side refuses to save it), the fixed template is previewed with a real client's values, saved, and the outbox
// says that the mailbox is not set up yet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startApp, artifacts, fillCompany, importLedger, frenchDate } from './harness.mjs';

let app;
const byId = (id) => `[data-testid="${id}"]`;
const NBSP = '\u00a0';

before(async () => {
  // One invoice 20 days overdue, whatever day the test runs.
  app = await startApp({ setup: (data) => importLedger(data, [`F-2026-0600;MEN;${frenchDate(-50)};${frenchDate(-20)};500,00;100,00;600,00`]) });
  await fillCompany(app.page);
});
after(async () => {
  if (app) {
    await app.page.screenshot({ path: join(artifacts, 'mail-last.png') }).catch(() => {});
    await app.stop();
  }
});

const body = (amount) => `[[Greeting]]

Sauf erreur de notre part, [[InvoiceLabel]] reste impayée : ${amount} à ce jour.

Bien cordialement,
[[CompanyName]]`;

test('the template editor catches a misspelt variable, and Save refuses it', async () => {
  const { page } = app;
  await page.click(byId('nav-templates'));
  await page.click(`${byId('template-item')}:has-text("Relance 1")`);
  await page.waitForSelector(`${byId('template-editor')}[data-key="reminder1"][data-lang="fr"]`);

  await page.fill(`textarea${byId('template-body')}`, body('[[InvoiceAmout]]'));
  const issue = await page.waitForSelector(`${byId('template-issue')}:has-text("InvoiceAmount")`, { timeout: 10000 });
  const text = await issue.textContent();
  assert.match(text, /\[\[InvoiceAmout\]\]/);
  assert.match(text, /ligne 3, colonne/);

  await page.click(byId('template-save'));
  const errors = await page.waitForSelector(byId('template-errors'), { timeout: 10000 });
  assert.match(await errors.textContent(), /InvoiceAmout/);
  // Nothing was saved: the template is not marked as the user's.
  assert.equal(await page.locator(`${byId('template-item')}[data-key="reminder1"] ${byId('template-custom')}`).count(), 0);
});

test('the fixed template is previewed with the imported client, then saved', async () => {
  const { page } = app;
  await page.fill(`textarea${byId('template-body')}`, body('[[InvoiceAmountDue]]'));
  await page.waitForSelector(`${byId('template-issues')}[data-count="0"]`, { timeout: 10000 });

  await page.click(`${byId('preview-client')} .n-base-selection`);
  await page.click('.n-base-select-option:has-text("Menuiserie Lefèvre")');
  await page.waitForSelector(`${byId('template-preview')}[data-state="ready"]`, { timeout: 15000 });
  assert.match(await page.textContent(byId('preview-subject')), /F-2026-0600/);
  assert.match(await page.textContent(byId('preview-to')), /compta@menuiserie-lefevre\.fr/);
  await page.click(`${byId('preview-mode-text')}`);
  const preview = await page.textContent(byId('preview-text'));
  assert.match(preview, /F-2026-0600|Menuiserie Lefèvre/);
  assert.ok(preview.includes(`600,00${NBSP}€`), `amount in French in: ${preview}`);
  assert.ok(preview.includes('Atelier Dupont'), 'the company name is filled in');

  await page.click(byId('template-save'));
  await page.waitForSelector(`${byId('template-item')}[data-key="reminder1"] ${byId('template-custom')}`, { timeout: 10000 });
  assert.equal(await page.locator(byId('template-errors')).count(), 0);
  assert.equal(await page.locator(byId('template-dirty')).count(), 0);
});

test('the outbox says that the mailbox is not set up', async () => {
  const { page } = app;
  await page.click(byId('nav-outbox'));
  const banner = await page.waitForSelector(byId('outbox-not-ready'), { timeout: 10000 });
  assert.match(await banner.textContent(), /Messagerie non configurée\u00a0: /); // the Go side's reason, written as the interface writes
  await page.click(byId('outbox-configure'));
  await page.waitForSelector(byId('mail-form'), { timeout: 10000 });
  assert.match(await page.textContent(byId('mail-status')), /Non configurée/);
  assert.deepEqual(app.errors, []);
});
