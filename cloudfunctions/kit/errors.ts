import { z } from 'zod';
import { AppError, ERROR_CODES, type Envelope } from '../../shared/errors/app-error';
import { toFieldIssues } from '../../shared/errors/field-issues';

/** Turn anything thrown into the error envelope; only AppError and validation failures speak to the user. */
export function toErrorEnvelope(err: unknown, requestId: string): Extract<Envelope<never>, { ok: false }> {
  if (err instanceof AppError) {
    return { ok: false, code: err.code, message: err.message, requestId, ...(err.issues ? { issues: err.issues } : {}) };
  }
  if (err instanceof z.ZodError) {
    const issues = toFieldIssues(err);
    return { ok: false, code: 'VALIDATION', message: issues[0]?.message ?? ERROR_CODES.VALIDATION, requestId, issues };
  }
  if (isTransactionConflict(err)) return { ok: false, code: 'CONFLICT', message: ERROR_CODES.CONFLICT, requestId };
  return { ok: false, code: 'INTERNAL', message: ERROR_CODES.INTERNAL, requestId };
}

/** CloudBase reports a write-write conflict inside a transaction with a code naming it. */
export function isTransactionConflict(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /CONFLICT/i.test(code);
}

/**
 * A handler's answer that its output contract rejects. It keeps only the paths that failed (keys and indexes,
 * at most 5), never the values or zod's messages (which may quote them): the answer may carry personal data.
 */
export class OutputMismatch extends Error {
  readonly paths: string[];
  constructor(error: z.ZodError) {
    super('output does not match its contract');
    this.name = 'OutputMismatch';
    this.paths = [...new Set(error.issues.map((i) => i.path.map(String).join('.') || '(root)'))].slice(0, 5);
  }
}

/** A short, data-free description of an unexpected error for the log. */
export function describeError(err: unknown): string {
  if (err instanceof AppError) return err.code;
  if (err instanceof OutputMismatch) return `OutputMismatch:${err.paths.join(',')}`;
  const e = err as { name?: string; code?: string } | null;
  return [e?.name, e?.code].filter(Boolean).join(':') || 'unknown';
}
