/**
 * Where a person stands under the rules, from single answers (a sector, an education level) rather than a
 * whole profile: the engine's routes and the questionnaire (which asks before the profile is complete) both
 * read these, so "who is non-public" and "what counts as 本科" are decided here only. What 第七条 converts is read
 * as it stands on `asOf` (the evaluation date, or today for the questionnaire).
 */
import type { IsoDate } from '../time/dates';
import type { Ruleset } from './ruleset';
import { valueAt } from './parameters';
import { CLAUSES } from './clauses';
import { INTERPRETATIONS } from './interpretations';
import type { EducationStanding } from './vocabulary';
import { EDUCATION_STANDINGS } from './vocabulary';

/** The part of a ruleset these read (the full ruleset also fits). */
export type StandingRules = Pick<Ruleset, 'clauses' | 'interpretations'>;

export const DEFAULT_STANDING_RULES: StandingRules = { clauses: CLAUSES, interpretations: INTERPRETATIONS };

/** Interpretation non-public-scope: the sectors 第二条, 第七条 and 第八条 apply to. */
export function isNonPublicSector(sector: string, rules: StandingRules = DEFAULT_STANDING_RULES): boolean {
  return (rules.interpretations['non-public-scope'].parameters.nonPublicSectors as readonly string[]).includes(sector);
}

/** Non-public, public (only the ordinary route), or not answered yet (''). */
export function sectorKind(sector: string, rules: StandingRules = DEFAULT_STANDING_RULES): 'non_public' | 'public' | 'unknown' {
  if (!sector) return 'unknown';
  return isNonPublicSector(sector, rules) ? 'non_public' : 'public';
}

/** The standing 第七条 gives a technical-school class (技工院校), if the level is one (none before 第七条 is in force). */
function techSchoolStanding(level: string, asOf: IsoDate, rules: StandingRules): EducationStanding | undefined {
  const equivalence = valueAt(rules, '第七条', 'techSchoolEquivalence', asOf)?.value as
    Partial<Record<string, EducationStanding>> | undefined;
  return equivalence?.[level];
}

/** Does 第七条's technical-school equivalence decide this level's standing? */
export function usesTechSchoolEquivalence(level: string, asOf: IsoDate, rules: StandingRules = DEFAULT_STANDING_RULES): boolean {
  return techSchoolStanding(level, asOf, rules) !== undefined;
}

/** The academic standing of an education level, technical-school classes converted by 第七条. */
export function educationStandingOf(level: string, asOf: IsoDate, rules: StandingRules = DEFAULT_STANDING_RULES): EducationStanding {
  const converted = techSchoolStanding(level, asOf, rules);
  if (converted) return converted;
  return (EDUCATION_STANDINGS as readonly string[]).includes(level) ? (level as EducationStanding) : 'high_school_or_below';
}

/** Does the level count as 「<required>毕业」 (interpretation graduate-degree-counts-as-bachelor)? */
export function satisfiesEducation(
  level: string,
  required: EducationStanding,
  asOf: IsoDate,
  rules: StandingRules = DEFAULT_STANDING_RULES,
): boolean {
  const accepted = rules.interpretations['graduate-degree-counts-as-bachelor'].parameters.satisfies[required] ?? [required];
  return accepted.includes(educationStandingOf(level, asOf, rules));
}

/**
 * What the questionnaire notes beside an education level: the standing 第七条 converts a technical-school class
 * to, or the graduation a higher degree counts as (a level that is not itself a required standing but meets
 * one: 硕士 counts as 「大学本科毕业」). Null when the level stands for itself.
 */
export type EducationEquivalence =
  { kind: 'tech_school'; standing: EducationStanding } | { kind: 'counts_as'; standing: EducationStanding };

export function educationEquivalence(
  level: string,
  asOf: IsoDate,
  rules: StandingRules = DEFAULT_STANDING_RULES,
): EducationEquivalence | null {
  const converted = techSchoolStanding(level, asOf, rules);
  if (converted) return { kind: 'tech_school', standing: converted };
  const satisfies = rules.interpretations['graduate-degree-counts-as-bachelor'].parameters.satisfies;
  const required = (Object.keys(satisfies) as EducationStanding[]).sort(
    (a, b) => EDUCATION_STANDINGS.indexOf(b) - EDUCATION_STANDINGS.indexOf(a),
  );
  if ((required as string[]).includes(level)) return null;
  const met = required.find((r) => satisfiesEducation(level, r, asOf, rules));
  return met ? { kind: 'counts_as', standing: met } : null;
}
