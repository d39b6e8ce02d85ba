import type { FieldIssue } from '../errors/app-error';

/** Why a transition was refused: a stable code and a message in Chinese a person can act on. */
export type WorkflowErrorCode = 'FORBIDDEN' | 'CONFLICT' | 'VALIDATION' | 'NOT_ALLOWED_NOW';
export interface Refusal {
  ok: false;
  code: WorkflowErrorCode;
  message: string;
  issues?: FieldIssue[];
}
export function refuse(code: WorkflowErrorCode, message: string, issues?: FieldIssue[]): Refusal {
  return issues ? { ok: false, code, message, issues } : { ok: false, code, message };
}
