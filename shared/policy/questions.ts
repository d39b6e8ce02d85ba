/**
 * Which questions of the self-check matter for a profile still being filled in: a question that cannot change
 * any route is not asked. Read from the rule data (who is non-public, what counts as 本科/大专, the years
 * 第二条 asks), so an officer's edit of the rules moves the questions with it.
 */
import type { IsoDate } from '../time/dates';
import { isIsoDate } from '../time/dates';
import type { Article2Path } from './clauses';
import { parameterAt } from './parameters';
import { checkSeniority } from './seniority';
import type { StandingRules } from './standing';
import { DEFAULT_STANDING_RULES, satisfiesEducation, sectorKind } from './standing';

export const QUESTION_IDS = [
  'employerDistrict',
  'employerInPark',
  'archiveHeldBy',
  'graduatedOn',
  'skill',
  'achIntermediate',
  'achDeputySenior',
  'achEngineering',
  'paperReplacements',
  'special',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];
export type QuestionsThatMatter = Record<QuestionId, boolean>;

/** What is answered so far; anything may be missing or not yet a valid value. */
export interface PartialAnswers {
  sector?: string;
  educationLevel?: string;
  graduatedOn?: string;
  /** Work periods as entered: an open period has `to` null or missing. */
  periods?: readonly { from?: string; to?: string | null; kind?: string }[];
  hasSkill?: boolean;
  /** The 第八条 gate (引进的高层次人才 / 急需紧缺人才 / 重大贡献) answered 「是」. */
  special?: boolean;
}

/** 副高级's years are far off for most: its achievements are asked only within this many years of them. */
export const DEPUTY_QUESTION_MARGIN = 2;

/** 第二条's options for a path on `asOf`: the education and years each asks. */
export function article2Options(
  id: Article2Path['id'],
  asOf: IsoDate,
  rules: StandingRules = DEFAULT_STANDING_RULES,
): Article2Path['options'] {
  return parameterAt(rules, '第二条', 'paths', asOf).find((p) => p.id === id)?.options ?? [];
}

/**
 * Full years of 第二条's kind of work (professional-technical) up to `asOf`, counted from graduation when the
 * interpretation work-after-graduation says so. Periods not yet valid are skipped; 0 while nothing counts.
 */
export function professionalYearsSoFar(a: PartialAnswers, asOf: IsoDate, rules: StandingRules = DEFAULT_STANDING_RULES): number {
  const kind = parameterAt(rules, '第二条', 'workKind', asOf);
  const periods = (a.periods ?? [])
    .filter((p): p is { from: IsoDate; to?: string | null; kind: string } => p.kind === kind && isIsoDate(p.from) && p.from <= asOf)
    .map((p) => ({ from: p.from, to: isIsoDate(p.to) && p.to >= p.from ? p.to : null, kind }));
  if (!periods.length) return 0;
  const afterGraduation = rules.interpretations['work-after-graduation'].parameters.afterGraduationOnly;
  const g = a.graduatedOn;
  const since = afterGraduation && isIsoDate(g) && g <= asOf ? g : undefined;
  return checkSeniority(periods, { kind, years: 1, countedTo: asOf, ...(since ? { since } : {}) }).count.fullYears;
}

export function questionsThatMatter(a: PartialAnswers, asOf: IsoDate, rules: StandingRules = DEFAULT_STANDING_RULES): QuestionsThatMatter {
  // Until the sector is known the non-public questions are asked: they may matter.
  const nonPublic = sectorKind(a.sector ?? '', rules) !== 'public';
  const special = nonPublic && a.special === true;
  const level = a.educationLevel ?? '';
  const hasEmployer = nonPublic && a.sector !== 'flexible_employment';
  const meets = (o: { education: Article2Path['options'][number]['education'] }) => satisfiesEducation(level, o.education, asOf, rules);
  const deputy = article2Options('deputy_senior', asOf, rules);
  const deputyNear =
    deputy.some(meets) &&
    professionalYearsSoFar(a, asOf, rules) >= Math.min(...deputy.filter(meets).map((o) => o.years)) - DEPUTY_QUESTION_MARGIN;
  return {
    employerDistrict: hasEmployer,
    employerInPark: hasEmployer,
    archiveHeldBy: nonPublic,
    graduatedOn: level !== '' && level !== 'high_school_or_below',
    skill: nonPublic,
    achIntermediate: nonPublic && (special || article2Options('intermediate', asOf, rules).some(meets)),
    achDeputySenior: nonPublic && (special || deputyNear),
    achEngineering: nonPublic && a.hasSkill === true,
    paperReplacements: nonPublic,
    special: nonPublic,
  };
}
