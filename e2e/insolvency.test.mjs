// The insolvency watch end to end (#18): a client, MEN, goes into redressement judiciaire. On its page the owner
// clicks « Vérifier maintenant »; the window asks a local stand-in of the BODACC (RELANCE_BODACC_URL), serving an
// announcement shaped like the real API's (backend/bodacc/bodacctest), and of the company directory
// (RELANCE_SIRENE_URL); the page shows the proceeding (court, opening, mandataire), why the chase stopped and the
// claim's deadline; « Aujourd'hui » shows « Déclarez votre créance avant le … »; the declaration is generated.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startApp, artifacts, fillCompany, frenchDate, importLedger } from './harness.mjs';

const byId = (id) => `[data-testid="${id}"]`;
const SIREN = '552081317'; // the client MEN of importLedger
const iso = (days) => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);
const fr = (isoDate) => isoDate.split('-').reverse().join('/');
const OPENED = iso(-20); // the opening judgment
const PUBLISHED = iso(-12); // its publication in the BODACC

/** The fixture of a redressement judiciaire (Lyon), moved to MEN's SIREN and to dates around today. */
function announcement() {
  const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', 'backend', 'bodacc', 'bodacctest', 'announcements', '523456788.json'), 'utf8'));
  const rec = fixture.results[0];
  rec.registre = [`${SIREN.slice(0, 3)} ${SIREN.slice(3, 6)} ${SIREN.slice(6)}`, SIREN];
  rec.dateparution = PUBLISHED;
  const j = JSON.parse(rec.jugement);
  j.date = OPENED;
  rec.jugement = JSON.stringify(j);
  return fixture;
}

let app;
let bodacc;
let directory;

