import fc from 'fast-check';
import { addDays, dayNumber, fromDayNumber, maxDate } from '../time/dates';
import { AS_OF, round, run } from '../../test/fixtures/policy';
import type { ProfileInput } from './profile';
import { SERIES_IDS } from './series';
import type { EligibilityResult } from './types';
import { VERDICT_RANK } from './types';
import type { EducationLevel } from './vocabulary';
import { EDUCATION_LEVELS, MAJOR_CONTRIBUTIONS, SECTORS, SKILL_LEVELS, TITLE_LEVELS, WORK_KINDS } from './vocabulary';

const FIRST = dayNumber('1995-01-01');
const LAST = dayNumber(AS_OF);
const date = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
const answer = fc.constantFrom(true, false, undefined);

const period = fc
  .record({
    start: fc.integer({ min: FIRST, max: LAST }),
    length: fc.option(fc.integer({ min: 0, max: 6000 }), { nil: null }),
    kind: fc.constantFrom(...WORK_KINDS),
  })
  .map(({ start, length, kind }) => ({
    from: fromDayNumber(start),
    to: length === null ? null : fromDayNumber(Math.min(LAST, start + length)),
    kind,
  }));

const arbProfile: fc.Arbitrary<ProfileInput> = fc.record({
  sector: fc.constantFrom(...SECTORS),
  education: fc.record({ level: fc.constantFrom(...EDUCATION_LEVELS), graduatedOn: date }),
  workPeriods: fc.array(period, { minLength: 1, maxLength: 4 }),
  skill: fc.option(fc.record({ level: fc.constantFrom(...SKILL_LEVELS), obtainedOn: date }), { nil: undefined }),
  appliedSeries: fc.constantFrom(...SERIES_IDS),
  currentTitle: fc.option(
    fc.record({ series: fc.constant('engineering' as const), level: fc.constantFrom(...TITLE_LEVELS), obtainedOn: date }),
    { nil: undefined },
  ),
  achievements: fc.record({ intermediate: answer, deputySenior: answer, engineering: answer }),
  talent: fc.record({ recognizedHighLevel: answer, broughtInByNonPublicFirm: answer, keyIndustryUrgentNeed: answer }),
  majorContributions: fc.option(fc.subarray([...MAJOR_CONTRIBUTIONS]), { nil: undefined }),
});

/** Each route of `after` is at least as good as the same route of `before`. */
function neverWorse(before: EligibilityResult, after: EligibilityResult) {
  expect(after.routes.map((r) => r.id)).toEqual(before.routes.map((r) => r.id));
  before.routes.forEach((r, i) => {
    const later = after.routes[i];
    if (VERDICT_RANK[later.verdict] < VERDICT_RANK[r.verdict]) {
      throw new Error(`${r.id}: ${r.verdict} → ${later.verdict}`);
    }
    if (r.verdict === 'not_yet' && later.verdict === 'not_yet') expect(later.eligibleFrom! <= r.eligibleFrom!).toBe(true);
  });
}

// Standings by 第七条's equivalence; a level never ranks below one it is compared with.
const STANDING: Record<EducationLevel, number> = {
  high_school_or_below: 0,
  secondary_vocational: 1,
  tech_school_intermediate: 1,
  junior_college: 2,
  tech_school_senior: 2,
  bachelor: 3,
  tech_school_preparatory_technician: 3,
  master: 4,
  doctorate: 5,
};

