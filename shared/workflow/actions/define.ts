import { z } from 'zod';
import type { IsoDate } from '../../time/dates';
import { fieldIssues } from '../../policy/fields';
import type { Application, Party, RecommendingBody, Workflow } from '../application';
import { openCorrection } from '../application';
import type { Effect, TemplateId } from '../effects';
import type { Block, Ctx } from '../guards';
import type { Refusal } from '../refusal';
import { refuse } from '../refusal';
import type { Stage } from '../stages';
import type { Target, TransitionRule } from '../transitions';

/**
 * One workflow action in one place, after xstate's event-local `{ guard, target, actions }`: its label, its zod
 * input, the form that asks for it, the rules (from which stages of which workflow, by whom, to where), the
 * guards (`ready`: whatever is entered; `check`: the input) and `apply` (the patch, the effects as data, the
 * timeline line). The input type is inferred from the schema into the form's keys, the targets, check and apply.
 */

/** What an action changes on the file, the effects it asks for, and the line it adds to the timeline. */
export interface Change {
  patch: Partial<Application>;
  effects: Effect[];
  summary: string;
}

/**
 * How a form asks for a field. `long`: several lines of text; `lines`: one item per line (退回原因); `instant`:
 * a date and a time of day in China time (answers `date` and `time`, one per form); `body`: a recommending
 * channel and body (answers `body.kind`, `body.orgId`, `body.name`).
 */
export type FieldKind = 'text' | 'long' | 'confirm' | 'yesno' | 'date' | 'instant' | 'choice' | 'body' | 'lines';
export interface Option {
  value: string;
  label: string;
}
/** What a form's options may depend on: the file, and the parties the button says it may go back to. */
export interface FormContext {
  app: Application;
  returnTo?: readonly Party[];
}
export interface FieldSpec<K extends string = string> {
  key: K;
  kind: FieldKind;
  label: string;
  hint?: string;
  options?: readonly Option[] | ((ctx: FormContext) => Option[]);
  optional?: boolean;
  /** `instant`: the label of the time of day (the date takes `label`). */
  timeLabel?: string;
}
type Keys<I> = Extract<keyof I, string>;
export type Form<I> = readonly FieldSpec<Keys<I>>[];

/** A rule of the transition table, its choice of target typed by the action's input. */
export interface Rule<I> extends Omit<TransitionRule, 'to'> {
  to: Target<I>;
}

/** What the property test (and anyone exploring the machine) may send for the action on this file. */
export interface SampleContext {
  app: Application;
  today: IsoDate;
  /** Any number: picks among variants. */
  variant: number;
  /** Recommending bodies the sample may choose. */
  bodies: readonly Required<RecommendingBody>[];
}

/** An input by workflow, where the two workflows ask different things (附件1 and 附件2 differ). */
export interface PerWorkflow<A, B> {
  socialized: z.ZodType<A>;
  green_channel: z.ZodType<B>;
}

type Input = Record<string, unknown>;

/** An action as written; its input type comes from `input` alone (the rest only reads it). */
export interface ActionSpec<Id extends string, A extends Input, B extends Input> {
  id: Id;
  /** The words on the button. */
  label: string;
  input: z.ZodType<A> | PerWorkflow<A, B>;
  form: Form<NoInfer<A | B>> | { socialized: Form<NoInfer<A>>; green_channel: Form<NoInfer<B>> };
  rules: readonly Rule<NoInfer<A | B>>[];
  /** The applicant's step message when `apply` tells them nothing itself (messages.ts). */
  step?: TemplateId;
  ready?(ctx: Ctx): Block | null;
  check?(ctx: Ctx, input: NoInfer<A | B>): Refusal | null;
  apply(ctx: Ctx, input: NoInfer<A | B>): Change;
  sample?(s: SampleContext): NoInfer<Partial<A> | Partial<B>>;
}

export type Decision = { ok: true; input: Readonly<Record<string, unknown>>; to: Stage; change: Change } | Refusal;

/** An action as the machine, the contracts and the client read it, whatever its input. */
export interface Action<Id extends string = string> {
  id: Id;
  label: string;
  rules: readonly TransitionRule[];
  step?: TemplateId;
  /** The input schema for a file of this workflow. */
  inputFor(workflow: Workflow): z.ZodType;
  /** Every input this action accepts in any workflow (the contract's; the workflow's own is checked after). */
  anyInput: z.ZodType;
  formFor(workflow: Workflow): readonly FieldSpec[];
  ready(ctx: Ctx): Block | null;
  /** Parse the input for the file's workflow, check it, and say where the file goes and what changes. */
  decide(ctx: Ctx, raw: unknown): Decision;
  sample?(s: SampleContext): Input;
}

function resolve<I>(to: Target<I>, app: Application, input: I): Stage {
  if (to === 'stay') return app.stage;
  if (to === 'resume') return openCorrection(app)!.fromStage;
  if (typeof to === 'string') return to;
  const next = to.among[to.choose(app, input)];
  if (!next) throw new Error(`no target for ${to.choose(app, input)}`);
  return next === 'stay' ? app.stage : next;
}

export function defineAction<const Id extends string, A extends Input, B extends Input = A>(
  spec: ActionSpec<Id, A, B>,
): Action<Id> & ActionSpec<Id, A, B> & { anyInput: z.ZodType<A | B, A | B> } {
  const perWorkflow = !(spec.input instanceof z.ZodType);
  const inputFor = (w: Workflow): z.ZodType<A | B> => (spec.input instanceof z.ZodType ? spec.input : spec.input[w]);
  const formFor = (w: Workflow): readonly FieldSpec[] => ('socialized' in spec.form ? spec.form[w] : spec.form);
  return {
    ...spec,
    inputFor,
    // Typed by what the action's own check sees, so a caller's misspelt field fails to compile (the contract's union).
    anyInput: (perWorkflow ? z.union([inputFor('socialized'), inputFor('green_channel')]) : inputFor('socialized')) as z.ZodType<
      A | B,
      A | B
    >,
    formFor,
    ready: (ctx) => spec.ready?.(ctx) ?? null,
    decide(ctx, raw) {
      const parsed = inputFor(ctx.app.workflow).safeParse(raw ?? {});
      if (!parsed.success) {
        const issues = fieldIssues(parsed.error);
        return refuse('VALIDATION', issues[0]?.message ?? '输入有误，请检查标红的项目', issues);
      }
      const input = parsed.data;
      const problem = spec.check?.(ctx, input);
      if (problem) return problem;
      const to = resolve(ctx.rule.to, ctx.app, input);
      return { ok: true, input, to, change: spec.apply(ctx, input) };
    },
  };
}
