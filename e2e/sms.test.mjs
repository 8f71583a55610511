// Issue 19, end to end: the owner sets up SMS in Paramètres › SMS (Brevo, through a stand-in server on 127.0.0.1 that
// checks each request as Brevo documents it), sends a test SMS, gives MEN a scenario with an SMS step; « Aujourd'hui »
// plans it, the run sends it once to the billing contact's mobile, the outbox lists it as an SMS, its delivery
// report comes back « délivré », and the client's history shows both.
//
// The SMS hours are set to 0–24 h and every weekday ticked, so that the test passes whatever the hour and the day it
// runs (on a French public holiday nothing is sent, by design: the sending part is then skipped, saying why).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { startApp, artifacts, fillCompany, importLedger, frenchDate, confirmReprise } from './harness.mjs';

let app;
let brevo;
const sent = []; // the bodies Brevo received
const byId = (id) => `[data-testid="${id}"]`;
const KEY = 'xkeysib-e2e-test';
const plain = (s) => s.replace(/[\u00a0\u202f]/g, ' ');

function startBrevo() {
  return new Promise((res) => {
    const srv = createServer((req, resp) => {
      let body = '';
      req.on('data', (d) => { body += d; });
      req.on('end', () => {
        const json = (code, v) => { resp.writeHead(code, { 'Content-Type': 'application/json' }); resp.end(JSON.stringify(v)); };
        if (req.headers['api-key'] !== KEY) return json(401, { code: 'unauthorized', message: 'Key not found' });
        const url = new URL(req.url, 'http://x');
        if (req.method === 'POST' && url.pathname === '/v3/transactionalSMS/send') {
          const b = JSON.parse(body);
          if (req.headers['content-type'] !== 'application/json' || !b.sender || !b.recipient || !b.content || b.type !== 'transactional') {
            return json(400, { code: 'invalid_parameter', message: `bad request ${body}` });
          }
          sent.push(b);
          return json(201, { messageId: 4240 + sent.length });
        }
        if (req.method === 'GET' && url.pathname === '/v3/transactionalSMS/statistics/events') {
          const events = sent.filter((b) => b.recipient === url.searchParams.get('phoneNumber'))
            .map((b, i) => ({ messageId: String(4240 + sent.indexOf(b) + 1), event: 'delivered', phoneNumber: b.recipient, date: new Date().toISOString(), tag: b.tag, i }));
          return json(200, { events });
        }
        json(404, { message: 'not found' });
      });
    });
    srv.listen(0, '127.0.0.1', () => res(srv));
  });
}

before(async () => {
  brevo = await startBrevo();
  process.env.RELANCE_SMS_BREVO_URL = `http://127.0.0.1:${brevo.address().port}`;
  process.env.RELANCE_SMS_KEY = KEY; // no keychain under Xvfb: the key as a headless run reads it
  // One invoice 20 days overdue, whatever day the test runs.
  app = await startApp({ setup: (data) => importLedger(data, [`F-2026-0700;MEN;${frenchDate(-50)};${frenchDate(-20)};500,00;100,00;600,00`]) });
  await fillCompany(app.page);
  await app.page.evaluate(async () => {
    const go = window.go.app;
    const co = await go.CompanyAPI.Get();
    await go.CompanyAPI.Save({ ...co, phone: '04 72 00 00 00' });
    const cs = await go.ChaseAPI.Settings();
    await go.ChaseAPI.SaveSettings({ ...cs, weekdays: [true, true, true, true, true, true, true] });
  });
});
after(async () => {
  delete process.env.RELANCE_SMS_BREVO_URL;
  delete process.env.RELANCE_SMS_KEY;
  if (app) {
    await app.page.screenshot({ path: join(artifacts, 'sms-last.png') }).catch(() => {});
    await app.stop();
  }
  brevo?.close();
});

test('Paramètres › SMS: a sender refused with the reason, then Brevo set up and a test SMS sent', async () => {
  const { page } = app;
  await page.click(byId('nav-settings'));
  await page.click(byId('settings-sms-link'));
  await page.waitForSelector(byId('sms-not-ready'));
  await page.click(`${byId('sms-provider-brevo')}`);
  await page.fill(byId('sms-sender'), 'Mon Atelier');
  await page.click(byId('sms-save'));
  await page.waitForSelector('.n-form-item-feedback:has-text("pas d’espace"), .n-form-item-feedback:has-text("pas d\'espace")', { timeout: 10000 });
  await page.fill(byId('sms-sender'), 'ATELIER');
  await page.fill(byId('sms-price'), '0,045');
  await page.fill(byId('sms-hours-start'), '0');
  await page.fill(byId('sms-hours-end'), '24');
  await page.click(byId('sms-save'));
  await page.waitForSelector(byId('sms-ready'), { timeout: 10000 });

  await page.fill(byId('sms-test-number'), '01 23 45 67 89');
  await page.click(byId('sms-test'));
  assert.match(plain(await (await page.waitForSelector(byId('sms-test-result'))).textContent()), /ligne fixe/);
  await page.fill(byId('sms-test-number'), '06 98 76 54 32');
  await page.click(byId('sms-test'));
  await page.waitForSelector(`${byId('sms-test-result')}:has-text("accepté par Brevo")`, { timeout: 15000 });
  assert.equal(sent.length, 1);
  assert.equal(sent[0].recipient, '33698765432');
  assert.equal(sent[0].sender, 'ATELIER');
  assert.deepEqual(app.errors, []);
});

