/**
 * The questionnaire's steps and which questions apply (a question that cannot change any route is not
 * asked). The rules read the policy's own data (who is non-public, what counts as 本科/大专, how many years
 * 第二条 asks), so an officer's edit of the rule data moves the questions with it.
 */
import type { IsoDate } from '@shared/time/dates';
import { isIsoDate } from '@shared/time/dates';
import { CLAUSES } from '@shared/policy/clauses';
import { INTERPRETATIONS } from '@shared/policy/interpretations';
import { checkSeniority } from '@shared/policy/seniority';
import type { Applies, CheckForm } from './form';

export const STEP_IDS = ['work', 'education', 'periods', 'title', 'series', 'achievements'] as const;
export type StepId = (typeof STEP_IDS)[number];

export const STEP_TITLES: Record<StepId, string> = {
  work: '您在哪里工作',
  education: '您的学历',
  periods: '您的工作经历',
  title: '现有职称和技能等级',
  series: '您想申报什么',
  achievements: '您的业绩成果',
};

const NON_PUBLIC: readonly string[] = INTERPRETATIONS['non-public-scope'].parameters.nonPublicSectors;

/** Non-public (第二/七/八条 apply), public (only the ordinary route), or not answered yet. */
export function sectorKind(form: Pick<CheckForm, 'sector'>): 'non_public' | 'public' | 'unknown' {
  if (!form.sector) return 'unknown';
  return NON_PUBLIC.includes(form.sector) ? 'non_public' : 'public';
}

/** The steps this person is asked: 业绩成果 only matters for the non-public routes. */
export function activeSteps(form: Pick<CheckForm, 'sector'>): StepId[] {
  return sectorKind(form) === 'public' ? STEP_IDS.filter((s) => s !== 'achievements') : [...STEP_IDS];
}

/** The academic standing of an education level (technical-school classes by 第七条). */
function standing(level: string): string {
  const eq = CLAUSES['第七条'].parameters.techSchoolEquivalence as Record<string, string | undefined>;
  return eq[level] ?? level;
}

/** Does the education count as 「大学本科毕业」 / 「大学专科毕业」 (interpretation graduate-degree-counts-as-bachelor)? */
export function satisfies(level: string, required: 'bachelor' | 'junior_college'): boolean {
  const accepted = INTERPRETATIONS['graduate-degree-counts-as-bachelor'].parameters.satisfies[required] ?? [required];
  return (accepted as readonly string[]).includes(standing(level));
}

/** Years of professional-technical work after graduation up to `asOf` (0 while the answers are incomplete). */
export function professionalYears(form: CheckForm, asOf: IsoDate): number {
  const periods = form.periods
    .filter((p) => p.kind === 'professional_technical' && isIsoDate(p.from) && p.from <= asOf)
    .map((p) => ({
      from: p.from,
      to: p.ongoing === 'no' && isIsoDate(p.to) && p.to >= p.from ? p.to : null,
      kind: 'professional_technical' as const,
    }));
  if (!periods.length) return 0;
  const since = isIsoDate(form.graduatedOn) && form.graduatedOn <= asOf ? form.graduatedOn : undefined;
  return checkSeniority(periods, { kind: 'professional_technical', years: 1, countedTo: asOf, ...(since ? { since } : {}) }).count
    .fullYears;
}

/** 第二条's years for 副高级; the question about 副高级 achievements is asked within two years of them. */
const DEPUTY_YEARS = Math.min(
  ...CLAUSES['第二条'].parameters.paths.filter((p) => p.level === 'deputy_senior').flatMap((p) => p.options.map((o) => o.years)),
);
export const DEPUTY_QUESTION_MARGIN = 2;

/** Which questions apply to this person's answers so far. */
export function appliesTo(form: CheckForm, asOf: IsoDate): Applies {
  const kind = sectorKind(form);
  const nonPublic = kind !== 'public';
  const special = nonPublic && form.special === 'yes';
  return {
    employerDistrict: nonPublic && form.sector !== 'flexible_employment',
    employerInPark: nonPublic && form.sector !== 'flexible_employment',
    archiveHeldBy: nonPublic,
    graduatedOn: form.educationLevel !== '' && form.educationLevel !== 'high_school_or_below',
    skill: nonPublic,
    achIntermediate: nonPublic && (satisfies(form.educationLevel, 'junior_college') || special),
    achDeputySenior:
      nonPublic &&
      (special || (satisfies(form.educationLevel, 'bachelor') && professionalYears(form, asOf) >= DEPUTY_YEARS - DEPUTY_QUESTION_MARGIN)),
    achEngineering: nonPublic && form.hasSkill === 'yes',
    paperReplacements: nonPublic,
    special: nonPublic,
  };
}
