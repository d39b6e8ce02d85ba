/**
 * The self-check questionnaire's logic (client/src/features/check/services): answers → the engine's profile, which
 * questions are asked, where each issue is shown, the draft in storage, and how a result is put into words.
 */
const storage = new Map<string, unknown>();
jest.mock('@tarojs/taro', () => {
  const taro = {
    getStorageSync: (k: string) => storage.get(k) ?? '',
    setStorageSync: (k: string, v: unknown) => void storage.set(k, JSON.parse(JSON.stringify(v))),
    removeStorageSync: (k: string) => void storage.delete(k),
    navigateTo: jest.fn(() => Promise.resolve()),
    switchTab: jest.fn(() => Promise.resolve()),
  };
  return { __esModule: true, default: taro, ...taro };
});

import '../../../client/src/setup/zod';
import { checkProfile } from '@shared/policy/profile';
import { evaluate } from '@shared/policy/evaluate';
import type { EligibilityResult } from '@shared/policy/types';
import type { CheckForm } from '../../../client/src/features/check/services/form';
import { emptyForm, fromProfile, newPeriod, normalizeForm, toProfile } from '../../../client/src/features/check/services/form';
import { activeSteps, appliesTo, professionalYears, satisfies, sectorKind } from '../../../client/src/features/check/services/steps';
import {
  GENERAL,
  domIdOf,
  errorsByField,
  errorsOnStep,
  fieldOf,
  firstStepWithErrors,
  stepOfField,
  validateForm,
} from '../../../client/src/features/check/services/issues';
import {
  DRAFT_KEY,
  clearDraft,
  hasAnswers,
  loadDraft,
  newDraft,
  normalizeDraft,
  loadRounds,
  pickRound,
  saveDraft,
  saveRounds,
} from '../../../client/src/features/check/services/draft';
import {
  formatDate,
  plainSummary,
  sameVerdicts,
  shareText,
  shareTitle,
  sortRoutes,
  verdictText,
} from '../../../client/src/features/check/services/summary';
import { evaluateDraft, serverOutcome } from '../../../client/src/features/check/services/evaluate';
import { highestLikelyTitle } from '@shared/policy/headline';
import { formatTime } from '../../../client/src/services/dates';

const TODAY = '2026-11-24';

/** The e2e's applicant: 本科 2015, one ongoing professional-technical period, private firm, 工程技术. */
function engineer(patch: Partial<CheckForm> = {}): CheckForm {
  return {
    ...emptyForm(),
    sector: 'non_public_enterprise',
    archiveHeldBy: 'talent_centre',
    employerDistrict: '150203',
    employerInPark: 'no',
    educationLevel: 'bachelor',
    graduatedOn: '2015-07-01',
    periods: [{ ...newPeriod('2015-07-15'), ongoing: 'yes', kind: 'professional_technical' }],
    hasTitle: 'no',
    hasSkill: 'no',
    appliedSeries: 'engineering',
    wantedLevel: 'intermediate',
    roundId: 'none',
    achIntermediate: 'yes',
    achDeputySenior: 'unsure',
    special: 'no',
    ...patch,
  };
}

const profileOf = (form: CheckForm) => toProfile(form, appliesTo(form, TODAY));

