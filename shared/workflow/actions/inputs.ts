import { z } from 'zod';
import { text } from '../../policy/fields';
import type { FieldSpec } from './define';

/** Input pieces several actions ask for. Messages are what the form shows beside the field. */
export const remarks = text('备注', 200).optional();
export const confirm = (message: string) => z.literal(true, { error: message });
export const minLength = (label: string, min: number) => z.string().min(min, `${label}至少 ${min} 个字`);
export const empty = z.strictObject({});
export const withRemarks = z.strictObject({ remarks });

export const REMARKS_FIELD = {
  key: 'remarks',
  kind: 'text',
  label: '备注（可不填）',
  optional: true,
} as const satisfies FieldSpec<'remarks'>;
