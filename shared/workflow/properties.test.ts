import fc from 'fast-check';
import type { Actor } from '../auth/roles';
import { chinaDate } from '../time/dates';
import type { TitleLevel } from '../policy/vocabulary';
import type { ActionId } from './actions';
import { ACTION_IDS, ACTIONS } from './actions';
import type { Application, Workflow } from './application';
import { openCorrection } from './application';
import { CAST, CENTRE, hoursLater, newApp, T0 } from '../../test/fixtures/workflow';
import { availableActions, transition } from './machine';
import { WORKFLOW_STAGES } from './stages';
import { possibleTargets, ruleFor } from './transitions';

/** The cast, plus someone who is both the applicant and HR of the applicant's employer. */
const ACTORS: Actor[] = [
  ...Object.values(CAST),
  { openid: CAST.applicant.openid, grants: [...CAST.applicant.grants, ...CAST.hr.grants.slice(1)] },
];

/** The sample input each action's definition gives (an empty input where it has none). */
function inputFor(action: ActionId, app: Application, now: Date, variant: number): unknown {
  const bodies = [CENTRE, { ...CENTRE, orgId: 'centre-2', name: '另一家服务机构' }];
  return ACTIONS[action].sample?.({ app, today: chinaDate(now), variant, bodies }) ?? {};
}

/** Written out independently of the table: the relations to the file that allow each action, by stage. */
function permitted(action: ActionId, app: Application): string[] {
  const s = app.stage;
  const green = app.workflow === 'green_channel';
  switch (action) {
    case 'submit':
    case 'withdraw':
      return ['own'];
    case 'resubmit':
      return [{ applicant: 'own', employer: 'employer', recommender: 'body' }[openCorrection(app)!.returnTo]];
    case 'employer_approve':
    case 'start_notice':
    case 'end_notice':
    case 'recommend':
    case 'archive_form':
      return ['employer'];
    case 'file_objection':
      return ['public'];
    case 'decide_objection':
      return ['employer', 'district', 'city'];
    case 'forward_to_bureau':
    case 'withdraw_recommendation':
      return ['body'];
    case 'reassign_body':
      return ['district', 'city'];
    case 'accept':
    case 'issue_certificate':
      return green ? ['city'] : ['district', 'city'];
    case 'forward_to_region':
      return ['city'];
    case 'schedule_defense':
    case 'record_defense':
      return ['district', 'city'];
    case 'approve_result':
      return s === 'review' ? ['district', 'city'] : ['city'];
    case 'not_passed':
      return s === 'employer_review' ? ['employer'] : s === 'bureau_check' || s === 'review' ? ['district', 'city'] : ['city'];
    case 'return_for_correction':
      if (s === 'body_review') return ['body'];
      if (s === 'bureau_check') return ['district', 'city'];
      if (s === 'city_collection' || s === 'city_check') return ['city'];
      return ['employer'];
  }
}