describe('answers → profile', () => {
  it('builds a profile the engine accepts, leaving out what does not apply and what is unsure', () => {
    const p = profileOf(engineer());
    expect(p).toEqual({
      sector: 'non_public_enterprise',
      education: { level: 'bachelor', graduatedOn: '2015-07-01' },
      workPeriods: [{ from: '2015-07-15', to: null, kind: 'professional_technical' }],
      currentTitle: null,
      skill: null,
      appliedSeries: 'engineering',
      achievements: { intermediate: true },
      paperReplacements: [],
      talent: { recognizedHighLevel: false, broughtInByNonPublicFirm: false, keyIndustryUrgentNeed: false },
      majorContributions: [],
      employerDistrict: '150203',
      employerInPark: false,
      archiveHeldBy: 'talent_centre',
    });
    expect(checkProfile(p, { asOf: TODAY }).ok).toBe(true);
  });

  it('a public-sector person is asked none of the non-public questions', () => {
    const p = profileOf(
      engineer({ sector: 'state_owned_enterprise', hasSkill: 'yes', skillLevel: 'technician', paperReplacements: ['patent'] }),
    );
    expect(Object.keys(p).sort()).toEqual(['appliedSeries', 'currentTitle', 'education', 'sector', 'workPeriods']);
    expect(checkProfile(p, { asOf: TODAY }).ok).toBe(true);
  });

  it('an ended period carries its end date; the 第八条 details go in only after “是”', () => {
    const form = engineer({
      periods: [{ ...newPeriod('2015-07-15'), ongoing: 'no', to: '2020-01-31', kind: 'technical_skill', note: '  焊工 ' }],
      special: 'yes',
      recognizedHighLevel: 'yes',
      broughtInByNonPublicFirm: 'unsure',
      keyIndustryUrgentNeed: 'no',
      majorContributions: ['invention'],
    });
    const p = profileOf(form);
    expect(p.workPeriods).toEqual([{ from: '2015-07-15', to: '2020-01-31', kind: 'technical_skill', note: '  焊工 ' }]);
    expect(p.talent).toEqual({ recognizedHighLevel: true, keyIndustryUrgentNeed: false });
    expect(p.majorContributions).toEqual(['invention']);
  });

  it('a saved profile comes back as the same answers (editing a check from the history)', () => {
    const form = engineer({ hasTitle: 'yes', titleSeries: 'engineering', titleLevel: 'assistant', titleObtainedOn: '2018-09-30' });
    const p = profileOf(form) as unknown as Record<string, unknown>;
    const back = fromProfile(p);
    expect(profileOf({ ...back, achDeputySenior: 'unsure', wantedLevel: form.wantedLevel, roundId: 'none' })).toEqual(p);
    expect(back.special).toBe('no');
    expect(back.periods[0].ongoing).toBe('yes');
  });

  it('normalizes whatever storage holds: types enforced, sizes bounded, unknown values kept for the schema to name', () => {
    const form = normalizeForm({
      sector: 42,
      educationLevel: 'phd',
      hasTitle: 'maybe',
      periods: Array.from({ length: 50 }, () => ({ from: 'x'.repeat(500), ongoing: 'yes' })),
      paperReplacements: ['patent', 7],
    });
    expect(form.sector).toBe('');
    expect(form.educationLevel).toBe('phd');
    expect(form.hasTitle).toBe('');
    expect(form.periods).toHaveLength(20);
    expect(form.periods[0].from).toHaveLength(200);
    expect(form.paperReplacements).toEqual(['patent']);
    expect(normalizeForm(null)).toEqual({ ...emptyForm(), periods: [expect.objectContaining({ from: '' })] });
  });
});

describe('which questions are asked', () => {
  it('six steps for non-public staff, five (no 业绩成果) for public-sector staff', () => {
    expect(activeSteps(engineer())).toHaveLength(6);
    expect(activeSteps({ sector: '' })).toHaveLength(6);
    expect(activeSteps({ sector: 'public_institution' })).toEqual(['work', 'education', 'periods', 'title', 'series']);
    expect(sectorKind({ sector: 'flexible_employment' })).toBe('non_public');
  });

  it('skips questions that cannot change any route', () => {
    const a = appliesTo(engineer(), TODAY);
    expect(a).toMatchObject({
      skill: true,
      achIntermediate: true,
      achDeputySenior: true,
      achEngineering: false,
      special: true,
      graduatedOn: true,
    });
    // 3 years of work: 副高级 (12 years) is far away — not asked.
    const young = engineer({
      graduatedOn: '2023-07-01',
      periods: [{ ...newPeriod('2023-07-15'), ongoing: 'yes', kind: 'professional_technical' }],
    });
    expect(professionalYears(young, TODAY)).toBe(3);
    expect(appliesTo(young, TODAY).achDeputySenior).toBe(false);
    // …unless the 第八条 gate is open.
    expect(appliesTo({ ...young, special: 'yes' }, TODAY).achDeputySenior).toBe(true);
    // 高中: neither the graduation date nor 第二条's achievements; a skill certificate asks 第七条's.
    const worker = engineer({ educationLevel: 'high_school_or_below', hasSkill: 'yes' });
    expect(appliesTo(worker, TODAY)).toMatchObject({ graduatedOn: false, achIntermediate: false, achEngineering: true });
    // Flexible employment: no employer district or park.
    expect(appliesTo(engineer({ sector: 'flexible_employment' }), TODAY)).toMatchObject({
      employerDistrict: false,
      employerInPark: false,
      archiveHeldBy: true,
    });
  });

  it('reads 第七条’s technical-school equivalence and the graduate-degree reading', () => {
    expect(satisfies('tech_school_preparatory_technician', 'bachelor')).toBe(true);
    expect(satisfies('tech_school_senior', 'bachelor')).toBe(false);
    expect(satisfies('tech_school_senior', 'junior_college')).toBe(true);
    expect(satisfies('doctorate', 'bachelor')).toBe(true);
    expect(satisfies('secondary_vocational', 'junior_college')).toBe(false);
  });
});

