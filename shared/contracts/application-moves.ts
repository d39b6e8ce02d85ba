import { z } from 'zod';
import { ACTION_LIST } from '../workflow/actions';
import { ACTION_IDS } from '../workflow/actions/ids';
import * as f from '../fields/common';
import { applicationRecords, detail } from './applications';

const action = z.enum(ACTION_IDS, { error: '不支持的操作' });
const boundedInput = z
  .record(z.string(), z.unknown(), { error: '操作内容格式不正确' })
  .refine((v) => JSON.stringify(v).length <= 20_000, '操作内容过长')
  .optional();
const expectedVersion = z.number().int().min(1);

/**
 * One action on one file: its `input` is what the action asks for in either workflow (each definition's
 * `anyInput`, shared/workflow/actions; the file's own workflow's schema is applied again when the machine
 * decides). An objection goes through notices.object, so here its input is only bounded (the handler refuses it).
 */
type Definition = (typeof ACTION_LIST)[number];
type Asked = Exclude<Definition, { id: 'file_objection' }>;
type TransitionOf<D extends Asked> = z.ZodObject<
  { id: typeof f.id; action: z.ZodLiteral<D['id']>; input: z.ZodOptional<D['anyInput']>; expectedVersion: typeof expectedVersion },
  z.core.$strict
>;
type TransitionMember = Asked extends infer D ? (D extends Asked ? TransitionOf<D> : never) : never;
const objectionMember = z.strictObject({ id: f.id, action: z.literal('file_objection'), input: boundedInput, expectedVersion });
const transitionInput = z.discriminatedUnion(
  'action',
  ACTION_LIST.map((d) =>
    d.id === 'file_objection'
      ? objectionMember
      : z.strictObject({ id: f.id, action: z.literal(d.id), input: d.anyInput.optional(), expectedVersion }),
  ) as unknown as [TransitionMember | typeof objectionMember, ...(TransitionMember | typeof objectionMember)[]],
  { error: '不支持的操作' },
);

/** Moving a file through the workflow: one action on one file, or one action without inputs on many. */
export const applicationMoves = {
  transition: {
    input: transitionInput,
    output: detail.extend({ replayed: z.boolean() }),
  },
  batch: {
    input: z.object({ ids: z.array(f.id).min(1, '请选择申报').max(50, '一次最多处理 50 份'), action, input: boundedInput }).strict(),
    output: z.object({
      results: z.array(
        z.object({
          id: z.string(),
          ok: z.boolean(),
          code: z.string().optional(),
          message: z.string().optional(),
          version: z.number().optional(),
        }),
      ),
    }),
  },
} as const;

/** The `applications` function's whole contract: its records and its moves. */
export const applications = { ...applicationRecords, ...applicationMoves } as const;