describe('monotonicity: more years or a higher qualification never makes a person less eligible', () => {
  it('more years: an earlier start of a period', () => {
    fc.assert(
      fc.property(arbProfile, fc.nat({ max: 3000 }), fc.nat({ max: 3 }), (p, days, which) => {
        const i = which % p.workPeriods.length;
        const longer = {
          ...p,
          workPeriods: p.workPeriods.map((w, j) => (j === i ? { ...w, from: maxDate('1995-01-01', addDays(w.from, -days)) } : w)),
        };
        neverWorse(run(p), run(longer));
      }),
    );
  });

  it('more years: an extra period', () => {
    fc.assert(fc.property(arbProfile, period, (p, extra) => neverWorse(run(p), run({ ...p, workPeriods: [...p.workPeriods, extra] }))));
  });

  it('more years: a later evaluation date', () => {
    fc.assert(fc.property(arbProfile, fc.nat({ max: 5000 }), (p, days) => neverWorse(run(p), run(p, { asOf: addDays(AS_OF, days) }))));
  });

  it('a higher education (same graduation date)', () => {
    fc.assert(
      fc.property(arbProfile, fc.constantFrom(...EDUCATION_LEVELS), fc.constantFrom(...EDUCATION_LEVELS), (p, a, b) => {
        const [low, high] = STANDING[a] <= STANDING[b] ? [a, b] : [b, a];
        const at = (level: EducationLevel) => ({ ...p, education: { level, graduatedOn: p.education.graduatedOn } });
        neverWorse(run(at(low)), run(at(high)));
      }),
    );
  });

  it('a higher skill level (same date)', () => {
    fc.assert(
      fc.property(arbProfile, date, fc.constantFrom(...SKILL_LEVELS), fc.constantFrom(...SKILL_LEVELS), (p, obtainedOn, a, b) => {
        const [low, high] = SKILL_LEVELS.indexOf(a) <= SKILL_LEVELS.indexOf(b) ? [a, b] : [b, a];
        neverWorse(run({ ...p, skill: { level: low, obtainedOn } }), run({ ...p, skill: { level: high, obtainedOn } }));
      }),
    );
  });
});

describe('on the eligible-from date the verdict turns', () => {
  // Biased towards someone still counting: non-public, with recent ongoing work of either kind.
  const recent = fc
    .record({ start: fc.integer({ min: LAST - 15 * 365, max: LAST }), kind: fc.constantFrom(...WORK_KINDS) })
    .map(({ start, kind }) => ({ from: fromDayNumber(start), to: null, kind }));
  const waiting = fc
    .tuple(arbProfile, recent, fc.constantFrom('non_public_enterprise' as const, 'flexible_employment' as const))
    .map(([p, w, sector]) => ({ ...p, sector, workPeriods: [w] }));

  it('evaluated on that date: no longer "not yet"; the day before: still "not yet" with the same date', () => {
    fc.assert(
      fc.property(waiting, (p) => {
        const pending = run(p).routes.filter((x) => x.verdict === 'not_yet');
        fc.pre(pending.length > 0);
        for (const r of pending) {
          const on = run(p, { asOf: r.eligibleFrom! }).routes.find((x) => x.id === r.id)!;
          const before = run(p, { asOf: addDays(r.eligibleFrom!, -1) }).routes.find((x) => x.id === r.id)!;
          expect(['likely', 'confirm']).toContain(on.verdict);
          expect(before).toMatchObject({ verdict: 'not_yet', eligibleFrom: r.eligibleFrom });
        }
      }),
      { numRuns: 60 },
    );
  });

  it('with a round: a cut-off on that date turns it, a cut-off the day before does not', () => {
    fc.assert(
      fc.property(waiting, (p) => {
        const pending = run(p).routes.filter((x) => x.verdict === 'not_yet');
        fc.pre(pending.length > 0);
        for (const r of pending) {
          const at = (cutoff: string) => {
            const applyFrom = maxDate(cutoff, '2021-05-08');
            return round({ seniorityCutoff: cutoff, applyFrom, applyTo: addDays(applyFrom, 30) });
          };
          const on = run(p, { round: at(r.eligibleFrom!) }).routes.find((x) => x.id === r.id)!;
          const before = run(p, { round: at(addDays(r.eligibleFrom!, -1)) }).routes.find((x) => x.id === r.id)!;
          expect(['likely', 'confirm']).toContain(on.verdict);
          expect(before.verdict).toBe('not_yet');
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('robustness', () => {
  it('every valid profile evaluates, and every route cites a clause for every condition', () => {
    fc.assert(
      fc.property(arbProfile, (p) => {
        const result = run(p);
        expect(result.routes.length).toBeGreaterThan(0);
        for (const r of result.routes) {
          if (r.verdict === 'not_yet') expect(r.eligibleFrom! > result.countedTo.date).toBe(true);
          for (const c of r.conditions) expect(c.quote.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