describe('issues → questions and steps', () => {
  it('maps schema, function and form paths to one question, its step and its element id', () => {
    const cases: [string, string, string | null, string][] = [
      ['profile.workPeriods.0.from', 'workPeriods.0.from', 'periods', 'check-work-periods-0-from'],
      ['workPeriods.2.to', 'workPeriods.2.to', 'periods', 'check-work-periods-2-to'],
      ['workPeriods.1.bogus', 'workPeriods.1', 'periods', 'check-work-periods-1'],
      ['workPeriods', 'workPeriods', 'periods', 'check-work-periods'],
      ['education', 'education.level', 'education', 'check-education-level'],
      ['profile.education.graduatedOn', 'education.graduatedOn', 'education', 'check-education-graduated-on'],
      ['currentTitle.level', 'currentTitle.level', 'title', 'check-current-title-level'],
      ['client.hasSkill', 'client.hasSkill', 'title', 'check-has-skill'],
      ['paperReplacements.1', 'paperReplacements', 'achievements', 'check-paper-replacements'],
      ['talent', 'talent.recognizedHighLevel', 'achievements', 'check-talent-recognized-high-level'],
      ['roundId', 'roundId', 'series', 'check-round-id'],
      ['sector', 'sector', 'work', 'check-sector'],
      ['mystery', GENERAL, null, 'check-(整体)'],
    ];
    for (const [path, field, step, id] of cases) {
      expect([path, fieldOf(path), stepOfField(fieldOf(path)), domIdOf(fieldOf(path))]).toEqual([path, field, step, id]);
    }
  });

  it('an empty questionnaire: a plain message under every required question, first on 第 1 步', () => {
    const errors = validateForm(emptyForm(), TODAY);
    expect(errors).toMatchObject({
      sector: '请选择单位性质',
      'education.level': '请选择最高学历',
      'workPeriods.0.from': '请填写开始日期',
      'workPeriods.0.ongoing': '请选择这段工作现在是否还在做',
      'workPeriods.0.kind': expect.stringContaining('请选择工作性质'),
      'client.hasTitle': '请选择您现在有没有职称',
      appliedSeries: '请选择要申报的职称系列',
    });
    expect(firstStepWithErrors(errors, activeSteps(emptyForm()))).toBe('work');
    expect(Object.keys(errorsOnStep(errors, 'series'))).toEqual(['appliedSeries']);
  });

  it('dates in the future, an end before the start, unknown levels and huge strings are named under their question', () => {
    const errors = validateForm(
      engineer({
        graduatedOn: '2030-07-01',
        educationLevel: 'bachelor',
        periods: [
          { ...newPeriod('2016-03-01'), ongoing: 'no', to: '2015-09-30', kind: 'professional_technical', note: '字'.repeat(61) },
          { ...newPeriod('2020-01-01'), ongoing: 'no', to: '', kind: 'astronaut' },
        ],
        hasTitle: 'yes',
        titleSeries: 'engineering',
        titleLevel: 'grandmaster',
        titleObtainedOn: '2019-13-01',
      }),
      TODAY,
    );
    expect(errors['education.graduatedOn']).toBe(`毕业时间不能晚于 ${TODAY}（不能填将来的日期）`);
    expect(errors['workPeriods.0.to']).toBe('结束日期不能早于开始日期');
    expect(errors['workPeriods.0.note']).toBe('备注不超过 60 个字');
    expect(errors['workPeriods.1.to']).toBe('请选择结束日期');
    expect(errors['workPeriods.1.kind']).toContain('请选择工作性质');
    expect(errors['currentTitle.level']).toBe('请选择现有职称的级别');
    expect(errors['currentTitle.obtainedOn']).toBe('取得职称的时间不是有效的日期');
    for (const field of Object.keys(errors)) expect(stepOfField(field)).not.toBeNull();
  });

  it('the form’s own questions must be answered where they apply', () => {
    expect(validateForm(engineer(), TODAY)).toEqual({});
    const errors = validateForm(engineer({ special: 'yes', achIntermediate: '' }), TODAY);
    expect(errors).toMatchObject({
      'achievements.intermediate': '请选择“是”“否”或“不确定”',
      'talent.recognizedHighLevel': '请选择“是”“否”或“不确定”',
    });
    expect(validateForm(engineer({ sector: 'public_institution', special: '', hasSkill: '' }), TODAY)).toEqual({});
  });

  it('the function’s issues land on the same questions', () => {
    const errors = errorsByField([
      { path: 'profile.workPeriods.0.from', message: '开始日期不能晚于 2026-11-24（不能填将来的日期）' },
      { path: 'roundId', message: '请重新选择评审轮次' },
    ]);
    expect(errors).toEqual({ 'workPeriods.0.from': '开始日期不能晚于 2026-11-24（不能填将来的日期）', roundId: '请重新选择评审轮次' });
    expect(firstStepWithErrors(errors, activeSteps(engineer()))).toBe('periods');
  });
});

