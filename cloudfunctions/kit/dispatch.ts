import './zod-locale';
import type { z } from 'zod';
import { AppError, ERROR_CODES, type Envelope } from '../../shared/errors/app-error';
import type { ActionName, Contracts, FunctionName, OutputOf, ParsedInputOf } from '../../shared/contracts';
import type { Actor } from '../../shared/auth/roles';
import { loadGrants, toActor } from './actor';
import { callerAppid, callerOpenid, database, type Database } from './cloud';
import { describeError, OutputMismatch, toErrorEnvelope } from './errors';
import { logRequest } from './log';
import { clockNow } from './clock';
import { BREACH_MESSAGES, checkBounds } from '../../shared/contracts/bounds';
import { takeSlot } from './rate-limit';

/** What every handler gets: the authenticated actor, the database, the request id and the clock. */
export interface HandlerContext {
  actor: Actor;
  db: Database;
  requestId: string;
  now: Date;
  /**
   * The event's top-level `openData`: what the platform put there in place of a `wx.cloud.CloudID(…)` the client
   * sent (`{ cloudID, data }` or `{ cloudID, errCode, errMsg }`), unparsed; undefined when absent. Only actions
   * that need a WeChat group's identity read it (groups.bind / groups.enter), through shared/groups/openData.
   */
  openData: unknown;
  /** The mini-program's AppID from the CloudBase context (WX_APPID), null when absent: what open data's watermark must name. */
  appid: string | null;
  /** What the action's `prefetch` (FunctionOptions) read while the caller's grants loaded; undefined without one. */
  prefetched?: Promise<unknown>;
}

export type Handler<F extends FunctionName, A extends ActionName<F>> = (
  input: ParsedInputOf<F, A>,
  ctx: HandlerContext,
) => Promise<OutputOf<F, A>>;

export type Handlers<F extends FunctionName> = { [A in ActionName<F>]: Handler<F, A> };

const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;

interface CloudContext {
  request_id?: string;
}

/**
 * A function's `main`: dispatch by event.action → bound the event (size, depth, keys) before anything walks it
 * deeply → parse input with the action's zod contract → identify the caller from the CloudBase context → load
 * grants → take a rate-limit slot (writes, paid calls, heavy reads) → run the handler (which authorizes by the
 * shared policy) → validate the output → the envelope. Nothing thrown leaves as a stack trace; the log names
 * only actions that exist.
 */
export interface FunctionOptions<F extends FunctionName> {
  /**
   * Read-only actions on public information that a visitor who has not signed in may call (e.g. the published
   * rounds): the handler gets an actor with no openid and no grants; bounds and contracts apply as for anyone.
   */
  openToVisitors?: readonly ActionName<F>[];
  /**
   * The record an action authorizes against (e.g. the file `get` opens), read at the same time as the caller's
   * grants instead of after them: one round trip less. Only that record: the handler still authorizes before it
   * reads anything the record leads to, and a refused caller learns nothing from it.
   */
  prefetch?: { [A in ActionName<F>]?: (input: ParsedInputOf<F, A>, db: Database) => Promise<unknown> };
}

/** The actor of a visitor who has not signed in: no identity, no roles. */
export const VISITOR: Actor = { openid: '', grants: [] };

/**
 * `contracts` is the function's own part of CONTRACTS (e.g. `identity` from shared/contracts/identity), imported
 * by the function itself: a bundle then builds only its own schemas at load, not every function's.
 */
export function defineFunction<F extends FunctionName>(
  fn: F,
  contracts: Contracts[F],
  handlers: Handlers<F>,
  options: FunctionOptions<F> = {},
) {
  const visitorActions = new Set<string>(options.openToVisitors ?? []);
  const known = (name: unknown): name is string => typeof name === 'string' && Object.prototype.hasOwnProperty.call(contracts, name);
  return async function main(event: unknown, context: unknown): Promise<Envelope<unknown>> {
    const started = Date.now();
    const ev = (event && typeof event === 'object' && !Array.isArray(event) ? event : {}) as Record<string, unknown>;
    const requestId =
      typeof ev.requestId === 'string' && REQUEST_ID.test(ev.requestId)
        ? ev.requestId
        : ((context as CloudContext | undefined)?.request_id ?? `req-${started}`);
    const action = known(ev.action) ? ev.action : '?';
    let envelope: Envelope<unknown>;
    try {
      envelope = { ok: true, data: await run(), requestId };
    } catch (err) {
      envelope = toErrorEnvelope(err, requestId);
      if (envelope.code === 'INTERNAL') {
        logRequest({ requestId, fn, action, ok: false, code: 'INTERNAL', ms: Date.now() - started, error: describeError(err) });
        return envelope;
      }
    }
    logRequest({ requestId, fn, action, ok: envelope.ok, code: envelope.ok ? undefined : envelope.code, ms: Date.now() - started });
    return envelope;

    async function run(): Promise<unknown> {
      if (action === '?') throw new AppError('UNKNOWN_ACTION', ERROR_CODES.UNKNOWN_ACTION);
      const breach = checkBounds(ev);
      if (breach) throw new AppError(breach === 'too_large' ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', BREACH_MESSAGES[breach]);
      const spec = (contracts as Record<string, { input: z.ZodType; output: z.ZodType }>)[action];
      const input = spec.input.parse(ev.input ?? {});
      const openid = callerOpenid(context);
      if (!openid && !visitorActions.has(action)) throw new AppError('UNAUTHENTICATED');
      const db = database();
      const now = clockNow(context);
      const early = (options.prefetch as Record<string, ((i: unknown, d: Database) => Promise<unknown>) | undefined> | undefined)?.[action];
      const prefetched = openid && early ? early(input, db) : undefined;
      prefetched?.catch(() => undefined); // awaited by the handler; not left unhandled if the grants fail first
      const actor = openid ? toActor(openid, await loadGrants(db, openid)) : VISITOR;
      if (openid) await takeSlot(db, fn, action, openid, now);
      const handler = (handlers as Record<string, (i: unknown, c: HandlerContext) => Promise<unknown>>)[action];
      const out = await handler(input, { actor, db, requestId, now, openData: ev.openData, appid: callerAppid(context), prefetched });
      // An answer the contract does not describe is our fault, not the caller's: INTERNAL, logged by path only.
      const checked = spec.output.safeParse(out);
      if (!checked.success) throw new OutputMismatch(checked.error);
      return checked.data;
    }
  };
}
