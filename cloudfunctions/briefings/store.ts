import { createHmac } from 'node:crypto';
import { AppError } from '../../shared/errors/app-error';
import type { Actor } from '../../shared/auth/roles';
import { isCityWide } from '../../shared/auth/policy';
import type { OrgFacts, Recipient } from '../../shared/announcements/target';
import { recipientProfile, reaches } from '../../shared/announcements/target';
import { publisherKey, publisherKeysOf } from '../../shared/announcements/publishers';
import type { ContentCheckEffect } from '../../shared/announcements/effects';
import type { BriefingEffect, BriefingNotifyEffect, Roster, Session, Signer } from '../../shared/briefings';
import { BRIEFING_TEMPLATES } from '../../shared/briefings/effects';
import { reminderEffects } from '../../shared/briefings/reminders';
import { SIGN_UP_RETRIES, statusOf } from '../../shared/briefings/roster';
import type { Refusal } from '../../shared/workflow/refusal';
import type { Database } from '../kit/cloud';
import { cloud } from '../kit/cloud';
import type { HandlerContext } from '../kit/dispatch';
import { auditDocOf } from '../kit/audit';
import { putDoc, readDoc } from '../kit/docs';
import { newId } from '../kit/ids';
import type { Tx } from '../kit/transaction';

/**
 * How briefings are stored: `briefings/<id>` (the Session plus flat keys the lists filter on),
 * `briefing_rosters/<id>` (the one roster document, written with compare-and-set on `version`),
 * `briefing_signups/<id>:<openid>` (derived from the roster, for “my briefings”), and insert-once
 * `briefing_checkins` / `briefing_ratings` keyed `<id>:<openid>`.
 */
export const C = {
  sessions: 'briefings',
  rosters: 'briefing_rosters',
  signups: 'briefing_signups',
  checkins: 'briefing_checkins',
  ratings: 'briefing_ratings',
} as const;

export interface SessionDoc extends Omit<Session, 'id'> {
  _id: string;
  organizerKey: string;
  organizerDistrict: string | null;
}
export type RosterDoc = Omit<Roster, 'sessionId'> & { _id: string; sessionId: string };

export function toSessionDoc(s: Session): Omit<SessionDoc, '_id'> {
  const { id: _id, ...rest } = s;
  return { ...rest, organizerKey: publisherKey(s.organizer), organizerDistrict: s.organizer.district };
}
export function fromSessionDoc(d: SessionDoc): Session {
  const { _id, organizerKey: _k, organizerDistrict: _d, ...rest } = d;
  return { id: _id, ...rest } as Session;
}
export function toRosterDoc(r: Roster): Omit<RosterDoc, '_id'> {
  return { ...r };
}
export function fromRosterDoc(d: RosterDoc): Roster {
  const { _id, ...rest } = d;
  return { ...rest, sessionId: d.sessionId ?? _id } as Roster;
}

export const notFound = () => new AppError('NOT_FOUND', '这场宣讲不存在或不面向您');

export async function loadSession(db: Pick<Database, 'collection'>, id: string): Promise<Session | null> {
  const d = await readDoc<SessionDoc>(db, C.sessions, id);
  return d ? fromSessionDoc({ ...d, _id: id }) : null;
}
export async function loadRoster(db: Pick<Database, 'collection'>, id: string): Promise<Roster | null> {
  const d = await readDoc<RosterDoc>(db, C.rosters, id);
  return d ? fromRosterDoc({ ...d, _id: id }) : null;
}

export function fromRefusal(r: Refusal): AppError {
  return new AppError(r.code, r.message, r.issues);
}

