import engineer from '../../test/fixtures/profiles/engineer-bachelor-6y.json';
import talent from '../../test/fixtures/profiles/high-level-talent.json';
import technician from '../../test/fixtures/profiles/technician-3y.json';
import { checkAndEvaluate, DISCLAIMER } from './evaluate';
import { AS_OF, profile, round, route, run } from '../../test/fixtures/policy';
import { CLAUSES, citation } from './clauses';
import type { ClauseId } from './clauses';
import type { ProfileInput } from './profile';
import type { NextSteps } from './types';
import { ROUTE_IDS } from './types';

describe('evaluate: the whole result', () => {
  it('lists every route for a non-public applicant, in the order of the document', () => {
    const result = run(profile({ skill: { level: 'technician', obtainedOn: '2018-01-01' } }));
    expect(result.routes.map((r) => r.id)).toEqual([...ROUTE_IDS]);
    expect(result.disclaimer).toBe(DISCLAIMER);
    expect(result.disclaimer).toContain('不是人社部门的最终认定');
    expect(result.sector).toEqual({ id: 'non_public_enterprise', label: '非公有制企业（民营、私营、外资企业等）', nonPublic: true });
    expect(result.document.number).toBe('包人社办字〔2021〕82号');
  });

  it.each(['public_institution', 'state_owned_enterprise', 'government_agency'])(
    'a %s applicant gets only the ordinary route',
    (sector) => {
      const result = run(profile({ sector: sector as never }));
      expect(result.routes.map((r) => r.id)).toEqual(['ordinary']);
      expect(result.sector.nonPublic).toBe(false);
      expect(result.notices[0]).toContain('第二条、第七条、第八条的专门途径不适用');
      const steps = result.routes[0].nextSteps!;
      expect(steps.continuingEducation).toBeNull();
      expect(steps.papersReplaceable).toBeNull();
      expect(steps.separateGrouping).toBeNull();
      expect(steps.submissionBodies.map((b) => b.id)).toEqual(['employer']);
    },
  );

  it.each(['social_organization', 'flexible_employment'])(
    'a %s applicant counts as non-public (interpretation non-public-scope)',
    (sector) => {
      expect(run(profile({ sector: sector as never })).sector.nonPublic).toBe(true);
    },
  );

  it('every condition cites its clause and quotes it', () => {
    const result = run(profile({ skill: { level: 'senior_technician', obtainedOn: '2018-01-01' }, majorContributions: ['invention'] }));
    for (const r of result.routes) {
      for (const c of r.conditions) {
        expect(c.citation).toBe(`包人社办字〔2021〕82号 ${c.clause}`);
        expect(c.quote.length).toBeGreaterThan(5);
        expect(['met', 'unmet', 'unknown']).toContain(c.status);
      }
    }
  });

  it('lists the interpretations it applied, each with its reading and review date', () => {
    const result = run(profile());
    const ids = result.interpretations.map((i) => i.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'seniority-counted-to-cutoff',
        'full-years-by-days',
        'graduate-degree-counts-as-bachelor',
        'achievements-self-declared',
      ]),
    );
    for (const i of result.interpretations) expect(i.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('is deterministic', () => {
    expect(run(profile())).toEqual(run(profile()));
    expect(JSON.parse(JSON.stringify(run(profile())))).toEqual(run(profile()));
  });
});

describe('next steps on a likely route', () => {
  const steps = (overrides = {}, id: (typeof ROUTE_IDS)[number] = 'art2-intermediate', r?: ReturnType<typeof round>) =>
    route(run(profile(overrides), r ? { round: r } : {}), id).nextSteps!;

  it('states the non-public privileges of 第三条, 第四条 and 第五条', () => {
    const s = steps({ paperReplacements: ['patent', 'standard'] });
    expect(s.continuingEducation).toEqual({
      required: false,
      detail: '非公领域专业技术人才申报职称，不硬性要求继续教育学时。',
      clause: '第四条',
      citation: '包人社办字〔2021〕82号 第四条',
      quote: '对非公有制领域专业技术人才继续教育不作硬性要求。',
    });
    expect(s.papersReplaceable).toMatchObject({
      clause: '第三条',
      by: ['专利成果', '技术突破', '工艺流程', '标准开发', '成果转化'],
      yours: ['专利成果', '标准开发'],
    });
    expect(s.separateGrouping).toMatchObject({ marker: '非公领域', clause: '第五条' });
    expect(s.checklist.some((c) => c.clause === '第三条' && c.item.includes('专利成果、标准开发'))).toBe(true);
  });

  it.each`
    overrides                                                         | first                | reason
    ${{ archiveHeldBy: 'talent_centre', employerDistrict: '150203' }} | ${'talent_centre'}   | ${'档案存放在人才交流服务机构'}
    ${{ employerDistrict: '150203' }}                                 | ${'district_bureau'} | ${'昆都仑区人社局'}
    ${{ employerDistrict: '150203', employerInPark: true }}           | ${'service_point'}   | ${'园区'}
    ${{ sector: 'flexible_employment', employerDistrict: '150203' }}  | ${'talent_centre'}   | ${'灵活就业人员'}
    ${{}}                                                             | ${'district_bureau'} | ${'填写单位所在旗县区后'}
    ${{ employerDistrict: '150271' }}                                 | ${'district_bureau'} | ${'稀土高新区组织人社部'}
  `('puts $first first for $overrides', ({ overrides, first, reason }) => {
    const bodies = steps(overrides).submissionBodies;
    expect(bodies).toHaveLength(4);
    expect(bodies[0]).toMatchObject({ id: first, bestFit: true, clause: '第一条' });
    expect(bodies[0].reason + bodies[0].name).toContain(reason);
    expect(bodies.filter((b) => b.bestFit)).toHaveLength(1);
  });

  it('sends junior and intermediate to the city, senior to the region’s 高评委; defense for intermediate only', () => {
    const mid = steps();
    expect(mid.reviewer).toEqual([
      expect.objectContaining({ channel: 'socialized', body: '包头市人社局（或旗县区人社局）', clause: '附件2 第三项' }),
    ]);
    expect(mid.defense).toMatchObject({
      required: true,
      quote: '其中申报中级职称的参评人员需参加评审答辩，答辩前一周通过包头市人才资源和社会保障网发布答辩通知。',
    });
    const senior = route(
      run(
        profile({
          education: { level: 'bachelor', graduatedOn: '2010-07-01' },
          workPeriods: [{ from: '2010-07-01', kind: 'professional_technical' }],
        }),
      ),
      'art2-deputy-senior',
    );
    expect(senior.verdict).toBe('likely');
    expect(senior.nextSteps!.reviewer[0].body).toBe('自治区各高评委');
    expect(senior.nextSteps!.defense.required).toBe(false);
  });

  it('gives the published round’s dates, including the defense period', () => {
    const r = round({ seniorityCutoff: '2026-09-30', applyTo: '2026-12-31', defenseFrom: '2027-01-10', defenseTo: '2027-01-12' });
    const s = steps({}, 'art2-intermediate', r);
    expect(s.calendar.socialized).toMatchObject({ status: 'open', round: { id: '2026-social-1' } });
    expect(s.calendar.greenChannel).toBeUndefined();
    expect(s.defense).toMatchObject({ required: true, from: '2027-01-10', to: '2027-01-12' });
    expect(s.defense.detail).toContain('本轮答辩安排在 2027-01-10 至 2027-01-12');
  });

  it('gives a materials checklist for the channel, each item with its clause', () => {
    const s = steps({ currentTitle: { series: 'engineering', level: 'assistant', obtainedOn: '2018-01-01' } });
    const items = s.checklist.map((c) => c.item);
    expect(items).toEqual(
      expect.arrayContaining([
        '下载并线下填写《专业技术资格评审表》《专业技术资格送审表》',
        '最高学历毕业证书',
        '现有职称证书',
        '从事专业技术工作的年限证明',
      ]),
    );
    for (const c of s.checklist) expect(c.quote.length).toBeGreaterThan(5);
  });

  it('gives no next steps where the verdict is not eligible', () => {
    expect(route(run(profile({ achievements: { intermediate: false } })), 'art2-intermediate').nextSteps).toBeUndefined();
  });
});

describe('the ordinary route says plainly what the product cannot judge', () => {
  it('targets the next level of the series and asks the person to check the standards', () => {
    const r = route(run(profile({ currentTitle: { series: 'engineering', level: 'intermediate', obtainedOn: '2020-07-01' } })), 'ordinary');
    expect(r.verdict).toBe('confirm');
    expect(r.title.titleName).toBe('高级工程师');
    expect(r.redirect).toMatchObject({ kind: 'standards' });
    expect(r.conditions.find((c) => c.id === 'standards')!.detail).toContain('本程序无法判断');
    expect(r.conditions.find((c) => c.id === 'standards')!.detail).toContain('至 2026-11-24 已 6 年');
  });

  it('names both junior grades when there is no title, and points exam series to the exam', () => {
    expect(route(run(profile()), 'ordinary').title.titleName).toBe('技术员或助理工程师');
    expect(route(run(profile({ appliedSeries: 'accounting' })), 'ordinary')).toMatchObject({
      title: { titleName: '助理会计师' },
      redirect: { kind: 'exam' },
    });
  });

  it('is not eligible at the top of the series', () => {
    const top = profile({ currentTitle: { series: 'engineering', level: 'full_senior', obtainedOn: '2020-07-01' } });
    expect(route(run(top), 'ordinary').verdict).toBe('not_eligible');
  });
});

describe('the example profiles', () => {
  it.each`
    name            | input         | likely
    ${'engineer'}   | ${engineer}   | ${['art2-intermediate']}
    ${'technician'} | ${technician} | ${['art7-assistant', 'art7-intermediate']}
    ${'talent'}     | ${talent}     | ${['art2-intermediate', 'art8-green-intermediate', 'art8-green-deputy-senior', 'art8-direct-senior']}
  `('$name', ({ input, likely }) => {
    const r = checkAndEvaluate(input, { asOf: AS_OF });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.routes.filter((x) => x.verdict === 'likely').map((x) => x.id)).toEqual(likely);
  });

  it('prefixes round issues with round.', () => {
    expect(checkAndEvaluate(engineer, { asOf: AS_OF, round: { ...round(), applyTo: '2026-08-01' } })).toEqual({
      ok: false,
      issues: [{ path: 'round.applyTo', message: '申报截止日期不能早于申报开始日期' }],
    });
    expect(checkAndEvaluate(engineer, { asOf: AS_OF, round: null })).toEqual({
      ok: false,
      issues: [{ path: 'round', message: '请填写评审轮次' }],
    });
  });
});

