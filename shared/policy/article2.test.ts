import { AS_OF, conditionOf, profile, round, route, run } from '../../test/fixtures/policy';
import type { EducationLevel } from './vocabulary';

const pt = (from: string, to: string | null = null) => ({ from, to, kind: 'professional_technical' as const });
const withEducation = (level: EducationLevel, graduatedOn = '2015-07-01') => profile({ education: { level, graduatedOn } });

describe('第二条 直接申报中级: 本科 + 5 years or 专科 + 8 years of professional technical work, from graduation', () => {
  it.each`
    education                               | asOf            | verdict           | eligibleFrom    | why
    ${'bachelor'}                           | ${'2022-06-30'} | ${'likely'}       | ${undefined}    | ${'本科, exactly 5 years'}
    ${'bachelor'}                           | ${'2022-06-29'} | ${'not_yet'}      | ${'2022-06-30'} | ${'本科, one day short'}
    ${'master'}                             | ${'2022-06-30'} | ${'likely'}       | ${undefined}    | ${'硕士 counts as 本科'}
    ${'doctorate'}                          | ${'2022-06-29'} | ${'not_yet'}      | ${'2022-06-30'} | ${'博士 counts as 本科, one day short'}
    ${'tech_school_preparatory_technician'} | ${'2022-06-30'} | ${'likely'}       | ${undefined}    | ${'预备技师班 = 本科 (第七条)'}
    ${'junior_college'}                     | ${'2025-06-30'} | ${'likely'}       | ${undefined}    | ${'专科, exactly 8 years'}
    ${'junior_college'}                     | ${'2025-06-29'} | ${'not_yet'}      | ${'2025-06-30'} | ${'专科, one day short'}
    ${'junior_college'}                     | ${'2022-06-30'} | ${'not_yet'}      | ${'2025-06-30'} | ${'专科 needs 8 years, not 5'}
    ${'tech_school_senior'}                 | ${'2025-06-30'} | ${'likely'}       | ${undefined}    | ${'高级工班 = 大专 (第七条)'}
    ${'tech_school_senior'}                 | ${'2025-06-29'} | ${'not_yet'}      | ${'2025-06-30'} | ${'高级工班, one day short'}
    ${'tech_school_intermediate'}           | ${'2032-01-01'} | ${'not_eligible'} | ${undefined}    | ${'中级工班 = 中专: no 第二条 path'}
    ${'secondary_vocational'}               | ${'2032-01-01'} | ${'not_eligible'} | ${undefined}    | ${'中专: no path'}
  `('$why', ({ education, asOf, verdict, eligibleFrom }) => {
    // Graduated 2017 so that every date is after 2021-05-08, when 第二条 took effect.
    const r = route(run(withEducation(education, '2017-07-01'), { asOf }), 'art2-intermediate');
    expect(r.verdict).toBe(verdict);
    expect(r.eligibleFrom).toBe(eligibleFrom);
  });

  it('cites 第七条 when the technical-school equivalence is used, 第二条 otherwise', () => {
    const viaSchool = conditionOf(route(run(withEducation('tech_school_preparatory_technician')), 'art2-intermediate'), 'education');
    expect(viaSchool).toMatchObject({
      status: 'met',
      clause: '第七条',
      quote: '技工院校中级工班、高级工班、预备技师（技师）班毕业，可分别按相当于中专、大专、本科学历申报职称评审。',
    });
    expect(viaSchool.detail).toContain('按第七条相当于大学本科学历');
    const viaDegree = conditionOf(route(run(withEducation('master')), 'art2-intermediate'), 'education');
    expect(viaDegree).toMatchObject({ status: 'met', clause: '第二条', interpretations: ['graduate-degree-counts-as-bachelor'] });
  });

  it('counts only work after graduation (interpretation work-after-graduation)', () => {
    const r = route(
      run(profile({ education: { level: 'bachelor', graduatedOn: '2019-07-01' }, workPeriods: [pt('2012-01-01')] }), {
        asOf: '2022-06-30',
      }),
      'art2-intermediate',
    );
    expect(r).toMatchObject({ verdict: 'not_yet', eligibleFrom: '2024-06-30' });
    expect(conditionOf(r, 'seniority').detail).toContain('只算毕业 2019-07-01 之后的专业技术工作');
  });

  it('adds up several periods with gaps, counting overlaps once', () => {
    const gaps = profile({ workPeriods: [pt('2015-07-01', '2016-06-30'), pt('2018-07-01'), pt('2019-01-01', '2019-12-31')] });
    expect(route(run(gaps, { asOf: '2022-06-30' }), 'art2-intermediate').verdict).toBe('likely');
    expect(route(run(gaps, { asOf: '2022-06-29' }), 'art2-intermediate')).toMatchObject({ verdict: 'not_yet', eligibleFrom: '2022-06-30' });
  });

  it('does not count technical-skill work, and without ongoing work there is no date to wait for', () => {
    const skillOnly = profile({ workPeriods: [{ from: '2015-07-01', to: null, kind: 'technical_skill' }] });
    const r = route(run(skillOnly), 'art2-intermediate');
    expect(r.verdict).toBe('not_eligible');
    expect(conditionOf(r, 'seniority').detail).toContain('您目前没有正在进行的专业技术工作');
    const stopped = profile({ workPeriods: [pt('2015-07-01', '2017-06-30')] });
    expect(route(run(stopped), 'art2-intermediate').eligibleFrom).toBeUndefined();
  });

  it.each`
    answer       | verdict
    ${true}      | ${'likely'}
    ${false}     | ${'not_eligible'}
    ${undefined} | ${'confirm'}
  `('declared intermediate achievements $answer → $verdict', ({ answer, verdict }) => {
    const r = route(run(profile({ achievements: { intermediate: answer } })), 'art2-intermediate');
    expect(r.verdict).toBe(verdict);
    const c = conditionOf(r, 'achievements');
    if (answer === true) expect(c.detail).toBe('由您自行申报，本程序无法核验。');
    if (answer === undefined) expect(c.status).toBe('unknown');
  });

  it('is not offered again to someone who already holds the level in that series; a change of series is fine', () => {
    const held = profile({ currentTitle: { series: 'engineering', level: 'intermediate', obtainedOn: '2020-01-01' } });
    expect(route(run(held), 'art2-intermediate').verdict).toBe('not_eligible');
    const other = profile({ currentTitle: { series: 'economics', level: 'intermediate', obtainedOn: '2020-01-01' } });
    expect(route(run(other), 'art2-intermediate').verdict).toBe('likely');
  });
});

