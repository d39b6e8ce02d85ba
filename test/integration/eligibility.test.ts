import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate as evaluateOnPhone } from '../../shared/policy';
import { chinaDate } from '../../shared/policy/dates';
import { ADMIN, ok, startCloud, type Cloud } from '../support/cloud';
import { arrange, U } from '../support/fixtures';

let cloud: Cloud;
const call = (action: string, input: unknown, openid?: string) => cloud.call('eligibility', action, input, openid);
const example = JSON.parse(readFileSync(join(__dirname, '../../shared/policy/examples/engineer-bachelor-6y.json'), 'utf8'));
const verdictOf = (result: any, id: string) => result.routes.find((r: any) => r.id === id)?.verdict;

beforeAll(async () => {
  cloud = await startCloud();
  await arrange(cloud);
});
afterAll(() => cloud.close());

describe('evaluate: the authority answers like the phone', () => {
  it('finds 第二条 中级 likely for a 本科 engineer with six years, counted to today in China', async () => {
    const { result, savedId } = ok(await call('evaluate', { profile: example }, U.alice));
    expect(savedId).toBeUndefined();
    expect(result.asOf).toBe(chinaDate(new Date()));
    expect(result.countedTo.basis).toBe('as_of');
    expect(verdictOf(result, 'art2-intermediate')).toBe('likely');
    expect(result.disclaimer).toContain('不是人社部门的最终认定');
  });

  it('returns exactly what the shared engine computes on the phone', async () => {
    const { result } = ok(await call('evaluate', { profile: example, asOf: '2026-11-24' }, U.alice));
    expect(result).toEqual(evaluateOnPhone(example, { asOf: '2026-11-24' }));
  });

  it('refuses an anonymous caller', async () => {
    expect(await call('evaluate', { profile: example })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it.each([
    ['a period ending before it starts', { workPeriods: [{ from: '2020-08-01', to: '2019-01-01', kind: 'professional_technical' }] }, 'profile.workPeriods.0'],
    ['a future graduation date', { education: { level: 'bachelor', graduatedOn: '2999-07-01' } }, 'profile.education.graduatedOn'],
    ['an unknown education level', { education: { level: 'wizard', graduatedOn: '2015-07-01' } }, 'profile.education.level'],
  ])('answers %s with a field message under the question', async (_what, patch, pathPrefix) => {
    const res = await call('evaluate', { profile: { ...example, ...patch }, asOf: '2026-11-24' }, U.alice);
    expect(res).toMatchObject({ ok: false, code: 'VALIDATION' });
    const issues = (res as any).issues as { path: string; message: string }[];
    expect(issues.some((i) => i.path.startsWith(pathPrefix) && /[\u4e00-\u9fa5]/.test(i.message))).toBe(true);
  });

  it('answers an empty or oversized questionnaire without a crash', async () => {
    expect(await call('evaluate', { profile: {} }, U.alice)).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await call('evaluate', { profile: { ...example, note: '很'.repeat(30_000) } }, U.alice)).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      issues: [{ path: 'profile', message: '问卷内容过长' }],
    });
    expect(await call('evaluate', { profile: 'yes' }, U.alice)).toMatchObject({ ok: false, code: 'VALIDATION' });
  });
});

describe('history: a person sees only their own checks', () => {
  it('saves on request, lists newest first, and hides one person’s checks from another', async () => {
    const first = ok(await call('evaluate', { profile: example, save: true }, U.bob));
    const second = ok(await call('evaluate', { profile: { ...example, achievements: {} }, save: true }, U.bob));
    const list = ok(await call('history', {}, U.bob));
    expect(list.total).toBe(2);
    expect(list.items.map((i: any) => i.id)).toEqual([second.savedId, first.savedId]);
    expect(list.items[1].routes.find((r: any) => r.id === 'art2-intermediate')).toMatchObject({ titleName: '工程师', verdict: 'likely' });
    expect(ok(await call('history.get', { id: first.savedId }, U.bob)).profile).toEqual(example);

    expect(ok(await call('history', {}, U.carol)).total).toBe(0);
    expect(await call('history.get', { id: first.savedId }, U.carol)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('rounds: the city publishes, everyone reads, the seniority cut-off counts', () => {
  const round = { name: '2026年度包头市工程系列中级职称社会化评审', applyFrom: '2026-11-01', applyTo: '2026-12-31', seniorityCutoff: '2025-06-30', defenseFrom: '2027-01-10', defenseTo: '2027-01-20' };

  it.each([
    ['a district officer', U.kdl],
    ['employer HR', U.hrKdl],
    ['an applicant', U.alice],
  ])('refuses %s', async (_who, openid) => {
    expect(await call('rounds.publish', round, openid)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('validates the dates field by field', async () => {
    const res = await call('rounds.publish', { ...round, seniorityCutoff: '2027-03-01' }, U.city);
    expect(res).toMatchObject({ ok: false, code: 'VALIDATION', issues: [{ path: 'seniorityCutoff', message: '年限计算截止日不能晚于申报截止日期' }] });
  });

  it('publishes, lists, and counts 满 N 年 to the round’s cut-off', async () => {
    const published = ok(await call('rounds.publish', round, U.city));
    expect(published).toMatchObject({ ...round, publishedBy: '包头市人力资源和社会保障局' });
    const closed = ok(await call('rounds.publish', { ...round, name: '2021年度评审', applyFrom: '2021-09-01', applyTo: '2021-10-31', seniorityCutoff: '2021-08-31', defenseFrom: undefined, defenseTo: undefined }, ADMIN));

    const open = ok(await call('rounds.list', {}, U.alice)).items.map((r: any) => r.id);
    expect(open).toContain(published.id);
    expect(open).not.toContain(closed.id);
    expect(ok(await call('rounds.list', { includeClosed: true }, U.alice)).items.map((r: any) => r.id)).toContain(closed.id);

    // Six years by today, but under five by the cut-off 2025-06-30: not yet, with the date it turns.
    const { result } = ok(await call('evaluate', { profile: example, asOf: '2026-11-24', roundId: published.id }, U.alice));
    expect(result.countedTo).toMatchObject({ date: '2025-06-30', basis: 'round_cutoff' });
    const route = result.routes.find((r: any) => r.id === 'art2-intermediate');
    expect(route.verdict).toBe('not_yet');
    expect(route.eligibleFrom > '2025-06-30').toBe(true);
    expect((await cloud.db.collection('audit').where({ action: 'eligibility.rounds.publish' }).count()).total).toBe(2);
  });

  it('says when a round does not exist', async () => {
    expect(await call('evaluate', { profile: example, roundId: 'no-such-round' }, U.alice)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
