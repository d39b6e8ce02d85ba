import { AppError } from '../errors/app-error';
import { CLAUSES } from './clauses';
import type { Article2Path } from './clauses';
import { checkAndEvaluate, evaluate } from './evaluate';
import { amend, inForce, parameterAt, valueAt } from './parameters';
import { profile, route, conditionOf } from '../../test/fixtures/policy';
import { DEFAULT_RULESET, RULESET_VERSION, inForceFrom, rulesetVersionAt } from './ruleset';
import type { Ruleset } from './ruleset';

const CHANGE = '包人社办字〔2026〕99号 第二条（示例：假设的修订）';

/** 第二条 as a later notice might change it: 本科 needs 4 years for 中级 from 2027-01-01. */
function bachelorFourYears(): Ruleset {
  const paths = parameterAt(DEFAULT_RULESET, '第二条', 'paths', '2026-12-31');
  const changed: Article2Path[] = paths.map((p) =>
    p.id === 'intermediate' ? { ...p, options: p.options.map((o) => (o.education === 'bachelor' ? { ...o, years: 4 } : o)) } : p,
  );
  return amend(DEFAULT_RULESET, '第二条', 'paths', { from: '2027-01-01', value: changed, ref: CHANGE });
}

const graduate2022 = profile({
  education: { level: 'bachelor', graduatedOn: '2022-07-01' },
  workPeriods: [{ from: '2022-07-01', to: null, kind: 'professional_technical' }],
});

describe('第二条 as dated values: a change of policy is a new value from its date', () => {
  const changed = bachelorFourYears();

  it('reads the value in force on the date: 5 years until 2026-12-31, 4 from 2027-01-01, each with its reference', () => {
    const years = (asOf: string) => parameterAt(changed, '第二条', 'paths', asOf)[0].options[0].years;
    expect([years('2021-05-08'), years('2026-12-31'), years('2027-01-01'), years('2030-01-01')]).toEqual([5, 5, 4, 4]);
    expect(valueAt(changed, '第二条', 'paths', '2026-12-31')).toMatchObject({ from: '2021-05-08', ref: '包人社办字〔2021〕82号 第二条' });
    expect(valueAt(changed, '第二条', 'paths', '2027-01-01')).toMatchObject({ from: '2027-01-01', ref: CHANGE });
  });

  it('the same person is decided by the rule of each date, and each condition cites the value it applied', () => {
    const before = route(evaluate(graduate2022, { asOf: '2026-12-31', ruleset: changed }), 'art2-intermediate');
    const after = route(evaluate(graduate2022, { asOf: '2027-01-01', ruleset: changed }), 'art2-intermediate');
    expect(before).toMatchObject({ verdict: 'not_yet', eligibleFrom: '2027-06-30' });
    expect(after.verdict).toBe('likely');
    expect(conditionOf(before, 'seniority')).toMatchObject({
      label: '大学本科毕业后从事专业技术工作满 5 年',
      rule: { from: '2021-05-08', ref: '包人社办字〔2021〕82号 第二条' },
    });
    expect(conditionOf(after, 'seniority')).toMatchObject({
      label: '大学本科毕业后从事专业技术工作满 4 年',
      rule: { from: '2027-01-01', ref: CHANGE },
    });
    // The text that made the change is named where the rule applied; the document's own value needs no such note.
    expect(conditionOf(after, 'seniority').detail).toContain(`（自 2027-01-01 起按${CHANGE}）`);
    expect(conditionOf(before, 'seniority').detail).not.toContain('起按');
  });

  it('each result names the version that decided it: the edition and the date of the values in force', () => {
    expect(evaluate(graduate2022, { asOf: '2026-12-31', ruleset: changed }).rulesetVersion).toBe(`${RULESET_VERSION}@2021-05-08`);
    expect(evaluate(graduate2022, { asOf: '2027-01-01', ruleset: changed }).rulesetVersion).toBe(`${RULESET_VERSION}@2027-01-01`);
    expect(rulesetVersionAt(DEFAULT_RULESET, '2030-01-01')).toBe('包人社办字〔2021〕82号/规则 1.0@2021-05-08');
  });

  it('leaves the shipped rules as they were, and refuses a second value for the same date (that would be an edit)', () => {
    expect(parameterAt(DEFAULT_RULESET, '第二条', 'paths', '2027-01-01')[0].options[0].years).toBe(5);
    expect(CLAUSES['第二条'].parameters.paths.values).toHaveLength(1);
    expect(() => amend(changed, '第二条', 'paths', { from: '2027-01-01', value: [], ref: CHANGE })).toThrow('已有自 2027-01-01 起的值');
    expect(changed.clauses['第二条'].effectiveFrom).toBe('2021-05-08');
  });
});

