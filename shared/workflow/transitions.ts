import type { Role } from '../auth/roles';
import type { ActionId } from './actions';
import { ACTIONS } from './actions';
import type { Application, Party, Workflow } from './application';
import type { Stage } from './stages';

/**
 * The transition table, read from the action definitions (actions/): for each action, from which stages of
 * which workflow it may be taken, by whom, and where it leads. The client hides buttons with it and the
 * function enforces it; `machine.ts` reads it.
 *
 * Scope rules, checked against the application:
 * - own: the applicant of this file (every signed-in person holds the applicant role implicitly);
 * - employer: HR staff of the file's employer;  body: staff of the recommending body chosen for it;
 * - district: officers of the employer's district;  city: city officers and admins, everywhere;
 * - public: any signed-in person except the applicant and those who decide objections on the file
 *   (its employer's HR, its district's officers, the city): objections to a public notice;
 * - holder: the party the file was returned to (resubmission after correction).
 * Nobody acts on their own application in any capacity other than applicant.
 */
export type ScopeRule = 'own' | 'employer' | 'body' | 'district' | 'city' | 'public' | 'holder';

export interface Who {
  role: Role;
  scope: ScopeRule;
}

/** Where a choice leads: one of `among`, picked by the file and the action's input ('stay': the file stays). */
export interface Choice<I = unknown> {
  among: Readonly<Record<string, Stage | 'stay'>>;
  choose(app: Application, input: I): string;
}

export type Target<I = unknown> =
  | Stage
  /** The file stays where it is (objections). */
  | 'stay'
  /** Back to the stage it was returned from (resubmission). */
  | 'resume'
  | Choice<I>;

export interface TransitionRule {
  workflows: readonly Workflow[];
  from: readonly Stage[];
  to: Target;
  who: readonly Who[];
  /** For return_for_correction: the parties this stage may return the file to. */
  returnTo?: readonly Party[];
}

export { ACTIONS };
export type { Action as ActionDef } from './actions/define';

/** The rule for taking `action` on a file of this workflow in this stage, if any. */
export function ruleFor(action: ActionId, workflow: Workflow, stage: Stage): TransitionRule | undefined {
  return ACTIONS[action].rules.find((r) => r.workflows.includes(workflow) && r.from.includes(stage));
}

/** Every stage the action can lead to from `stage` (for checks and diagrams). */
export function possibleTargets(rule: TransitionRule, stage: Stage, resumeAt: readonly Stage[] = []): Stage[] {
  const to = rule.to;
  if (to === 'stay') return [stage];
  if (to === 'resume') return [...resumeAt];
  if (typeof to === 'string') return [to];
  return [...new Set(Object.values(to.among).map((s) => (s === 'stay' ? stage : s)))];
}
