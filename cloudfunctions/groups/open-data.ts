import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors/app-error';
import { judgeOpenData, OPEN_DATA_MESSAGES } from '../../shared/groups/open-data';
import type { OpenDataUseDoc } from '../../shared/groups/model';
import type { HandlerContext } from '../kit/dispatch';
import { insertOnce, readDoc } from '../kit/docs';
import { GC } from './store';

const useId = (cloudID: string) => createHash('sha256').update(cloudID).digest('hex');

/**
 * The WeChat group this call came from (ctx.openData as the platform replaced it), or OPEN_DATA_INVALID with why.
 * A cloudID already used is refused here, before any other check (a read: a refusal still writes nothing).
 */
export async function openedFrom(ctx: Pick<HandlerContext, 'openData' | 'appid' | 'now' | 'db'>): Promise<{ opengid: string; cloudID: string }> {
  const j = judgeOpenData(ctx.openData, { now: ctx.now, appid: ctx.appid });
  if (!j.ok) throw new AppError('OPEN_DATA_INVALID', j.message);
  if (await readDoc(ctx.db, GC.uses, useId(j.cloudID))) throw new AppError('OPEN_DATA_INVALID', OPEN_DATA_MESSAGES.replayed);
  return { opengid: j.opengid, cloudID: j.cloudID };
}

/**
 * A cloudID acts once: its use is recorded (insert-once, `_id` = sha256 of it) before the bind or the join, so a
 * second call with the same one — however fast — is refused. Called after every check that can refuse for free.
 */
export async function useOnce(ctx: Pick<HandlerContext, 'db' | 'actor' | 'now'>, cloudID: string, purpose: OpenDataUseDoc['purpose']): Promise<void> {
  const _id = useId(cloudID);
  const doc: OpenDataUseDoc = { _id, openid: ctx.actor.openid, purpose, at: ctx.now.toISOString() };
  if (!(await insertOnce(ctx.db, GC.uses, { ...doc }))) throw new AppError('OPEN_DATA_INVALID', OPEN_DATA_MESSAGES.replayed);
}

/** A cloudID lives 5 minutes; its use record is kept a day (well past any replay), then swept by the notify timer. */
const USE_KEPT_MS = 86_400_000;
export async function sweepOpenDataUses(db: HandlerContext['db'], now: Date, limit = 200): Promise<number> {
  const _ = db.command;
  const before = new Date(now.getTime() - USE_KEPT_MS).toISOString();
  const old = await db.collection(GC.uses).where({ at: _.lt(before) }).field({ _id: true }).limit(limit).get();
  const ids = (old.data as { _id: string }[]).map((d) => d._id);
  if (!ids.length) return 0;
  return (await db.collection(GC.uses).where({ _id: _.in(ids) }).remove()).deleted ?? ids.length;
}
