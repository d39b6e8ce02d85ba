import { ERROR_CODES, type Envelope, type ErrorCode } from '@shared/errors/app-error';

/** Shown when the function could not be reached at all (no envelope came back). */
export const NETWORK_MESSAGE = '网络连接失败，请检查网络后重试';

export function failure(code: ErrorCode, requestId: string, message: string = ERROR_CODES[code]): Envelope<never> {
  return { ok: false, code, message, requestId };
}

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, code);
}

/**
 * Whatever came back (a function's return value, an HTTP body) → an envelope. Anything that is not a
 * well-formed envelope becomes `INTERNAL`, so a page only ever deals with the two envelope shapes.
 */
export function toEnvelope(body: unknown, requestId: string): Envelope<unknown> {
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return failure('INTERNAL', requestId);
    }
  }
  if (!body || typeof body !== 'object') return failure('INTERNAL', requestId);
  const b = body as Record<string, unknown>;
  const rid = typeof b.requestId === 'string' ? b.requestId : requestId;
  if (b.ok === true) return { ok: true, data: b.data, requestId: rid };
  if (b.ok === false) {
    const code = isErrorCode(b.code) ? b.code : 'INTERNAL';
    const message = typeof b.message === 'string' && b.message ? b.message : ERROR_CODES[code];
    const issues = Array.isArray(b.issues)
      ? b.issues.filter((i): i is { path: string; message: string } => !!i && typeof i.path === 'string' && typeof i.message === 'string')
      : undefined;
    return issues && issues.length ? { ok: false, code, message, requestId: rid, issues } : { ok: false, code, message, requestId: rid };
  }
  return failure('INTERNAL', requestId);
}