describe('the draft in storage', () => {
  beforeEach(() => storage.clear());

  it('is saved under checkDraft, restored, and cleared by 重新填写', () => {
    expect(loadDraft()).toBeNull();
    const draft = { ...newDraft(), form: engineer(), step: 'periods', stepIndex: 2 };
    const stamp = saveDraft(draft);
    expect(storage.has(DRAFT_KEY)).toBe(true);
    const back = loadDraft()!;
    expect(back.savedAt).toBe(stamp);
    expect(back.form).toEqual(draft.form);
    expect(back.step).toBe('periods');
    expect(hasAnswers(back)).toBe(true);
    clearDraft();
    expect(loadDraft()).toBeNull();
  });

  it('ignores what is not a draft and repairs what is damaged', () => {
    expect(normalizeDraft('hello')).toBeNull();
    expect(normalizeDraft({ v: 2, form: {} })).toBeNull();
    const d = normalizeDraft({
      v: 1,
      form: { sector: 'non_public_enterprise' },
      stepIndex: -3,
      totalSteps: 'x',
      serverIssues: [{ path: 'a' }, { path: 'sector', message: 'm' }],
    })!;
    expect(d.stepIndex).toBe(0);
    expect(d.totalSteps).toBe(6);
    expect(d.serverIssues).toEqual([{ path: 'sector', message: 'm' }]);
    expect(hasAnswers(normalizeDraft({ v: 1, form: {} }))).toBe(false);
  });

  it('keeps only a round’s own fields', () => {
    const round = {
      id: 'r1',
      name: '2026年度评审',
      applyFrom: '2026-11-01',
      applyTo: '2027-01-08',
      seniorityCutoff: '2026-12-31',
      publishedBy: '包头市人力资源和社会保障局',
      publishedAt: '2026-10-01T00:00:00.000Z',
    };
    expect(pickRound({ ...round, version: 3 } as never)).toEqual(round);
  });
});

