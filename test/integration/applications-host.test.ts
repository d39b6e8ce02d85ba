/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are inspected loosely in tests */
/**
 * The dev clock and the outbox sender through the local host: GET/POST /dev/clock (loopback only, persisted
 * in the data folder), the offset reaching functions as their `now`, and the `notify` function (what the
 * timer runs) sending a message that only became due on the advanced clock.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tcb from '@cloudbase/node-sdk';
import { LOCAL_ENV_ID } from '../../local/host/context';
import { bundleFunctions, postJson, startHostStack, type HostStack } from '../support/host';

let stack: HostStack;
const DAY = 86_400_000;
const TIMER = { Type: 'Timer', TriggerName: 'outbox-sender', Time: '2026-12-01T09:00:00Z' };
const clockDir = mkdtempSync(join(tmpdir(), 'zct-clock-'));
const clockFile = join(clockDir, 'clock.json');

beforeAll(async () => {
  const functionsDir = await bundleFunctions(['notify', 'applications']);
  stack = await startHostStack({ functionsDir, clockFile });
}, 60_000);
afterAll(async () => {
  await stack?.close();
  rmSync(clockDir, { recursive: true, force: true });
});

test('the dev clock starts at real time, moves forward on request and persists', async () => {
  const before = await (await fetch(`${stack.url}/dev/clock`)).json();
  expect(before.offsetMs).toBe(0);
  expect(Math.abs(new Date(before.now).getTime() - Date.now())).toBeLessThan(5_000);
  const r = await postJson(`${stack.url}/dev/clock`, { advanceDays: 10 });
  expect(r.status).toBe(200);
  expect(r.body.offsetMs).toBe(10 * DAY);
  expect(stack.host.clock.offsetMs).toBe(10 * DAY);
  expect((await postJson(`${stack.url}/dev/clock`, { advanceDays: -1 })).status).toBe(400);
  expect((await postJson(`${stack.url}/dev/clock`, {}, undefined, 'not json')).status).toBe(400);
});

test('functions run on the dev clock: the sender delivers a message that is due only on the advanced clock', async () => {
  process.env.TENCENTCLOUD = 'true';
  const db = tcb.init({ env: LOCAL_ENV_ID, serviceUrl: stack.gatewayUrl, ...stack.gatewayCredentials }).database();
  const due = new Date(Date.now() + 5 * DAY).toISOString();
  await db.collection('outbox').doc('later-1').set({
    kind: 'notify', touser: 'o-someone-1', template: 'todo', data: { applicant: '王*国', title: '工程师', stage: '单位审核' },
    status: 'pending', attempts: 0, nextAttemptAt: due, createdAt: new Date().toISOString(),
  });
  await postJson(`${stack.url}/dev/clock`, { reset: true });
  expect(await stack.host.invoke('notify', TIMER, { trigger: 'timer' })).toMatchObject({ ok: true, data: { sent: 0 } });
  await postJson(`${stack.url}/dev/clock`, { advanceDays: 6 });
  expect(await stack.host.invoke('notify', TIMER, { trigger: 'timer' })).toMatchObject({ ok: true, data: { sent: 1 } });
  const calls = (await stack.outbox()) as { apiName: string; requestData: any }[];
  expect(calls.filter((c) => c.apiName === '/cgi-bin/message/subscribe/send' && c.requestData.touser === 'o-someone-1')).toHaveLength(1);
  const doc = (await db.collection('outbox').doc('later-1').get()).data[0];
  expect(doc.status).toBe('sent');
});

test('only the timer and admins run a delivery pass: anonymous HTTP, a forged timer event and a signed-in user are refused', async () => {
  const anonymous = await postJson(`${stack.url}/api/fn/notify`, { action: 'deliver' });
  expect(anonymous.body).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  const forged = await postJson(`${stack.url}/api/fn/notify`, { ...TIMER, action: 'deliver' });
  expect(forged.body).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  expect(await stack.host.invoke('notify', TIMER, { openid: 'o-viewer-001' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  expect(await stack.host.invoke('notify', { action: 'deliver' }, { trigger: 'timer' })).toMatchObject({ ok: false });
  expect(await stack.host.invoke('notify', {}, { openid: 'test-admin-0001' })).toMatchObject({ ok: true });
});

test('the bundled applications function answers through the host (exceljs included)', async () => {
  const db = tcb.init({ env: LOCAL_ENV_ID, serviceUrl: stack.gatewayUrl, ...stack.gatewayCredentials }).database();
  await db.collection('grants').add({ openid: 'o-hr-bundle-1', role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-x' }, grantedBy: 'seed', grantedAt: new Date().toISOString() });
  expect(await stack.host.invoke('applications', { action: 'notices.list', input: {} }, { openid: 'o-viewer-001' })).toMatchObject({ ok: true, data: { items: [] } });
  const r = (await stack.host.invoke('applications', { action: 'export.roster', input: {} }, { openid: 'o-hr-bundle-1' })) as any;
  expect(r).toMatchObject({ ok: true, data: { rows: 0 } });
  expect(Buffer.from(r.data.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  expect(await stack.host.invoke('applications', { action: 'mine', input: {} }, {})).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
});

test('the offset is kept in the data folder', () => {
  expect(JSON.parse(readFileSync(clockFile, 'utf8')).offsetMs).toBe(6 * DAY);
});