describe('第二条 直接申报副高级: 本科 + 12 years, 考评结合 professions excluded', () => {
  const senior = (level: EducationLevel, series = 'engineering') =>
    profile({ education: { level, graduatedOn: '2014-07-01' }, workPeriods: [pt('2014-07-01')], appliedSeries: series as never });

  it.each`
    education           | series                 | asOf            | verdict           | eligibleFrom    | redirect         | why
    ${'bachelor'}       | ${'engineering'}       | ${'2026-06-30'} | ${'likely'}       | ${undefined}    | ${undefined}     | ${'exactly 12 years'}
    ${'bachelor'}       | ${'engineering'}       | ${'2026-06-29'} | ${'not_yet'}      | ${'2026-06-30'} | ${undefined}     | ${'one day short'}
    ${'doctorate'}      | ${'agriculture'}       | ${'2026-06-30'} | ${'likely'}       | ${undefined}    | ${undefined}     | ${'博士 in a review series'}
    ${'junior_college'} | ${'engineering'}       | ${'2030-01-01'} | ${'not_eligible'} | ${undefined}    | ${undefined}     | ${'专科 has no senior path'}
    ${'bachelor'}       | ${'accounting'}        | ${'2030-01-01'} | ${'not_eligible'} | ${undefined}    | ${'exam_review'} | ${'会计 副高级 is 考评结合'}
    ${'bachelor'}       | ${'economics'}         | ${'2030-01-01'} | ${'not_eligible'} | ${undefined}    | ${'exam_review'} | ${'经济 副高级 is 考评结合'}
    ${'bachelor'}       | ${'health'}            | ${'2030-01-01'} | ${'not_eligible'} | ${undefined}    | ${'exam_review'} | ${'卫生 副高级 is 考评结合'}
    ${'bachelor'}       | ${'computer_software'} | ${'2030-01-01'} | ${'not_eligible'} | ${undefined}    | ${'exam'}        | ${'软考 副高级 is exam-only'}
  `('$why', ({ education, series, asOf, verdict, eligibleFrom, redirect }) => {
    const r = route(run(senior(education, series), { asOf }), 'art2-deputy-senior');
    expect(r.verdict).toBe(verdict);
    expect(r.eligibleFrom).toBe(eligibleFrom);
    expect(r.redirect?.kind).toBe(redirect);
  });

  it('quotes the exclusion when it applies', () => {
    const c = conditionOf(route(run(senior('bachelor', 'accounting'), { asOf: '2030-01-01' }), 'art2-deputy-senior'), 'method');
    expect(c).toMatchObject({ status: 'unmet', clause: '第二条', quote: '（考评结合的专业除外）' });
    expect(c.detail).toContain('考评结合');
  });
});