describe('seniority is counted to the open round unless the person chose otherwise (issue 7)', () => {
  // Six years of work by 2026-11-24 but under five by 2021-06-30: the cut-off decides 第二条 中级.
  const p = profile({
    education: { level: 'bachelor', graduatedOn: '2016-07-01' },
    workPeriods: [{ from: '2016-07-01', kind: 'professional_technical' }],
  });
  const open = round({
    id: 'open-1',
    name: '2026年度工程系列评审',
    applyFrom: '2026-11-01',
    applyTo: '2026-12-31',
    seniorityCutoff: '2021-06-29',
  });
  const later = round({
    id: 'open-2',
    name: '2026年度第二批评审',
    applyFrom: '2026-11-20',
    applyTo: '2027-01-31',
    seniorityCutoff: '2026-06-30',
  });
  const evaluateWith = (options: object) => {
    const r = checkAndEvaluate(p, { asOf: AS_OF, ...options });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value;
  };

  it('with no round chosen, counts to the open round closing first and names it', () => {
    const result = evaluateWith({ rounds: [later, open] });
    expect(result.countedTo).toMatchObject({ date: '2021-06-29', basis: 'round_cutoff', by: 'default', roundId: 'open-1' });
    expect(result.countedTo.explanation).toBe(
      '您没有选择评审轮次。“2026年度工程系列评审”正在申报（2026-11-01 至 2026-12-31），工作年限按它公布的年限计算截止日 2021-06-29 计算；同时在申报的还有“2026年度第二批评审”。如要按别的轮次或按评估当天计算，可以修改答案另选。',
    );
    expect(route(result, 'art2-intermediate').verdict).toBe('not_yet');
    expect(route(result, 'art2-intermediate').conditions.find((c) => c.id === 'seniority')!.detail).toContain(
      '截至 2021-06-29（正在申报的“2026年度工程系列评审”的年限计算截止日）',
    );
    expect(result.calendar.socialized).toMatchObject({
      round: { id: 'open-1' },
      by: 'default',
      open: [{ id: 'open-1' }, { id: 'open-2' }],
    });
    expect(result.calendar.socialized.note).not.toContain('还没有在本程序发布');
  });

  it('a chosen round wins over the default', () => {
    const result = evaluateWith({ round: later, rounds: [later, open] });
    expect(result.countedTo).toMatchObject({ date: '2026-06-30', by: 'choice', roundId: 'open-2' });
    expect(result.countedTo.explanation).toBe('工作年限计算到您选择的“2026年度第二批评审”公布的年限计算截止日 2026-06-30。');
    expect(route(result, 'art2-intermediate').verdict).toBe('likely');
  });

  it('counting to the evaluation date is the person’s choice, and the result says so', () => {
    const result = evaluateWith({ rounds: [open], countToAsOf: true });
    expect(result.countedTo).toMatchObject({ date: AS_OF, basis: 'as_of', by: 'choice' });
    expect(result.countedTo.explanation).toBe(
      `您选择了不按评审轮次，工作年限计算到评估当天 ${AS_OF}（正在申报的“2026年度工程系列评审”的年限计算截止日是 2021-06-29）；正式申报时以当轮公布的截止日为准。`,
    );
    expect(route(result, 'art2-intermediate').verdict).toBe('likely');
  });

  it('without open rounds counts to the evaluation date; without the list it does not claim none was published', () => {
    const none = evaluateWith({ rounds: [round()] });
    expect(none.countedTo).toMatchObject({ date: AS_OF, basis: 'as_of', by: 'default' });
    expect(none.countedTo.explanation).toBe(
      `目前没有正在申报的评审轮次，工作年限暂时计算到评估当天 ${AS_OF}；正式申报时以当轮公布的截止日为准。`,
    );
    const unknown = evaluateWith({});
    expect(unknown.countedTo.explanation).toBe(
      `还没有选择评审轮次，工作年限暂时计算到评估当天 ${AS_OF}；正式申报时以当轮公布的截止日为准。`,
    );
    expect(unknown.calendar.socialized.roundsKnown).toBe(false);
  });

  it('reads a published round again when it changes (a corrected cut-off counts at once)', () => {
    expect(evaluateWith({ rounds: [open] }).countedTo.date).toBe('2021-06-29');
    expect(evaluateWith({ rounds: [{ ...open, seniorityCutoff: '2021-06-30' }] }).countedTo.date).toBe('2021-06-30');
    expect(evaluateWith({ rounds: [open] }).countedTo.date).toBe('2021-06-29');
  });

  it('leaves out a published round it cannot read instead of failing the person’s check', () => {
    const result = evaluateWith({ rounds: [{ ...open, applyTo: 'soon' }, later, 'junk'] });
    expect(result.countedTo).toMatchObject({ roundId: 'open-2', by: 'default' });
  });
});

