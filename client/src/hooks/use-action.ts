import { useCallback, useRef, useState } from 'react';
import type { Envelope, ErrorCode, FieldIssue } from '@shared/contracts';

export interface ActionError {
  code: ErrorCode;
  message: string;
}

/** Field path ('name', 'scope.orgId', …) → the first message for it; form-wide issues under '(整体)'. */
export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(issues: FieldIssue[] | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const i of issues ?? []) if (!(i.path in out)) out[i.path] = i.message;
  return out;
}

/**
 * One form submission or button press: `run(input)` calls the API, tracks `pending`, and keeps the last
 * failure as `error` (code + Chinese message) and `fieldErrors` (from the envelope's `issues`).
 * Presses while a call is in flight are ignored (no double submits). `run(input, { requestId })` passes a
 * caller-kept id through to the API (retries of one user intent reuse it).
 */
export function useAction<I, O>(call: (input: I, options?: { requestId?: string }) => Promise<Envelope<O>>) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const inFlight = useRef(false);

  const run = useCallback(
    async (input: I, options?: { requestId?: string }): Promise<Envelope<O> | null> => {
      if (inFlight.current) return null;
      inFlight.current = true;
      setPending(true);
      try {
        const res = options ? await call(input, options) : await call(input);
        if (res.ok) {
          setError(null);
          setFieldErrors({});
        } else {
          setError({ code: res.code, message: res.message });
          setFieldErrors(fieldErrorsOf(res.issues));
        }
        return res;
      } finally {
        inFlight.current = false;
        setPending(false);
      }
    },
    [call],
  );

  const reset = useCallback(() => {
    setError(null);
    setFieldErrors({});
  }, []);

  return { run, pending, error, fieldErrors, reset };
}
