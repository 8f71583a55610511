// Starts the dev-tagged Relance binary (its Wails dev server serves the built UI and the Go bindings over a
// websocket) under Xvfb with a fresh data folder, and drives it with Debian's Chromium through playwright-core.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import net from 'node:net';
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
