// Starts the dev-tagged Relance binary (its Wails dev server serves the built UI and the Go bindings over a
// websocket) under Xvfb with a fresh data folder, and drives it with Debian's Chromium through playwright-core.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import net from 'node:net';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
export const devBin = join(root, 'build', 'bin', 'relance-dev');
export const artifacts = join(root, 'e2e', 'artifacts');

function freePort() {
  return new Promise((res, rej) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => res(port)); });
    srv.on('error', rej);
  });
}

async function waitHttp(url, ms, proc, log) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (proc.exitCode !== null) throw new Error(`relance-dev exited early:\n${log()}`);
    try { const r = await fetch(url); if (r.ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url} after ${ms} ms:\n${log()}`);
}

/** Runs a relance command (demo, import…) against a data folder. */
export function relance(data, ...args) {
  return execFileSync(devBin, ['--data', data, ...args], { encoding: 'utf8' });
}

/** Starts the app and a browser page on it. Call stop() at the end. */
export async function startApp({ data, setup } = {}) {
  data ??= mkdtempSync(join(tmpdir(), 'relance-e2e-'));
  if (setup) setup(data);
  const port = await freePort();
  let out = '';
  const proc = spawn('xvfb-run', ['-a', devBin], {
    env: { ...process.env, RELANCE_DATA: data, devserver: `127.0.0.1:${port}`, assetdir: join(root, 'frontend', 'dist'), loglevel: 'Warning' },
    detached: true,
  });
  proc.stdout.on('data', (d) => { out += d; });
  proc.stderr.on('data', (d) => { out += d; });
  const url = `http://127.0.0.1:${port}/`;
  await waitHttp(url, 60000, proc, () => out);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1366, height: 860 }, locale: 'fr-FR' });
  const errors = [];
  // Wails' own dev-server bridge (/wails/ipc.js) throws once in a plain browser; only our code's errors count.
  page.on('pageerror', (e) => { if (!String(e.stack).includes('/wails/')) errors.push(String(e.stack || e)); });
  await page.goto(url);
  // The first-run guide (a modal) would cover the pages under test: put off in the data folder, as with « Plus
  // tard » (its state lives there, SettingsAPI.SetFirstRun), then the page is loaded again without it.
  await page.waitForFunction(() => window.go?.app?.SettingsAPI?.SetFirstRun, null, { timeout: 60000 });
  await page.evaluate(() => window.go.app.SettingsAPI.SetFirstRun('skipped'));
  await page.reload();
  mkdirSync(artifacts, { recursive: true });
  return {
    page, data, url, errors, log: () => out,
    async stop() {
      await browser.close().catch(() => {});
      try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* gone */ }
      await new Promise((r) => setTimeout(r, 300));
      rmSync(data, { recursive: true, force: true });
    },
  };
}

/**
 * A first import or the demo is a reprise (#16 point 10): « Aujourd'hui » explains it and nothing leaves before
 * « Confirmer la reprise ». Confirms it from the page, as the owner does, and waits for the day's plan.
 */
export async function confirmReprise(page) {
  const id = (x) => `[data-testid="${x}"]`;
  await page.click(id('nav-today'));
  await page.waitForSelector(id('today-page'), { timeout: 30000 });
  await page.waitForSelector(id('today-reprise'), { timeout: 15000 });
  await page.click(id('reprise-confirm'));
  await page.waitForSelector(id('today-reprise'), { state: 'detached', timeout: 60000 });
}

/** Fills in and saves the company profile through the UI (the letters need a creditor and a signatory). */
export async function fillCompany(page) {
  const id = (x) => `[data-testid="${x}"]`;
  await page.click(id('nav-company'));
  await page.waitForSelector(id('company-form'));
  await page.fill(id('company-legalName'), 'Atelier Dupont');
  await page.fill(id('company-siren'), '552 081 317');
  await page.fill(id('company-iban'), 'FR76 3000 6000 0112 3456 7890 189');
  await page.fill(id('company-address.line1'), '12 rue de la République');
  await page.fill(id('company-address.postalCode'), '69002');
  await page.fill(id('company-address.city'), 'Lyon');
  await page.fill(id('company-signatory.firstName'), 'Claire');
  await page.fill(id('company-signatory.lastName'), 'Dupont');
  await page.fill(id('company-signatory.title'), 'Gérante');
  await page.click(id('company-save'));
  await page.waitForTimeout(800);
}

/** Imports one business client, MEN, and the given invoices (rows of the canonical invoices CSV, ';'). */
export function importLedger(data, invoiceRows) {
  const dir = mkdtempSync(join(tmpdir(), 'relance-csv-'));
  writeFileSync(join(dir, 'clients.csv'), 'client_code;name;type;siren;email;address;postal_code;city\n' +
    'MEN;Menuiserie Lefèvre;business;552081317;compta@menuiserie-lefevre.fr;4 impasse des Tilleuls;13008;Marseille\n');
  writeFileSync(join(dir, 'invoices.csv'), 'number;client_code;issue_date;due_date;amount_excl_tax;vat_amount;amount_incl_tax\n' +
    invoiceRows.join('\n') + '\n');
  relance(data, 'import', 'clients', join(dir, 'clients.csv'));
  relance(data, 'import', 'invoices', join(dir, 'invoices.csv'));
}

/** A date n days from today as dd/mm/yyyy. */
export function frenchDate(daysFromToday) {
  const d = new Date(Date.now() + daysFromToday * 86400000);
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

/** The lines a helper process (imapd, oauthd) prints, in order: next(ms) resolves with the next one. */
export function lineReader(stream, name) {
  const lines = [];
  const waiters = [];
  createInterface({ input: stream }).on('line', (l) => {
    const w = waiters.shift();
    if (w) w(l); else lines.push(l);
  });
  return (ms = 10000) => {
    if (lines.length) return Promise.resolve(lines.shift());
    return new Promise((res, rej) => {
      const timer = setTimeout(() => rej(new Error(`${name} did not answer`)), ms);
      waiters.push((l) => { clearTimeout(timer); res(l); });
    });
  };
}

/** A Go helper of e2e/ (imapd, oauthd): build/bin/NAME when `make test-e2e` built it, otherwise built into dir. */
export function goBinary(name, dir) {
  const built = join(root, 'build', 'bin', name);
  if (existsSync(built)) return built;
  const bin = join(dir, name);
  execFileSync('go', ['build', '-o', bin, `./e2e/${name}`], {
    cwd: root, stdio: 'inherit', env: { ...process.env, PATH: `/usr/local/go/bin:${process.env.PATH}` },
  });
  return bin;
}
