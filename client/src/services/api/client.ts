import { ERROR_CODES } from '@shared/errors/app-error';
import type { Contracts, FunctionName } from '@shared/contracts';
import { toFieldIssues } from '@shared/errors/field-issues';
import type { z } from 'zod';
import type { Api, CallOptions, FunctionClient, Transport } from './types';
import { newRequestId } from './request-id';

/** The contracts the client checks inputs against, by function: a part of CONTRACTS, filled in as packages load. */
export type ContractRegistry = { [F in FunctionName]?: Partial<Contracts[F]> };

type Caller = (input: unknown, options?: CallOptions) => Promise<unknown>;

/**
 * Builds `api.<fn>.<action>(input)`: no per-action code; the names are typed from CONTRACTS.
 *
 * Error handling: a call NEVER throws. It resolves with the function's envelope
 * (`{ ok: true, data }` or `{ ok: false, code, message, issues? }`); transport failures and malformed
 * answers become `INTERNAL` envelopes. When the function's contract is in `contracts`, the input is first checked
 * against its schema, so a form gets the same field-level `issues` (code VALIDATION) instantly and without a round
 * trip; the raw input (not the parsed one) is what is sent, and the function parses it again as the authority.
 * The weapp's main package carries only the small contracts (identity, eligibility, applications but the moves of a
 * file); a subpackage registers the ones its pages use (announcements, briefings, groups, applications' transition
 * and batch: each package's `api.ts`), so they are
 * not downloaded before a page needs them. A call before that is checked by the function alone.
 *
 * `options.requestId` (optional) sends a caller-chosen id instead of a fresh one: a page retrying the same
 * user intent after a network/INTERNAL failure passes the same id, so the function can answer idempotently.
 * `options.cloudID` goes to the transport beside the event; the transport sends it as the top-level `openData`.
 */
export function createApi(transport: Transport, contracts: ContractRegistry): Api {
  const clients = new Map<string, Record<string, Caller>>();
  const client = (fn: FunctionName) => {
    const calls: Record<string, Caller> = {};
    return new Proxy(calls, {
      get(target, action) {
        if (typeof action !== 'string') return undefined;
        target[action] ??= async (input: unknown, options?: CallOptions) => {
          const requestId = options?.requestId || newRequestId();
          const schema = (contracts[fn] as Record<string, { input: z.ZodType }> | undefined)?.[action]?.input;
          const parsed = schema?.safeParse(input ?? {});
          if (parsed && !parsed.success) {
            return { ok: false, code: 'VALIDATION', message: ERROR_CODES.VALIDATION, requestId, issues: toFieldIssues(parsed.error) };
          }
          const event = { action, input: input ?? {}, requestId };
          return transport(fn, options?.cloudID ? { ...event, cloudID: options.cloudID } : event);
        };
        return target[action];
      },
    });
  };
  return new Proxy({} as Api, {
    get(_target, fn) {
      if (typeof fn !== 'string') return undefined;
      if (!clients.has(fn)) clients.set(fn, client(fn as FunctionName));
      return clients.get(fn);
    },
  });
}

export type { FunctionClient };
