// The SIREN lookup of « Mon entreprise », end to end: on an empty profile, the owner types the SIREN, sees the VAT
// number it implies, looks it up in the public directory of businesses (a local stand-in, through
// RELANCE_SIRENE_URL), fills the empty fields from it and saves; a SIREN the directory does not know, and a directory
// that fails, each leave the owner with a message and the VAT number computed offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { join } from 'node:path';
import { startApp, artifacts } from './harness.mjs';

let app;
let directory;
const byId = (id) => `[data-testid="${id}"]`;

// Three valid SIRENs (Luhn): one the directory knows, one it does not, one it fails on (HTTP 500).
const FOUND = '552081317';
const UNKNOWN = '732829320';
const FAILING = '443061841';
// FR + (12 + 3 × (SIREN mod 97)) mod 97 + SIREN, as backend.FrenchVATNumber.
const vat = (siren) => `FR${String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0')}${siren}`;

/** The directory's answer for FOUND, in the shape of backend/sirene/testdata/found.json. */
const foundBody = {
  results: [
    {
      siren: FOUND,
      nom_complet: 'MENUISERIE DURAND (MD)',
      nom_raison_sociale: 'MENUISERIE DURAND',
      nature_juridique: '5710',
      etat_administratif: 'A',
      siege: {
        siret: `${FOUND}00018`,
        adresse: '8 AV JEAN JAURES 69007 LYON',
        numero_voie: '8',
        indice_repetition: null,
        type_voie: 'AV',
        libelle_voie: 'JEAN JAURES',
        complement_adresse: null,
        code_postal: '69007',
        libelle_commune: 'LYON',
        etat_administratif: 'A',
        est_siege: true,
      },
      matching_etablissements: [],
    },
  ],
  total_results: 1,
  page: 1,
  per_page: 1,
  total_pages: 1,
};

/** A stand-in for the public directory on 127.0.0.1; `queries` keeps the query string of every search. */
function startDirectory() {
  const queries = [];
  const server = http.createServer((req, res) => {
    const u = new URL(req.url, 'http://127.0.0.1');
    if (u.pathname !== '/search') {
      res.writeHead(404).end();
      return;
    }
    queries.push(Object.fromEntries(u.searchParams));
    const q = u.searchParams.get('q');
    const json = (status, body) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (q === FOUND) json(200, foundBody);
    else if (q === FAILING) json(500, { erreur: 'panne' });
    else json(200, { results: [], total_results: 0 });
  });
  return new Promise((res, rej) => {
    server.on('error', rej);
    server.listen(0, '127.0.0.1', () => res({ server, queries, url: `http://127.0.0.1:${server.address().port}` }));
  });
}

const asked = (siren) => ({ q: siren, page: '1', per_page: '1' });

before(async () => {
  directory = await startDirectory();
  process.env.RELANCE_SIRENE_URL = directory.url;
  app = await startApp();
});
after(async () => {
  if (app) {
    await app.page.screenshot({ path: join(artifacts, 'company-last.png') }).catch(() => {});
    await app.stop();
  }
  delete process.env.RELANCE_SIRENE_URL;
  if (directory) await new Promise((r) => directory.server.close(r));
});

test('typing a SIREN shows the VAT number it implies', async () => {
  const { page } = app;
  await page.click(byId('nav-company'));
  await page.waitForSelector(byId('company-form'), { timeout: 15000 });
  assert.equal(await page.inputValue(byId('company-legalName')), '', 'a fresh data folder has an empty profile');
  await page.fill(byId('company-siren'), '552 081 317');
  const hint = await page.waitForSelector(byId('company-siren-vat'), { timeout: 5000 });
  assert.match(await hint.textContent(), new RegExp(`N° de TVA\\s: ${vat(FOUND)}`));
  assert.equal(vat(FOUND), 'FR03552081317');
});

