import { INTERPRETATIONS } from './interpretations';
import { CLAUSES } from './clauses';
import type { PartialAnswers } from './questions';
import { DEPUTY_QUESTION_MARGIN, article2Options, professionalYearsSoFar, questionsThatMatter } from './questions';

const TODAY = '2026-06-30';
const engineer = (extra: PartialAnswers = {}): PartialAnswers => ({
  sector: 'non_public_enterprise',
  educationLevel: 'bachelor',
  graduatedOn: '2010-07-01',
  periods: [{ from: '2010-07-15', to: null, kind: 'professional_technical' }],
  ...extra,
});

describe('which questions matter for a partial profile', () => {
  it('nothing answered: every non-public question may matter, the graduation date not yet', () => {
    expect(questionsThatMatter({}, TODAY)).toEqual({
      employerDistrict: true,
      employerInPark: true,
      archiveHeldBy: true,
      graduatedOn: false,
      skill: true,
      achIntermediate: false,
      achDeputySenior: false,
      achEngineering: false,
      paperReplacements: true,
      special: true,
    });
  });

  it('public-sector staff are asked none of the non-public questions (interpretation non-public-scope)', () => {
    const q = questionsThatMatter(engineer({ sector: 'public_institution', hasSkill: true, special: true }), TODAY);
    expect(Object.entries(q).filter(([, v]) => v)).toEqual([['graduatedOn', true]]);
  });

  it('第二条 中级: asked when the education meets 本科 or 大专 (technical-school classes by 第七条)', () => {
    expect(questionsThatMatter(engineer({ educationLevel: 'junior_college' }), TODAY).achIntermediate).toBe(true);
    expect(questionsThatMatter(engineer({ educationLevel: 'tech_school_senior' }), TODAY).achIntermediate).toBe(true);
    expect(questionsThatMatter(engineer({ educationLevel: 'tech_school_intermediate' }), TODAY).achIntermediate).toBe(false);
    expect(questionsThatMatter(engineer({ educationLevel: 'secondary_vocational', special: true }), TODAY).achIntermediate).toBe(true);
  });

  it(`第二条 副高级: 本科 and within ${DEPUTY_QUESTION_MARGIN} years of its 12, or the 第八条 gate open`, () => {
    expect(article2Options('deputy_senior', TODAY)).toEqual([{ education: 'bachelor', years: 12 }]);
    const tenYears = engineer({ graduatedOn: '2016-06-30', periods: [{ from: '2016-06-30', to: null, kind: 'professional_technical' }] });
    expect(professionalYearsSoFar(tenYears, TODAY)).toBe(10);
    expect(questionsThatMatter(tenYears, TODAY).achDeputySenior).toBe(true);
    const nine = { ...tenYears, periods: [{ from: '2017-06-30', to: null, kind: 'professional_technical' }] };
    expect(questionsThatMatter(nine, TODAY).achDeputySenior).toBe(false);
    expect(questionsThatMatter({ ...nine, special: true }, TODAY).achDeputySenior).toBe(true);
    expect(questionsThatMatter(engineer({ educationLevel: 'tech_school_preparatory_technician' }), TODAY).achDeputySenior).toBe(true);
    expect(questionsThatMatter(engineer({ educationLevel: 'junior_college' }), TODAY).achDeputySenior).toBe(false);
  });

  it('第七条: the engineering achievements are asked of a skill holder; 第一条: no employer district for the flexibly employed', () => {
    expect(questionsThatMatter(engineer({ hasSkill: true }), TODAY).achEngineering).toBe(true);
    expect(questionsThatMatter(engineer({ sector: 'flexible_employment' }), TODAY)).toMatchObject({
      employerDistrict: false,
      employerInPark: false,
      archiveHeldBy: true,
    });
  });
});

describe('第二条 years so far: professional-technical work after graduation (interpretation work-after-graduation)', () => {
  const mixed: PartialAnswers = {
    graduatedOn: '2020-06-30',
    periods: [
      { from: '2018-06-30', to: null, kind: 'professional_technical' },
      { from: '2010-01-01', to: null, kind: 'technical_skill' },
      { from: 'not a date', to: null, kind: 'professional_technical' },
      { from: '2027-01-01', to: null, kind: 'professional_technical' },
    ],
  };

  it('counts from graduation, only 第二条’s kind of work, skipping periods not yet valid or in the future', () => {
    expect(professionalYearsSoFar(mixed, TODAY)).toBe(6);
    expect(professionalYearsSoFar({}, TODAY)).toBe(0);
    expect(professionalYearsSoFar({ periods: [{ from: '2020-01-01', to: '2019-01-01', kind: 'professional_technical' }] }, TODAY)).toBe(6);
  });

  it('counts before graduation too when the interpretation is turned off', () => {
    const off = {
      ...INTERPRETATIONS,
      'work-after-graduation': { ...INTERPRETATIONS['work-after-graduation'], parameters: { afterGraduationOnly: false } },
    };
    expect(professionalYearsSoFar(mixed, TODAY, { clauses: CLAUSES, interpretations: off })).toBe(8);
  });
});
