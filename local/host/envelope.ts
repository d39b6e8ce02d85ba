/** Host-level failures as the same envelope the functions answer (codes and messages from shared/contracts). */
import { randomUUID } from 'node:crypto';
import { ERROR_CODES, type ErrorCode } from '../../shared/errors/app-error';

export interface ErrorEnvelope {
  ok: false;
  code: ErrorCode;
  message: string;
  requestId: string;
}

export function hostError(code: ErrorCode, requestId: string, message: string = ERROR_CODES[code]): ErrorEnvelope {
  return { ok: false, code, message, requestId };
}

const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** The client's request id when it is well-formed, else a fresh one. */
export function requestIdFrom(value: unknown): string {
  return typeof value === 'string' && REQUEST_ID.test(value) ? value : randomUUID();
}

/** What an envelope says about the outcome, for the log line. */
export function outcomeOf(result: unknown): { ok: boolean; code?: string } {
  if (result && typeof result === 'object' && 'ok' in result) {
    const r = result as { ok: unknown; code?: unknown };
    return r.ok === true ? { ok: true } : { ok: false, code: typeof r.code === 'string' ? r.code : undefined };
  }
  return { ok: true };
}
