import { evaluate } from './evaluate';
import { AS_OF, profile } from '../../test/fixtures/policy';
import { MAX_WORK_PERIODS, checkProfile } from './profile';

const issues = (input: unknown) => {
  const r = checkProfile(input, { asOf: AS_OF });
  return r.ok ? [] : r.issues;
};

describe('profile validation: field-level Chinese messages', () => {
  it('accepts a complete profile and leaves unanswered questions undefined', () => {
    const r = checkProfile(profile({ achievements: {} }), { asOf: AS_OF });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.achievements?.intermediate).toBeUndefined();
  });

  it.each`
    input   | expected
    ${null} | ${[{ path: '(整体)', message: '请填写资料' }]}
    ${''}   | ${[{ path: '(整体)', message: '请填写资料' }]}
    ${[]}   | ${[{ path: '(整体)', message: '请填写资料' }]}
  `('rejects a non-object: $input', ({ input, expected }) => {
    expect(issues(input)).toEqual(expected);
  });

  it('rejects a huge string instead of a profile', () => {
    expect(issues('x'.repeat(1_000_000))).toEqual([{ path: '(整体)', message: '请填写资料' }]);
  });

  it('names every missing field of an empty object', () => {
    expect(issues({})).toEqual([
      { path: 'sector', message: '请选择单位性质' },
      { path: 'education', message: '请填写学历' },
      { path: 'workPeriods', message: '请填写工作经历' },
      { path: 'appliedSeries', message: '请选择要申报的职称系列' },
    ]);
  });

  it('rejects dates in the future, impossible dates, malformed and huge date strings', () => {
    expect(issues(profile({ education: { level: 'bachelor', graduatedOn: '2026-11-25' } }))).toEqual([
      { path: 'education.graduatedOn', message: '毕业时间不能晚于 2026-11-24（不能填将来的日期）' },
    ]);
    expect(issues(profile({ workPeriods: [{ from: '2021-02-29', kind: 'professional_technical' }] }))).toEqual([
      { path: 'workPeriods.0.from', message: '开始日期不是有效的日期' },
    ]);
    expect(issues(profile({ workPeriods: [{ from: '2021/02/01', kind: 'professional_technical' }] }))).toEqual([
      { path: 'workPeriods.0.from', message: '开始日期应为“年-月-日”格式，例如 2020-07-01' },
    ]);
    expect(issues(profile({ workPeriods: [{ from: '2'.repeat(100000), kind: 'professional_technical' }] }))).toEqual([
      { path: 'workPeriods.0.from', message: '开始日期应为“年-月-日”格式，例如 2020-07-01' },
    ]);
    expect(issues(profile({ skill: { level: 'technician', obtainedOn: '1949-12-31' } }))).toEqual([
      { path: 'skill.obtainedOn', message: '取得技能等级的时间不能早于 1950 年' },
    ]);
  });

  it('checks “not in the future” against each evaluation date, however many dates are asked in turn', () => {
    const graduated = profile({ education: { level: 'bachelor', graduatedOn: '2026-11-20' } });
    const dates = Array.from({ length: 12 }, (_, i) => `2026-11-${String(10 + i * 2).padStart(2, '0')}`);
    for (let round = 0; round < 2; round++) {
      for (const asOf of dates) expect({ asOf, ok: checkProfile(graduated, { asOf }).ok }).toEqual({ asOf, ok: asOf >= '2026-11-20' });
    }
  });

  it('rejects a work period ending before it starts, and a future end', () => {
    expect(
      issues(
        profile({
          workPeriods: [
            { from: '2020-01-01', to: '2019-12-31', kind: 'professional_technical' },
            { from: '2020-01-01', to: '2027-01-01', kind: 'technical_skill' },
          ],
        }),
      ),
    ).toEqual([
      { path: 'workPeriods.0.to', message: '结束日期不能早于开始日期' },
      { path: 'workPeriods.1.to', message: '结束日期不能晚于 2026-11-24（不能填将来的日期）' },
    ]);
  });

  it('rejects unknown values of every enumeration', () => {
    expect(
      issues(
        profile({
          sector: 'mars' as never,
          education: { level: 'kindergarten' as never, graduatedOn: '2010-07-01' },
          workPeriods: [{ from: '2015-07-01', kind: 'hobby' as never }],
          skill: { level: 'grandmaster' as never, obtainedOn: '2020-01-01' },
          appliedSeries: 'astrology' as never,
          currentTitle: { series: 'engineering', level: 'emperor' as never, obtainedOn: '2020-01-01' },
          paperReplacements: ['poem' as never],
          employerDistrict: '110101' as never,
          archiveHeldBy: 'cloud' as never,
        }),
      ),
    ).toEqual([
      { path: 'sector', message: '请选择单位性质' },
      { path: 'education.level', message: '请选择最高学历' },
      { path: 'workPeriods.0.kind', message: '请选择工作性质（专业技术工作 / 技术技能工作）' },
      { path: 'currentTitle.level', message: '请选择现有职称的级别' },
      { path: 'skill.level', message: '请选择技能等级（高级工 / 技师 / 高级技师）' },
      { path: 'appliedSeries', message: '请选择要申报的职称系列' },
      { path: 'paperReplacements.0', message: '可替代论文的成果：请从列表中选择' },
      { path: 'employerDistrict', message: '请选择单位所在旗县区' },
      { path: 'archiveHeldBy', message: '请选择档案存放在哪里' },
    ]);
  });

  it('rejects a level the series does not have, a missing graduation date, repeats, and too many periods', () => {
    expect(issues(profile({ currentTitle: { series: 'accounting', level: 'junior_staff', obtainedOn: '2020-01-01' } }))).toEqual([
      { path: 'currentTitle.level', message: '所选系列没有这一级职称' },
    ]);
    expect(issues(profile({ education: { level: 'bachelor' } }))).toEqual([{ path: 'education.graduatedOn', message: '请填写毕业时间' }]);
    expect(issues(profile({ education: { level: 'high_school_or_below' } }))).toEqual([]);
    expect(issues(profile({ majorContributions: ['invention', 'invention'] }))).toEqual([
      { path: 'majorContributions', message: '重大贡献不要重复选择' },
    ]);
    expect(issues(profile({ workPeriods: [] }))).toEqual([{ path: 'workPeriods', message: '请至少填写一段工作经历' }]);
    const many = Array.from({ length: MAX_WORK_PERIODS + 1 }, () => ({ from: '2020-01-01', kind: 'professional_technical' as const }));
    expect(issues(profile({ workPeriods: many }))).toEqual([{ path: 'workPeriods', message: `工作经历最多填写 ${MAX_WORK_PERIODS} 段` }]);
  });

  it('rejects huge strings, non-boolean answers and unknown fields, each at its own path', () => {
    expect(issues(profile({ workPeriods: [{ from: '2015-07-01', kind: 'professional_technical', note: '长'.repeat(100000) }] }))).toEqual([
      { path: 'workPeriods.0.note', message: '备注不超过 60 个字' },
    ]);
    expect(issues(profile({ achievements: { intermediate: 'yes' as never } }))).toEqual([
      { path: 'achievements.intermediate', message: '是否符合所申报系列中级职称的业绩成果条件：请回答“是”或“否”' },
    ]);
    expect(issues({ ...profile(), openid: 'forged', talent: { recognizedHighLevel: true, secret: 1 } })).toEqual([
      { path: 'talent.secret', message: '无法识别的项目“secret”，请删除' },
      { path: 'openid', message: '无法识别的项目“openid”，请删除' },
    ]);
  });

  it('evaluate refuses invalid input with the same field issues (AppError VALIDATION)', () => {
    expect(() => evaluate(profile({ sector: 'mars' as never }) as never, { asOf: AS_OF })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', issues: [{ path: 'sector', message: '请选择单位性质' }] }),
    );
    expect(() => evaluate(profile() as never, { asOf: '2026-13-01' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', issues: [{ path: 'asOf', message: '评估日期不是有效的日期' }] }),
    );
    // The profile's dates may not lie after the as-of date either.
    // (2022, not before 2015: before 2021-05-08 the document itself was not in force, see evaluate.test.ts.)
    expect(() =>
      evaluate(profile({ education: { level: 'bachelor', graduatedOn: '2023-07-01' } }) as never, { asOf: '2022-06-30' }),
    ).toThrow(
      expect.objectContaining({
        code: 'VALIDATION',
        issues: expect.arrayContaining([expect.objectContaining({ path: 'education.graduatedOn' })]),
      }),
    );
  });
});
