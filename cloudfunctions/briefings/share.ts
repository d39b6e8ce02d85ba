import { AppError } from '../../shared/errors/app-error';
import type { Roster, Session } from '../../shared/briefings';
import {
  activityFrom,
  cardState,
  CREATE_ACTIVITY_API,
  liveActivities,
  reusableActivity,
  rowDue,
  SET_UPDATABLE_MSG_API,
  setUpdatableMsgRequest,
  shareTemplateInfo,
  updatableRowId,
  withActivity,
  type ShareActivity,
  type ShareRecord,
  type ShareRowRole,
} from '../../shared/briefings/share';
import type { Database } from '../kit/cloud';
import { cloud } from '../kit/cloud';
import type { Handler } from '../kit/dispatch';
import { isDuplicate, readDoc } from '../kit/docs';
import { newId } from '../kit/ids';
import { deliverOutbox } from '../applications/deliver';
import { loadRoster, loadSession, visible } from './store';

/**
 * The briefing's updatable share message (shared/briefings/share.ts): `share` hands out the session's
 * activity id (created through `updatableMessage.createActivityId` when there is none fresh enough), and every
 * roster or session change sets the outbox rows that `updatableMessage.setUpdatableMsg` the cards.
 */
export const SHARES = 'briefing_shares';
type ShareDoc = ShareRecord & { _id: string };

/** The page the card opens (also state 1's `path`). */
export const briefingPath = (id: string) => `packages/notices/briefing/index?id=${encodeURIComponent(id)}`;

async function createActivity(now: Date): Promise<ShareActivity> {
  // No openid/unionid: a private message's id cannot be made from a cloud function (and these cards are for any group).
  const r = (await cloud().callWxOpenApi({ apiName: CREATE_ACTIVITY_API, requestData: {} })) as {
    result?: { errcode?: number; activity_id?: unknown; expiration_time?: unknown };
  };
  const a = r?.result && (r.result.errcode ?? 0) === 0 ? activityFrom(r.result, now) : null;
  if (!a) throw new AppError('INTERNAL', '暂时无法生成可更新的分享卡片，请稍后再试');
  return a;
}

/** Store a new activity id on the session's record (compare-and-set on `updatedAt`; a lost race keeps the winner's). */
async function keep(db: Database, sessionId: string, prev: ShareDoc | null, a: ShareActivity, now: Date): Promise<ShareActivity> {
  const next = withActivity(prev, sessionId, a, now);
  const coll = db.collection(SHARES);
  if (!prev) {
    try {
      await coll.add({ _id: sessionId, ...next });
      return a;
    } catch (err) {
      if (!isDuplicate(err)) throw err;
    }
  } else {
    const w = await coll
      .where({ _id: sessionId, updatedAt: prev.updatedAt })
      .update({ activities: next.activities, updatedAt: next.updatedAt });
    if (w.updated) return a;
  }
  const won = await readDoc<ShareDoc>(db, SHARES, sessionId);
  return reusableActivity(won, now) ?? a;
}

/**
 * Set one row of an activity id: due now (`live`) or at the start (`start`). `set` on the same id, so a burst of
 * changes is one pending row; a fresh `rev` makes a sender that read the roster before this change leave the
 * row pending instead of marking it sent.
 */
async function setRow(db: Database, s: Session, r: Roster, a: ShareActivity, role: ShareRowRole, now: Date): Promise<string | null> {
  const due = rowDue(role, s, a, now);
  if (!due) return null;
  const c = cardState(s, r, now);
  const id = updatableRowId(a.id, role);
  await db
    .collection('outbox')
    .doc(id)
    .set({
      kind: 'updatable_msg',
      role,
      sessionId: s.id,
      activityId: a.id,
      activityExpiresAt: a.expiresAt,
      // What the change asked for (the sender sends the state at its own time).
      data: { target_state: c.targetState, member_count: c.memberCount, room_limit: c.roomLimit },
      status: 'pending',
      attempts: 0,
      rev: newId(),
      nextAttemptAt: due,
      createdAt: now.toISOString(),
    });
  return id;
}

/** After a roster or session change: the rows of every live activity id; returns the ids due now. */
export async function notifyShares(db: Database, s: Session, r: Roster, now: Date): Promise<string[]> {
  const rec = await readDoc<ShareDoc>(db, SHARES, s.id);
  const live = liveActivities(rec, now);
  const due: string[] = [];
  for (const a of live) {
    const id = await setRow(db, s, r, a, 'live', now);
    if (id) due.push(id);
    await setRow(db, s, r, a, 'start', now);
  }
  return due;
}

