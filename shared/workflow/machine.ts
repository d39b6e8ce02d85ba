import type { Actor } from '../auth/roles';
import { chinaDate } from '../time/dates';
import { actingAs } from './access';
import type { ActionId } from './actions';
import { ACTION_LABELS, ACTIONS, isActionId } from './actions';
import type { ActorRef, Application, Party, TimelineEntry } from './application';
import { WORKFLOW_LABELS } from './application';
import type { Effect, NotifyEffect } from './effects';
import { holderRecipient, notify, sameRecipient } from './effects';
import { expectedSteps } from './expected';
import { applicantMessage } from './messages';
import type { Ctx } from './guards';
import { returnableParties } from './guards';
import type { Refusal } from './refusal';
import { refuse } from './refusal';
import type { WorkflowSettings } from './settings';
import { DEFAULT_SETTINGS } from './settings';
import { holderOf, STAGE_STATUS, stageLabel } from './stages';
import type { TransitionRule } from './transitions';
import { ruleFor } from './transitions';

/**
 * The state machine: `transition` applies the action's definition (actions/) — its rules, guards and changes —
 * with the access rules (access.ts); `availableActions` runs the same checks for the buttons.
 */
export type TransitionResult = { ok: true; next: Application; effects: Effect[] } | Refusal;

export interface TransitionOptions {
  /** The version the caller last saw; a different current version is a CONFLICT. */
  expectedVersion?: number;
  settings?: WorkflowSettings;
  /** The actor's name, kept on the timeline line (their profile's, looked up by the caller). */
  actorName?: string;
}

/** Where the actor stands on this action for this file: refused, or the rule and capacity to act in. */
function authorize(
  app: Application,
  action: ActionId,
  actor: Actor,
  options: TransitionOptions,
): { ok: true; rule: TransitionRule; by: ActorRef } | Refusal {
  const label = ACTION_LABELS[action];
  const rules = ACTIONS[action].rules.filter((r) => r.workflows.includes(app.workflow));
  if (!rules.length) return refuse('NOT_ALLOWED_NOW', `${WORKFLOW_LABELS[app.workflow]}没有“${label}”这一步`);
  if (!rules.some((r) => actingAs(r.who, app, actor))) return refuse('FORBIDDEN', `您没有权限对这份申报进行“${label}”`);
  if (options.expectedVersion !== undefined && options.expectedVersion !== app.version) {
    return refuse('CONFLICT', '这份申报已被他人处理，请刷新后重试');
  }
  const rule = ruleFor(action, app.workflow, app.stage);
  if (!rule) return refuse('NOT_ALLOWED_NOW', `申报当前处于“${stageLabel(app.stage)}”，不能${label}`);
  const by = actingAs(rule.who, app, actor);
  if (!by) return refuse('FORBIDDEN', `“${stageLabel(app.stage)}”环节的“${label}”不由您办理`);
  return { ok: true, rule, by };
}

function context(app: Application, action: ActionId, rule: TransitionRule, by: ActorRef, now: Date, settings: WorkflowSettings): Ctx {
  return { app, action, rule, by, now, at: now.toISOString(), today: chinaDate(now), settings };
}

/**
 * Take `action` on `app` as `actor` at `now`. Pure: returns the next version of the application and the
 * effects for the caller to carry out (audit entries, notifications, reminders), or why not.
 * Checks in order: permission (FORBIDDEN), version (CONFLICT), stage and timing (NOT_ALLOWED_NOW), input (VALIDATION).
 */
