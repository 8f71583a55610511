// Issue 20, end to end: the command line works while the window is open. The window holds the data and answers
// commands on relance.sock; the command prints its answer as if it had run itself, plus one line on stderr; files
// are named from where the command was typed; the open window shows what the command changed without a reload;
// a restore is refused with what to do instead; launching Relance again brings the open window to the front.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, statSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, artifacts, devBin, importLedger, frenchDate } from './harness.mjs';

const byId = (id) => `[data-testid="${id}"]`;
const ran = '(exécuté par la fenêtre Relance ouverte)';
const cwd = mkdtempSync(join(tmpdir(), 'relance-cwd-'));
let app;

/** Runs the relance binary from cwd against the app's data folder while the window is open. */
function cli(...args) {
  const r = spawnSync(devBin, ['--data', app.data, ...args], { cwd, encoding: 'utf8', timeout: 30000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(async () => {
  app = await startApp({
    setup: (data) => importLedger(data, [`F-2026-0001;MEN;${frenchDate(-60)};${frenchDate(-30)};100,00;20,00;120,00`]),
  });
});
after(async () => {
  if (app) {
    await app.page.screenshot({ path: join(artifacts, 'cliwindow-last.png') }).catch(() => {});
    await app.stop();
  }
  rmSync(cwd, { recursive: true, force: true });
});

test('a command typed while the window is open is answered by the window', async () => {
  const sock = statSync(join(app.data, 'relance.sock'));
  assert.ok(sock.isSocket(), 'relance.sock is a socket');
  assert.equal(sock.mode & 0o777, 0o600);
  const r = cli('report', '--json');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, ran + '\n');
  const report = JSON.parse(r.stdout);
  assert.ok(report && typeof report === 'object', r.stdout);
});

test('an import typed with a relative file name shows in the open window without a reload', async () => {
  const { page } = app;
  await page.click(byId('nav-clients'));
  await page.waitForSelector(`${byId('client-row')}:has-text("MEN")`, { timeout: 30000 });
  writeFileSync(join(cwd, 'nouveaux.csv'), 'client_code;name\nNEU;Boulangerie Neuve\n');
  const r = cli('import', 'clients', 'nouveaux.csv');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Import de nouveaux\.csv : 1 ligne, 1 créée/);
  assert.ok(r.stderr.endsWith(ran + '\n'), r.stderr);
  await page.waitForSelector(`${byId('client-row')}:has-text("Boulangerie Neuve")`, { timeout: 15000 });
});

test('a restore is refused under the open window, saying what to do instead', async () => {
  const b = cli('backup', 'copie.db');
  assert.equal(b.status, 0, b.stderr);
  assert.ok(statSync(join(cwd, 'copie.db')).size > 0, 'the backup is where the command was typed');
  const r = cli('restore', 'copie.db');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /la fenêtre Relance est ouverte sur ces données/);
  assert.match(r.stderr, /« Sauvegardes »/);
  assert.deepEqual(app.errors, []);
});

test('launching Relance again brings the open window to the front instead of failing', async () => {
  const r = spawnSync(devBin, ['--data', app.data], { cwd, encoding: 'utf8', timeout: 30000 });
  assert.equal(r.status, 0, `second launch: ${r.stderr}`);
  assert.doesNotMatch(r.stderr, /asset|erreur|error/i, r.stderr);
  const log = readFileSync(join(app.data, 'logs', 'relance.log'), 'utf8');
  assert.match(log, /window brought to the front by a second launch/);
  // The window is still the one answering, and its page still works.
  assert.equal(cli('report', '--json').status, 0);
  assert.deepEqual(app.errors, []);
});
