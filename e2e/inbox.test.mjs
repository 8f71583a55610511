// Replies, end to end: the app watches a real IMAP mailbox (go-imap's in-memory server, e2e/imapd); a client's
// reply promising a payment is linked to the client, classified, pauses the client's reminders until read, shows on
// the « Réponses » page and the client's page, and « Accepter » records the promise on the invoice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, artifacts, importLedger, frenchDate, relance, lineReader, goBinary, confirmReprise } from './harness.mjs';

const byId = (id) => `[data-testid="${id}"]`;
const USER = 'claire@atelier-dupont.fr';
const PASSWORD = 'secret-imap';
const CLIENT_EMAIL = 'compta@menuiserie-lefevre.fr'; // MEN's address, as importLedger writes it
const INVOICE = 'F-2026-0700';

let app;
let imapd;
let tmp;
let nextLine;

async function deliver(eml) {
  const file = join(tmp, `m${Date.now()}.eml`);
  writeFileSync(file, eml);
  imapd.stdin.write(`DELIVER ${file}\n`);
  const answer = await nextLine();
  assert.match(answer, /^OK \d+/);
}

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'relance-imap-'));
  imapd = spawn(goBinary('imapd', tmp), ['-user', USER, '-password', PASSWORD], { stdio: ['pipe', 'pipe', 'inherit'] });
  nextLine = lineReader(imapd.stdout, 'imapd');
  const first = await nextLine(20000);
  const port = Number(/^PORT (\d+)$/.exec(first)?.[1]);
  assert.ok(port > 0, `imapd said: ${first}`);

  // No keychain in tests: the app reads the mailbox password from the environment.
  process.env.RELANCE_SMTP_PASSWORD = PASSWORD;
  app = await startApp({
    setup: (data) => {
      // One invoice 5 days overdue, whatever day the test runs: taken over at « Relance 1 », an e-mail.
      importLedger(data, [`${INVOICE};MEN;${frenchDate(-35)};${frenchDate(-5)};500,00;100,00;600,00`]);
      relance(data, 'config', 'set', 'mail.imap.host', '127.0.0.1');
      relance(data, 'config', 'set', 'mail.imap.port', String(port));
      relance(data, 'config', 'set', 'mail.imap.security', 'none');
      relance(data, 'config', 'set', 'mail.imap.user', USER);
    },
  });
});

