import { conditionOf, profile, route, run } from '../../test/fixtures/policy';
import type { RouteId } from './types';
import type { SkillLevel } from './vocabulary';

const skilled = (level: SkillLevel, obtainedOn: string, extra: object = {}) =>
  profile({
    education: { level: 'tech_school_senior', graduatedOn: '2008-07-01' },
    workPeriods: [{ from: '2008-07-01', to: null, kind: 'technical_skill' }],
    skill: { level, obtainedOn },
    achievements: { engineering: true },
    ...extra,
  });

describe('第七条: skilled workers into the engineering series, years counted from the qualification date', () => {
  it.each`
    skill                  | obtainedOn      | asOf            | id                      | verdict           | eligibleFrom    | why
    ${'senior_worker'}     | ${'2020-03-01'} | ${'2022-02-28'} | ${'art7-assistant'}     | ${'likely'}       | ${undefined}    | ${'高级工 + exactly 2 years → 助理工程师'}
    ${'senior_worker'}     | ${'2020-03-01'} | ${'2022-02-27'} | ${'art7-assistant'}     | ${'not_yet'}      | ${'2022-02-28'} | ${'高级工, one day short'}
    ${'senior_worker'}     | ${'2020-03-01'} | ${'2030-01-01'} | ${'art7-intermediate'}  | ${'not_eligible'} | ${undefined}    | ${'高级工 cannot take the 技师 route'}
    ${'technician'}        | ${'2021-06-01'} | ${'2024-05-31'} | ${'art7-intermediate'}  | ${'likely'}       | ${undefined}    | ${'技师 + exactly 3 years → 工程师'}
    ${'technician'}        | ${'2021-06-01'} | ${'2024-05-30'} | ${'art7-intermediate'}  | ${'not_yet'}      | ${'2024-05-31'} | ${'技师, one day short'}
    ${'technician'}        | ${'2021-06-01'} | ${'2023-05-31'} | ${'art7-assistant'}     | ${'likely'}       | ${undefined}    | ${'技师 also takes the 高级工 route (2 years)'}
    ${'technician'}        | ${'2021-06-01'} | ${'2030-01-01'} | ${'art7-deputy-senior'} | ${'not_eligible'} | ${undefined}    | ${'技师 cannot take the 高级技师 route'}
    ${'senior_technician'} | ${'2020-01-01'} | ${'2023-12-31'} | ${'art7-deputy-senior'} | ${'likely'}       | ${undefined}    | ${'高级技师 + exactly 4 years → 高级工程师'}
    ${'senior_technician'} | ${'2020-01-01'} | ${'2023-12-30'} | ${'art7-deputy-senior'} | ${'not_yet'}      | ${'2023-12-31'} | ${'高级技师, one day short'}
  `('$why', ({ skill, obtainedOn, asOf, id, verdict, eligibleFrom }) => {
    const r = route(run(skilled(skill, obtainedOn), { asOf }), id as RouteId);
    expect(r.verdict).toBe(verdict);
    expect(r.eligibleFrom).toBe(eligibleFrom);
  });

  it('names the titles of the engineering series and quotes the bridge', () => {
    const result = run(skilled('senior_technician', '2015-01-01'));
    expect(['art7-assistant', 'art7-intermediate', 'art7-deputy-senior'].map((id) => route(result, id as RouteId).title.titleName)).toEqual(
      ['助理工程师', '工程师', '高级工程师'],
    );
    expect(conditionOf(route(result, 'art7-deputy-senior'), 'seniority').quote).toBe(
      '获得高级技师职业资格或职业技能等级后从事技术技能工作满4年，可申报评审相应专业高级工程师',
    );
  });

  it('does not count skill work before the qualification, nor professional technical work', () => {
    const r = route(run(skilled('technician', '2024-01-01'), { asOf: '2026-11-24' }), 'art7-intermediate');
    expect(r).toMatchObject({ verdict: 'not_yet', eligibleFrom: '2026-12-31' });
    const wrongKind = skilled('technician', '2020-01-01', {
      workPeriods: [{ from: '2008-07-01', to: null, kind: 'professional_technical' }],
    });
    expect(route(run(wrongKind), 'art7-intermediate').verdict).toBe('not_eligible');
  });

  it('only bridges into the engineering series', () => {
    const r = route(run(skilled('technician', '2015-01-01', { appliedSeries: 'economics' })), 'art7-intermediate');
    expect(r.verdict).toBe('not_eligible');
    expect(conditionOf(r, 'series').detail).toContain('第七条只贯通到工程技术系列');
  });

  it.each`
    answer       | verdict
    ${true}      | ${'likely'}
    ${false}     | ${'not_eligible'}
    ${undefined} | ${'confirm'}
  `('needs the engineering achievement requirements too: declared $answer → $verdict', ({ answer, verdict }) => {
    expect(route(run(skilled('technician', '2015-01-01', { achievements: { engineering: answer } })), 'art7-intermediate').verdict).toBe(
      verdict,
    );
  });

  it('offers no 第七条 routes without a skill qualification', () => {
    expect(run(profile()).routes.some((r) => r.clause === '第七条')).toBe(false);
  });
});
