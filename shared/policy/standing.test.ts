import { CLAUSES } from './clauses';
import { INTERPRETATIONS } from './interpretations';
import {
  educationEquivalence,
  educationStandingOf,
  isNonPublicSector,
  satisfiesEducation,
  sectorKind,
  usesTechSchoolEquivalence,
} from './standing';

const TODAY = '2026-11-24';

describe('第七条: technical-school classes count as 中专, 大专, 本科', () => {
  it.each`
    level                                   | standing                  | bachelor | juniorCollege
    ${'tech_school_intermediate'}           | ${'secondary_vocational'} | ${false} | ${false}
    ${'tech_school_senior'}                 | ${'junior_college'}       | ${false} | ${true}
    ${'tech_school_preparatory_technician'} | ${'bachelor'}             | ${true}  | ${true}
  `('$level stands as $standing', ({ level, standing, bachelor, juniorCollege }) => {
    expect(educationStandingOf(level, TODAY)).toBe(standing);
    expect(usesTechSchoolEquivalence(level, TODAY)).toBe(true);
    expect(satisfiesEducation(level, 'bachelor', TODAY)).toBe(bachelor);
    expect(satisfiesEducation(level, 'junior_college', TODAY)).toBe(juniorCollege);
    expect(educationEquivalence(level, TODAY)).toEqual({ kind: 'tech_school', standing });
  });

  it('reads the equivalence from the rule data (an edit moves it)', () => {
    const clauses = {
      ...CLAUSES,
      第七条: {
        ...CLAUSES['第七条'],
        parameters: {
          ...CLAUSES['第七条'].parameters,
          techSchoolEquivalence: { values: [{ from: '2021-05-08', value: {}, ref: '测试' }] },
        },
      },
    };
    expect(educationStandingOf('tech_school_preparatory_technician', TODAY, { clauses, interpretations: INTERPRETATIONS })).toBe(
      'high_school_or_below',
    );
  });
});

describe('第二条 with the graduate-degree reading: 硕士、博士 count as 「大学本科毕业」', () => {
  it.each`
    level                     | bachelor | juniorCollege | equivalence
    ${'doctorate'}            | ${true}  | ${true}       | ${{ kind: 'counts_as', standing: 'bachelor' }}
    ${'master'}               | ${true}  | ${true}       | ${{ kind: 'counts_as', standing: 'bachelor' }}
    ${'bachelor'}             | ${true}  | ${true}       | ${null}
    ${'junior_college'}       | ${false} | ${true}       | ${null}
    ${'secondary_vocational'} | ${false} | ${false}      | ${null}
    ${'high_school_or_below'} | ${false} | ${false}      | ${null}
    ${''}                     | ${false} | ${false}      | ${null}
  `('$level', ({ level, bachelor, juniorCollege, equivalence }) => {
    expect(satisfiesEducation(level, 'bachelor', TODAY)).toBe(bachelor);
    expect(satisfiesEducation(level, 'junior_college', TODAY)).toBe(juniorCollege);
    expect(educationEquivalence(level, TODAY)).toEqual(equivalence);
    expect(usesTechSchoolEquivalence(level, TODAY)).toBe(false);
  });
});

describe('interpretation non-public-scope: who 第二条、第七条、第八条 apply to', () => {
  it('non-public enterprises, social organizations and the flexibly employed; not answered is unknown', () => {
    expect(['non_public_enterprise', 'social_organization', 'flexible_employment'].map((s) => sectorKind(s))).toEqual([
      'non_public',
      'non_public',
      'non_public',
    ]);
    expect(['public_institution', 'state_owned_enterprise', 'government_agency'].every((s) => !isNonPublicSector(s))).toBe(true);
    expect(sectorKind('public_institution')).toBe('public');
    expect(sectorKind('')).toBe('unknown');
  });
});