after(async () => {
  if (app) {
    await app.page.screenshot({ path: join(artifacts, 'inbox-last.png') }).catch(() => {});
    await app.stop();
  }
  if (imapd) {
    imapd.stdin.end();
    imapd.kill();
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** The actions listed for MEN on the « Aujourd'hui » page (outside « Prochaines relances » and « Fait »). */
async function menActions(page) {
  await page.click(byId('nav-today'));
  await page.waitForSelector(byId('today-page'), { timeout: 15000 });
  const sections = ['today-review', 'today-send', 'today-call', 'today-tasks'];
  let n = 0;
  for (const s of sections) n += await page.locator(`${byId(s)} ${byId('today-action')}:has-text("Menuiserie Lefèvre")`).count();
  return n;
}

// The promised day: two weeks ahead, written as a client would (« le 15/12 »).
const promised = frenchDate(14);
const promisedShort = promised.slice(0, 5);

test('the watcher connects and MEN has an e-mail reminder waiting', async () => {
  const { page } = app;
  // The sidebar indicator turns green once the mailbox is watched.
  await page.waitForSelector(`${byId('inbox-indicator')}[data-state="connected"]`, { timeout: 20000 });
  await page.click(byId('nav-inbox'));
  await page.waitForSelector(`${byId('inbox-status')}[data-state="connected"]`, { timeout: 10000 });
  assert.match(await page.textContent(byId('inbox-status-text')), /^Connecté — /);
  await page.waitForSelector(byId('inbox-empty'), { timeout: 10000 });
  await confirmReprise(page); // the first import is a reprise

  let n = 0;
  for (let i = 0; i < 20 && n === 0; i++) {
    n = await menActions(page);
    if (n === 0) await page.waitForTimeout(500);
  }
  assert.ok(n > 0, 'an action for MEN on the « Aujourd’hui » page');
  const action = page.locator(`${byId('today-action')}:has-text("Menuiserie Lefèvre")`).first();
  assert.equal(await action.locator(byId('action-channel')).getAttribute('data-channel'), 'email');
});

test('a reply promising a payment is linked to MEN, classified, and pauses its reminders', async () => {
  const { page } = app;
  const date = new Date().toUTCString().replace('GMT', '+0000');
  await deliver([
    `From: Service comptable <${CLIENT_EMAIL}>`,
    `To: Claire Dupont <${USER}>`,
    `Subject: RE: Rappel : facture n° ${INVOICE}`,
    `Date: ${date}`,
    `Message-ID: <reply-${Date.now()}@menuiserie-lefevre.fr>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    `Bonjour, nous réglerons le ${promisedShort} par virement.`,
    '',
    'Cordialement,',
    'Service comptable — Menuiserie Lefèvre',
    '',
  ].join('\n'));

  await page.click(byId('nav-inbox'));
  await page.waitForSelector(byId('inbox-status'));
  const row = `${byId('inbox-row')}[data-class="promise"]`;
  const end = Date.now() + 15000;
  while (!(await page.locator(row).count())) {
    assert.ok(Date.now() < end, `the reply within 15 s:\n${app.log()}`);
    await page.click(byId('inbox-sync-now'));
    await page.waitForSelector(row, { timeout: 3000 }).catch(() => {});
  }
  const r = page.locator(row).first();
  assert.equal(await r.locator(byId('inbox-row-client')).textContent(), 'Menuiserie Lefèvre');
  assert.equal((await r.locator(byId('inbox-row-class')).textContent()).trim(), 'Promesse de paiement');
  assert.match(await r.locator(byId('inbox-row-phrase')).textContent(), new RegExp(promisedShort.replace('/', '\\/')));
  assert.match(await r.locator(byId('inbox-row-invoices')).textContent(), new RegExp(INVOICE));
  await page.waitForSelector(`${byId('nav-inbox-badge')}:has-text("1")`, { timeout: 10000 });
  // The badge leads to what it counts: from another page, its entry opens a tab listing as many messages.
  await page.click(byId('nav-dashboard'));
  await page.click(byId('nav-inbox'));
  await page.waitForSelector(byId('inbox-row'));
  const badge = Number((await page.textContent(byId('nav-inbox-badge'))).trim());
  assert.equal(await page.locator(byId('inbox-row')).count(), badge);

  // On MEN's page, under « Messages reçus ».
  await page.click(byId('nav-clients'));
  await page.click(`${byId('client-row')}:has-text("MEN")`);
  await page.click('.n-tabs-tab:has-text("Journal")');
  const msg = await page.waitForSelector(`${byId('client-messages')} ${byId('client-message')}[data-class="promise"]`, { timeout: 10000 });
  assert.match(await msg.textContent(), /Promesse de paiement/);
  assert.match(await page.textContent(byId('client-messages')), /nous réglerons/);

  // The client is paused until the reply is read: nothing to do for MEN today.
  let n = 1;
  for (let i = 0; i < 20 && n > 0; i++) {
    n = await menActions(page);
    if (n > 0) {
      await page.click(byId('today-refresh')).catch(() => {});
      await page.waitForTimeout(500);
    }
  }
  assert.equal(n, 0, 'no action for MEN while its reply waits');
});

test('« Accepter » records the promise on the invoice', async () => {
  const { page } = app;
  await page.click(byId('nav-inbox'));
  await page.click(`${byId('inbox-row')}[data-class="promise"]`);
  await page.waitForSelector(byId('inbox-drawer'));
  assert.match(await page.textContent(byId('inbox-drawer-reason')), /^Pourquoi\u00a0: /);
  const proposal = await page.textContent(byId('inbox-proposal'));
  assert.match(proposal, new RegExp(`promesse de paiement au ${promised.replace(/\//g, '\\/')}`));
  // The drawer slides in: click once it has settled (a click during the slide can land beside the button).
  await page.waitForTimeout(500);
  await page.click(byId('inbox-accept'));
  await page.waitForSelector(byId('inbox-drawer'), { state: 'detached', timeout: 15000 }).catch(async (e) => {
    const shown = await page.locator('.n-message').allTextContents().catch(() => []);
    throw new Error(`${e.message}\nmessages shown: ${shown.join(' | ')}\napp log:\n${app.log()}`);
  });
  await page.waitForSelector(byId('inbox-empty'), { timeout: 10000 });
  assert.equal(await page.locator(byId('nav-inbox-badge')).count(), 0);

  await page.click(byId('nav-invoices'));
  await page.fill(byId('invoices-search'), INVOICE);
  await page.click(`${byId('invoice-row')}:has-text("${INVOICE}")`);
  const state = await page.waitForSelector(byId('chase-promise-state'), { timeout: 10000 });
  const text = await state.textContent();
  assert.ok(text.includes(promised), `the promise to ${promised} in: ${text}`);
  assert.deepEqual(app.errors, []);
});
