// Issue 3, end to end: the owner creates a scenario step, sees the planned action on the « Aujourd'hui » page,
// approves it, and the letter it produces is in the client's documents.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startApp, artifacts, fillCompany, importLedger, frenchDate, confirmReprise } from './harness.mjs';

let app;
const byId = (id) => `[data-testid="${id}"]`;

before(async () => {
  // One invoice 20 days overdue, whatever day the test runs.
  app = await startApp({ setup: (data) => importLedger(data, [`F-2026-0500;MEN;${frenchDate(-50)};${frenchDate(-20)};500,00;100,00;600,00`]) });
  await fillCompany(app.page);
});
after(async () => {
  if (app) {
    await app.page.screenshot({ path: join(artifacts, 'chase-last.png') }).catch(() => {});
    await app.stop();
  }
});

async function choose(page, selectTestId, optionText) {
  await page.click(byId(selectTestId));
  await page.click(`.n-base-select-option:has-text("${optionText}")`);
}

test('create a scenario with a letter step to review', async () => {
  const { page } = app;
  await page.click(byId('nav-scenarios'));
  await page.click(byId('scenario-new'));
  await page.waitForSelector(byId('scenario-form'));
  await page.fill(`${byId('scenario-name')} input, input${byId('scenario-name')}`, 'Courrier direct');
  // A new scenario starts with one e-mail step: make it a letter at J+10, to review before it goes.
  await page.locator(`input${byId('step-name')}`).first().fill('Lettre de relance');
  await page.locator(byId('step-anchor')).first().click();
  await page.click('.n-base-select-option:has-text("Jours après l’échéance")');
  const days = page.locator(`input${byId('step-days')}`).first();
  await days.fill('10');
  await days.press('Tab');
  await page.locator(byId('step-channel')).first().click();
  await page.click('.n-base-select-option:has-text("Courrier")');
  const review = page.locator(byId('step-review')).first();
  if ((await review.getAttribute('aria-checked')) !== 'true') await review.click();
  await page.click(byId('scenario-save'));
  await page.waitForSelector(`${byId('scenario-row')}:has-text("Courrier direct")`, { timeout: 10000 });
});

test('the invoice follows it; the action waits on the Aujourd\'hui page; approving it produces the letter', async () => {
  const { page } = app;
  await page.click(byId('nav-invoices'));
  await page.fill(byId('invoices-search'), 'F-2026-0500');
  await page.click(`${byId('invoice-row')}:has-text("F-2026-0500")`);
  await page.waitForSelector(byId('invoice-chase'));
  await choose(page, 'chase-scenario', 'Courrier direct');
  await page.waitForTimeout(500);

  // The imported invoice is a reprise: listed with its day, nothing approved or produced before it is confirmed.
  await page.click(byId('nav-today'));
  await page.waitForSelector(byId('today-reprise'), { timeout: 15000 });
  assert.match(await page.textContent(byId('today-reprise')), /Vous venez d’importer des factures dans un dossier vide/);
  assert.match(await page.textContent(byId('reprise-day')), /Lettre de relance/);
  assert.equal(await page.locator(byId('action-approve')).count(), 0);
  await confirmReprise(page);
  const action = await page.waitForSelector(`${byId('today-review')} ${byId('today-action')}`, { timeout: 15000 });
  const text = await action.textContent();
  assert.match(text, /Menuiserie Lefèvre/);
  assert.match(text, /Lettre de relance/);
  assert.match(text, /F-2026-0500/);
  const id = await action.getAttribute('data-id');
  await page.click(`${byId('today-action')}[data-id="${id}"] ${byId('action-approve')}`);
  await page.waitForSelector(`${byId('today-done')} ${byId('today-action')}[data-id="${id}"]`, { timeout: 15000 });
  assert.equal(await page.locator(`${byId('today-review')} ${byId('today-action')}`).count(), 0);

  // The letter is archived with the client's documents and the timeline says so.
  await page.click(byId('nav-clients'));
  await page.click(`${byId('client-row')}:has-text("MEN")`);
  await page.click('text=Documents');
  await page.waitForSelector(`${byId('document-row')}:has-text("Lettre de relance")`, { timeout: 10000 });
  // A letter is a draft until posted: « Marquer envoyé » with today's date makes it proof.
  const row = page.locator(`${byId('document-row')}:has-text("Lettre de relance")`);
  assert.equal(await row.locator(byId('document-draft')).count(), 1);
  await row.locator(byId('document-sending')).click();
  const sentOn = page.locator(`${byId('sending-sent-on')} input`);
  await sentOn.fill(frenchDate(0));
  await sentOn.press('Enter');
  await page.click(byId('sending-save'));
  await page.waitForFunction(() => !document.querySelector('[data-testid="document-draft"]'), null, { timeout: 10000 });
  assert.deepEqual(app.errors, []);
});