export function transition(
  app: Application,
  action: ActionId,
  actor: Actor,
  now: Date,
  input?: unknown,
  options: TransitionOptions = {},
): TransitionResult {
  if (!isActionId(action)) return refuse('VALIDATION', '不支持的操作');
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const auth = authorize(app, action, actor, options);
  if (!auth.ok) return auth;
  const ctx = context(app, action, auth.rule, auth.by, now, settings);
  const block = ACTIONS[action].ready(ctx);
  if (block) return refuse('NOT_ALLOWED_NOW', block.message);
  const decided = ACTIONS[action].decide(ctx, input);
  if (!decided.ok) return decided;
  const { to, change } = decided;
  const entry: TimelineEntry = {
    at: ctx.at,
    action,
    from: app.stage,
    to,
    by: auth.by.role === 'public' ? { role: 'public' } : { ...auth.by, ...(options.actorName ? { name: options.actorName } : {}) },
    summary: change.summary,
  };
  // A key the patch sets to undefined is cleared (撤回推荐 clears the recommending body).
  const moved: Application = { ...app, ...change.patch, stage: to, status: STAGE_STATUS[to] };
  for (const [k, v] of Object.entries(change.patch)) if (v === undefined) delete (moved as Partial<Application>)[k as keyof Application];
  const holder = holderOf(moved);
  const next: Application = {
    ...moved,
    holder,
    history: [...app.history, entry],
    version: app.version + 1,
    updatedAt: ctx.at,
  };
  next.expected = expectedSteps(next, ctx.today, settings);

  const effects: Effect[] = [
    {
      kind: 'audit',
      at: ctx.at,
      actor: auth.by,
      action,
      target: `applications/${app.id}`,
      from: { stage: app.stage, version: app.version },
      to: { stage: to, version: next.version },
      detail: { ...decided.input },
    },
    ...change.effects,
  ];
  const todo = handOverNotice(app, next, actor, change.effects);
  if (todo) effects.push(todo);
  const told = applicantMessage(action, app, next, change.summary, effects);
  if (told) effects.push(told);
  return { ok: true, next, effects };
}

/** When the file changes hands, tell the new holder, unless a specific message already went to them. */
function handOverNotice(app: Application, next: Application, actor: Actor, sent: Effect[]): NotifyEffect | null {
  const to = holderRecipient(next.holder);
  if (!to) return null;
  const before = holderRecipient(app.holder);
  if (before && sameRecipient(before, to)) return null;
  if (sent.some((e) => e.kind === 'notify' && sameRecipient(e.to, to))) return null;
  if ('openid' in to && to.openid === actor.openid) return null;
  const resumed = app.stage === 'correction';
  return notify(to, resumed ? 'resubmitted' : 'todo', {
    applicant: next.applicant.name,
    title: next.title.titleName,
    stage: stageLabel(next.stage),
  });
}

export interface AvailableAction {
  action: ActionId;
  label: string;
  /** The capacity the actor would act in. */
  as: ActorRef['role'];
  enabled: boolean;
  /** Why the button is disabled. */
  reason?: string;
  /** The form has required fields (false: the button can submit directly, optional fields aside). */
  inputRequired: boolean;
  /** For return_for_correction: whom the file may be returned to. */
  returnTo?: Party[];
}

/**
 * The buttons to show `actor` on this file: the same rules `transition` applies, before any input.
 * An enabled action may still be refused for its input (e.g. a defense less than a week ahead).
 */
export function availableActions(app: Application, actor: Actor, now: Date, options: TransitionOptions = {}): AvailableAction[] {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const out: AvailableAction[] = [];
  for (const { id: action } of Object.values(ACTIONS)) {
    const rule = ruleFor(action, app.workflow, app.stage);
    if (!rule) continue;
    const by = actingAs(rule.who, app, actor);
    if (!by) continue;
    const block = ACTIONS[action].ready(context(app, action, rule, by, now, settings));
    if (block?.hide) continue;
    const returnTo = action === 'return_for_correction' ? returnableParties(app, rule) : undefined;
    out.push({
      action,
      label: ACTION_LABELS[action],
      as: by.role,
      enabled: !block,
      ...(block ? { reason: block.message } : {}),
      inputRequired: !ACTIONS[action].inputFor(app.workflow).safeParse({}).success,
      ...(returnTo ? { returnTo } : {}),
    });
  }
  return out;
}
