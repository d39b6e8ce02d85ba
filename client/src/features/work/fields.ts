/**
 * The form each workflow action shows (what INPUTS in shared/workflow asks for), as simple field specs,
 * and how the answers become the action's `input`. Validation is the function's (its issues are shown
 * beside the fields).
 */
import type { ActionId } from '@shared/workflow/actions';
import type { Application, Workflow } from '@shared/workflow/application';
import { inputSchema } from '@shared/workflow/inputs';
import { PARTY_LABELS } from '@shared/workflow/application';
import type { AvailableAction } from '@shared/workflow/machine';

/** `long`: several lines of text (an objection, a decision, a reason); `lines`: one item per line (退回原因). */
export type FieldKind = 'text' | 'long' | 'confirm' | 'yesno' | 'date' | 'time' | 'choice' | 'body' | 'lines';
export interface FieldSpec {
  key: string;
  kind: FieldKind;
  label: string;
  hint?: string;
  options?: { value: string; label: string }[];
  optional?: boolean;
}

export const BODY_OPTIONS = [
  { value: 'district_bureau', label: '所在地区人社部门' },
  { value: 'talent_centre', label: '人才交流服务机构' },
  { value: 'social_org', label: '工商联、行业协会、商会、学会等社会组织' },
  { value: 'service_point', label: '职称申报受理服务点' },
];

const remarks: FieldSpec = { key: 'remarks', kind: 'text', label: '备注（可不填）', optional: true };

export function fieldsFor(action: ActionId, app: Application, available: AvailableAction): FieldSpec[] {
  const green = app.workflow === 'green_channel';
  switch (action) {
    case 'submit':
      return [{ key: 'materialsBound', kind: 'confirm', label: '我已按要求准备并装订好书面材料' }];
    case 'employer_approve':
      return [
        { key: 'opinion', kind: 'text', label: '审核意见（可不填）', optional: true },
        ...(green ? [{ key: 'rosterStamped', kind: 'confirm' as const, label: '已提供加盖单位公章的《申报人员花名册》' }] : []),
      ];
    case 'file_objection':
      return [{ key: 'text', kind: 'long', label: '异议内容（至少 10 个字）' }];
    case 'decide_objection':
      return [
        {
          key: 'objectionId',
          kind: 'choice',
          label: '要处理的异议',
          options: (app.notice?.objections ?? []).filter((o) => o.status === 'open').map((o) => ({ value: o.id, label: o.text })),
        },
        {
          key: 'outcome',
          kind: 'choice',
          label: '异议是否成立',
          options: [
            { value: 'dismissed', label: '不成立，继续公示' },
            { value: 'upheld', label: '成立，终止公示' },
          ],
        },
        { key: 'decision', kind: 'long', label: '处理意见' },
      ];
    case 'recommend':
    case 'reassign_body':
      return [{ key: 'body', kind: 'body', label: '推荐报送渠道' }];
    case 'forward_to_bureau':
    case 'forward_to_region':
      return [remarks];
    case 'accept':
      return green
        ? [
            { key: 'originalsChecked', kind: 'confirm', label: '已审核报送材料的原件' },
            { key: 'onlineConfirmed', kind: 'confirm', label: '已在内蒙古人才信息库完成网上确认' },
            remarks,
          ]
        : [remarks];
    case 'schedule_defense':
      return [
        { key: 'date', kind: 'date', label: '答辩日期', hint: '答辩通知至少提前一周发布' },
        { key: 'time', kind: 'time', label: '答辩时间' },
        { key: 'place', kind: 'text', label: '答辩地点' },
      ];
    case 'record_defense':
      return [{ key: 'attended', kind: 'yesno', label: '申报人是否参加了答辩' }, remarks];
    case 'approve_result':
      return [{ key: 'documentNo', kind: 'text', label: '文号（可不填）', optional: true }, remarks];
    case 'not_passed':
      return [{ key: 'reason', kind: 'long', label: '未通过原因' }];
    case 'issue_certificate':
      return [{ key: 'certificateNo', kind: 'text', label: '证书编号', hint: '按证书上的编号填写，登记后申报人可凭此查询' }, remarks];
    case 'return_for_correction':
      return [
        {
          key: 'returnTo',
          kind: 'choice',
          label: '退回给谁补正',
          options: (available.returnTo ?? ['applicant']).map((p) => ({ value: p, label: PARTY_LABELS[p] })),
        },
        { key: 'reasons', kind: 'lines', label: '退回原因', hint: '有多条原因时，用分号（；）隔开' },
      ];
    case 'resubmit':
      return [{ key: 'note', kind: 'text', label: '补正说明（可不填）', optional: true }];
    case 'withdraw':
      return [{ key: 'reason', kind: 'text', label: '撤回原因（可不填）', optional: true }];
    default:
      return [];
  }
}

export type Answers = Record<string, string>;

/** The answers → the action's input (empty optional fields left out). */
export function inputFrom(action: ActionId, answers: Answers): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const text = (k: string) => (answers[k] ?? '').trim();
  if (action === 'schedule_defense') {
    if (text('date') && text('time')) out.at = `${text('date')}T${text('time')}:00+08:00`;
    if (text('place')) out.place = text('place');
    return out;
  }
  if (action === 'recommend') {
    const kind = text('body.kind');
    if (!kind) return {};
    const body: Record<string, string> = { kind };
    if (text('body.orgId')) body.orgId = text('body.orgId');
    if (text('body.name')) body.name = text('body.name');
    return { body };
  }
  for (const [k, v] of Object.entries(answers)) {
    if (k.startsWith('body.')) continue;
    if (v === '') continue;
    if (v === '__true') out[k] = true;
    else if (k === 'attended') out[k] = v === 'yes';
    else if (k === 'reasons')
      out[k] = v
        .split(/[\n；;]/)
        .map((s) => s.trim())
        .filter(Boolean);
    else out[k] = v.trim();
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
  const field = unwrap((inputSchema(action, workflow) as unknown as Schema).shape?.[key]);
  if (!field) return undefined;
  if (field._zod.def.type === 'array') {
    const each = unwrap(field._zod.def.element)?.maxLength;
    const count = field._zod.def.checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
    return each ? { each, ...(count ? { count } : {}) } : undefined;
  }
  return field.maxLength ? { each: field.maxLength } : undefined;
}

/**
 * The issue shown under a field: its exact path or anything under it ('reasons.0', 'body.orgId'). The
 * defense's one instant `at` (date + time) belongs to the date: the 7-day rule is about the day, and the time
 * always has a value; with no date chosen it asks for the date.
 */
export function errorFor(errors: Record<string, string>, key: string, answers: Answers = {}): string | undefined {
  if (errors[key]) return errors[key];
  const hit = Object.keys(errors).find((p) => p.startsWith(`${key}.`) || p === `input.${key}` || p.startsWith(`input.${key}.`));
  if (hit) return errors[hit];
  const at = errors.at ?? errors['input.at'];
  if (key === 'date' && at) return answers.date ? at : '请选择答辩日期';
  return undefined;
}

/** Whether an issue's path is shown under one of these fields (else the form shows it once, as its message). */
export function placed(path: string, specs: FieldSpec[]): boolean {
  const p = path.startsWith('input.') ? path.slice(6) : path;
  return specs.some((s) => {
    const keys = s.kind === 'body' ? ['body'] : s.kind === 'date' && s.key === 'date' ? ['date', 'at'] : [s.key];
    return keys.some((k) => p === k || p.startsWith(`${k}.`));
  });
}
