import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors/app-error';
import type { ActionId, Application } from '../../shared/workflow';
import { canSeeApplication, transition } from '../../shared/workflow';
import { bodyRefusal, bodyStillStands, type BodyOrg } from '../../shared/workflow/bodies';
import type { RecommendInput } from '../../shared/workflow/actions';
import type { Tx } from '../kit/transaction';
import type { HandlerContext } from '../kit/dispatch';
import { readDoc, putDoc } from '../kit/docs';
import { inTransaction } from '../kit/transaction';
import { profileName } from '../kit/actor';
import { deliverOutbox } from './deliver';
import { refreshQuietly } from '../kit/recipients';
import { fromDoc, loadApp, notFound, toDoc, type AppDoc } from './documents';
import { writeEffects } from './effects';
import { countChange } from './counters';

interface RequestDoc {
  _id: string;
  applicationId: string;
  actor: string;
  action: string;
  version: number;
  at: string;
}

/** A request is the caller's own: the marker's key names the application, the caller and the request id. */
export function requestKeyOf(applicationId: string, openid: string, requestKey: string): string {
  const who = createHash('sha256').update(openid).digest('hex').slice(0, 16);
  return `${applicationId}:${who}:${requestKey}`.slice(0, 128);
}

/**
 * One transition, exactly once: inside a transaction, a request this caller already made (same application,
 * same request id) answers with the file as it is now if it was the same action, and REQUEST_REUSED if it was
 * another; another caller's request id is simply not theirs (their call is decided afresh). Otherwise the file is read, the pure machine decides
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
  const key = requestKeyOf(id, ctx.actor.openid, requestKey);
  // Read beside the transaction's first reads: the name goes on the file's timeline line (none if it fails).
  const naming = profileName(ctx.db, ctx.actor.openid).catch(() => undefined);
  const out = await inTransaction(ctx.db, async (tx) => {
    const seen = await readDoc<RequestDoc>(tx, 'requests', key);
    if (seen) {
      if (seen.actor !== ctx.actor.openid || seen.action !== action || seen.applicationId !== id) throw new AppError('REQUEST_REUSED');
      return { replayed: true as const, outboxIds: [] as string[], left: seen.version, bodyChanged: false };
    }
    const doc = await loadApp(tx, id);
    if (!doc) throw notFound();
    const app = fromDoc(doc);
    const options = { expectedVersion, actorName: await naming };
    let r = transition(app, action, ctx.actor, ctx.now, input ?? {}, options);
    if (r.ok && (action === 'recommend' || action === 'reassign_body')) {
      // Authorized and well-formed: now the body must be real (and the file's current one gone, to reassign).
      r = transition(app, action, ctx.actor, ctx.now, await checkedBody(tx, app, action, input as RecommendInput), options);
    }
    if (!r.ok) {
      if (r.code === 'FORBIDDEN' && !canSeeApplication(ctx.actor, app) && action !== 'file_objection') throw notFound();
      throw new AppError(r.code, r.message, r.issues);
    }
    const next = toDoc(r.next, doc);
    await tx.collection('applications').doc(id).set(strip(next));
    await countChange(tx, doc, next);
    const outboxIds = await writeEffects(tx, ctx.db, r.effects, { requestId: ctx.requestId, now: ctx.now, applicationId: id });
    await putDoc(tx, 'requests', {
      _id: key,
      applicationId: id,
      actor: ctx.actor.openid,
      action,
      version: r.next.version,
      at: ctx.now.toISOString(),
    });
    return { replayed: false as const, outboxIds, left: r.next.version, bodyChanged: next.bodyOrgId !== doc.bodyOrgId };
  });
  if (out.outboxIds.length) {
    try {
      await deliverOutbox(ctx.db, ctx.now, { ids: out.outboxIds });
    } catch {
      // Left pending: the timer sends it.
    }
  }
  const fresh = await loadApp(ctx.db, id);
  // A recommending body (new, reassigned or withdrawn) ties the applicant to it (targeting by body).
  if (out.bodyChanged && fresh) await refreshQuietly(ctx.db, [fresh.applicantOpenid], ctx.now);
  if (!fresh) throw notFound();
  const app = fromDoc(fresh);
  // A replay answers with the file as it is now, to one who may see it, or (撤回推荐 hands the file out of the
  // body's sight) as the request left it: nothing the caller was not already answered.
  if (out.replayed && !canSeeApplication(ctx.actor, app) && app.version !== out.left) throw notFound();
  return { app, replayed: out.replayed };
}

/**
 * The recommending body of a `recommend` or `reassign_body`, checked against the organizations collection
 * (shared/workflow/bodies): it exists, is of the chosen kind and fits the file; its name is the stored one.
 */
async function checkedBody(tx: Tx, app: Application, action: ActionId, input: RecommendInput): Promise<RecommendInput> {
  if (action === 'reassign_body') {
    const current = app.recommendingBody?.orgId ? await readDoc<BodyOrg>(tx, 'organizations', app.recommendingBody.orgId) : null;
    if (bodyStillStands(app, current))
      throw new AppError('NOT_ALLOWED_NOW', `${app.recommendingBody?.name ?? '推荐单位'}仍在，请由该单位办理或退回补正`);
  }
  const body = input.body;
  if (body.kind === 'district_bureau') return input;
  const org = await readDoc<BodyOrg>(tx, 'organizations', body.orgId!);
  const refusal = bodyRefusal(body.kind, org, app);
  if (refusal) throw new AppError('VALIDATION', refusal.message, refusal.issues);
  return { ...input, body: { ...body, name: org!.name } };
}

/** doc().set() takes the body without _id. */
export function strip(doc: AppDoc): Omit<AppDoc, '_id'> {
  const { _id, ...body } = doc;
  return body;
}