describe('the result in words', () => {
  const result = evaluate(profileOf(engineer()) as never, { asOf: TODAY });

  it('chips say 可能符合 / 暂未满足（date起可能符合） / 不符合 / 需要您确认', () => {
    expect(verdictText('likely')).toBe('可能符合');
    expect(verdictText('not_yet', '2027-07-14')).toBe('暂未满足（2027 年 7 月 14 日起可能符合）');
    expect(verdictText('not_eligible')).toBe('不符合');
    expect(verdictText('confirm')).toBe('需要您确认');
    expect(formatDate('2015-07-01')).toBe('2015 年 7 月 1 日');
  });

  it('shows an instant in Baotou time whatever the phone’s time zone (a 09:00 defense reads 09:00)', () => {
    expect(formatTime('2026-12-10T01:00:00.000Z')).toBe('2026-12-10 09:00');
    expect(formatTime('2026-12-10T09:00:00+08:00')).toBe('2026-12-10 09:00');
    expect(formatTime('2026-12-31T16:30:00Z')).toBe('2027-01-01 00:30');
    expect(formatTime('不是时间')).toBe('不是时间');
  });

  it('orders the cards as the headline does: best verdict first, the route it names first', () => {
    const sorted = sortRoutes(result.routes);
    expect(sorted[0].id).toBe('art2-intermediate');
    expect(sorted[0].id).toBe(highestLikelyTitle(result).routeId);
    const ranks = sorted.map((r) => r.verdict);
    expect(ranks.indexOf('not_eligible')).toBeGreaterThan(ranks.lastIndexOf('likely'));
  });

  it('shares 「我可能符合申报工程师的条件（职称通自测）」 and a short text', () => {
    expect(shareTitle(result)).toBe('我可能符合申报工程师的条件（职称通自测）');
    const text = shareText(result);
    expect(text).toContain('工程师（第二条：直接申报中级）：可能符合');
    expect(text).toContain('不是人社部门的最终认定');
    expect(text.split('\n').length).toBeLessThanOrEqual(6);
  });

  it('drops the engine’s label from the summary (the chip says it)', () => {
    const r = result.routes.find((x) => x.id === 'art2-intermediate')!;
    expect(r.summary.startsWith('很可能符合：')).toBe(true);
    expect(plainSummary(r).startsWith('按您填写的情况')).toBe(true);
  });

  it('compares the phone’s and the function’s verdicts route by route', () => {
    const later = evaluate(profileOf(engineer()) as never, { asOf: '2027-08-01' });
    expect(sameVerdicts(result, result)).toBe(true);
    expect(sameVerdicts(result, later)).toBe(false);
  });
});

describe('the phone’s evaluation and the function’s answer', () => {
  it('evaluates a finished draft; an unfinished or broken one says so', () => {
    expect(evaluateDraft(null, TODAY).kind).toBe('none');
    expect(evaluateDraft({ ...newDraft(), form: engineer() }, TODAY).kind).toBe('incomplete');
    const ok = evaluateDraft({ ...newDraft(), form: engineer(), completed: true }, TODAY);
    expect(ok.kind).toBe('ok');
    const bad = evaluateDraft({ ...newDraft(), form: engineer({ graduatedOn: '2031-01-01' }), completed: true }, TODAY);
    expect(bad).toEqual({ kind: 'invalid', errors: { 'education.graduatedOn': expect.stringContaining('不能填将来的日期') } });
  });

  it('counts to the chosen round’s cut-off', () => {
    const round = {
      id: 'r1',
      name: '2026年度评审',
      applyFrom: '2026-11-01',
      applyTo: '2027-01-08',
      seniorityCutoff: '2026-12-31',
      publishedBy: '包头市人力资源和社会保障局',
      publishedAt: '2026-10-01T00:00:00.000Z',
    };
    const out = evaluateDraft({ ...newDraft(), form: engineer({ roundId: 'r1' }), round, completed: true }, TODAY);
    expect(out.kind === 'ok' && out.result.countedTo).toMatchObject({ date: '2026-12-31', basis: 'round_cutoff', roundId: 'r1' });
    expect(out.kind === 'ok' && out.roundId).toBe('r1');
  });

  it('reads the function’s envelope: same, differs, sign in, field issues, failure', () => {
    const out = evaluateDraft({ ...newDraft(), form: engineer(), completed: true }, TODAY);
    if (out.kind !== 'ok') throw new Error('expected a result');
    const local: EligibilityResult = out.result;
    const later = evaluate(profileOf(engineer()) as never, { asOf: '2027-08-01' });
    expect(serverOutcome(local, { ok: true, data: { result: local, savedId: 's1' }, requestId: 'x' })).toEqual({
      kind: 'same',
      result: local,
      savedId: 's1',
    });
    expect(serverOutcome(local, { ok: true, data: { result: later }, requestId: 'x' }).kind).toBe('differs');
    expect(serverOutcome(local, { ok: false, code: 'UNAUTHENTICATED', message: '请先登录', requestId: 'x' })).toEqual({
      kind: 'unauthenticated',
    });
    const issues = [{ path: 'profile.workPeriods.0.from', message: 'm' }];
    expect(serverOutcome(local, { ok: false, code: 'VALIDATION', message: 'm', requestId: 'x', issues })).toEqual({
      kind: 'invalid',
      message: 'm',
      issues,
    });
    expect(serverOutcome(local, { ok: false, code: 'INTERNAL', message: '系统繁忙，请稍后再试', requestId: 'x' })).toEqual({
      kind: 'error',
      message: '系统繁忙，请稍后再试',
    });
  });
});

