// Issue 5, end to end: the owner fills in the company profile, opens an overdue invoice, sees its penalties,
// generates the formal notice and opens it; the PDF served by the app is the archived one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { startApp, artifacts, fillCompany, importLedger } from './harness.mjs';

let app;
const byId = (id) => `[data-testid="${id}"]`;

before(async () => {
  app = await startApp({ setup: (data) => importLedger(data, ['F-2025-0412;MEN;15/04/2025;15/05/2025;1 000,00;200,00;1 200,00']) });
});
after(async () => {
  if (app) {
    await app.page.screenshot({ path: join(artifacts, 'notice-last.png') }).catch(() => {});
    await app.stop();
  }
});

test('fill in the company profile', async () => {
  await fillCompany(app.page);
  assert.equal(await app.page.locator('.n-form-item-feedback--error').count(), 0);
});

test('from an overdue invoice, generate and open the formal notice', async () => {
  const { page } = app;
  await page.click(byId('nav-invoices'));
  await page.fill(byId('invoices-search'), 'F-2025-0412');
  await page.click(`${byId('invoice-row')}:has-text("F-2025-0412")`);
  // Penalties are shown on the invoice page.
  await page.waitForSelector('text=Pénalités de retard');
  assert.match(await page.textContent('body'), /40,00\u00a0€/);
  await page.click(byId('notice-open'));
  const panel = await page.waitForSelector(byId('notice-panel'));
  await page.waitForSelector('text=TOTAL RÉCLAMÉ');
  assert.match(await panel.textContent(), /F-2025-0412/);
  await page.click(byId('notice-generate'));
  const frame = await page.waitForSelector(byId('document-frame'), { timeout: 20000 });
  const src = await frame.getAttribute('src');
  assert.match(src, /\/documents\/\d+\.pdf$/);
  // The document the window shows is a PDF whose text is the formal notice.
  const bytes = await page.evaluate(async (u) => {
    const r = await fetch(u);
    return { type: r.headers.get('content-type'), data: Array.from(new Uint8Array(await r.arrayBuffer())) };
  }, new URL(src, app.url).href);
  assert.equal(bytes.type, 'application/pdf');
  const file = join(artifacts, 'mise-en-demeure.pdf');
  writeFileSync(file, Buffer.from(bytes.data));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
  assert.match(text, /MISE EN DEMEURE DE PAYER/);
  assert.match(text, /Menuiserie Lefèvre/);
  assert.match(text, /1 200,00 €/);
  assert.match(text, /L441-10/);
  assert.deepEqual(app.errors, []);
});
