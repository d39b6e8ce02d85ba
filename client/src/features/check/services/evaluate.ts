/**
 * The phone's own evaluation of a draft (instant, offline, the shared engine) and what the function's
 * answer means next to it. Used by the result page only (the engine stays out of the main package).
 */
import type { Envelope, FieldIssue } from '@shared/contracts';
import { checkAndEvaluate } from '@shared/policy/evaluate';
import type { EligibilityResult } from '@shared/policy/types';
import type { ProfileInput } from '@shared/policy/profile';
import type { Round } from '@shared/policy/calendar';
import type { CheckDraft } from './draft';
import { COUNT_TO_TODAY, toProfile } from './form';
import { appliesTo } from './steps';
import { formIssues, errorsByField, type FormErrors } from './issues';
import { sameVerdicts } from './summary';

export type LocalOutcome =
  | { kind: 'none' }
  | { kind: 'incomplete' }
  | { kind: 'invalid'; errors: FormErrors }
  | { kind: 'ok'; result: EligibilityResult; profile: ProfileInput; roundId?: string; countToAsOf?: true };

/**
 * The draft's answers evaluated on `asOf`: with the round the person chose, or — none chosen — the published
 * rounds the phone last listed (`rounds`; null = never listed), so the engine counts to the open one as the
 * function does.
 */
export function evaluateDraft(draft: CheckDraft | null, asOf: string, rounds: readonly Round[] | null = null): LocalOutcome {
  if (!draft) return { kind: 'none' };
  if (!draft.completed) return { kind: 'incomplete' };
  const own = formIssues(draft.form, asOf);
  const profile = toProfile(draft.form, appliesTo(draft.form, asOf));
  const chosen = draft.form.roundId;
  const round = chosen && chosen !== 'none' && chosen !== COUNT_TO_TODAY && draft.round?.id === chosen ? draft.round : undefined;
  const countToAsOf = chosen === COUNT_TO_TODAY;
  const options = { asOf, ...(rounds ? { rounds } : {}), ...(countToAsOf ? { countToAsOf } : {}) };
  let checked = checkAndEvaluate(profile, { ...options, ...(round ? { round } : {}) });
  // A round the phone cannot read (changed format): count as if none was chosen here; the function still uses the round.
  if (!checked.ok && round && checked.issues.every((i) => i.path.startsWith('round'))) checked = checkAndEvaluate(profile, options);
  if (own.length || !checked.ok) return { kind: 'invalid', errors: errorsByField([...own, ...(checked.ok ? [] : checked.issues)]) };
  return {
    kind: 'ok',
    result: checked.value,
    profile,
    ...(round ? { roundId: round.id } : {}),
    ...(countToAsOf ? { countToAsOf: true as const } : {}),
  };
}

export type ServerOutcome =
  | { kind: 'pending' }
  | { kind: 'same'; result: EligibilityResult; savedId?: string }
  | { kind: 'differs'; result: EligibilityResult; savedId?: string }
  | { kind: 'unauthenticated' }
  | { kind: 'invalid'; message: string; issues: FieldIssue[] }
  | { kind: 'error'; message: string };

/** The function's envelope next to the phone's result: the same verdicts, counted to the same date. */
export function serverOutcome(local: EligibilityResult, res: Envelope<{ result: EligibilityResult; savedId?: string }>): ServerOutcome {
  if (res.ok) {
    const saved = res.data.savedId ? { savedId: res.data.savedId } : {};
    return sameVerdicts(local, res.data.result) && local.countedTo.date === res.data.result.countedTo.date
      ? { kind: 'same', result: res.data.result, ...saved }
      : { kind: 'differs', result: res.data.result, ...saved };
  }
  if (res.code === 'UNAUTHENTICATED') return { kind: 'unauthenticated' };
  if (res.code === 'VALIDATION' && res.issues?.length) return { kind: 'invalid', message: res.message, issues: res.issues };
  return { kind: 'error', message: res.message };
}