/** The caller as targeting sees them (rule `recipient-ties`): grants, employers from HR grants and applications, their districts and industries. */
export async function viewerProfile(ctx: Pick<HandlerContext, 'db' | 'actor'>): Promise<Recipient> {
  const { db, actor } = ctx;
  const grants = actor.grants.map((g) => ({ role: g.role, scope: g.scope }));
  const apps = actor.openid
    ? ((
        await db
          .collection('applications')
          .where({ applicantOpenid: actor.openid })
          .field({ employerOrgId: true, bodyOrgId: true })
          .limit(50)
          .get()
      ).data as {
        employerOrgId: string;
        bodyOrgId?: string | null;
      }[])
    : [];
  const ids = [
    ...new Set(
      [
        ...apps.flatMap((a) => [a.employerOrgId, a.bodyOrgId ?? '']),
        ...grants.flatMap((g) => (g.scope.kind === 'org' ? [g.scope.orgId] : [])),
      ].filter(Boolean),
    ),
  ];
  const orgs: Record<string, OrgFacts> = {};
  if (ids.length) {
    const _ = db.command;
    const res = await db
      .collection('organizations')
      .where({ _id: _.in(ids.slice(0, 100)) })
      .field({ _id: true, type: true, district: true, industry: true })
      .limit(100)
      .get();
    for (const o of res.data as ({ _id: string } & OrgFacts)[])
      orgs[o._id] = { type: o.type, district: o.district, ...(o.industry ? { industry: o.industry } : {}) };
  }
  return recipientProfile({ openid: actor.openid, grants, applications: apps, orgs, latestCheck: [] });
}

/** The organizer's staff, or the city over every session. */
export function isStaffOf(actor: Actor, s: Session): boolean {
  return publisherKeysOf(actor).includes(publisherKey(s.organizer)) || isCityWide(actor);
}

/** Who may see a session at all: its audience, anyone on its roster, the organizer's staff and the city. */
export function canSee(actor: Actor, profile: Recipient, s: Session, r: Roster | null): boolean {
  return isStaffOf(actor, s) || reaches(s.audience, profile) || (!!r && !!statusOf(r, actor.openid));
}

/** Materials are handed out to the confirmed, the checked-in and the organizer's staff only. */
export function mayFetchMaterials(actor: Actor, s: Session, r: Roster | null, checkedIn: boolean): boolean {
  return isStaffOf(actor, s) || checkedIn || r?.confirmed.some((e) => e.openid === actor.openid) === true;
}

// ---------------------------------------------------------------- check-in signing

/**
 * The check-in signer: HMAC-SHA256 with CHECKIN_SECRET, held only by the function. A locally started
 * instance (ZCT_LOCAL=1) without one derives its own from the gateway secret of its data folder (never committed).
 */
export function signer(): Signer {
  let secret = process.env.CHECKIN_SECRET ?? '';
  if (!secret && process.env.ZCT_LOCAL === '1' && process.env.TENCENTCLOUD_SECRETKEY) {
    secret = createHmac('sha256', process.env.TENCENTCLOUD_SECRETKEY).update('zct-checkin-local').digest('hex');
  }
  if (secret.length < 16) throw new AppError('NOT_ALLOWED_NOW', '签到服务尚未配置，请联系管理员');
  return (message) => new Uint8Array(createHmac('sha256', secret).update(message).digest());
}

// ---------------------------------------------------------------- content check (paid; after every free check)

export async function runContentChecks(effects: readonly BriefingEffect[]): Promise<void> {
  for (const e of effects) {
    if (e.kind !== 'content_check') continue;
    for (const chunk of (e as ContentCheckEffect).chunks) {
      if (!chunk.trim()) continue;
      const r = (await cloud().callWxOpenApi({
        apiName: '/wxa/msg_sec_check',
        requestData: { content: chunk, version: 2, scene: 2, openid: e.openid },
      })) as {
        result?: { errcode?: number; result?: { suggest?: string } };
      };
      if (r?.result?.errcode !== 0 || r?.result?.result?.suggest !== 'pass') {
        throw new AppError('VALIDATION', '内容未通过安全检查，请修改后再提交', [{ path: e.path, message: '内容含有不适宜发布的信息' }]);
      }
    }
  }
}

