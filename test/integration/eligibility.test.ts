import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate as evaluateOnPhone } from '../../shared/policy';
import { addDays, chinaDate } from '../../shared/time/dates';
import { ADMIN, ok, startCloud, type Cloud } from '../support/cloud';
import { arrange, U } from '../support/fixtures';

let cloud: Cloud;
const call = (action: string, input: unknown, openid?: string) => cloud.call('eligibility', action, input, openid);
const example = JSON.parse(readFileSync(join(__dirname, '../fixtures/profiles/engineer-bachelor-6y.json'), 'utf8'));
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

  it('returns exactly what the shared engine computes on the phone (with the rounds the phone was given)', async () => {
    const { result } = ok(await call('evaluate', { profile: example, asOf: '2026-11-24' }, U.alice));
    const rounds = ok(await call('rounds.list', {}, U.alice)).items;
    expect(result).toEqual(evaluateOnPhone(example, { asOf: '2026-11-24', rounds }));
  });

  it('refuses an anonymous caller', async () => {
    expect(await call('evaluate', { profile: example })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it.each([
    [
      'a period ending before it starts',
      { workPeriods: [{ from: '2020-08-01', to: '2019-01-01', kind: 'professional_technical' }] },
      'profile.workPeriods.0',
    ],
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

describe('a saved check records the version of the rules that decided it (dated rule data)', () => {
  it('keeps the version with the check: history lists it and history.get returns it with the result', async () => {
    const saved = ok(await call('evaluate', { profile: example, asOf: '2026-11-24', save: true }, U.carol));
    const version = '包人社办字〔2021〕82号/规则 1.0@2021-05-08';
    expect(saved.result.rulesetVersion).toBe(version);
    const listed = ok(await call('history', {}, U.carol)).items.find((i: any) => i.id === saved.savedId);
    expect(listed).toMatchObject({ asOf: '2026-11-24', rulesetVersion: version });
    const got = ok(await call('history.get', { id: saved.savedId }, U.carol));
    expect(got.rulesetVersion).toBe(version);
    expect(got.result.rulesetVersion).toBe(version);
  });

  it('refuses a date before the document took effect, with a message under the date', async () => {
    expect(await call('evaluate', { profile: example, asOf: '2021-05-07' }, U.carol)).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      issues: [{ path: 'asOf', message: expect.stringContaining('自 2021-05-08 起施行') }],
    });
  });
});

describe('rounds: the city publishes, everyone reads, the seniority cut-off counts', () => {
  const round = {
    name: '2026年度包头市工程系列中级职称社会化评审',
    applyFrom: '2026-11-01',
    applyTo: '2026-12-31',
    seniorityCutoff: '2025-06-30',
    defenseFrom: '2027-01-10',
    defenseTo: '2027-01-20',
  };

  it.each([
    ['a district officer', U.kdl],
    ['employer HR', U.hrKdl],
    ['an applicant', U.alice],
  ])('refuses %s', async (_who, openid) => {
    expect(await call('rounds.publish', round, openid)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('validates the dates field by field', async () => {
    const res = await call('rounds.publish', { ...round, seniorityCutoff: '2027-03-01' }, U.city);
    expect(res).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      issues: [{ path: 'seniorityCutoff', message: '年限计算截止日不能晚于申报截止日期' }],
    });
  });

  it('publishes, lists, and counts 满 N 年 to the round’s cut-off', async () => {
    const published = ok(await call('rounds.publish', round, U.city));
    expect(published).toMatchObject({ ...round, publishedBy: '包头市人力资源和社会保障局' });
    const closed = ok(
      await call(
        'rounds.publish',
        {
          ...round,
          name: '2021年度评审',
          applyFrom: '2021-09-01',
          applyTo: '2021-10-31',
          seniorityCutoff: '2021-08-31',
          defenseFrom: undefined,
          defenseTo: undefined,
        },
        ADMIN,
      ),
    );

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

describe('issue 7: published rounds for everyone, and 满N年 counted to the open one unless the person chose otherwise', () => {
  // Relative to today (China time), so the round is open whenever the suite runs; it closes today, so it is
  // the open round closing first (the default) whatever else this file has published.
  const today = chinaDate(new Date());
  const openRound = {
    name: '测试社会化评审（正在申报）',
    applyFrom: addDays(today, -90),
    applyTo: today,
    seniorityCutoff: addDays(today, -10),
  };
  const profile = example;
  let published: any;
  beforeAll(async () => {
    published = ok(await call('rounds.publish', openRound, U.city));
  });

  it('lets a visitor who has not signed in list the published rounds, read-only and bounded', async () => {
    const listed = ok(await call('rounds.list', {}));
    expect(listed.items.map((r: any) => r.id)).toContain(published.id);
    expect(listed.items.length).toBeLessThanOrEqual(100);
    expect(listed.items.find((r: any) => r.id === published.id)).toMatchObject({ ...openRound, publishedBy: '包头市人力资源和社会保障局' });
    // The same contract as for a signed-in caller; nothing else is open to a visitor.
    expect(await call('rounds.list', { includeClosed: 'yes' })).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await call('rounds.list', { where: {} })).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(
      await cloud.call('eligibility', 'rounds.list', {}, undefined, { deep: JSON.parse('['.repeat(40) + ']'.repeat(40)) }),
    ).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(await call('rounds.publish', openRound)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await call('history', {})).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('counts to the open round by default — the same result the phone computes from the rounds a visitor lists', async () => {
    const rounds = ok(await call('rounds.list', {})).items;
    const { result } = ok(await call('evaluate', { profile }, U.alice));
    expect(result.countedTo).toMatchObject({
      basis: 'round_cutoff',
      by: 'default',
      date: openRound.seniorityCutoff,
      roundId: published.id,
    });
    expect(result.countedTo.explanation).toContain(`“${openRound.name}”正在申报`);
    expect(result.calendar.socialized.note).not.toContain('还没有在本程序发布');
    expect(result.calendar.socialized.open.map((r: any) => r.id)).toContain(published.id);
    expect(result).toEqual(evaluateOnPhone(profile, { asOf: today, rounds }));
  });

  it('counts to today when the person chose so, and says so; a round and 按今天 together are refused', async () => {
    const { result } = ok(await call('evaluate', { profile, countToAsOf: true }, U.alice));
    expect(result.countedTo).toMatchObject({ basis: 'as_of', by: 'choice', date: today });
    expect(result.countedTo.explanation).toContain('您选择了不按评审轮次');
    expect(await call('evaluate', { profile, countToAsOf: true, roundId: published.id }, U.alice)).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      issues: [{ path: 'countToAsOf', message: '评审轮次和“按今天计算”只能选一个' }],
    });
  });
});
