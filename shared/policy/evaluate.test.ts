import engineer from './examples/engineer-bachelor-6y.json';
import talent from './examples/high-level-talent.json';
import technician from './examples/technician-3y.json';
import { checkAndEvaluate, DISCLAIMER } from './evaluate';
import { AS_OF, profile, round, route, run } from './fixtures';
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
      expect(steps.continuingEducationRequired).toBeNull();
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
    expect(s.continuingEducationRequired).toBe(false);
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
