import type { Role } from '../auth/roles';
import type { ActionId } from './actions';
import { ACTION_IDS, ACTION_LABELS } from './actions';
import type { LevelClass, Party, Workflow } from './application';
import type { Stage } from './stages';
import { TERMINAL_STAGES, WORKFLOW_STAGES } from './stages';

/**
 * The transition table: for each action, from which stages of which workflow it may be taken, by whom,
 * and where it leads. The client hides buttons with it and the function enforces it; `machine.ts` reads it.
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

export type Target =
  | Stage
  /** The file stays where it is (objections). */
  | 'stay'
  /** Back to the stage it was returned from (resubmission). */
  | 'resume'
  | { byLevel: Record<LevelClass, Stage> }
  | { byBody: { district_bureau: Stage; other: Stage } }
  | { byOutcome: { upheld: Stage; dismissed: 'stay' } };

export interface TransitionRule {
  workflows: readonly Workflow[];
  from: readonly Stage[];
  to: Target;
  who: readonly Who[];
  /** For return_for_correction: the parties this stage may return the file to. */
  returnTo?: readonly Party[];
}

export interface ActionDef {
  id: ActionId;
  label: string;
  rules: readonly TransitionRule[];
}

const APPLICANT: Who[] = [{ role: 'applicant', scope: 'own' }];
const PUBLIC: Who[] = [{ role: 'applicant', scope: 'public' }];
const EMPLOYER: Who[] = [{ role: 'employer_hr', scope: 'employer' }];
const BODY: Who[] = [{ role: 'recommender', scope: 'body' }];
const CITY: Who[] = [
  { role: 'city_officer', scope: 'city' },
  { role: 'admin', scope: 'city' },
];
const OFFICERS: Who[] = [{ role: 'district_officer', scope: 'district' }, ...CITY];
const HOLDER: Who[] = [
  { role: 'applicant', scope: 'holder' },
  { role: 'employer_hr', scope: 'holder' },
  { role: 'recommender', scope: 'holder' },
];

const S: Workflow[] = ['socialized'];
const G: Workflow[] = ['green_channel'];
const SG: Workflow[] = ['socialized', 'green_channel'];

/** Before a final result the applicant may withdraw: every stage but the result and what follows it. */
const AFTER_RESULT: readonly Stage[] = ['approved', 'archiving', ...TERMINAL_STAGES];
const withdrawable = (w: Workflow): Stage[] => WORKFLOW_STAGES[w].filter((s) => !AFTER_RESULT.includes(s));
const WITHDRAWABLE: Record<Workflow, Stage[]> = { socialized: withdrawable('socialized'), green_channel: withdrawable('green_channel') };

const RULES: Record<ActionId, TransitionRule[]> = {
  submit: [{ workflows: SG, from: ['draft'], to: 'employer_review', who: APPLICANT }],
  employer_approve: [{ workflows: SG, from: ['employer_review'], to: 'notice_ready', who: EMPLOYER }],
  start_notice: [{ workflows: SG, from: ['notice_ready'], to: 'public_notice', who: EMPLOYER }],
  file_objection: [{ workflows: SG, from: ['public_notice'], to: 'stay', who: PUBLIC }],
  decide_objection: [
    {
      workflows: SG,
      // Objections left open when an upheld one sent the file back are still decided, in employer review.
      from: ['public_notice', 'employer_review'],
      to: { byOutcome: { upheld: 'employer_review', dismissed: 'stay' } },
      who: [...EMPLOYER, ...OFFICERS],
    },
  ],
  end_notice: [
    { workflows: S, from: ['public_notice'], to: 'recommendation', who: EMPLOYER },
    { workflows: G, from: ['public_notice'], to: 'city_check', who: EMPLOYER },
  ],
  recommend: [
    { workflows: S, from: ['recommendation'], to: { byBody: { district_bureau: 'bureau_check', other: 'body_review' } }, who: EMPLOYER },
  ],
  // A file stuck with a recommending body that no longer exists: an officer of its scope sends it to another
  // channel of 第一条 (the function checks the current body is gone).
  reassign_body: [
    { workflows: S, from: ['body_review'], to: { byBody: { district_bureau: 'bureau_check', other: 'body_review' } }, who: OFFICERS },
  ],
  forward_to_bureau: [{ workflows: S, from: ['body_review'], to: 'bureau_check', who: BODY }],
  accept: [
    {
      workflows: S,
      from: ['bureau_check'],
      to: { byLevel: { senior: 'city_collection', intermediate: 'awaiting_defense', junior: 'review' } },
      who: OFFICERS,
    },
    { workflows: G, from: ['city_check'], to: 'region_review', who: CITY },
  ],
  forward_to_region: [{ workflows: S, from: ['city_collection'], to: 'region_review', who: CITY }],
  schedule_defense: [{ workflows: S, from: ['awaiting_defense', 'defense_scheduled'], to: 'defense_scheduled', who: OFFICERS }],
  record_defense: [{ workflows: S, from: ['defense_scheduled'], to: 'review', who: OFFICERS }],
  approve_result: [
    { workflows: S, from: ['review'], to: 'approved', who: OFFICERS },
    // The region decides; the city records its result.
    { workflows: SG, from: ['region_review'], to: 'approved', who: CITY },
  ],
  not_passed: [
    { workflows: SG, from: ['employer_review'], to: 'not_passed', who: EMPLOYER },
    { workflows: S, from: ['bureau_check', 'review'], to: 'not_passed', who: OFFICERS },
    { workflows: S, from: ['region_review'], to: 'not_passed', who: CITY },
    { workflows: G, from: ['city_check', 'region_review'], to: 'not_passed', who: CITY },
  ],
  issue_certificate: [
    { workflows: S, from: ['approved'], to: 'archiving', who: OFFICERS },
    { workflows: G, from: ['approved'], to: 'completed', who: CITY },
  ],
  archive_form: [{ workflows: S, from: ['archiving'], to: 'completed', who: EMPLOYER }],
  return_for_correction: [
    { workflows: SG, from: ['employer_review', 'notice_ready'], to: 'correction', who: EMPLOYER, returnTo: ['applicant'] },
    { workflows: S, from: ['recommendation'], to: 'correction', who: EMPLOYER, returnTo: ['applicant'] },
    { workflows: S, from: ['body_review'], to: 'correction', who: BODY, returnTo: ['applicant', 'employer'] },
    { workflows: S, from: ['bureau_check'], to: 'correction', who: OFFICERS, returnTo: ['applicant', 'employer', 'recommender'] },
    { workflows: S, from: ['city_collection'], to: 'correction', who: CITY, returnTo: ['applicant', 'employer', 'recommender'] },
    { workflows: G, from: ['city_check'], to: 'correction', who: CITY, returnTo: ['applicant', 'employer'] },
  ],
  resubmit: [{ workflows: SG, from: ['correction'], to: 'resume', who: HOLDER }],
  withdraw: [
    { workflows: S, from: WITHDRAWABLE.socialized, to: 'withdrawn', who: APPLICANT },
    { workflows: G, from: WITHDRAWABLE.green_channel, to: 'withdrawn', who: APPLICANT },
  ],
};

export const ACTIONS = Object.fromEntries(
  ACTION_IDS.map((id): [ActionId, ActionDef] => [id, { id, label: ACTION_LABELS[id], rules: RULES[id] }]),
) as Record<ActionId, ActionDef>;

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
  if ('byLevel' in to) return [...new Set(Object.values(to.byLevel))];
  if ('byBody' in to) return [to.byBody.district_bureau, to.byBody.other];
  return [to.byOutcome.upheld, stage];
}