describe('every next step cites its clause, quoted from the clause data', () => {
  /** Every step of a route's next steps, by where it sits; anything that is not a cited step is reported. */
  function stepsOf(steps: NextSteps): { at: string; step: unknown }[] {
    const out: { at: string; step: unknown }[] = [];
    for (const [key, value] of Object.entries(steps)) {
      if (value === null) continue; // the step does not apply (public-sector applicants)
      if (Array.isArray(value)) value.forEach((step, i) => out.push({ at: `${key}.${i}`, step }));
      else if (key === 'calendar') for (const [k, step] of Object.entries(value as object)) out.push({ at: `calendar.${k}`, step });
      else out.push({ at: key, step: value });
    }
    return out;
  }

  const profiles: [string, ProfileInput][] = [
    ['engineer', engineer as ProfileInput],
    ['technician', technician as ProfileInput],
    ['high-level talent', talent as ProfileInput],
    ['public institution', profile({ sector: 'public_institution' })],
    ['flexible employment', profile({ sector: 'flexible_employment', employerDistrict: '150203', paperReplacements: ['patent'] })],
    [
      'skilled worker with a title',
      profile({
        skill: { level: 'senior_technician', obtainedOn: '2016-01-01' },
        currentTitle: { series: 'engineering', level: 'assistant', obtainedOn: '2018-01-01' },
      }),
    ],
    [
      'major contribution',
      profile({ majorContributions: ['invention'], talent: { recognizedHighLevel: true, broughtInByNonPublicFirm: true } }),
    ],
  ];
  const when: [string, { asOf?: string; round?: ReturnType<typeof round> }][] = [
    ['no round', {}],
    ['a round with a defense', { round: round({ applyTo: '2026-12-31', defenseFrom: '2027-01-10', defenseTo: '2027-01-12' }) }],
    ['in an application month', { asOf: '2027-01-05' }],
  ];

  it.each(profiles.flatMap(([name, p]) => when.map(([w, o]) => [name, w, p, o] as const)))('%s, %s', (_name, _when, p, o) => {
    const result = run(p, o);
    const walked = result.routes.filter((r) => r.nextSteps).flatMap((r) => stepsOf(r.nextSteps!).map((s) => ({ ...s, route: r.id })));
    expect(walked.length).toBeGreaterThan(10);
    for (const { at, step, route: id } of walked) {
      const where = `${id} ${at}`;
      expect({ where, isStep: typeof step === 'object' && step !== null && 'clause' in step }).toEqual({ where, isStep: true });
      const { clause, citation: cited, quote } = step as { clause: ClauseId; citation: string; quote: string };
      expect({ where, known: clause in CLAUSES }).toEqual({ where, known: true });
      expect({ where, cited }).toEqual({ where, cited: citation(clause) });
      expect({ where, quoted: typeof quote === 'string' && quote.length > 0 && CLAUSES[clause].text.includes(quote) }).toEqual({
        where,
        quoted: true,
      });
    }
  });
});
