import { z } from 'zod';
import type { FieldIssue } from '../errors/app-error';
import { toFieldIssues } from '../errors/field-issues';
import type { IsoDate } from '../time/dates';
import { parseIsoDate } from '../time/dates';

/** Field schemas shared by the profile and the round: one message per problem, in words a person can act on. */

export const EARLIEST_DATE = '1950-01-01';

export function dateProblem(value: string, notAfter?: IsoDate): string | null {
  if (value.length > 10 || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return '应为“年-月-日”格式，例如 2020-07-01';
  if (!parseIsoDate(value)) return '不是有效的日期';
  if (value < EARLIEST_DATE) return '不能早于 1950 年';
  if (notAfter && value > notAfter) return `不能晚于 ${notAfter}（不能填将来的日期）`;
  return null;
}

/** A 'YYYY-MM-DD' date named `label` in messages; `notAfter` rejects future dates. */
export function dateField(label: string, notAfter?: IsoDate) {
  return z.string({ error: `请填写${label}` }).superRefine((value, ctx) => {
    const problem = dateProblem(value, notAfter);
    if (problem) ctx.addIssue({ code: 'custom', message: `${label}${problem}` });
  });
}

/** A yes/no answer that may be left unanswered (null or absent = not answered). */
export function answer(question: string) {
  return z
    .boolean({ error: `${question}：请回答“是”或“否”` })
    .nullable()
    .optional();
}

/** A pick-many list from a fixed set: no repeats, bounded. */
export function choices<T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z
    .array(z.enum(values, { error: `${label}：请从列表中选择` }), { error: `${label}应为列表` })
    .max(values.length, `${label}最多选 ${values.length} 项`)
    .refine((list) => new Set(list).size === list.length, `${label}不要重复选择`);
}

export function text(label: string, max: number) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `请填写${label}` : `${label}应为文字`) })
    .trim()
    .max(max, `${label}不超过 ${max} 个字`);
}

/**
 * zod issues → field issues, with each unrecognized key reported at its own path (the form can point at it)
 * instead of one message on the enclosing object.
 */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((i) => {
    if (i.code !== 'unrecognized_keys') return toFieldIssues({ issues: [i] } as z.ZodError);
    return i.keys.map((key) => ({ path: [...i.path, key].map(String).join('.'), message: `无法识别的项目“${truncate(key, 30)}”，请删除` }));
  });
}

function truncate(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