describe('包人社办字〔2021〕82号 before its date (2021-05-08): no rule of it is in force', () => {
  it('the document is in force from 2021-05-08, every clause with it', () => {
    expect(inForceFrom(DEFAULT_RULESET)).toBe('2021-05-08');
    expect(inForce(DEFAULT_RULESET, '第二条', '2021-05-07')).toBe(false);
    expect(inForce(DEFAULT_RULESET, '第二条', '2021-05-08')).toBe(true);
    expect(rulesetVersionAt(DEFAULT_RULESET, '2021-05-07')).toBeUndefined();
    expect(() => parameterAt(DEFAULT_RULESET, '第二条', 'paths', '2021-05-07')).toThrow('自 2021-05-08 起施行');
  });

  it('evaluate says so on the date, citing the document and its date, rather than judging by a later rule', () => {
    const early = profile({
      education: { level: 'bachelor', graduatedOn: '2015-07-01' },
      workPeriods: [{ from: '2015-07-01', to: null, kind: 'professional_technical' }],
    });
    const message =
      '包人社办字〔2021〕82号自 2021-05-08 起施行，评估日期 2021-05-07 时尚未施行，不能按它判断；请选择 2021-05-08 或以后的日期';
    expect(checkAndEvaluate(early, { asOf: '2021-05-07' })).toEqual({ ok: false, issues: [{ path: 'asOf', message }] });
    expect(() => evaluate(early, { asOf: '2021-05-07' })).toThrow(AppError);
    expect(route(evaluate(early, { asOf: '2021-05-08' }), 'art2-intermediate').verdict).toBe('likely');
  });
});

describe('第七条 added later: a clause not yet in force opens no route, and the result says from when', () => {
  const later: Ruleset = (() => {
    const c = CLAUSES['第七条'];
    const shift = <T>(d: { values: readonly { from: string; value: T; ref: string }[] }) => ({
      values: d.values.map((v) => ({ ...v, from: '2027-01-01' })),
    });
    const parameters = {
      series: shift(c.parameters.series),
      workKind: shift(c.parameters.workKind),
      bridges: shift(c.parameters.bridges),
      techSchoolEquivalence: shift(c.parameters.techSchoolEquivalence),
    };
    return { ...DEFAULT_RULESET, clauses: { ...CLAUSES, 第七条: { ...c, parameters, effectiveFrom: '2027-01-01' } } };
  })();
  const technician = profile({
    workPeriods: [{ from: '2015-07-01', to: null, kind: 'technical_skill' }],
    skill: { level: 'technician', obtainedOn: '2018-01-01' },
  });

  it('on 2026-12-31 there is no 第七条 route and a notice names its date; on 2027-01-01 its routes are there', () => {
    const before = evaluate(technician, { asOf: '2026-12-31', ruleset: later });
    expect(before.routes.some((r) => r.clause === '第七条')).toBe(false);
    expect(before.notices).toContain(
      '包人社办字〔2021〕82号 第七条自 2027-01-01 起施行，评估日期 2026-12-31 时尚未施行：这一条的途径暂不列出。',
    );
    const after = evaluate(technician, { asOf: '2027-01-01', ruleset: later });
    expect(route(after, 'art7-intermediate').verdict).toBe('likely');
    expect(after.notices).toEqual([]);
    expect(after.rulesetVersion).toBe(`${RULESET_VERSION}@2027-01-01`);
  });
});