test('a scenario with an SMS step: the editor counts it, « Aujourd’hui » plans it, the run sends it once', async (t) => {
  const { page } = app;
  const men = await page.evaluate(async () => {
    const go = window.go.app;
    const row = (await go.ClientsAPI.List({ search: 'MEN', limit: 5 })).rows.find((r) => r.code === 'MEN');
    const v = await go.ClientsAPI.Get(row.id);
    await go.ClientsAPI.Save({ ...v.client, contacts: [{ firstName: 'Marc', lastName: 'Lefèvre', email: 'compta@menuiserie-lefevre.fr', phone: '06 12 34 56 78', billing: true }] });
    await go.ChaseAPI.SaveScenario({ id: 'texto', name: 'Relance par SMS', steps: [
      { id: 'sms', name: 'Relance SMS', anchor: 'after_due', days: 10, channel: 'sms', template: 'sms_reminder', attach: [] },
    ], repeatLastEmailEveryDays: 0, doNotChase: false, thankYou: false });
    await go.ChaseAPI.SetClientScenario(row.id, 'texto');
    return row.id;
  });

  // The scenario editor shows what the SMS step costs.
  await page.click(byId('nav-scenarios'));
  await page.click('text=Relance par SMS');
  const counter = await page.waitForSelector(byId('sms-counter-figures'), { timeout: 15000 });
  assert.match(plain(await counter.textContent()), /\d+ caractères · 1 SMS par envoi · alphabet SMS · 0,05 € par envoi/);

  // The import is a reprise: « Aujourd'hui » lists MEN's SMS step before anything leaves.
  await page.click(byId('nav-today'));
  const card = await page.waitForSelector(byId('today-reprise'), { timeout: 30000 });
  assert.match(plain(await card.textContent()), /Relance SMS/);
  const plan = await page.evaluate(() => window.go.app.ChaseAPI.Today());
  if (plan.reprise.days[0].date !== plan.date) {
    // A public holiday: nothing is sent today, by design (the reprise's first day is the next working day).
    t.skip(`${plan.date} is a French public holiday: the SMS waits for ${plan.reprise.days[0].date}`);
    return;
  }
  const first = plan.reprise.days[0].actions.find((av) => av.action.clientCode === 'MEN');
  assert.equal(first?.action.channel, 'sms', `MEN's first reprise action: ${JSON.stringify(first?.action)}`);
  assert.equal(first.action.stepName, 'Relance SMS');
  assert.equal(sent.length, 1, 'an SMS left before the reprise was confirmed');
  await confirmReprise(page);

  // The run queued it with its step and the outbox sent it: once, to the billing contact's mobile.
  for (let i = 0; i < 40 && sent.length < 2; i++) await page.waitForTimeout(250);
  assert.equal(sent.length, 2, 'the SMS step was not sent');
  const sms = sent[1];
  assert.equal(sms.recipient, '33612345678');
  assert.equal(sms.sender, 'ATELIER');
  assert.equal(sms.unicodeEnabled, false);
  assert.match(sms.content, /^Atelier Dupont : sauf erreur, 600,00 € reste à régler \(réf\. F-2026-0700\)\. Merci de votre règlement ou appelez-nous au 04 72 00 00 00\.$/);
  const done = await page.evaluate(() => window.go.app.ChaseAPI.Today());
  assert.ok(done.done.some((av) => av.action.channel === 'sms' && av.action.clientCode === 'MEN'), 'the SMS step is not done today');
  await page.click(byId('nav-today'));
  await page.waitForSelector(`${byId('today-done')} ${byId('today-action')}`, { timeout: 15000 });

  // The outbox lists it as an SMS; « Envoyer maintenant » sends nothing again and fetches the delivery report.
  await page.click(byId('nav-outbox'));
  const row = page.locator(byId('outbox-row')).first();
  await row.waitFor({ timeout: 15000 });
  assert.equal(plain(await row.locator(byId('outbox-channel')).textContent()).trim(), 'SMS');
  await page.evaluate(() => window.go.app.OutboxAPI.SendNow());
  await page.click(byId('nav-today'));
  await page.click(byId('nav-outbox'));
  await page.waitForSelector(`${byId('outbox-row')} ${byId('outbox-delivery')}:has-text("délivré")`, { timeout: 15000 });
  assert.equal(sent.length, 2, 'the SMS was sent twice');

  // The client's history shows the SMS sent and delivered.
  await page.goto(`${app.url}#/clients/${men}?tab=journal`);
  await page.waitForSelector(byId('client-messages'), { timeout: 15000 });
  const history = plain(await page.textContent(byId('client-messages')));
  assert.match(history, /SMS « Relance SMS » envoyé à \+33612345678/);
  assert.match(history, /SMS « Relance SMS » délivré au \+33612345678/);
  assert.deepEqual(app.errors, []);
});
