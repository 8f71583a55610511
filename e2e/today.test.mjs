// Issue 16, end to end, in a 1280×800 window on the demo data: the day's reminders are worked through from the
// keyboard (one approved with « a », then all of them selected and approved at once), the preview keeps
// « Valider et envoyer » in sight, and leaving an edited form asks « Quitter sans enregistrer ? ».
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startApp, artifacts, relance, confirmReprise } from './harness.mjs';

let app;
const byId = (id) => `[data-testid="${id}"]`;
const review = `${byId('today-review')} ${byId('today-action')}`;

before(async () => {
  app = await startApp({ setup: (data) => relance(data, 'demo', '--clients', '120', '--invoices', '1500') });
  await app.page.setViewportSize({ width: 1280, height: 800 });
  // The demo's reminders leave by themselves: every step of its scenarios is made « to review » through the
  // app's own API, so the day has reminders waiting for approval. Only the e-mail steps are kept: the reprise starts
  // the oldest debts (its first day's) at the formal notice, and the day must have e-mails to preview.
  await app.page.evaluate(async () => {
    const api = window.go.app.ChaseAPI;
    for (const sc of await api.Scenarios()) {
      if (!sc.steps?.length) continue;
      await api.SaveScenario({ ...sc, steps: sc.steps.filter((st) => st.channel === 'email').map((st) => ({ ...st, review: true })) });
    }
  });
});
after(async () => {
  if (app) {
    await app.page.screenshot({ path: join(artifacts, 'today-last.png') }).catch(() => {});
    await app.stop();
  }
});

const count = async (page, id) => Number(await page.getAttribute(byId(id), 'data-count'));

test('the demo is a reprise: explained, listed day by day, nothing leaves before « Confirmer la reprise »', async () => {
  const { page } = app;
  await page.click(byId('nav-today'));
  const card = await page.waitForSelector(byId('today-reprise'), { timeout: 30000 });
  const text = (await card.textContent()).replace(/[\u00a0\u202f]/g, ' ');
  assert.match(text, /Les données de démonstration viennent d’être chargées/);
  assert.match(text, /chacune à l’étape que son retard appelle/);
  assert.match(text, /Rien ne part avant votre confirmation/);
  assert.ok((await page.locator(byId('reprise-day')).count()) >= 1, 'no day listed');
  assert.equal(await page.locator(byId('today-review')).count(), 0);
  const outbox = await page.evaluate(() => window.go.app.OutboxAPI.List(''));
  assert.equal(outbox.messages?.length ?? 0, 0, 'an e-mail was queued before the reprise was confirmed');
  await confirmReprise(page);
  assert.deepEqual(app.errors, []);
});

test('the preview of an e-mail keeps « Valider et envoyer » in a 1280×800 window', async () => {
  const { page } = app;
  await page.click(byId('nav-today'));
  await page.waitForSelector(review, { timeout: 30000 });
  // Focus the first e-mail that can be previewed by clicking its card, then Enter opens it.
  const card = page.locator(`${byId('today-action')}:has(${byId('action-preview')})`).first();
  await card.locator('.step').click();
  assert.equal(await card.getAttribute('data-focused'), 'true');
  await page.keyboard.press('Enter');
  await page.waitForSelector(byId('email-review'), { timeout: 15000 });
  await page.waitForSelector(`${byId('preview-subject')}`, { timeout: 15000 });
  const box = await page.locator(byId('review-approve')).boundingBox();
  assert.ok(box, 'no « Valider et envoyer » button');
  assert.ok(box.y >= 0 && box.y + box.height <= 800, `« Valider et envoyer » at y=${box.y}, below the 800 px window`);
  await page.keyboard.press('Escape');
  await page.waitForSelector(byId('email-review'), { state: 'detached', timeout: 10000 });
});

test('approve one with « a », then select all with Ctrl+A and approve the selection', async () => {
  const { page } = app;
  await page.click(byId('nav-today'));
  await page.waitForSelector(review, { timeout: 30000 });
  const before = await count(page, 'today-review');
  assert.ok(before >= 3, `only ${before} reminders to review in the demo`);
  await page.locator('body').click({ position: { x: 5, y: 790 } }); // the focus back on the page, not in a field
  await page.keyboard.press('Home');
  const first = await page.getAttribute(`${review}[data-focused="true"]`, 'data-id');
  await page.keyboard.press('j');
  const second = await page.getAttribute(`${review}[data-focused="true"]`, 'data-id');
  assert.notEqual(second, first);
  await page.keyboard.press('a');
  await page.waitForFunction(
    ([sel, n]) => Number(document.querySelector(sel)?.getAttribute('data-count')) === n,
    [byId('today-review'), before - 1],
    { timeout: 15000 },
  );
  // The focus moved on to the action that took its place, still visible.
  const next = page.locator(`${byId('today-action')}[data-focused="true"]`);
  assert.notEqual(await next.getAttribute('data-id'), second);
  assert.ok(await next.isVisible());

  await page.keyboard.press('Control+a');
  await page.waitForSelector(byId('today-selection'));
  assert.match(await page.textContent(byId('bulk-approve')), new RegExp(`\\(${before - 1}\\)`));
  await page.keyboard.press('a');
  await page.waitForSelector(byId('approve-form'));
  assert.match(await page.textContent(byId('approve-form')), new RegExp(`Valider ${before - 1} relances`));
  await page.keyboard.press('Enter');
  await page.waitForSelector(byId('today-review'), { state: 'detached', timeout: 60000 });
  await page.waitForSelector(`text=${before - 1} relances validées`, { timeout: 10000 });

  // Written in the ledger: the page read again has nothing left to review.
  await page.click(byId('today-refresh'));
  await page.waitForTimeout(1000);
  assert.equal(await page.locator(byId('today-review')).count(), 0);
  assert.deepEqual(app.errors, []);
});

test('leaving an edited template or a new invoice asks « Quitter sans enregistrer ? »', async () => {
  const { page } = app;
  await page.click(byId('nav-templates'));
  const subject = page.locator(`input${byId('template-subject')}, ${byId('template-subject')} input`).first();
  await subject.waitFor({ timeout: 15000 });
  await subject.fill('Relance modifiée');
  await page.click(byId('nav-dashboard'));
  await page.waitForSelector('text=Quitter sans enregistrer ?');
  await page.click(byId('unsaved-stay'));
  await page.waitForTimeout(300);
  assert.equal(await subject.inputValue(), 'Relance modifiée');
  assert.equal(await page.locator(byId('template-editor')).count(), 1);
  await page.click(byId('nav-dashboard'));
  await page.click(`${byId('unsaved-leave')} >> visible=true`);
  await page.waitForSelector(byId('template-editor'), { state: 'detached', timeout: 10000 });

  // A new invoice: every missing field at once, and leaving it asks.
  await page.click(byId('nav-invoices'));
  await page.click(byId('invoice-new'));
  await page.waitForSelector(byId('invoice-form'));
  await page.fill(byId('field-number'), 'F-2026-9999');
  await page.fill(byId('field-number'), '');
  await page.keyboard.press('Enter');
  await page.waitForSelector('text=Choisissez le client.');
  assert.match(await page.textContent(byId('invoice-form')), /Indiquez le numéro de la facture\./);
  await page.fill(byId('field-number'), 'F-2026-9999');
  await page.click(byId('nav-clients'));
  await page.click(`${byId('unsaved-leave')} >> visible=true`);
  await page.waitForSelector(byId('invoice-form'), { state: 'detached', timeout: 10000 });
  assert.deepEqual(app.errors, []);
});
