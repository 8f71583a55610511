// Signing in to the mailbox through the provider's page, end to end: a real OAuth 2.0 server (e2e/oauthd, ory/fosite)
// with its consent page, and SMTP and IMAP servers that accept only its tokens. In Paramètres › Messagerie the
// owner presses « Se connecter avec … », follows the consent page in a browser, comes back: the mailbox shows
// connected, « Tester » passes (SMTP, IMAP and the Sent folder with the provider's token), and the dashboard no
// longer warns. (Sending, token refresh and revocation are covered by the Go tests in app/mail_oauth_test.go.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, artifacts, importLedger, frenchDate, relance, lineReader, goBinary } from './harness.mjs';

const byId = (id) => `[data-testid="${id}"]`;
const USER = 'claire@atelier-dupont.example';

let app;
let oauthd;
let tmp;
let conf;
let nextLine;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'relance-oauth-'));
  oauthd = spawn(goBinary('oauthd', tmp), ['-user', USER], { stdio: ['pipe', 'pipe', 'inherit'] });
  nextLine = lineReader(oauthd.stdout, 'oauthd');
  conf = JSON.parse(await nextLine(30000));

  // The window opens no browser of its own here (the test follows the link it shows), and with no keychain on
  // this machine the sign-in is kept in a user-only file under this folder.
  process.env.RELANCE_NO_BROWSER = '1';
  process.env.RELANCE_INSECURE_STORAGE = '1';
  process.env.XDG_CONFIG_HOME = join(tmp, 'config');
  app = await startApp({
    setup: (data) => {
      importLedger(data, [`F-2026-0800;MEN;${frenchDate(-50)};${frenchDate(-20)};500,00;100,00;600,00`]);
      for (const [k, v] of [
        ['mail.from', USER], ['mail.smtp.host', '127.0.0.1'], ['mail.smtp.port', String(conf.smtpPort)], ['mail.smtp.security', 'none'],
        ['mail.imap.host', '127.0.0.1'], ['mail.imap.port', String(conf.imapPort)], ['mail.imap.security', 'none'],
        ['mail.oauth.provider', 'custom'], ['mail.oauth.client_id', conf.clientId], ['mail.oauth.auth_url', conf.authUrl],
        ['mail.oauth.token_url', conf.tokenUrl], ['mail.oauth.scopes', conf.scopes],
      ]) relance(data, 'config', 'set', k, v);
    },
  });
});

after(async () => {
  if (app) {
    await app.page.screenshot({ path: join(artifacts, 'oauth-last.png') }).catch(() => {});
    await app.stop();
  }
  if (oauthd) {
    oauthd.stdin.end();
    oauthd.kill();
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('« Se connecter » follows the provider’s consent page; the mailbox is connected and « Tester » passes', async () => {
  const { page } = app;

  // Before: the dashboard says e-mails cannot leave and leads to the sign-in.
  await page.waitForSelector(byId('dashboard-mailbox'), { timeout: 20000 });
  assert.match(await page.textContent(byId('dashboard-mailbox-why')), /non connectée/);
  // The sidebar too: a red « ! » on « Boîte d'envoi » that says why.
  const mark = await page.waitForSelector(`${byId('nav-outbox-badge')}:has-text("!")`, { timeout: 10000 });
  assert.match(await mark.getAttribute('title'), /non connectée/);
  await page.click(byId('dashboard-mailbox-fix'));
  await page.waitForSelector(byId('mail-form'), { timeout: 10000 });

  const button = await page.waitForSelector(byId('mail-signin'), { timeout: 10000 });
  assert.match(await button.textContent(), /Se connecter avec 127\.0\.0\.1/);
  await page.click(byId('mail-signin'));
  await page.waitForSelector(byId('mail-signin-wait'), { timeout: 10000 });
  const link = await page.waitForSelector(byId('mail-signin-link'), { timeout: 10000 });
  const href = await link.getAttribute('href');
  assert.ok(href.startsWith(conf.authUrl + '?'), href);
  const url = new URL(href);
  assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
  assert.match(url.searchParams.get('redirect_uri'), /^http:\/\/127\.0\.0\.1:\d+\/$/);

  // The "system browser": another tab follows the provider's pages.
  const consent = await page.context().browser().newPage();
  await consent.goto(href);
  assert.match(await consent.textContent(byId('consent-user')), new RegExp(USER.replace('.', '\\.')));
  await consent.click(byId('consent-allow'));
  await consent.waitForSelector('text=Vous pouvez revenir à Relance', { timeout: 15000 });
  await consent.close();

  // Back in the app: connected, nothing else to type.
  const signed = await page.waitForSelector(byId('mail-signed-in'), { timeout: 20000 });
  assert.match(await signed.textContent(), new RegExp(`Connectée à 127\\.0\\.0\\.1\\s: ${USER.replace('.', '\\.')}`));
  assert.equal(await page.locator(byId('mail-password')).count(), 0);

  await page.click(byId('mail-test'));
  await page.waitForSelector(byId('mail-test-ok'), { timeout: 60000 });
  const steps = await page.locator(byId('mail-test-step')).allTextContents();
  assert.ok(steps.some((s) => /XOAUTH2.*OK/.test(s)), steps.join('\n'));

  // The dashboard no longer warns.
  await page.click(byId('nav-dashboard'));
  await page.waitForSelector(byId('dashboard'), { timeout: 15000 });
  await page.waitForTimeout(500);
  assert.equal(await page.locator(byId('dashboard-mailbox')).count(), 0);
  assert.equal(await page.locator(`${byId('nav-outbox-badge')}:has-text("!")`).count(), 0);
  assert.deepEqual(app.errors, []);
});