function serve(handler) {
  const asked = [];
  const server = http.createServer((req, res) => {
    const u = new URL(req.url, 'http://127.0.0.1');
    asked.push(u);
    const [status, body] = handler(u);
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  return new Promise((res, rej) => {
    server.on('error', rej);
    server.listen(0, '127.0.0.1', () => res({ server, asked, url: `http://127.0.0.1:${server.address().port}` }));
  });
}

before(async () => {
  bodacc = await serve((u) => {
    if (u.pathname !== '/api/explore/v2.1/catalog/datasets/annonces-commerciales/records') return [404, { error_code: 'NotFound' }];
    const where = u.searchParams.get('where') || '';
    return where.includes(`registre like "${SIREN}"`) ? [200, announcement()] : [200, { total_count: 0, results: [] }];
  });
  directory = await serve((u) => [200, {
    results: [{ siren: u.searchParams.get('q'), nom_raison_sociale: 'MENUISERIE LEFEVRE', nature_juridique: '5710', etat_administratif: 'A', date_creation: '2012-03-01', siege: { code_postal: '13008', libelle_commune: 'MARSEILLE' } }],
    total_results: 1,
  }]);
  process.env.RELANCE_BODACC_URL = bodacc.url;
  process.env.RELANCE_SIRENE_URL = directory.url;
  app = await startApp({
    setup: (data) => importLedger(data, [
      `F-2026-0900;MEN;${frenchDate(-80)};${frenchDate(-50)};1000,00;200,00;1200,00`, // due before the judgment
      `F-2026-0901;MEN;${frenchDate(-30)};${frenchDate(5)};500,00;100,00;600,00`, // issued before it, due after
    ]),
  });
  await fillCompany(app.page);
});

after(async () => {
  if (app) {
    await app.page.screenshot({ path: join(artifacts, 'insolvency-last.png') }).catch(() => {});
    await app.stop();
  }
  delete process.env.RELANCE_BODACC_URL;
  delete process.env.RELANCE_SIRENE_URL;
  for (const s of [bodacc, directory]) if (s) await new Promise((r) => s.server.close(r));
});

test('« Vérifier maintenant » on the client page shows the proceeding from the BODACC and stops the chase', async () => {
  const { page } = app;
  await page.click(byId('nav-clients'));
  await page.click(`${byId('client-row')}:has-text("MEN")`);
  await page.waitForSelector(byId('proceeding-card'), { timeout: 15000 });
  assert.match(await page.textContent(byId('watch-checked')), /Jamais vérifié/);
  assert.equal(bodacc.asked.length, 0, 'nothing is asked before the owner does (the daily watch is off)');

  await page.click(byId('watch-check'));
  await page.waitForSelector(byId('proceeding-label'), { timeout: 20000 });
  // Only the SIREN went out.
  assert.equal(bodacc.asked.length, 1);
  assert.match(bodacc.asked[0].searchParams.get('where'), new RegExp(`^registre like "${SIREN}" and \\(familleavis = "collective" or familleavis = "radiation"\\)$`));
  assert.equal(directory.asked.at(-1).searchParams.get('q'), SIREN);

  assert.equal((await page.textContent(byId('proceeding-label'))).trim(), 'Redressement judiciaire');
  assert.equal((await page.textContent(byId('proceeding-court'))).trim(), 'tribunal de commerce de Lyon');
  assert.equal((await page.textContent(byId('proceeding-opened'))).trim(), fr(OPENED));
  assert.match(await page.textContent(byId('proceeding-mandataire')), /SELARL MJ Synergie, prise en la personne de Me Lucie Martin/);
  assert.match(await page.textContent(byId('watch-stop')), new RegExp(`Redressement judiciaire ouvert le ${fr(OPENED)} par le tribunal de commerce de Lyon`));
  assert.match(await page.textContent(byId('claim-deadline')), /Déclarez votre créance avant le \d\d\/\d\d\/\d{4}/);
  assert.match(await page.textContent(byId('claim-countdown')), /Encore \d+ jours/);
  await (await page.$(byId('proceeding-card'))).screenshot({ path: join(artifacts, 'insolvency-client-card.png') });
});

test('« Aujourd\'hui » counts down to the declaration, and nothing of MEN\'s is sent', async () => {
  const { page } = app;
  // The import made a takeover (reprise): with the proceeding known, it starts nothing for MEN, its only client,
  // so there is nothing to confirm.
  const before = await page.evaluate(() => window.go.app.ChaseAPI.Today());
  assert.equal(before.reprise ?? null, null, 'no reprise to confirm for a client in a collective proceeding');
  await page.click(byId('nav-today'));
  await page.waitForSelector(byId('today-page'), { timeout: 30000 });
  const notice = await page.waitForSelector(`${byId('today-notice')}[data-kind^="claim_deadline"]`, { timeout: 20000 });
  const text = (await notice.textContent()).replace(/\s+/g, ' ');
  assert.match(text, /Déclarez votre créance avant le \d\d\/\d\d\/\d{4} \(encore \d+ jours\)/);
  assert.match(text, new RegExp(`Redressement judiciaire ouvert le ${fr(OPENED)} par le tribunal de commerce de Lyon`));
  const today = await page.evaluate(() => window.go.app.ChaseAPI.Today());
  const open = [...today.toSend, ...today.toReview, ...today.toCall, ...today.tasks].filter((a) => a.action.clientCode === 'MEN');
  assert.deepEqual(open.map((a) => a.action.invoiceNumbers), [], 'no reminder of MEN to send, review or call');
  const outbox = await page.evaluate(() => window.go.app.OutboxAPI.List(''));
  assert.equal(JSON.stringify(outbox).includes('F-2026-0900'), false, 'nothing about F-2026-0900 in the outbox');
});

test('the claim declaration is generated from the client page', async () => {
  const { page } = app;
  await page.click(byId('nav-clients'));
  await page.click(`${byId('client-row')}:has-text("MEN")`);
  await page.waitForSelector(byId('declaration-generate'), { timeout: 15000 });
  await page.click(byId('declaration-generate'));
  await page.waitForSelector(byId('document-modal'), { timeout: 20000 });
  await page.waitForSelector('.n-message:has-text("Déclaration de créance prête")', { timeout: 5000 });
  assert.deepEqual(app.errors, []);
});
