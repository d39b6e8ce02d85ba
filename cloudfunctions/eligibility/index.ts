import { CONTRACTS, type Envelope } from '../../shared/contracts';
import { BREACH_MESSAGES, checkBounds } from '../../shared/contracts/bounds';
import { AppError } from '../../shared/contracts/errors';
import { chinaDate } from '../../shared/policy';
import { clockNow } from '../kit/clock';
import { callerOpenid, database } from '../kit/cloud';
import { defineFunction } from '../kit/dispatch';
import { describeError, toErrorEnvelope } from '../kit/errors';
import { logRequest } from '../kit/log';
import { evaluate } from './handlers/evaluate';
import { history, historyGet } from './handlers/history';
import { listRounds, publishRound } from './handlers/rounds';
import { publishedRounds } from './rounds';

/** Cloud function `eligibility`: the authoritative self-check, its history, and the socialized rounds. */
const signedIn = defineFunction('eligibility', {
  evaluate,
  history,
  'history.get': historyGet,
  'rounds.list': listRounds,
  'rounds.publish': publishRound,
});

export async function main(event: unknown, context: unknown): Promise<Envelope<unknown>> {
  const ev = event && typeof event === 'object' && !Array.isArray(event) ? (event as Record<string, unknown>) : {};
  if (ev.action === 'rounds.list' && !callerOpenid(context)) return publicRoundsList(ev, context);
  return signedIn(event, context);
}

const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * `rounds.list` for a visitor who has not signed in. Published rounds are public information (附件2 第二项:
 * the region's and the city's arrangement, announced to everyone), and the phone's own evaluation needs them
 * to count 满N年 to the open round's cut-off. So this one read skips the identity step, and nothing else:
 * the event is bounded and parsed by the same contract as in the kit, the query is fixed (rounds only, at
 * most 100), nothing is written and no caller data is read. Every other action, and a signed-in caller's
 * rounds.list, goes through the kit unchanged.
 */
async function publicRoundsList(ev: Record<string, unknown>, context: unknown): Promise<Envelope<unknown>> {
  const started = Date.now();
  const requestId =
    typeof ev.requestId === 'string' && REQUEST_ID.test(ev.requestId)
      ? ev.requestId
      : ((context as { request_id?: string } | undefined)?.request_id ?? `req-${started}`);
  const spec = CONTRACTS.eligibility['rounds.list'];
  let envelope: Envelope<unknown>;
  let failure: unknown;
  try {
    const breach = checkBounds(ev);
    if (breach) throw new AppError(breach === 'too_large' ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST', BREACH_MESSAGES[breach]);
    const input = spec.input.parse(ev.input ?? {});
    const items = await publishedRounds(database(), chinaDate(clockNow(context)), input.includeClosed);
    envelope = { ok: true, data: spec.output.parse({ items }), requestId };
  } catch (err) {
    failure = err;
    envelope = toErrorEnvelope(err, requestId);
  }
  const code = envelope.ok ? undefined : envelope.code;
  const error = code === 'INTERNAL' ? { error: describeError(failure) } : {};
  logRequest({ requestId, fn: 'eligibility', action: 'rounds.list', ok: envelope.ok, code, ms: Date.now() - started, ...error });
  return envelope;
}
