/**
 * The form each workflow action shows, read from its definition (shared/workflow/actions: `form`), and how
 * the answers become the action's `input`. Validation is the function's (its issues are shown beside the fields).
 */
import type { ActionId, FieldSpec as DefinedField, Option } from '@shared/workflow/actions';
import { ACTIONS } from '@shared/workflow/actions';
import type { Application, Workflow } from '@shared/workflow/application';
import type { AvailableAction } from '@shared/workflow/machine';

/** A field of the form with its options worked out for this file. */
export type FieldSpec = Omit<DefinedField, 'options'> & { options?: readonly Option[] };

export function fieldsFor(action: ActionId, app: Application, available: Pick<AvailableAction, 'returnTo'>): FieldSpec[] {
  return ACTIONS[action].formFor(app.workflow).map((f) => {
    const { options, ...rest } = f;
    if (!options) return rest;
    return { ...rest, options: typeof options === 'function' ? options({ app, returnTo: available.returnTo }) : options };
  });
}

export type Answers = Record<string, string>;

/** One field's answer(s) → its value in the input; undefined leaves it out. */
function valueOf(spec: FieldSpec, answers: Answers): unknown {
  const raw = (k: string) => answers[k] ?? '';
  const v = raw(spec.key);
  switch (spec.kind) {
    case 'instant': {
      const date = raw('date').trim();
      const time = raw('time').trim();
      return date && time ? `${date}T${time}:00+08:00` : undefined;
    }
    case 'body': {
      const kind = raw(`${spec.key}.kind`).trim();
      if (!kind) return undefined;
      const orgId = raw(`${spec.key}.orgId`).trim();
      const name = raw(`${spec.key}.name`).trim();
      return { kind, ...(orgId ? { orgId } : {}), ...(name ? { name } : {}) };
    }
    case 'confirm':
      return v === '__true' ? true : undefined;
    case 'yesno':
      return v === '' ? undefined : v === 'yes';
    case 'lines':
      return v === ''
        ? undefined
        : v
            .split(/[\n；;]/)
            .map((s) => s.trim())
            .filter(Boolean);
    default:
      return v === '' ? undefined : v.trim();
  }
}

/** The answers → the action's input (empty optional fields left out). */
export function inputFrom(specs: readonly FieldSpec[], answers: Answers): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of specs) {
    const value = valueOf(spec, answers);
    if (value !== undefined) out[spec.key] = value;
  }
  return out;
}

type Def = {
  type: string;
  innerType?: Schema;
  in?: Schema;
  element?: Schema;
  checks?: { _zod: { def: { check: string; maximum?: number } } }[];
};
type Schema = { _zod: { def: Def }; maxLength?: number | null; shape?: Record<string, Schema> };

/** The schema under optional / default / pipe wrappers (a pipe is bounded by what it takes in). */
function unwrap(s: Schema | undefined): Schema | undefined {
  let cur = s;
  for (let i = 0; cur && i < 8; i++) {
    const d = cur._zod.def;
    const next = d.type === 'pipe' ? d.in : d.innerType;
    if (!next) break;
    cur = next;
  }
  return cur;
}

/**
 * The limit of a text field as the workflow's input schema sets it (asked of shared/workflow, not copied):
 * characters for text; for a list (退回原因), `each` per item and `count` items.
 */
export function fieldMax(action: ActionId, workflow: Workflow, key: string): { each: number; count?: number } | undefined {
  const field = unwrap((ACTIONS[action].inputFor(workflow) as unknown as Schema).shape?.[key]);
  if (!field) return undefined;
  if (field._zod.def.type === 'array') {
    const each = unwrap(field._zod.def.element)?.maxLength;
    const count = field._zod.def.checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
    return each ? { each, ...(count ? { count } : {}) } : undefined;
  }
  return field.maxLength ? { each: field.maxLength } : undefined;
}

/**
 * The issue shown under a field: its exact path or anything under it ('reasons.0', 'body.orgId'), with or
 * without the contract's `input.` prefix. An instant (the defense's date + time) shows its issue under the
 * date: the 7-day rule is about the day, and the time always has a value; with no date sent it asks for the date.
 */
export function errorFor(
  errors: Record<string, string>,
  spec: Pick<FieldSpec, 'key' | 'kind' | 'label'>,
  sent: Answers = {},
): string | undefined {
  const key = spec.key;
  const hit =
    [key, `input.${key}`].map((k) => errors[k]).find(Boolean) ??
    errors[Object.keys(errors).find((p) => p.startsWith(`${key}.`) || p.startsWith(`input.${key}.`)) ?? ''];
  if (hit && spec.kind === 'instant' && !sent.date) return `请选择${spec.label}`;
  return hit;
}

/** Whether an issue's path is shown under one of these fields (else the form shows it once, as its message). */
export function placed(path: string, specs: readonly Pick<FieldSpec, 'key'>[]): boolean {
  const p = path.startsWith('input.') ? path.slice(6) : path;
  return specs.some((s) => p === s.key || p.startsWith(`${s.key}.`));
}