function relations(actor: Actor, app: Application): string[] {
  if (actor.openid === app.applicant.openid) return ['own'];
  const has = (role: string, test: (scope: Actor['grants'][number]['scope']) => boolean) =>
    actor.grants.some((g) => g.role === role && test(g.scope));
  const out: string[] = [];
  if (has('employer_hr', (x) => x.kind === 'org' && x.orgId === app.employer.orgId)) out.push('employer');
  if (app.recommendingBody?.orgId && has('recommender', (x) => x.kind === 'org' && x.orgId === app.recommendingBody!.orgId))
    out.push('body');
  if (has('district_officer', (x) => x.kind === 'district' && x.district === app.employer.district)) out.push('district');
  if (has('city_officer', (x) => x.kind === 'city') || has('admin', (x) => x.kind === 'city')) out.push('city');
  if (!out.some((r) => r === 'employer' || r === 'district' || r === 'city')) out.push('public');
  return out;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const command = fc.record({
  action: fc.nat({ max: ACTION_IDS.length - 1 }),
  actor: fc.nat({ max: ACTORS.length - 1 }),
  hours: fc.oneof(
    { arbitrary: fc.constant(0), weight: 2 },
    { arbitrary: fc.integer({ min: 1, max: 12 }), weight: 3 },
    { arbitrary: fc.integer({ min: 24, max: 24 * 12 }), weight: 3 },
  ),
  variant: fc.nat({ max: 1000 }),
  pick: fc.nat({ max: 1000 }),
  mode: fc.constantFrom('forward', 'forward', 'forward', 'detour', 'any'),
});

const scenario = fc.record({
  workflow: fc.constantFrom<Workflow>('socialized', 'green_channel'),
  level: fc.constantFrom<TitleLevel>('assistant', 'intermediate', 'deputy_senior', 'full_senior'),
  commands: fc.array(command, { minLength: 1, maxLength: 80, size: 'max' }),
});

describe('random sequences of actions by random people', () => {
  it('stay inside the table, inside each actor’s scope, and add exactly one version per step', () => {
    let succeeded = 0;
    const reached = new Set<string>();
    fc.assert(
      fc.property(scenario, ({ workflow, level, commands }) => {
        let app = deepFreeze(newApp(workflow, level));
        let now = T0;
        for (const c of commands) {
          now = hoursLater(now, c.hours);
          // Most steps press a button someone has that moves the file on; some press any button, detours
          // included (withdraw, not passed, return, object); the rest are any action by anyone.
          const offered = ACTORS.flatMap((a) =>
            availableActions(app, a, now)
              .filter((b) => b.enabled)
              .map((b) => ({ actor: a, action: b.action })),
          );
          const detour = (o: { action: ActionId }) =>
            ['withdraw', 'withdraw_recommendation', 'not_passed', 'return_for_correction', 'file_objection'].includes(o.action);
          const choices = c.mode === 'detour' ? offered : offered.filter((o) => !detour(o));
          if (c.mode === 'forward' && !choices.length) continue;
          const pick =
            c.mode !== 'any' && choices.length
              ? choices[c.pick % choices.length]
              : { actor: ACTORS[c.actor], action: ACTION_IDS[c.action] };
          const { actor, action } = pick;
          const r = transition(app, action, actor, now, inputFor(action, app, now, c.variant));
          const button = availableActions(app, actor, now).find((b) => b.action === action);

          if (!r.ok) {
            expect(['FORBIDDEN', 'CONFLICT', 'VALIDATION', 'NOT_ALLOWED_NOW']).toContain(r.code);
            expect(r.message).toMatch(/[\u4e00-\u9fa5]/);
            // A button that is shown enabled is never refused for who is pressing it or for when.
            if (button?.enabled) expect(['VALIDATION', 'NOT_ALLOWED_NOW']).toContain(r.code);
            if (button?.enabled && r.code === 'NOT_ALLOWED_NOW') expect(action).toBe('decide_objection');
            continue;
          }

          // The button was offered.
          expect(button?.enabled).toBe(true);
          // The table allows this step, and the stage reached is one the rule leads to, inside the workflow.
          const rule = ruleFor(action, workflow, app.stage);
          expect(rule).toBeDefined();
          const resume = openCorrection(app)?.fromStage;
          expect(possibleTargets(rule!, app.stage, resume ? [resume] : [])).toContain(r.next.stage);
          expect(WORKFLOW_STAGES[workflow]).toContain(r.next.stage);
          // The actor stands in a relation to the file that the policy allows for this action.
          const allowed = permitted(action, app);
          expect(relations(actor, app).some((rel) => allowed.includes(rel))).toBe(true);
          // Integrity.
          expect(r.next.version).toBe(app.version + 1);
          expect(r.next.history).toHaveLength(app.history.length + 1);
          const audits = r.effects.filter((e) => e.kind === 'audit');
          expect(audits).toEqual([
            expect.objectContaining({
              action,
              from: { stage: app.stage, version: app.version },
              to: { stage: r.next.stage, version: r.next.version },
            }),
          ]);
          expect(r.next.nonPublic).toBe(true);

          succeeded += 1;
          reached.add(`${workflow}:${r.next.stage}`);
          app = deepFreeze(r.next);
        }
      }),
      { numRuns: 300 },
    );
    // The generator does get deep into both workflows.
    expect(succeeded).toBeGreaterThan(800);
    for (const stage of ['completed', 'not_passed', 'withdrawn', 'correction', 'region_review']) {
      expect(reached).toContain(`socialized:${stage}`);
      expect(reached).toContain(`green_channel:${stage}`);
    }
    expect([...reached].sort()).toContain('socialized:defense_scheduled');
  });
});
