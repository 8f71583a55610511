// Bank reconciliation, end to end: an overdue invoice shows on the dashboard; the owner imports an OFX statement
// holding its payment, confirms the suggestion, and the invoice is paid, off the « Aujourd'hui » page and out of
// the overdue figure.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, artifacts, fillCompany, importLedger, frenchDate } from './harness.mjs';

let app;
const byId = (id) => `[data-testid="${id}"]`;
const NBSP = '\u00a0';
const eur = (s) => s.replace(/(\d) (\d)/g, `$1${NBSP}$2`).replace(/ €/g, `${NBSP}€`);

/** An OFX (SGML) statement with one credit of the invoice's amount, its number in the memo, booked today. */
function writeOFX() {
  const d = new Date();
  const ymd = `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
  const ofx = `OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX>
<BANKMSGSRSV1>
<STMTTRNRS>
<TRNUID>0
<STMTRS>
<CURDEF>EUR
<BANKACCTFROM>
<BANKID>30006
<ACCTID>00011234567
<ACCTTYPE>CHECKING
</BANKACCTFROM>
<BANKTRANLIST>
<DTSTART>${ymd}
<DTEND>${ymd}
<STMTTRN>
<TRNTYPE>CREDIT
<DTPOSTED>${ymd}
<TRNAMT>1200.00
<FITID>${ymd}-0001
<NAME>VIR MENUISERIE LEFEVRE
<MEMO>REGLEMENT FACTURE F-2026-0700
</STMTTRN>
</BANKTRANLIST>
</STMTRS>
</STMTTRNRS>
</BANKMSGSRSV1>
</OFX>
`;
  const dir = mkdtempSync(join(tmpdir(), 'relance-ofx-'));
  const path = join(dir, 'releve.ofx');
  writeFileSync(path, ofx);
  return path;
}

before(async () => {
  // Two overdue invoices of MEN: F-2026-0700 (1 200,00 €) gets paid by the statement, F-2026-0701 (600,00 €) not.
  app = await startApp({
    setup: (data) => importLedger(data, [
      `F-2026-0700;MEN;${frenchDate(-50)};${frenchDate(-20)};1000,00;200,00;1200,00`,
      `F-2026-0701;MEN;${frenchDate(-45)};${frenchDate(-15)};500,00;100,00;600,00`,
    ]),
  });
  await fillCompany(app.page);
});
after(async () => {
  if (app) {
    await app.page.screenshot({ path: join(artifacts, 'bank-last.png') }).catch(() => {});
    await app.stop();
  }
});

async function overdueFigure(page) {
  await page.click(byId('nav-dashboard'));
  const el = await page.waitForSelector(byId('kpi-overdue-value'), { timeout: 15000 });
  return (await el.textContent()).trim();
}

/** The actions of the « Aujourd'hui » page still to do (not those done or skipped today). */
async function openActions(page, number) {
  await page.click(byId('nav-today'));
  await page.waitForSelector(byId('today-page'), { timeout: 15000 });
  await page.waitForTimeout(500);
  return page.locator(`${byId('today-page')} > :not(${byId('today-done')}):not(${byId('today-skipped')}) ${byId('today-action')}:has-text("${number}")`).count();
}

test('the dashboard shows the overdue invoices and asks for a statement', async () => {
  const { page } = app;
  assert.equal(await overdueFigure(page), eur('1 800,00 €'));
  await page.waitForSelector(byId('dashboard-bank-warning'));
  assert.ok((await openActions(page, 'F-2026-0700')) > 0, 'F-2026-0700 is chased before its payment');
});

test('import an OFX statement and confirm the suggested payment', async () => {
  const { page } = app;
  await page.click(byId('nav-bank'));
  await page.waitForSelector(byId('bank-import'));
  await page.setInputFiles(byId('bank-file'), writeOFX());

  const dry = await page.waitForSelector(byId('bank-dry-summary'), { timeout: 15000 });
  assert.equal(await dry.textContent(), eur('1 opération nouvelle dont 1 encaissement (1 200,00 €)'));
  await page.click(byId('bank-import-run'));
  const done = await page.waitForSelector(byId('bank-result-summary'), { timeout: 15000 });
  assert.match(await done.textContent(), /1 opération nouvelle dont 1 encaissement/);

  const line = page.locator(`${byId('bank-line')}:has(${byId('bank-suggestion-invoice')}:has-text("F-2026-0700"))`);
  await line.waitFor({ timeout: 15000 });
  assert.equal((await line.locator(byId('bank-line-amount')).textContent()).trim(), eur('1 200,00 €'));
  const suggestion = line.locator(byId('bank-suggestion')).first();
  assert.match(await suggestion.textContent(), /Menuiserie Lefèvre/);
  assert.equal(await page.locator(`${byId('nav-bank-badge')}`).textContent(), '1');

  await line.locator(byId('bank-confirm')).click();
  await page.waitForSelector(byId('bank-all-matched'), { timeout: 15000 });
  await page.waitForSelector(`${byId('bank-matched-row')}:has-text("Menuiserie Lefèvre")`);
  await page.waitForSelector(byId('nav-bank-badge'), { state: 'detached', timeout: 10000 });
});

test('the invoice is paid, no longer chased, and the overdue figure dropped', async () => {
  const { page } = app;
  await page.click(byId('nav-invoices'));
  await page.fill(byId('invoices-search'), 'F-2026-0700');
  await page.click(`${byId('invoice-row')}:has-text("F-2026-0700")`);
  await page.waitForSelector('.page-header :text("Payée")', { timeout: 15000 });

  assert.equal(await openActions(page, 'F-2026-0700'), 0);
  assert.equal(await overdueFigure(page), eur('600,00 €'));
  assert.deepEqual(app.errors, []);
});

test('a confirmation made by mistake is undone: the invoice is owed and chased again', async () => {
  const { page } = app;
  await page.click(byId('nav-bank'));
  const row = page.locator(`${byId('bank-matched-row')}:has-text("Menuiserie Lefèvre")`);
  await row.locator(byId('bank-undo')).click();
  await page.getByRole('button', { name: 'Annuler le rapprochement' }).click();
  await page.waitForSelector(`${byId('bank-line')}:has(${byId('bank-suggestion-invoice')}:has-text("F-2026-0700"))`, { timeout: 15000 });
  await page.waitForSelector(byId('bank-matched-row'), { state: 'detached', timeout: 10000 });
  assert.equal(await page.locator(byId('nav-bank-badge')).textContent(), '1');

  assert.equal(await overdueFigure(page), eur('1 800,00 €'));
  assert.ok((await openActions(page, 'F-2026-0700')) > 0, 'F-2026-0700 is chased again');
  assert.deepEqual(app.errors, []);
});
