/**
 * Field-level messages for the questionnaire. The engine's schema (checkProfile) is the judge of the
 * profile; a few questions exist only in the form (有没有职称, 至今仍在做, the 第八条 gate) and are checked
 * here. Every issue path — the schema's (`education.graduatedOn`), the function's (`profile.workPeriods.0.from`)
 * or the form's own (`client.hasTitle`) — maps to one question (a field path), that question to its step
 * and to the DOM id its message is shown under (`#<id>-error`).
 */
import type { FieldIssue } from '@shared/errors/app-error';
import type { IsoDate } from '@shared/time/dates';
import { checkProfile } from '@shared/policy/profile';
import type { Answer, CheckForm } from './form';
import { toProfile } from './form';
import type { StepId } from './steps';
import { appliesTo } from './steps';

/** Issues that belong to no question (a malformed whole). Shown at the top of the step. */
export const GENERAL = '(整体)';

const LEAVES = [
  'sector',
  'employerDistrict',
  'employerInPark',
  'archiveHeldBy',
  'education.level',
  'education.graduatedOn',
  'client.hasTitle',
  'currentTitle.series',
  'currentTitle.level',
  'currentTitle.obtainedOn',
  'client.hasSkill',
  'skill.level',
  'skill.obtainedOn',
  'appliedSeries',
  'client.wantedLevel',
  'roundId',
  'achievements.intermediate',
  'achievements.deputySenior',
  'achievements.engineering',
  'paperReplacements',
  'client.special',
  'talent.recognizedHighLevel',
  'talent.broughtInByNonPublicFirm',
  'talent.keyIndustryUrgentNeed',
  'majorContributions',
] as const;

/** A whole group reported missing or malformed: shown under its first question. */
const GROUPS: Record<string, string> = {
  education: 'education.level',
  currentTitle: 'currentTitle.series',
  skill: 'skill.level',
  achievements: 'achievements.intermediate',
  talent: 'talent.recognizedHighLevel',
  round: 'roundId',
};

/** An issue path → the question it belongs to. */
export function fieldOf(rawPath: string): string {
  const path = rawPath.replace(/^profile\./, '');
  const period = /^workPeriods\.(\d+)(?:\.(from|to|kind|note|ongoing)(?:\.|$))?/.exec(path);
  if (period) return period[2] ? `workPeriods.${period[1]}.${period[2]}` : `workPeriods.${period[1]}`;
  if (path === 'workPeriods') return 'workPeriods';
  const leaf = LEAVES.filter((l) => path === l || path.startsWith(`${l}.`)).sort((a, b) => b.length - a.length)[0];
  if (leaf) return leaf;
  const group = path.split('.')[0];
  return GROUPS[group] ?? GENERAL;
}

const STEP_OF_ROOT: Record<string, StepId> = {
  sector: 'work',
  employerDistrict: 'work',
  employerInPark: 'work',
  archiveHeldBy: 'work',
  education: 'education',
  workPeriods: 'periods',
  'client.hasTitle': 'title',
  currentTitle: 'title',
  'client.hasSkill': 'title',
  skill: 'title',
  appliedSeries: 'series',
  'client.wantedLevel': 'series',
  roundId: 'series',
  achievements: 'achievements',
  paperReplacements: 'achievements',
  'client.special': 'achievements',
  talent: 'achievements',
  majorContributions: 'achievements',
};

/** The step a question is on; null for GENERAL. */
export function stepOfField(field: string): StepId | null {
  if (field in STEP_OF_ROOT) return STEP_OF_ROOT[field];
  return STEP_OF_ROOT[field.split('.')[0]] ?? null;
}

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The question's element id (test hook): `education.graduatedOn` → `check-education-graduated-on`. */
export function domIdOf(field: string): string {
  return `check-${field
    .replace(/^client\./, '')
    .split('.')
    .map(kebab)
    .join('-')}`;
}

/** Field → its first message. */
export type FormErrors = Record<string, string>;

export function errorsByField(issues: readonly FieldIssue[]): FormErrors {
  const out: FormErrors = {};
  for (const i of issues) {
    const f = fieldOf(i.path);
    if (!(f in out)) out[f] = i.message;
  }
  return out;
}

const PICK_ANSWER = '请选择“是”“否”或“不确定”';

/** The form's own questions (not in the profile). */
export function formIssues(form: CheckForm, asOf: IsoDate): FieldIssue[] {
  const applies = appliesTo(form, asOf);
  const issues: FieldIssue[] = [];
  const need = (path: string, a: Answer, message: string) => {
    if (a === '') issues.push({ path, message });
  };
  form.periods.forEach((p, i) => {
    need(`workPeriods.${i}.ongoing`, p.ongoing, '请选择这段工作现在是否还在做');
    if (p.ongoing === 'no' && !p.to) issues.push({ path: `workPeriods.${i}.to`, message: '请选择结束日期' });
  });
  need('client.hasTitle', form.hasTitle, '请选择您现在有没有职称');
  if (applies.skill) need('client.hasSkill', form.hasSkill, '请选择您有没有技能等级证书');
  if (applies.achIntermediate) need('achievements.intermediate', form.achIntermediate, PICK_ANSWER);
  if (applies.achDeputySenior) need('achievements.deputySenior', form.achDeputySenior, PICK_ANSWER);
  if (applies.achEngineering) need('achievements.engineering', form.achEngineering, PICK_ANSWER);
  if (applies.special) {
    need('client.special', form.special, '请选择“是”或“否”');
    if (form.special === 'yes') {
      need('talent.recognizedHighLevel', form.recognizedHighLevel, PICK_ANSWER);
      need('talent.broughtInByNonPublicFirm', form.broughtInByNonPublicFirm, PICK_ANSWER);
      need('talent.keyIndustryUrgentNeed', form.keyIndustryUrgentNeed, PICK_ANSWER);
    }
  }
  return issues;
}

/** Everything wrong with the answers, as field → message (the form's own checks first, then the schema's). */
export function validateForm(form: CheckForm, asOf: IsoDate): FormErrors {
  const checked = checkProfile(toProfile(form, appliesTo(form, asOf)), { asOf });
  return errorsByField([...formIssues(form, asOf), ...(checked.ok ? [] : checked.issues)]);
}

/** The errors on one step (GENERAL ones count on every step). */
export function errorsOnStep(errors: FormErrors, step: StepId): FormErrors {
  const out: FormErrors = {};
  for (const [f, m] of Object.entries(errors)) if (f === GENERAL || stepOfField(f) === step) out[f] = m;
  return out;
}

/** The first of `steps` with an error, or null. */
export function firstStepWithErrors(errors: FormErrors, steps: readonly StepId[]): StepId | null {
  return steps.find((s) => Object.keys(errorsOnStep(errors, s)).length > 0) ?? null;
}
