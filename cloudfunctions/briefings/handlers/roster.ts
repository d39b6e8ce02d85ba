import { AppError } from '../../../shared/errors/app-error';
import type { BriefingEffect } from '../../../shared/briefings/effects';
import { cancelSignUp, rosterView, signUp } from '../../../shared/briefings/roster';
import type { Database } from '../../kit/cloud';
import type { Handler } from '../../kit/dispatch';
import { readDoc } from '../../kit/docs';
import { inTransaction } from '../../kit/transaction';
import { deliverOutbox } from '../../applications/deliver';
import { fromRefusal, loadSession, onRoster, syncSignups, viewerProfile, visible, writeEffects } from '../store';
import { sharesChanged } from '../share';

/** The caller's name (from their profile) and their employer's name (an HR's own organization). */
async function who(db: Database, openid: string, employerOrgId: string | null) {
  const users = await db.collection('users').where({ openid }).field({ name: true }).limit(1).get();
  const name = (users.data[0] as { name?: string } | undefined)?.name;
  const org = employerOrgId ? await readDoc<{ name: string; type: string }>(db, 'organizations', employerOrgId) : null;
  if (employerOrgId && (!org || org.type !== 'employer'))
    throw new AppError('VALIDATION', '报名单位不存在', [{ path: 'employerOrgId', message: '请选择已登记的用人单位' }]);
  return { name, employerName: org?.name };
}

async function carry(ctx: Parameters<Handler<'briefings', 'signUp'>>[1], effects: BriefingEffect[]) {
  const { outboxIds } = await inTransaction(ctx.db, (tx) => writeEffects(tx, effects, { requestId: ctx.requestId, now: ctx.now }));
  if (outboxIds.length) await deliverOutbox(ctx.db, ctx.now, { ids: outboxIds }).catch(() => undefined);
}

export const signUpBriefing: Handler<'briefings', 'signUp'> = async (input, ctx) => {
  const { s } = await visible(ctx, input.id);
  const person = await viewerProfile(ctx);
  const me = await who(ctx.db, ctx.actor.openid, input.employerOrgId);
  const out = await onRoster(ctx.db, s.id, (r) => {
    const d = signUp(
      s,
      r,
      {
        seats: input.seats,
        employerOrgId: input.employerOrgId,
        name: input.name ?? me.name,
        person,
        ...(me.employerName ? { employerName: me.employerName } : {}),
      },
      ctx.now,
    );
    if (!d.ok) throw fromRefusal(d);
    return d;
  });
  await syncSignups(ctx.db, s, out.roster, [ctx.actor.openid]);
  await carry(ctx, [
    ...out.effects,
    {
      kind: 'audit',
      at: ctx.now.toISOString(),
      actor: { openid: ctx.actor.openid, role: 'applicant' },
      action: 'briefing.sign_up',
      target: `briefings/${s.id}`,
      from: null,
      to: { status: out.outcome, version: out.roster.version },
      detail: { seats: input.seats },
    },
  ]);
  await sharesChanged(ctx.db, s, out.roster, ctx.now);
  return { outcome: out.outcome, ...(out.position ? { position: out.position } : {}), roster: rosterView(out.roster, ctx.actor.openid) };
};

export const cancelBriefingSignUp: Handler<'briefings', 'cancelSignUp'> = async (input, ctx) => {
  const { s } = await visible(ctx, input.id);
  const out = await onRoster(ctx.db, s.id, (r) => {
    const d = cancelSignUp(s, r, ctx.actor.openid, ctx.now);
    if (!d.ok) throw fromRefusal(d);
    return d;
  });
  await syncSignups(ctx.db, s, out.roster, [ctx.actor.openid, ...out.promoted.map((p) => p.openid)]);
  await carry(ctx, [
    ...out.effects,
    {
      kind: 'audit',
      at: ctx.now.toISOString(),
      actor: { openid: ctx.actor.openid, role: 'applicant' },
      action: 'briefing.cancel_sign_up',
      target: `briefings/${s.id}`,
      from: null,
      to: { status: 'cancelled', version: out.roster.version },
      detail: { promoted: out.promoted.length },
    },
  ]);
  await sharesChanged(ctx.db, s, out.roster, ctx.now);
  return { cancelled: true as const, roster: rosterView(out.roster, ctx.actor.openid) };
};

/**
 * 注销账号: the person's seats in sessions still to come are given up as a cancellation would (the waiting list
 * moves up and is told; the person's reminders are dropped). Sessions already started or cancelled keep their
 * rosters as they are (anonymised by the caller). Returns the sessions released.
 */
export async function releaseSeatsOf(db: Database, openid: string, now: Date, requestId: string): Promise<string[]> {
  const res = await db.collection('briefing_signups').where({ openid }).field({ sessionId: true }).limit(500).get();
  const released: string[] = [];
  for (const id of new Set((res.data as { sessionId?: string }[]).map((d) => d.sessionId).filter((x): x is string => !!x))) {
    const s = await loadSession(db, id);
    if (!s || s.status !== 'scheduled' || now.toISOString() >= s.startsAt) continue;
    let out: Extract<ReturnType<typeof cancelSignUp>, { ok: true }> | null;
    try {
      out = await onRoster(db, id, (r) => {
        const d = cancelSignUp(s, r, openid, now);
        if (!d.ok) throw fromRefusal(d);
        return d;
      });
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_ALLOWED_NOW') continue;
      throw err;
    }
    await syncSignups(db, s, out.roster, [openid, ...out.promoted.map((p) => p.openid)]);
    const { outboxIds } = await inTransaction(db, (tx) =>
      writeEffects(
        tx,
        [
          ...out!.effects,
          {
            kind: 'audit',
            at: now.toISOString(),
            actor: { openid, role: 'applicant' },
            action: 'briefing.cancel_sign_up',
            target: `briefings/${s.id}`,
            from: null,
            to: { status: 'cancelled', version: out!.roster.version },
            detail: { promoted: out!.promoted.length, reason: 'account_deleted' },
          },
        ],
        { requestId, now },
      ),
    );
    if (outboxIds.length) await deliverOutbox(db, now, { ids: outboxIds }).catch(() => undefined);
    await sharesChanged(db, s, out.roster, now);
    released.push(id);
  }
  return released;
}
