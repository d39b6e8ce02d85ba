import { CONTRACTS, ERROR_CODES, type ActionName, type FunctionName } from '@shared/contracts';
import { toFieldIssues } from '@shared/contracts/issues';
import type { z } from 'zod';
import type { Api, CallOptions, FunctionClient, Transport } from './types';
import { newRequestId } from './requestId';

/**
 * Builds `api.<fn>.<action>(input)` from CONTRACTS: no per-action code.
 *
 * Error handling: a call NEVER throws. It resolves with the function's envelope
 * (`{ ok: true, data }` or `{ ok: false, code, message, issues? }`); transport failures and malformed
 * answers become `INTERNAL` envelopes. The input is first checked against the contract's schema, so a
 * form gets the same field-level `issues` (code VALIDATION) instantly and without a round trip; the raw
 * input (not the parsed one) is what is sent, and the function parses it again as the authority.
 *
 * `options.requestId` (optional) sends a caller-chosen id instead of a fresh one: a page retrying the same
 * user intent after a network/INTERNAL failure passes the same id, so the function can answer idempotently.
 * `options.cloudID` goes to the transport beside the event; the transport sends it as the top-level `openData`.
 */
export function createApi(transport: Transport): Api {
  const api: Record<string, Record<string, (input: unknown, options?: CallOptions) => Promise<unknown>>> = {};
  for (const fn of Object.keys(CONTRACTS) as FunctionName[]) {
    const actions = CONTRACTS[fn] as Record<string, { input: z.ZodType }>;
    const client: Record<string, (input: unknown, options?: CallOptions) => Promise<unknown>> = {};
    for (const action of Object.keys(actions) as ActionName<typeof fn>[]) {
      const schema = actions[action].input;
      client[action] = async (input: unknown, options?: CallOptions) => {
        const requestId = options?.requestId || newRequestId();
        const parsed = schema.safeParse(input ?? {});
        if (!parsed.success) {
          return { ok: false, code: 'VALIDATION', message: ERROR_CODES.VALIDATION, requestId, issues: toFieldIssues(parsed.error) };
        }
        const event = { action, input: input ?? {}, requestId };
        return transport(fn, options?.cloudID ? { ...event, cloudID: options.cloudID } : event);
      };
    }
    api[fn] = client;
  }
  return api as unknown as Api;
}

export type { FunctionClient };