describe('issue 7: the phone counts to the open round unless the person chose otherwise', () => {
  const open = {
    id: 'r-open',
    name: '2026年度工程系列社会化评审',
    applyFrom: '2026-11-01',
    applyTo: '2026-12-31',
    seniorityCutoff: '2021-06-30',
    publishedBy: '包头市人力资源和社会保障局',
    publishedAt: '2026-10-01T00:00:00.000Z',
  };
  const upcoming = {
    ...open,
    id: 'r-next',
    name: '2027年度评审',
    applyFrom: '2027-03-01',
    applyTo: '2027-03-31',
    seniorityCutoff: '2026-12-31',
  };
  const done = (patch: Partial<CheckForm> = {}) => ({ ...newDraft(), form: engineer(patch), completed: true });

  it.each(['none', ''])('roundId %p (暂不选择) counts to the open round the phone listed, and says which', (roundId) => {
    const out = evaluateDraft(done({ roundId }), TODAY, [upcoming, open]);
    if (out.kind !== 'ok') throw new Error(out.kind);
    expect(out.result.countedTo).toMatchObject({ date: '2021-06-30', basis: 'round_cutoff', by: 'default', roundId: 'r-open' });
    expect(out.result.calendar.socialized.note).toContain('正在申报：“2026年度工程系列社会化评审”');
    expect(out.result.calendar.socialized.note).not.toContain('还没有在本程序发布');
    // The function is asked without a round: it counts to the open one itself.
    expect(out.roundId).toBeUndefined();
    expect(out.countToAsOf).toBeUndefined();
  });

  it('按今天计算 counts to today, says the person chose it, and asks the function the same', () => {
    const out = evaluateDraft(done({ roundId: 'today' }), TODAY, [open]);
    if (out.kind !== 'ok') throw new Error(out.kind);
    expect(out.result.countedTo).toMatchObject({ date: TODAY, basis: 'as_of', by: 'choice' });
    expect(out.result.countedTo.explanation).toContain('您选择了不按评审轮次');
    expect(out.countToAsOf).toBe(true);
  });

  it('without a list (offline, never listed) it counts to today without claiming no round was published', () => {
    const out = evaluateDraft(done(), TODAY, null);
    if (out.kind !== 'ok') throw new Error(out.kind);
    expect(out.result.countedTo).toMatchObject({ basis: 'as_of', by: 'default' });
    expect(out.result.calendar.socialized.note).not.toContain('还没有在本程序发布');
  });

  it('keeps the listed rounds in storage, only their own fields, bounded', () => {
    expect(loadRounds()).toBeNull();
    saveRounds([{ ...open, version: 2 } as never, upcoming]);
    expect(loadRounds()).toEqual([open, upcoming]);
    saveRounds(Array.from({ length: 30 }, (_, i) => ({ ...open, id: `r${i}` })));
    expect(loadRounds()).toHaveLength(20);
  });

  it('a function that counted to another date differs, even with the same verdicts', () => {
    const mine = evaluateDraft(done(), TODAY, [open]);
    const theirs = evaluateDraft(done(), TODAY, []);
    if (mine.kind !== 'ok' || theirs.kind !== 'ok') throw new Error('expected results');
    expect(serverOutcome(mine.result, { ok: true, data: { result: mine.result }, requestId: 'x' }).kind).toBe('same');
    expect(serverOutcome(mine.result, { ok: true, data: { result: theirs.result }, requestId: 'x' }).kind).toBe('differs');
  });
});
