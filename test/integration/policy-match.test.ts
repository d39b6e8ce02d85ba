/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are inspected loosely in tests */
/**
 * 政策找人 through the real SDK against a fresh local gateway: consent at the self-check (audited, revocable) →
 * a round opens → the notify timer runs → exactly one inbox line and one outbox row (a policy_match subscribe
 * message, sent on the person's counted quota) per consenting person whose likely route fits; run again → still
 * one; no consent → none; the eligible-from day (China time) → one message; the round pass cut off mid-page
 * several times → everyone exactly once; 43101 recorded, not retried; HR sees counts by series without names,
 * and an applicant or another employer's HR cannot read them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deliverOutbox } from '../../cloudfunctions/applications/deliver';
import { runPolicyMatches } from '../../cloudfunctions/eligibility/policy-match';
import { main as notifyMain } from '../../cloudfunctions/notify';
import { refreshAllRecipients } from '../../cloudfunctions/kit/recipients';
import { policyMatchId, roundMatchJobId } from '../../shared/announcements';
import { addDays, chinaDate } from '../../shared/time/dates';
import { buildCallContext } from '../../local/host/context';
import { ok, startCloud, type Cloud } from '../support/cloud';
import { arrange, U } from '../support/fixtures';

jest.setTimeout(180_000);

let cloud: Cloud;
const example = (name: string) => JSON.parse(readFileSync(join(__dirname, `../fixtures/profiles/${name}.json`), 'utf8'));
const elig = (action: string, input: unknown, openid?: string) => cloud.call('eligibility', action, input, openid);
const STAFF = ['staff-kdl-0003', 'staff-kdl-0004'];
const TODAY = chinaDate(new Date());
const TIMER = { Type: 'Timer', TriggerName: 'outbox-sender' };

async function notify(clockOffsetMs = 0) {
  return (await notifyMain(TIMER, buildCallContext('notify', { trigger: 'timer', clockOffsetMs } as any))) as any;
}
async function count(collection: string, where: object = {}) {
  return (await cloud.db.collection(collection).where(where).count()).total;
}
const rowsOf = async (collection: string, where: object) => (await cloud.db.collection(collection).where(where).limit(1000).get()).data as any[];

let roundId = '';

beforeAll(async () => {
  cloud = await startCloud();
  process.env.ZCT_LOCAL = '1';
  await arrange(cloud);
  // alice and two more staff at emp-kdl, carol at emp-kdl-2, bob at emp-gx; all save the engineer check.
  const app = (id: string, openid: string, employerOrgId: string) =>
    cloud.db.collection('applications').doc(id).set({ applicantOpenid: openid, employerOrgId, bodyOrgId: null, open: true, updatedAt: '2026-11-01T00:00:00.000Z' });
  await app('pm-app-alice', U.alice, 'emp-kdl');
  await app('pm-app-carol', U.carol, 'emp-kdl-2');
  await app('pm-app-bob', U.bob, 'emp-gx');
  for (const [i, s] of STAFF.entries()) {
    await cloud.db.collection('users').doc(s).set({ openid: s, name: `职工${i}`, version: 1, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' });
    await app(`pm-app-${s}`, s, 'emp-kdl');
  }
  for (const who of [U.alice, U.bob, U.carol, ...STAFF]) ok(await elig('evaluate', { profile: example('engineer-bachelor-6y'), save: true }, who));
  await refreshAllRecipients(cloud.db);
});
afterAll(() => cloud.close());
beforeEach(() => cloud.db.collection('rate_limits').where({ count: cloud.db.command.gte(0) }).remove());

describe('consent', () => {
  it('is off until given; given and withdrawn by the person, each change audited', async () => {
    expect(ok(await elig('policyMatch.get', {}, U.alice))).toMatchObject({ consent: false, hasCheck: true });
    const on = ok(await elig('policyMatch.set', { consent: true }, U.alice));
    expect(on).toMatchObject({ consent: true, hasCheck: true, dueFrom: '2032-08-14' });
    expect(on.text).toContain('2032-08-14');
    ok(await elig('policyMatch.set', { consent: true }, U.alice)); // no change: no second audit entry
    ok(await elig('policyMatch.set', { consent: true }, U.carol));
    ok(await elig('policyMatch.set', { consent: false }, U.carol));
    expect(ok(await elig('policyMatch.get', {}, U.carol))).toMatchObject({ consent: false, dueFrom: null });
    expect(await count('audit', { action: 'eligibility.policyMatch.set' })).toBe(3);
    const carol = (await rowsOf('policy_watches', { openid: U.carol }))[0];
    expect(carol).toMatchObject({ consent: false, lines: [], dueFrom: null });
    expect(await elig('policyMatch.set', { consent: 'yes' }, U.alice)).toMatchObject({ ok: false, code: 'VALIDATION', message: '请选择是否接收提醒' });
    expect(await elig('policyMatch.set', { consent: true })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });
});

describe('a round opens', () => {
  it('the notify timer tells the consenting person whose likely route fits: one inbox line, one policy_match message; again → still one', async () => {
    ok(await cloud.call('announcements', 'subscriptions.record', { moment: 'after_check', answers: [{ template: 'policy_match', answer: 'accept' }] }, U.alice));
    const round = ok(await elig('rounds.publish', { name: '2026年第四季度社会化评审', applyFrom: TODAY, applyTo: addDays(TODAY, 30), seniorityCutoff: addDays(TODAY, 30) }, U.city));
    roundId = round.id;
    const first = await notify();
    expect(first).toMatchObject({ ok: true, data: { policy: { rounds: 1, enqueued: 1 } } });
    await notify();
    const id = policyMatchId('round_open', roundId, U.alice);
    expect(await count('policy_matches')).toBe(1);
    expect(await rowsOf('inbox', { openid: U.alice, template: 'round_open' })).toEqual([
      expect.objectContaining({ _id: `in-${id}`, title: '有适合您的申报机会', data: expect.objectContaining({ text: expect.stringContaining('可能符合申报工程师') }) }),
    ]);
    const out = await rowsOf('outbox', { touser: U.alice, template: 'round_open' });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ _id: id, status: 'sent', page: 'packages/check/result/index' });
    const sends = (await cloud.outbox()).filter((c) => /subscribe/.test(c.apiName) && c.requestData?.touser === U.alice);
    expect(sends).toHaveLength(1);
    expect(sends[0].requestData).toMatchObject({ template_id: 'policy_match', page: 'packages/check/result/index', data: { thing3: { value: '可能符合申报工程师' } } });
    // Nobody without consent: bob and the staff saved the same check, carol withdrew.
    for (const who of [U.bob, U.carol, ...STAFF]) expect(await count('inbox', { openid: who })).toBe(0);
    expect((await rowsOf('policy_match_jobs', {}))[0]).toMatchObject({ _id: roundMatchJobId(roundId), done: true });
    // The quota was spent: none left.
    expect(ok(await cloud.call('announcements', 'subscriptions.quota', {}, U.alice)).quotas.find((q: any) => q.template === 'policy_match').remaining).toBe(0);
  });

  it('cut off mid-page many times: each of 250 consenting people is told exactly once', async () => {
    const lines = [{ series: 'engineering', level: 'intermediate', titleName: '工程师', verdict: 'likely', channels: ['socialized'] }];
    for (let i = 0; i < 250; i++) {
      const openid = `pm-bulk-${String(i).padStart(4, '0')}`;
      await cloud.db.collection('policy_watches').doc(openid).set({ openid, consent: true, consentAt: '2026-11-01T00:00:00.000Z', lines, checkId: 'x', dueFrom: null, rev: 1, updatedAt: '2026-11-01T00:00:00.000Z' });
    }
    const r2 = ok(await elig('rounds.publish', { name: '2026年第二批社会化评审', applyFrom: TODAY, applyTo: addDays(TODAY, 20), seniorityCutoff: addDays(TODAY, 20) }, U.city));
    const now = new Date();
    let cuts = 0;
    for (const cutAt of [7, 130, 61, 333]) {
      let writes = 0;
      const beforeWrite = () => {
        if (++writes === cutAt) throw new Error('cut off');
      };
      await expect(runPolicyMatches(cloud.db, now, { beforeWrite, limits: { pageSize: 100, writeConcurrency: 10, budgetMs: 60_000, leaseMs: 0 } })).rejects.toThrow('cut off');
      cuts++;
    }
    expect(cuts).toBe(4);
    const done = await runPolicyMatches(cloud.db, now, { limits: { pageSize: 100, writeConcurrency: 10, budgetMs: 60_000, leaseMs: 0 } });
    expect(done.done).toBe(true);
    const markers = await rowsOf('policy_matches', { key: r2.id });
    expect(markers).toHaveLength(251); // 250 + alice
    expect(new Set(markers.map((m) => m.openid)).size).toBe(251);
    expect(await count('outbox', { template: 'round_open' })).toBe(252); // both rounds' rows: 251 + alice's first
    expect(await count('inbox', { template: 'round_open' })).toBe(252);
    // The bulk people have no quota: the sender records them as skipped (no_quota), never sent.
    await deliverOutbox(cloud.db, now, { limit: 300 });
    expect(await count('outbox', { template: 'round_open', status: 'skipped' })).toBeGreaterThan(0);
    await cloud.db.collection('policy_watches').where({ openid: cloud.db.command.gte('pm-bulk-') }).remove();
  });
});

describe('the eligible-from day', () => {
  it('on 2032-08-14 (China time) alice is told once that she may qualify for 高级工程师; 43101 is recorded, not retried', async () => {
    ok(await cloud.call('announcements', 'subscriptions.record', { moment: 'after_check', answers: [{ template: 'policy_match', answer: 'accept' }] }, U.alice));
    // 00:30 on 14 August 2032 in China is 16:30 UTC the day before.
    const day = new Date('2032-08-13T16:30:00Z');
    const before = new Date('2032-08-13T15:30:00Z');
    await runPolicyMatches(cloud.db, before);
    expect(await count('policy_matches', { reason: 'eligible_from' })).toBe(0);
    await runPolicyMatches(cloud.db, day);
    await runPolicyMatches(cloud.db, day);
    const id = policyMatchId('eligible_from', '2032-08-14', U.alice);
    expect(await rowsOf('policy_matches', { reason: 'eligible_from' })).toEqual([expect.objectContaining({ _id: id, openid: U.alice })]);
    const inbox = await rowsOf('inbox', { openid: U.alice, template: 'eligible_from' });
    expect(inbox).toHaveLength(1);
    expect(inbox[0].data.text).toContain('您从 2032-08-14 起可能符合申报高级工程师');
    expect((await rowsOf('policy_watches', { openid: U.alice }))[0].dueFrom).toBeNull();
    const refuse = jest.fn(async () => ({ errcode: 43101 }));
    await deliverOutbox(cloud.db, day, { ids: [id], send: refuse });
    await deliverOutbox(cloud.db, new Date(day.getTime() + 86_400_000), { send: refuse });
    expect(refuse).toHaveBeenCalledTimes(1);
    expect((await rowsOf('outbox', { _id: id }))[0]).toMatchObject({ status: 'refused', attempts: 1 });
  });
});

describe('employer HR: counts only', () => {
  it('HR of emp-kdl sees how many staff may qualify, by series, with no names; small counts masked', async () => {
    const c = ok(await elig('staff.counts', { orgId: 'emp-kdl' }, U.hrKdl));
    expect(c).toMatchObject({ orgName: '包头北辰稀土新材料有限公司', checked: { count: 3, text: '3 人' }, items: [{ series: 'engineering', seriesName: '工程技术', count: 3, text: '3 人' }] });
    expect(c.rule.id).toBe('policy-match-staff-counts');
    const text = JSON.stringify(c);
    for (const who of [U.alice, ...STAFF, '王建国', '职工0']) expect(text).not.toContain(who);
    // emp-gx has one person with a check: no number at all.
    const gx = ok(await elig('staff.counts', { orgId: 'emp-gx' }, U.hrGx));
    expect(gx).toMatchObject({ checked: { count: null, text: '少于3人' }, items: [] });
  });
  it('an applicant, another employer’s HR, an officer cannot read them', async () => {
    expect(await elig('staff.counts', { orgId: 'emp-kdl' }, U.alice)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await elig('staff.counts', { orgId: 'emp-kdl' }, U.hrGx)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await elig('staff.counts', { orgId: 'emp-kdl' }, U.kdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await elig('staff.counts', { orgId: 'emp-kdl' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await elig('staff.counts', { orgId: '' }, U.hrKdl)).toMatchObject({ ok: false, code: 'VALIDATION' });
  });
});
