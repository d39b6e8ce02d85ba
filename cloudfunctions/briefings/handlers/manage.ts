import { AppError } from '../../../shared/errors/app-error';
import { publisherKey, publisherOf } from '../../../shared/announcements/publishers';
import type { BriefingEffect, Roster, Session } from '../../../shared/briefings';
import { attachMaterials, cancelSession, createSession, moveSession, newRoster, updateSession } from '../../../shared/briefings';
import type { Handler, HandlerContext } from '../../kit/dispatch';
import { putDoc } from '../../kit/docs';
import { newId } from '../../kit/ids';
import { inTransaction } from '../../kit/transaction';
import { deliverOutbox } from '../../applications/deliver';
import { checkUploadedFiles } from '../../announcements/uploads';
import {
  C,
  carryRosterEffects,
  fromRefusal,
  loadRoster,
  loadSession,
  runContentChecks,
  syncSignups,
  toRosterDoc,
  toSessionDoc,
  visible,
  writeEffects,
} from '../store';
import { detailOf } from './read';
import { sharesChanged } from '../share';

async function send(ctx: HandlerContext, ids: string[]): Promise<void> {
  if (ids.length) await deliverOutbox(ctx.db, ctx.now, { ids }).catch(() => undefined);
}

/**
 * Write a decided session (compare-and-set on its version, inside a transaction with the roster when it
 * changed, the audit entries, inbox and outbox), then the roster-wide effects and the sends.
 */
async function commit(ctx: HandlerContext, prev: Session | null, next: Session, effects: BriefingEffect[], roster?: Roster): Promise<void> {
  await runContentChecks(effects);
  const { outboxIds, later } = await inTransaction(ctx.db, async (tx) => {
    if (prev) {
      const cur = await loadSession(tx, prev.id);
      if (!cur || cur.version !== prev.version) throw new AppError('CONFLICT', '这场宣讲已被他人修改，请刷新后重试');
      if (roster) {
        const r = await loadRoster(tx, prev.id);
        if (!r || r.version !== roster.version - 1) throw new AppError('CONFLICT', '报名名单刚刚有变化，请刷新后重试');
      }
    }
    await putDoc(tx, C.sessions, { _id: next.id, ...toSessionDoc(next) });
    if (roster) await putDoc(tx, C.rosters, { _id: next.id, ...toRosterDoc(roster) });
    return writeEffects(tx, effects, { requestId: ctx.requestId, now: ctx.now });
  });
  const more = await carryRosterEffects(ctx.db, later, { now: ctx.now, version: next.version });
  await send(ctx, [...outboxIds, ...more]);
}

export const createBriefing: Handler<'briefings', 'create'> = async (input, ctx) => {
  const id = newId();
  const organizer = publisherOf(input.organizer);
  const r = createSession({ id, organizer, fields: input.fields }, ctx.actor, ctx.now);
  if (!r.ok) throw fromRefusal(r);
  await runContentChecks(r.effects);
  const roster = newRoster(r.next);
  const { outboxIds } = await inTransaction(ctx.db, async (tx) => {
    await putDoc(tx, C.sessions, { _id: id, ...toSessionDoc(r.next) });
    await putDoc(tx, C.rosters, { _id: id, ...toRosterDoc(roster) });
    return writeEffects(tx, r.effects, { requestId: ctx.requestId, now: ctx.now });
  });
  await send(ctx, outboxIds);
  return detailOf(ctx, r.next, roster);
};

export const updateBriefing: Handler<'briefings', 'update'> = async (input, ctx) => {
  const { s, r } = await visible(ctx, input.id);
  const d = updateSession(s, r, ctx.actor, ctx.now, input.changes, { expectedVersion: input.expectedVersion });
  if (!d.ok) throw fromRefusal(d);
  const rosterChanged = d.roster !== r;
  await commit(ctx, s, d.next, d.effects, rosterChanged ? d.roster : undefined);
  if (rosterChanged)
    await syncSignups(
      ctx.db,
      d.next,
      d.roster,
      d.roster.confirmed.map((e) => e.openid),
    );
  if (rosterChanged) await sharesChanged(ctx.db, d.next, d.roster, ctx.now);
  return detailOf(ctx, d.next, rosterChanged ? d.roster : r);
};

export const moveBriefing: Handler<'briefings', 'move'> = async (input, ctx) => {
  const { s, r } = await visible(ctx, input.id);
  const d = moveSession(s, ctx.actor, ctx.now, input.move, { expectedVersion: input.expectedVersion });
  if (!d.ok) throw fromRefusal(d);
  await commit(ctx, s, d.next, d.effects);
  const roster = (await loadRoster(ctx.db, s.id)) ?? r;
  await sharesChanged(ctx.db, d.next, roster, ctx.now);
  return detailOf(ctx, d.next, roster);
};

export const cancelBriefing: Handler<'briefings', 'cancel'> = async (input, ctx) => {
  const { s, r } = await visible(ctx, input.id);
  const d = cancelSession(s, ctx.actor, ctx.now, { reason: input.reason }, { expectedVersion: input.expectedVersion });
  if (!d.ok) throw fromRefusal(d);
  await commit(ctx, s, d.next, d.effects);
  const roster = (await loadRoster(ctx.db, s.id)) ?? r;
  await sharesChanged(ctx.db, d.next, roster, ctx.now);
  return detailOf(ctx, d.next, roster);
};

export const attachBriefingMaterials: Handler<'briefings', 'materials.attach'> = async (input, ctx) => {
  const { s, r } = await visible(ctx, input.id);
  const d = attachMaterials(s, ctx.actor, ctx.now, input.attach, { expectedVersion: input.expectedVersion });
  if (!d.ok) throw fromRefusal(d);
  // Materials: files uploaded (files.upload, purpose briefing) by the organizer's staff and still in storage.
  const known = new Set(s.materials.map((m) => m.fileID));
  await checkUploadedFiles(ctx.db, d.next.materials, {
    purpose: 'briefing',
    publisherKey: publisherKey(s.organizer),
    path: 'attach.materials',
    known,
    word: '资料',
  });
  await commit(ctx, s, d.next, d.effects);
  return detailOf(ctx, d.next, r);
};
