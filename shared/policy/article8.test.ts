import { conditionOf, profile, route, run } from '../../test/fixtures/policy';

const young = {
  workPeriods: [{ from: '2025-01-01', to: null, kind: 'professional_technical' as const }],
  education: { level: 'doctorate' as const, graduatedOn: '2024-12-31' },
};

describe('第八条 green channel: relaxed seniority for introduced high-level talent and key-industry talent', () => {
  it.each`
    talent                                                                                           | deputy       | verdict           | why
    ${{ recognizedHighLevel: true, broughtInByNonPublicFirm: true }}                                 | ${true}      | ${'likely'}       | ${'recognized, introduced, achievements declared'}
    ${{ recognizedHighLevel: true, broughtInByNonPublicFirm: true }}                                 | ${undefined} | ${'confirm'}      | ${'achievements not answered'}
    ${{ recognizedHighLevel: true, broughtInByNonPublicFirm: true }}                                 | ${false}     | ${'not_eligible'} | ${'achievements not met'}
    ${{ recognizedHighLevel: true, broughtInByNonPublicFirm: false, keyIndustryUrgentNeed: false }}  | ${true}      | ${'not_eligible'} | ${'recognized but not introduced by a non-public firm'}
    ${{ recognizedHighLevel: false, broughtInByNonPublicFirm: false, keyIndustryUrgentNeed: true }}  | ${true}      | ${'confirm'}      | ${'key-industry talent: the bureau decides'}
    ${{}}                                                                                            | ${true}      | ${'confirm'}      | ${'talent questions not answered'}
    ${{ recognizedHighLevel: false, broughtInByNonPublicFirm: false, keyIndustryUrgentNeed: false }} | ${true}      | ${'not_eligible'} | ${'neither'}
  `('$why → $verdict', ({ talent, deputy, verdict }) => {
    const r = route(run(profile({ ...young, talent, achievements: { deputySenior: deputy } })), 'art8-green-deputy-senior');
    expect(r.verdict).toBe(verdict);
  });

  it('does not count years, opens the green channel and the socialized one, and reviews at the region', () => {
    const r = route(
      run(profile({ ...young, talent: { recognizedHighLevel: true, broughtInByNonPublicFirm: true } })),
      'art8-green-deputy-senior',
    );
    expect(r.conditions.some((c) => c.kind === 'seniority')).toBe(false);
    expect(conditionOf(r, 'seniority-relaxed').quote).toContain('可放宽资历、年限等待条件限制');
    expect(r.nextSteps!.channels.map((c) => c.id)).toEqual(['green', 'socialized']);
    expect(r.nextSteps!.reviewer.map((x) => x.body)).toEqual(['自治区人力资源和社会保障厅', '自治区各高评委']);
    expect(r.nextSteps!.reviewer[0].quote).toBe('由自治区人办资源和社会保障厅组织评审。');
    expect(r.nextSteps!.calendar.greenChannel?.next.applicationMonth).toBe('2027-01');
    expect(r.nextSteps!.checklist.some((c) => c.channel === 'green' && c.item.includes('花名册'))).toBe(true);
  });

  it('points exam-only levels to the exam', () => {
    const r = route(
      run(profile({ ...young, appliedSeries: 'computer_software', talent: { recognizedHighLevel: true, broughtInByNonPublicFirm: true } })),
      'art8-green-intermediate',
    );
    expect(r).toMatchObject({ verdict: 'not_eligible', redirect: { kind: 'exam' } });
  });
});

describe('第八条 major contributions: direct application for a senior (副高级) title', () => {
  it.each`
    contributions                                       | verdict
    ${['invention']}                                    | ${'likely'}
    ${['research_breakthrough', 'engineering_problem']} | ${'likely'}
    ${[]}                                               | ${'not_eligible'}
    ${undefined}                                        | ${'confirm'}
  `('$contributions → $verdict', ({ contributions, verdict }) => {
    const r = route(run(profile({ ...young, majorContributions: contributions })), 'art8-direct-senior');
    expect(r.verdict).toBe(verdict);
    expect(r.title).toMatchObject({ level: 'deputy_senior', titleName: '高级工程师' });
  });

  it('lists what was declared, says it cannot be verified, and goes through socialized review (green too if introduced)', () => {
    const r = route(run(profile({ ...young, majorContributions: ['invention'] })), 'art8-direct-senior');
    expect(conditionOf(r, 'major-contribution').detail).toContain('具有重大发明创造（由您自行申报，本程序无法核验');
    expect(r.channels).toEqual(['socialized']);
    expect(r.interpretations).toEqual(expect.arrayContaining(['direct-senior-is-deputy', 'major-contribution-channel']));
    const introduced = route(
      run(profile({ ...young, majorContributions: ['invention'], talent: { recognizedHighLevel: true, broughtInByNonPublicFirm: true } })),
      'art8-direct-senior',
    );
    expect(introduced.channels).toEqual(['socialized', 'green']);
  });

  it('needs the exam first where 副高级 is exam plus review', () => {
    const r = route(run(profile({ ...young, appliedSeries: 'accounting', majorContributions: ['invention'] })), 'art8-direct-senior');
    expect(r).toMatchObject({ verdict: 'confirm', redirect: { kind: 'exam_review' } });
    expect(conditionOf(r, 'method').status).toBe('unknown');
  });
});
