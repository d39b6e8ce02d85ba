/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are inspected loosely in tests */
/**
 * 撤回推荐 (第一条) through the `applications` function, the real SDK and a fresh local gateway: the employer
 * recommends a file to a social organization, the organization's recommender withdraws it with a reason, the
 * employer's HR finds it back at 推荐报送 and recommends again; the applicant and HR are told; a replayed request
 * id is answered from the stored outcome, not acted on twice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '../../shared/time/dates';
import { ok, startCloud, type Cloud } from '../support/cloud';
import { arrange, U } from '../support/fixtures';

let cloud: Cloud;
const call = (action: string, input: unknown, openid?: string, requestId?: string) =>
  cloud.call('applications', action, input, openid, requestId ? { requestId } : {});
const BODY = { kind: 'social_org', orgId: 'assoc-kdl', name: '包头市稀土行业协会' };
const REASON = '申报人的专业不属于本会推荐范围';

async function version(id: string, openid: string): Promise<number> {
  return ok(await call('get', { id }, openid)).application.version;
}
async function step(openid: string, id: string, action: string, input: unknown = {}) {
  return call('transition', { id, action, input, expectedVersion: await version(id, openid) }, openid);
}
const bodiesOf = async (openid: string) =>
  ((await cloud.db.collection('recipients').where({ openid }).get()).data as any[])[0]?.bodies ?? [];

let id: string;

beforeAll(async () => {
  cloud = await startCloud();
  await arrange(cloud);
  const profile = JSON.parse(readFileSync(join(__dirname, '../fixtures/profiles/engineer-bachelor-6y.json'), 'utf8'));
  const checkId = ok(await cloud.call('eligibility', 'evaluate', { profile, save: true }, U.alice)).savedId!;
  id = ok(await call('create', { checkId, routeId: 'art2-intermediate', workflow: 'socialized', employerOrgId: 'emp-kdl' }, U.alice))
    .application.id;
  ok(await step(U.alice, id, 'submit', { materialsBound: true }));
  ok(await step(U.hrKdl, id, 'employer_approve', {}));
  ok(await step(U.hrKdl, id, 'start_notice', {}));
  const endsOn = ok(await call('get', { id }, U.hrKdl)).application.notice.endsOn;
  cloud.clockOffsetMs = new Date(`${addDays(endsOn, 1)}T09:00:00+08:00`).getTime() - Date.now();
  ok(await step(U.hrKdl, id, 'end_notice', {}));
  ok(await step(U.hrKdl, id, 'recommend', { body: BODY }));
});
afterAll(() => cloud.close());

describe('撤回推荐 by the recommending body (第一条)', () => {
  it('the body is offered the button and must give a reason of at least 2 characters', async () => {
    const d = ok(await call('get', { id }, U.assoc));
    expect(d.application.stage).toBe('body_review');
    expect(d.available.find((a: any) => a.action === 'withdraw_recommendation')).toMatchObject({
      label: '撤回推荐',
      enabled: true,
      inputRequired: true,
    });
    expect(await step(U.assoc, id, 'withdraw_recommendation', { reason: '否' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      message: '撤回推荐的原因至少 2 个字',
      issues: [{ path: 'input.reason', message: '撤回推荐的原因至少 2 个字' }],
    });
    expect(await version(id, U.assoc)).toBe(d.application.version);
  });

  it('withdraws with the reason: the file is back at 推荐报送, without its body; a replay is answered, not acted on twice', async () => {
    expect(await bodiesOf(U.alice)).toContain('assoc-kdl');
    const v = await version(id, U.assoc);
    const input = { id, action: 'withdraw_recommendation', input: { reason: REASON }, expectedVersion: v };
    const first = ok(await call('transition', input, U.assoc, 'withdraw-recommendation-1'));
    expect(first.replayed).toBe(false);
    expect(first.application).toMatchObject({ stage: 'recommendation', version: v + 1 });
    expect(first.application.recommendingBody).toBeUndefined();
    expect(first.available).toEqual([]);
    const again = ok(await call('transition', input, U.assoc, 'withdraw-recommendation-1'));
    expect(again.replayed).toBe(true);
    expect(again.application.version).toBe(v + 1);
    expect(
      (
        await cloud.db
          .collection('audit')
          .where({ target: `applications/${id}`, action: 'withdraw_recommendation' })
          .count()
      ).total,
    ).toBe(1);
    // The body no longer sees the file; the applicant is no longer tied to it (announcements targeted by body).
    expect(await call('get', { id }, U.assoc)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await bodiesOf(U.alice)).not.toContain('assoc-kdl');
  });

  it('tells the applicant and the employer HR which body withdrew and why', async () => {
    for (const who of [U.alice, U.hrKdl]) {
      const items = ok(await call('inbox.list', { pageSize: 50 }, who)).items.filter((i: any) => i.applicationId === id);
      expect(items.filter((i: any) => i.template === 'recommendation_withdrawn')).toEqual([
        expect.objectContaining({ title: '推荐单位已撤回推荐', data: { title: '工程师', body: BODY.name, reason: REASON } }),
      ]);
    }
  });

  it('HR finds the file at 推荐报送 with the timeline line, and recommends it again', async () => {
    const hr = ok(await call('get', { id }, U.hrKdl));
    expect(hr.application.stage).toBe('recommendation');
    expect(hr.holder).toContain('人事部门');
    expect(hr.application.history.at(-1)).toMatchObject({
      action: 'withdraw_recommendation',
      from: 'body_review',
      to: 'recommendation',
      summary: `${BODY.name}撤回推荐：${REASON}`,
    });
    expect(hr.available.map((a: any) => a.action)).toContain('recommend');
    expect(ok(await call('queue', { stage: 'recommendation' }, U.hrKdl)).items.map((i: any) => i.id)).toContain(id);
    const again = ok(await step(U.hrKdl, id, 'recommend', { body: { kind: 'district_bureau' } }));
    expect(again.application).toMatchObject({ stage: 'bureau_check', recommendingBody: { kind: 'district_bureau' } });
    expect(ok(await call('get', { id }, U.kdl)).available.map((a: any) => a.action)).toContain('accept');
    // Once the file has moved on, the body's replay learns nothing of it.
    const replay = { id, action: 'withdraw_recommendation', input: { reason: REASON }, expectedVersion: 1 };
    expect(await call('transition', replay, U.assoc, 'withdraw-recommendation-1')).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
