import type { z } from 'zod';
import type { Actor } from '../auth/roles';
import { chinaDate } from '../time/dates';
import { fieldIssues } from '../policy/fields';
import { actingAs } from './access';
import type { ActionId } from './actions';
import { ACTION_LABELS, isActionId } from './actions';
import type { ActorRef, Application, Party, TimelineEntry } from './application';
import { levelClass, openCorrection, WORKFLOW_LABELS } from './application';
import { APPLY } from './changes';
import type { Effect, NotifyEffect } from './effects';
import { holderRecipient, notify, sameRecipient } from './effects';
import { expectedSteps } from './expected';
import { applicantMessage } from './messages';
import type { Ctx } from './guards';
import { CHECK, READY, returnableParties } from './guards';
import type { DecideObjectionInput, RecommendInput } from './inputs';
import { inputSchema } from './inputs';
import type { Refusal } from './refusal';
import { refuse } from './refusal';
import type { WorkflowSettings } from './settings';
import { DEFAULT_SETTINGS } from './settings';
import type { Stage } from './stages';
import { holderOf, STAGE_STATUS, stageLabel } from './stages';
import type { Target, TransitionRule } from './transitions';
import { ACTIONS, ruleFor } from './transitions';

/**
 * The state machine: `transition` applies the table (transitions.ts), the access rules (access.ts), the
 * guards (guards.ts) and the changes (changes.ts); `availableActions` runs the same checks for the buttons.
 */
export type TransitionResult = { ok: true; next: Application; effects: Effect[] } | Refusal;

export interface TransitionOptions {
  /** The version the caller last saw; a different current version is a CONFLICT. */
  expectedVersion?: number;
  settings?: WorkflowSettings;
}

function resolveTarget(target: Target, app: Application, input: Record<string, unknown>): Stage {
  if (target === 'stay') return app.stage;
  if (target === 'resume') return openCorrection(app)!.fromStage;
  if (typeof target === 'string') return target;
  if ('byLevel' in target) return target.byLevel[levelClass(app.title.level)];
  if ('byBody' in target)
    return (input as RecommendInput).body.kind === 'district_bureau' ? target.byBody.district_bureau : target.byBody.other;
  return (input as DecideObjectionInput).outcome === 'upheld' ? target.byOutcome.upheld : app.stage;
}

function parseInput(action: ActionId, app: Application, input: unknown): { ok: true; value: Record<string, unknown> } | Refusal {
  const parsed = inputSchema(action, app.workflow).safeParse(input ?? {});
  if (parsed.success) return { ok: true, value: parsed.data as Record<string, unknown> };
  const issues = fieldIssues(parsed.error as z.ZodError);
  return refuse('VALIDATION', issues[0]?.message ?? '输入有误，请检查标红的项目', issues);
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
  const block = READY[action]?.(ctx);
  if (block) return refuse('NOT_ALLOWED_NOW', block.message);
  const parsed = parseInput(action, app, input);
  if (!parsed.ok) return parsed;
  const problem = CHECK[action]?.(ctx, parsed.value as never);
  if (problem) return problem;

  const to = resolveTarget(auth.rule.to, app, parsed.value);
  const change = APPLY[action](ctx, parsed.value as never);
  const entry: TimelineEntry = {
    at: ctx.at,
    action,
    from: app.stage,
    to,
    by: auth.by.role === 'public' ? { role: 'public' } : auth.by,
    summary: change.summary,
  };
  const patch = Object.fromEntries(Object.entries(change.patch).filter(([, v]) => v !== undefined));
  const moved = { ...app, ...patch, stage: to, status: STAGE_STATUS[to] };
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
      detail: parsed.value,
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
  for (const action of Object.keys(ACTIONS) as ActionId[]) {
    const rule = ruleFor(action, app.workflow, app.stage);
    if (!rule) continue;
    const by = actingAs(rule.who, app, actor);
    if (!by) continue;
    const block = READY[action]?.(context(app, action, rule, by, now, settings));
    if (block?.hide) continue;
    const returnTo = action === 'return_for_correction' ? returnableParties(app, rule) : undefined;
    out.push({
      action,
      label: ACTION_LABELS[action],
      as: by.role,
      enabled: !block,
      ...(block ? { reason: block.message } : {}),
      inputRequired: !inputSchema(action, app.workflow).safeParse({}).success,
      ...(returnTo ? { returnTo } : {}),
    });
  }
  return out;
}
