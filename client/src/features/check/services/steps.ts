/**
 * The questionnaire's steps, and the form's answers handed to shared/policy/questions, which decides which
 * questions apply (a question that cannot change any route is not asked).
 */
import type { IsoDate } from '@shared/time/dates';
import type { PartialAnswers } from '@shared/policy/questions';
import { professionalYearsSoFar, questionsThatMatter } from '@shared/policy/questions';
import { satisfiesEducation, sectorKind as sectorKindOf } from '@shared/policy/standing';
import type { Applies, CheckForm } from './form';
import { today } from '../../../services/dates';

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

/** Non-public (第二/七/八条 apply), public (only the ordinary route), or not answered yet. */
export function sectorKind(form: Pick<CheckForm, 'sector'>): 'non_public' | 'public' | 'unknown' {
  return sectorKindOf(form.sector);
}

/** The steps this person is asked: 业绩成果 only matters for the non-public routes. */
export function activeSteps(form: Pick<CheckForm, 'sector'>): StepId[] {
  return sectorKind(form) === 'public' ? STEP_IDS.filter((s) => s !== 'achievements') : [...STEP_IDS];
}

/** Does the education count as 「大学本科毕业」 / 「大学专科毕业」? (shared/policy/standing decides.) */
export function satisfies(level: string, required: 'bachelor' | 'junior_college', asOf: IsoDate = today()): boolean {
  return satisfiesEducation(level, required, asOf);
}

/** The answers so far as shared/policy/questions reads them. */
function answersOf(form: CheckForm): PartialAnswers {
  return {
    sector: form.sector,
    educationLevel: form.educationLevel,
    graduatedOn: form.graduatedOn,
    periods: form.periods.map((p) => ({ from: p.from, to: p.ongoing === 'no' ? p.to : null, kind: p.kind })),
    hasSkill: form.hasSkill === 'yes',
    special: form.special === 'yes',
  };
}

/** Years of professional-technical work after graduation up to `asOf` (0 while the answers are incomplete). */
export function professionalYears(form: CheckForm, asOf: IsoDate): number {
  return professionalYearsSoFar(answersOf(form), asOf);
}

/** Which questions apply to this person's answers so far. */
export function appliesTo(form: CheckForm, asOf: IsoDate): Applies {
  return questionsThatMatter(answersOf(form), asOf);
}