// ---------------------------------------------------------------- effects: audit, inbox, outbox, reminders

export function outboxDoc(
  n: Pick<BriefingNotifyEffect, 'template' | 'data' | 'sessionId'>,
  openid: string,
  at: string,
  remind?: { at: string; onlyIf: { sessionId: string; openid: string; startsAt: string } },
) {
  return {
    kind: remind ? ('remind' as const) : ('notify' as const),
    touser: openid,
    template: n.template,
    data: n.data,
    briefingId: n.sessionId,
    ...(remind ? { onlyIf: remind.onlyIf } : {}),
    status: 'pending' as const,
    attempts: 0,
    nextAttemptAt: remind ? remind.at : at,
    createdAt: at,
  };
}

export const reminderDocId = (key: string) => `remind-${key}`.slice(0, 120);

/**
 * Carry out a decision's effects (in a transaction, or after a compare-and-set): audit entries, one inbox and
 * one outbox document per notice, reminders as outbox documents due later (deterministic ids: a new plan
 * replaces the old), cancelled reminders marked skipped. `notify_roster` and `reschedule_reminders` are
 * handed back: they read the roster as it stands and run after the commit (`carryRosterEffects`).
 */
export async function writeEffects(
  tx: Tx,
  effects: readonly BriefingEffect[],
  meta: { requestId: string; now: Date },
): Promise<{ outboxIds: string[]; later: BriefingEffect[] }> {
  const at = meta.now.toISOString();
  const outboxIds: string[] = [];
  const later: BriefingEffect[] = [];
  for (const e of effects) {
    if (e.kind === 'audit') {
      await putDoc(tx, 'audit', auditDocOf(e, meta.requestId));
    } else if (e.kind === 'notify') {
      const openid = 'openid' in e.to ? e.to.openid : null;
      if (!openid) continue;
      await putDoc(tx, 'inbox', {
        _id: newId(),
        openid,
        at,
        template: e.template,
        title: BRIEFING_TEMPLATES[e.template].title,
        data: e.data,
        briefingId: e.sessionId,
        read: false,
      });
      const id = newId();
      await putDoc(tx, 'outbox', { _id: id, ...outboxDoc(e, openid, at) });
      outboxIds.push(id);
    } else if (e.kind === 'remind') {
      await putDoc(tx, 'outbox', {
        _id: reminderDocId(e.key),
        ...outboxDoc(e.notify, e.onlyIf.openid, at, { at: e.at, onlyIf: e.onlyIf }),
      });
    } else if (e.kind === 'cancel_reminders' && e.keys) {
      for (const key of e.keys) {
        const doc = await readDoc<{ status: string }>(tx, 'outbox', reminderDocId(key));
        if (doc?.status === 'pending') await tx.collection('outbox').doc(reminderDocId(key)).update({ status: 'skipped' });
      }
    } else if (e.kind !== 'content_check') {
      later.push(e);
    }
  }
  return { outboxIds, later };
}

