/**
 * The phone's own evaluation of a draft (instant, offline, the shared engine) and what the function's
 * answer means next to it. Used by the result page only (the engine stays out of the main package).
 */
import type { Envelope, FieldIssue } from '@shared/contracts';
import { checkAndEvaluate } from '@shared/policy/evaluate';
import type { EligibilityResult } from '@shared/policy/types';
import type { ProfileInput } from '@shared/policy/profile';
import type { CheckDraft } from './draft';
import { toProfile } from './form';
import { appliesTo } from './steps';
import { formIssues, errorsByField, type FormErrors } from './issues';
import { sameVerdicts } from './summary';

export type LocalOutcome =
  | { kind: 'none' }
  | { kind: 'incomplete' }
  | { kind: 'invalid'; errors: FormErrors }
  | { kind: 'ok'; result: EligibilityResult; profile: ProfileInput; roundId?: string };

/** The draft's answers evaluated on `asOf` (with its round, if one was chosen). */
export function evaluateDraft(draft: CheckDraft | null, asOf: string): LocalOutcome {
  if (!draft) return { kind: 'none' };
  if (!draft.completed) return { kind: 'incomplete' };
  const own = formIssues(draft.form, asOf);
  const profile = toProfile(draft.form, appliesTo(draft.form, asOf));
  const round = draft.form.roundId && draft.form.roundId !== 'none' && draft.round?.id === draft.form.roundId ? draft.round : undefined;
  let checked = checkAndEvaluate(profile, { asOf, ...(round ? { round } : {}) });
  // A round the phone cannot read (changed format): count to today here; the function still uses the round.
  if (!checked.ok && round && checked.issues.every((i) => i.path.startsWith('round'))) checked = checkAndEvaluate(profile, { asOf });
  if (own.length || !checked.ok) return { kind: 'invalid', errors: errorsByField([...own, ...(checked.ok ? [] : checked.issues)]) };
  return { kind: 'ok', result: checked.value, profile, ...(round ? { roundId: round.id } : {}) };
}

export type ServerOutcome =
  | { kind: 'pending' }
  | { kind: 'same'; result: EligibilityResult; savedId?: string }
  | { kind: 'differs'; result: EligibilityResult; savedId?: string }
  | { kind: 'unauthenticated' }
  | { kind: 'invalid'; message: string; issues: FieldIssue[] }
  | { kind: 'error'; message: string };

/** The function's envelope next to the phone's result. */
export function serverOutcome(local: EligibilityResult, res: Envelope<{ result: EligibilityResult; savedId?: string }>): ServerOutcome {
  if (res.ok) {
    const saved = res.data.savedId ? { savedId: res.data.savedId } : {};
    return sameVerdicts(local, res.data.result)
      ? { kind: 'same', result: res.data.result, ...saved }
      : { kind: 'differs', result: res.data.result, ...saved };
  }
  if (res.code === 'UNAUTHENTICATED') return { kind: 'unauthenticated' };
  if (res.code === 'VALIDATION' && res.issues?.length) return { kind: 'invalid', message: res.message, issues: res.issues };
  return { kind: 'error', message: res.message };
}