describe('exam-only levels point to the exam instead of a direct application', () => {
  it.each(['accounting', 'economics', 'auditing', 'statistics', 'health', 'computer_software'])('%s 中级', (series) => {
    const r = route(run(profile({ appliedSeries: series as never })), 'art2-intermediate');
    expect(r.verdict).toBe('not_eligible');
    expect(r.redirect).toMatchObject({ kind: 'exam' });
    expect(r.summary).toContain('考试');
  });
});

describe('rounds: seniority counted to the published cut-off date', () => {
  const since2021 = (from: string) => profile({ education: { level: 'bachelor', graduatedOn: '2020-12-31' }, workPeriods: [pt(from)] });

  it('exactly 5 years at the cut-off is enough; one day less is not, even though today is later', () => {
    const r = round({ seniorityCutoff: '2025-12-31' });
    const exact = run(since2021('2021-01-01'), { round: r });
    expect(exact.countedTo).toEqual({
      date: '2025-12-31',
      basis: 'round_cutoff',
      by: 'choice',
      roundId: '2026-social-1',
      explanation: '工作年限计算到您选择的“2026年度包头市社会化职称评审”公布的年限计算截止日 2025-12-31。',
    });
    expect(route(exact, 'art2-intermediate').verdict).toBe('likely');
    const short = route(run(since2021('2021-01-02'), { round: r }), 'art2-intermediate');
    expect(short).toMatchObject({ verdict: 'not_yet', eligibleFrom: '2026-01-01' });
    expect(conditionOf(short, 'seniority').detail).toContain('截至 2025-12-31（“2026年度包头市社会化职称评审”的年限计算截止日）');
    // Without the round the same person is counted to today and qualifies.
    expect(route(run(since2021('2021-01-02')), 'art2-intermediate').verdict).toBe('likely');
  });

  it('a cut-off after today assumes the ongoing work continues to it', () => {
    const later = round({ applyFrom: '2026-01-05', applyTo: '2026-01-31', seniorityCutoff: '2025-12-31', publishedAt: '2025-05-01' });
    expect(route(run(since2021('2021-01-01'), { asOf: '2025-06-01', round: later }), 'art2-intermediate').verdict).toBe('likely');
    expect(route(run(since2021('2021-01-01'), { asOf: '2025-06-01' }), 'art2-intermediate')).toMatchObject({
      verdict: 'not_yet',
      eligibleFrom: '2025-12-31',
    });
  });

  it('says which date it counted to when there is no round', () => {
    expect(run(profile()).countedTo).toEqual({
      date: AS_OF,
      basis: 'as_of',
      by: 'default',
      explanation: `还没有选择评审轮次，工作年限暂时计算到评估当天 ${AS_OF}；正式申报时以当轮公布的截止日为准。`,
    });
  });
});