/** After the commit: the roster-wide effects, read from the roster as it stands now. Idempotent (deterministic ids). */
export async function carryRosterEffects(
  db: Database,
  effects: readonly BriefingEffect[],
  meta: { now: Date; version: number },
): Promise<string[]> {
  const at = meta.now.toISOString();
  const _ = db.command;
  const outboxIds: string[] = [];
  for (const e of effects) {
    if (e.kind === 'cancel_reminders' && e.sessionId) {
      await db.collection('outbox').where({ briefingId: e.sessionId, kind: 'remind', status: 'pending' }).update({ status: 'skipped' });
    } else if (e.kind === 'notify_roster') {
      const r = await loadRoster(db, e.sessionId);
      if (!r) continue;
      const people = [...(e.statuses.includes('confirmed') ? r.confirmed : []), ...(e.statuses.includes('waiting') ? r.waiting : [])];
      for (const p of people) {
        const key = `${e.sessionId}-v${meta.version}-${e.template}-${p.openid}`.slice(0, 120);
        await putDoc(db, 'inbox', {
          _id: `in-${key}`.slice(0, 120),
          openid: p.openid,
          at,
          template: e.template,
          title: BRIEFING_TEMPLATES[e.template].title,
          data: e.data,
          briefingId: e.sessionId,
          read: false,
        });
        const id = `ob-${key}`.slice(0, 120);
        await putDoc(db, 'outbox', { _id: id, ...outboxDoc(e, p.openid, at) });
        outboxIds.push(id);
      }
    } else if (e.kind === 'reschedule_reminders') {
      const [s, r] = await Promise.all([loadSession(db, e.sessionId), loadRoster(db, e.sessionId)]);
      if (!s || !r) continue;
      await db
        .collection('outbox')
        .where({ briefingId: e.sessionId, kind: 'remind', status: 'pending', 'onlyIf.startsAt': _.neq(s.startsAt) })
        .update({ status: 'skipped' });
      if (s.status !== 'scheduled') continue;
      for (const p of r.confirmed) {
        for (const rem of reminderEffects(s, p.openid, meta.now)) {
          await putDoc(db, 'outbox', {
            _id: reminderDocId(rem.key),
            ...outboxDoc(rem.notify, p.openid, at, { at: rem.at, onlyIf: rem.onlyIf }),
          });
        }
      }
    }
  }
  return outboxIds;
}

// ---------------------------------------------------------------- the roster, by compare-and-set

/**
 * Read → decide → write on the one roster document, `where({ _id, version })`; lost races read again, at most
 * SIGN_UP_RETRIES times, then CONFLICT. `decide` is pure (the domain) and may throw an AppError to refuse.
 */
export async function onRoster<T extends { roster: Roster }>(db: Database, id: string, decide: (r: Roster) => T): Promise<T> {
  const _ = db.command;
  const coll = db.collection(C.rosters);
  for (let attempt = 0; attempt < SIGN_UP_RETRIES; attempt++) {
    const r = await loadRoster(db, id);
    if (!r) throw notFound();
    const out = decide(r);
    const next = out.roster;
    const res = await coll.where({ _id: id, version: r.version }).update({
      capacity: next.capacity,
      confirmed: _.set(next.confirmed),
      waiting: _.set(next.waiting),
      nextSeq: next.nextSeq,
      cancelled: next.cancelled,
      version: next.version,
    });
    if (res.updated) return out;
    await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * Math.min(50, 5 + attempt * 3))));
  }
  throw new AppError('CONFLICT', '报名人数较多，请稍后重试');
}

/** The per-person documents derived from the roster (idempotent sets; a person off the roster is removed). */
export async function syncSignups(db: Database, s: Session, r: Roster, openids: readonly string[]): Promise<void> {
  for (const openid of [...new Set(openids)]) {
    const id = `${s.id}:${openid}`;
    const mine = statusOf(r, openid);
    if (!mine) {
      await db
        .collection(C.signups)
        .doc(id)
        .remove()
        .catch(() => undefined);
      continue;
    }
    await putDoc(db, C.signups, {
      _id: id,
      sessionId: s.id,
      openid,
      status: mine.status,
      seats: mine.entry.seats,
      startsAt: s.startsAt,
      at: mine.entry.at,
    });
  }
}

/** A session and its roster as the caller may see them; NOT_FOUND when they may not know it exists. */
export async function visible(ctx: HandlerContext, id: string): Promise<{ s: Session; r: Roster }> {
  const [s, r] = await Promise.all([loadSession(ctx.db, id), loadRoster(ctx.db, id)]);
  if (!s || !r) throw notFound();
  if (!canSee(ctx.actor, await viewerProfile(ctx), s, r)) throw notFound();
  return { s, r };
}