export const shareBriefing: Handler<'briefings', 'share'> = async (input, ctx) => {
  const { s, r } = await visible(ctx, input.id);
  const state = cardState(s, r, ctx.now);
  if (s.status === 'cancelled') throw new AppError('NOT_ALLOWED_NOW', '这场宣讲已取消，不能再分享报名');
  if (state.targetState === 1) throw new AppError('NOT_ALLOWED_NOW', '这场宣讲已开始，报名卡片不再更新');
  const rec = await readDoc<ShareDoc>(ctx.db, SHARES, s.id);
  let a = reusableActivity(rec, ctx.now);
  if (!a) {
    a = await keep(ctx.db, s.id, rec, await createActivity(ctx.now), ctx.now);
    // Due at the start: the cards say 已开始 then, whoever changes the roster or not.
    await setRow(ctx.db, s, r, a, 'start', ctx.now);
  }
  return {
    activityId: a.id,
    expiresAt: a.expiresAt,
    path: briefingPath(s.id),
    state,
    templateInfo: shareTemplateInfo(state),
  };
};

// ---------------------------------------------------------------- the sender's part (cloudfunctions/applications/deliver.ts)

export interface UpdatableRow {
  _id: string;
  kind: 'updatable_msg';
  role: ShareRowRole;
  sessionId: string;
  activityId: string;
  activityExpiresAt: string;
  attempts: number;
  rev: string;
}

export type UpdatableOutcome = 'sent' | 'skipped' | 'failed' | 'later';

/**
 * Send one claimed row: skipped when its activity id expired or the session is gone; a `start` row whose session
 * was moved later waits for the new start; otherwise the state now is sent and the row marked sent only if no
 * change set it again meanwhile (`rev`).
 */
export async function sendUpdatable(
  db: Database,
  m: UpdatableRow,
  now: Date,
  retry: { backoffMs: (attempts: number) => number; maxAttempts: number },
): Promise<UpdatableOutcome> {
  const _ = db.command;
  const coll = db.collection('outbox');
  const at = now.toISOString();
  const [s, r] = await Promise.all([loadSession(db, m.sessionId), loadRoster(db, m.sessionId)]);
  if (!s || !r || m.activityExpiresAt <= at) {
    await coll.doc(m._id).update({ status: 'skipped', lastError: !s || !r ? 'no_session' : 'expired', claimedUntil: _.remove() });
    return 'skipped';
  }
  const c = cardState(s, r, now);
  if (m.role === 'start' && c.targetState === 0) {
    const due = rowDue('start', s, { expiresAt: m.activityExpiresAt }, now);
    await coll
      .doc(m._id)
      .update(
        due
          ? { status: 'pending', nextAttemptAt: due, claimedUntil: _.remove() }
          : { status: 'skipped', lastError: 'expired', claimedUntil: _.remove() },
      );
    return due ? 'later' : 'skipped';
  }
  const requestData = setUpdatableMsgRequest(
    m.activityId,
    c,
    briefingPath(s.id),
    process.env.WX_MINIPROGRAM_STATE === 'developer' ? 'develop' : 'release',
  );
  let error = '';
  try {
    const res = (await cloud().callWxOpenApi({ apiName: SET_UPDATABLE_MSG_API, requestData })) as { result?: { errcode?: number } };
    const code = res?.result?.errcode ?? 0;
    if (code !== 0) error = `setUpdatableMsg errcode ${code}`;
  } catch (err) {
    error = err instanceof Error ? err.message.slice(0, 200) : 'send failed';
  }
  const attempts = m.attempts + 1;
  if (!error) {
    await coll
      .where({ _id: m._id, rev: m.rev })
      .update({ status: 'sent', sentAt: new Date().toISOString(), sent: requestData, attempts, claimedUntil: _.remove() });
    return 'sent';
  }
  const final = attempts >= retry.maxAttempts;
  await coll
    .where({ _id: m._id, rev: m.rev })
    .update({
      status: final ? 'failed' : 'pending',
      attempts,
      lastError: error,
      nextAttemptAt: new Date(now.getTime() + retry.backoffMs(attempts)).toISOString(),
      claimedUntil: _.remove(),
    });
  return 'failed';
}

/** After a change of the roster or the session: set the rows and send the ones due now (never fails the change). */
export async function sharesChanged(db: Database, s: Session, r: Roster, now: Date): Promise<void> {
  try {
    const ids = await notifyShares(db, s, r, now);
    if (ids.length) await deliverOutbox(db, now, { ids });
  } catch {
    // The next change, or the start row, brings the cards up to date.
  }
}