test('« Rechercher » finds the company, fills the empty fields, and the profile is saved', async () => {
  const { page } = app;
  await page.click(byId('company-siren-lookup'));
  await page.waitForSelector(byId('company-lookup-card'), { timeout: 15000 });
  assert.deepEqual(directory.queries, [asked(FOUND)]);
  assert.equal((await page.textContent(byId('company-lookup-legalName'))).trim(), 'MENUISERIE DURAND');
  assert.equal((await page.textContent(byId('company-lookup-address'))).trim(), '8 avenue Jean Jaures, 69007 Lyon');
  assert.equal((await page.textContent(byId('company-lookup-legalForm'))).trim(), 'SAS');
  assert.equal((await page.textContent(byId('company-lookup-siret'))).trim(), `${FOUND}00018`);

  await page.click(byId('company-lookup-fill-empty'));
  await page.waitForSelector('.n-message:has-text("champs mis à jour")', { timeout: 5000 });
  assert.equal(await page.inputValue(byId('company-legalName')), 'MENUISERIE DURAND');
  assert.equal(await page.inputValue(byId('company-legalForm')), 'SAS');
  assert.equal(await page.inputValue(byId('company-siret')), `${FOUND}00018`);
  assert.equal(await page.inputValue(byId('company-vatNumber')), vat(FOUND));
  assert.equal(await page.inputValue(byId('company-address.line1')), '8 avenue Jean Jaures');
  assert.equal(await page.inputValue(byId('company-address.postalCode')), '69007');
  assert.equal(await page.inputValue(byId('company-address.city')), 'Lyon');

  await page.click(byId('company-save'));
  await page.waitForSelector('.n-message--success-type:has-text("Profil de l’entreprise enregistré")', { timeout: 10000 });

  // What was saved is what the store gives back after a reload of the page.
  await page.reload();
  await page.waitForSelector(byId('company-form'), { timeout: 15000 });
  assert.equal(await page.inputValue(byId('company-legalName')), 'MENUISERIE DURAND');
  assert.equal(await page.inputValue(byId('company-siren')), FOUND);
  assert.equal(await page.inputValue(byId('company-address.city')), 'Lyon');
  assert.equal(directory.queries.length, 1, 'saving and reloading ask the directory nothing');
});

test('a SIREN the directory does not know, then a directory that fails, leave the offline VAT number', async () => {
  const { page } = app;
  const alert = byId('company-lookup-alert');

  await page.fill(byId('company-siren'), UNKNOWN);
  await page.click(byId('company-siren-lookup'));
  await page.waitForSelector(`${alert}:has-text("introuvable")`, { timeout: 15000 });
  assert.deepEqual(directory.queries.at(-1), asked(UNKNOWN));
  assert.match(await page.textContent(alert), /Entreprise introuvable dans l’annuaire/);
  assert.match(await page.textContent(alert), new RegExp(`Aucune entreprise ne porte le SIREN ${UNKNOWN}`));
  assert.equal((await page.textContent(byId('company-lookup-offline-vat'))).includes(vat(UNKNOWN)), true);
  assert.equal(await page.locator(byId('company-lookup-card')).count(), 0);

  await page.fill(byId('company-siren'), FAILING);
  // Another number puts the previous answer away.
  await page.waitForSelector(alert, { state: 'detached', timeout: 5000 });
  await page.click(byId('company-siren-lookup'));
  await page.waitForSelector(`${alert}:has-text("injoignable")`, { timeout: 15000 });
  assert.deepEqual(directory.queries.at(-1), asked(FAILING));
  assert.match(await page.textContent(alert), /Annuaire des entreprises injoignable/);
  assert.match(await page.textContent(alert), /réponse HTTP 500/);
  const offline = (await page.textContent(byId('company-lookup-offline-vat'))).trim();
  assert.match(offline, new RegExp(`^N° de TVA calculé sans connexion\\s: ${vat(FAILING)}`));

  assert.deepEqual(directory.queries, [asked(FOUND), asked(UNKNOWN), asked(FAILING)]);
  assert.deepEqual(app.errors, []);
});
