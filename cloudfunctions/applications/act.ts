import { AppError } from '../../shared/contracts/errors';
import type { ActionId, Application } from '../../shared/workflow';
import { transition } from '../../shared/workflow';
import type { HandlerContext } from '../kit/dispatch';
import { readDoc, putDoc } from '../kit/docs';
import { inTransaction } from '../kit/transaction';
import { deliverOutbox } from './deliver';
import { canSee, fromDoc, loadApp, notFound, toDoc, writeEffects, type AppDoc } from './store';

interface RequestDoc {
  _id: string;
  applicationId: string;
  action: string;
  version: number;
  at: string;
}

/**
 * One transition, exactly once: inside a transaction, a request already processed (same application, same
 * request id) answers with the stored outcome; otherwise the file is read, the pure machine decides
 * (compare-and-set on `version` through expectedVersion), and the next version, audit entries, inbox and
 * outbox documents and the request marker are written together. Subscribe messages go out after commit.
 */
export async function act(
  ctx: HandlerContext,
  id: string,
  action: ActionId,
  input: unknown,
  expectedVersion: number | undefined,
  requestKey: string = ctx.requestId,
): Promise<{ app: Application; replayed: boolean }> {
  const key = `${id}:${requestKey}`.slice(0, 128);
  const out = await inTransaction(ctx.db, async (tx) => {
    const seen = await readDoc<RequestDoc>(tx, 'requests', key);
    if (seen) return { replayed: true as const, outboxIds: [] as string[] };
    const doc = await loadApp(tx, id);
    if (!doc) throw notFound();
    const app = fromDoc(doc);
    const r = transition(app, action, ctx.actor, ctx.now, input ?? {}, { expectedVersion });
    if (!r.ok) {
      if (r.code === 'FORBIDDEN' && !canSee(app, ctx.actor) && action !== 'file_objection') throw notFound();
      throw new AppError(r.code, r.message, r.issues);
    }
    await tx.collection('applications').doc(id).set(strip(toDoc(r.next, doc)));
    const outboxIds = await writeEffects(tx, ctx.db, r.effects, { requestId: ctx.requestId, now: ctx.now, applicationId: id });
    await putDoc(tx, 'requests', { _id: key, applicationId: id, action, version: r.next.version, at: ctx.now.toISOString() });
    return { replayed: false as const, outboxIds };
  });
  if (out.outboxIds.length) {
    try {
      await deliverOutbox(ctx.db, ctx.now, { ids: out.outboxIds });
    } catch {
      // Left pending: the timer sends it.
    }
  }
  const fresh = await loadApp(ctx.db, id);
  if (!fresh) throw notFound();
  return { app: fromDoc(fresh), replayed: out.replayed };
}

/** doc().set() takes the body without _id. */
export function strip(doc: AppDoc): Omit<AppDoc, '_id'> {
  const { _id, ...body } = doc;
  return body;
}
