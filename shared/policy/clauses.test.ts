import { CLAUSES, CLAUSE_IDS } from './clauses';
import type { ClauseId } from './clauses';
import { parametersAt } from './parameters';
import { INTERPRETATIONS } from './interpretations';
import { DEFAULT_RULESET, LAST_REVIEWED, RULESET_VERSION } from './ruleset';
import { SERIES_CATALOGUE, SERIES_IDS, levelsOf, nextLevel } from './series';
import { SOURCE_TEXT } from './source';

describe('the document as data (包人社办字〔2021〕82号)', () => {
  it('has every clause, 第一条 to 第九条 and both attachments, effective 2021-05-08', () => {
    expect(Object.keys(CLAUSES)).toEqual([...CLAUSE_IDS]);
    for (const c of Object.values(CLAUSES)) {
      expect(c.citation).toBe(`包人社办字〔2021〕82号 ${c.id}`);
      expect(c.effectiveFrom).toBe('2021-05-08');
      expect(c.plain.length).toBeGreaterThan(10);
      expect(c.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('dates every parameter: one value each, from the document’s date, citing its own clause', () => {
    for (const c of Object.values(CLAUSES)) {
      const params = Object.entries(c.parameters as unknown as Record<string, { values: { from: string; ref: string }[] }>);
      expect(params.length).toBeGreaterThan(0);
      for (const [, dated] of params) expect(dated.values.map((v) => [v.from, v.ref])).toEqual([['2021-05-08', c.citation]]);
    }
  });

  it.each(CLAUSE_IDS.map((id) => [id]))('%s quotes the original text exactly', (id) => {
    const c = CLAUSES[id];
    expect(SOURCE_TEXT).toContain(c.text);
    for (const quote of Object.values(c.quotes as Record<string, string>)) {
      expect(c.text).toContain(quote);
    }
  });

  it('keeps the numbers of the rules as parameters', () => {
    const at = <C extends ClauseId>(id: C) => parametersAt({ clauses: CLAUSES }, id, '2026-11-24');
    expect(at('第二条').paths.map((p) => [p.level, p.options.map((o) => `${o.education}+${o.years}`), p.excludedMethods])).toEqual([
      ['intermediate', ['bachelor+5', 'junior_college+8'], []],
      ['deputy_senior', ['bachelor+12'], ['exam_review']],
    ]);
    expect(at('第七条').bridges.map((b) => [b.skill, b.years, b.level])).toEqual([
      ['senior_worker', 2, 'assistant'],
      ['technician', 3, 'intermediate'],
      ['senior_technician', 4, 'deputy_senior'],
    ]);
    expect(at('第七条').techSchoolEquivalence).toEqual({
      tech_school_intermediate: 'secondary_vocational',
      tech_school_senior: 'junior_college',
      tech_school_preparatory_technician: 'bachelor',
    });
    expect(at('第三条').replacements).toHaveLength(5);
    expect(at('第四条').continuingEducationRequired).toBe(false);
    expect(at('第八条').majorContributions).toHaveLength(5);
    expect(at('附件1 第二项')).toEqual({
      roundsPerYear: 4,
      applicationMonthOfQuarter: 1,
      reviewMonthOfQuarter: 2,
      certificateMonthOfQuarter: 3,
    });
    expect(at('第一条').bodies.map((b) => b.id)).toEqual(['talent_centre', 'district_bureau', 'social_org', 'service_point']);
  });
});

describe('interpretations are reviewable data', () => {
  it.each(Object.entries(INTERPRETATIONS))('%s states the question, the clause, the reading and when it was reviewed', (id, i) => {
    expect(i.id).toBe(id);
    expect(i.statement.length).toBeGreaterThan(5);
    expect(i.reading.length).toBeGreaterThan(5);
    expect(i.clauses.length).toBeGreaterThan(0);
    for (const c of i.clauses) expect(CLAUSE_IDS).toContain(c);
    expect(i.editable).toBe(true);
    expect(i.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('includes every interpretation POLICY.md names', () => {
    for (const id of [
      'graduate-degree-counts-as-bachelor',
      'achievements-self-declared',
      'seniority-counted-to-cutoff',
      'series-catalogue-defaults',
      'exam-levels',
    ]) {
      expect(INTERPRETATIONS).toHaveProperty(id);
      expect(INTERPRETATIONS[id as keyof typeof INTERPRETATIONS].source).toBe('POLICY.md');
    }
  });
});

describe('series catalogue (POLICY.md defaults, verify with the bureau)', () => {
  const methods = (id: (typeof SERIES_IDS)[number]) => {
    const s = SERIES_CATALOGUE[id];
    return [s.levels.assistant?.method, s.levels.intermediate?.method, s.levels.deputy_senior?.method];
  };

  it.each`
    series                 | junior      | intermediate | deputy
    ${'engineering'}       | ${'review'} | ${'review'}  | ${'review'}
    ${'agriculture'}       | ${'review'} | ${'review'}  | ${'review'}
    ${'arts_crafts'}       | ${'review'} | ${'review'}  | ${'review'}
    ${'laboratory'}        | ${'review'} | ${'review'}  | ${'review'}
    ${'archives'}          | ${'review'} | ${'review'}  | ${'review'}
    ${'library'}           | ${'review'} | ${'review'}  | ${'review'}
    ${'mass_culture'}      | ${'review'} | ${'review'}  | ${'review'}
    ${'cultural_heritage'} | ${'review'} | ${'review'}  | ${'review'}
    ${'journalism'}        | ${'review'} | ${'review'}  | ${'review'}
    ${'publishing'}        | ${'review'} | ${'review'}  | ${'review'}
    ${'accounting'}        | ${'exam'}   | ${'exam'}    | ${'exam_review'}
    ${'economics'}         | ${'exam'}   | ${'exam'}    | ${'exam_review'}
    ${'auditing'}          | ${'exam'}   | ${'exam'}    | ${'exam_review'}
    ${'statistics'}        | ${'exam'}   | ${'exam'}    | ${'exam_review'}
    ${'health'}            | ${'exam'}   | ${'exam'}    | ${'exam_review'}
    ${'computer_software'} | ${'exam'}   | ${'exam'}    | ${'exam'}
  `('$series: 初级 $junior, 中级 $intermediate, 副高级 $deputy', ({ series, junior, intermediate, deputy }) => {
    expect(methods(series)).toEqual([junior, intermediate, deputy]);
    expect(SERIES_CATALOGUE[series as 'engineering'].verifyWithBureau).toBe(true);
  });

  it('names the engineering titles and finds the next level', () => {
    expect(levelsOf(SERIES_CATALOGUE, 'engineering').map((l) => SERIES_CATALOGUE.engineering.levels[l]!.titleName)).toEqual([
      '技术员',
      '助理工程师',
      '工程师',
      '高级工程师',
      '正高级工程师',
    ]);
    expect(nextLevel(SERIES_CATALOGUE, 'engineering', 'assistant')).toBe('intermediate');
    expect(nextLevel(SERIES_CATALOGUE, 'accounting')).toBe('assistant');
    expect(nextLevel(SERIES_CATALOGUE, 'computer_software', 'deputy_senior')).toBeUndefined();
  });

  it('the ruleset has a version and a last-reviewed date', () => {
    expect(DEFAULT_RULESET.version).toBe(RULESET_VERSION);
    expect(LAST_REVIEWED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
