import type { Scope } from '../../shared/auth/roles';
import type { Effect, NotifyEffect, Recipient, RemindEffect } from '../../shared/workflow';
import { TEMPLATES } from '../../shared/workflow';
import type { Database } from '../kit/cloud';
import { auditDocOf } from '../kit/audit';
import { putDoc } from '../kit/docs';
import { newId } from '../kit/ids';
import type { Tx } from '../kit/transaction';
import type { OutboxDoc } from './outbox';

/** The openids a recipient stands for: a person, or everyone holding the role in the scope. */
export async function resolveRecipient(db: Database, to: Recipient): Promise<string[]> {
  if ('openid' in to) return [to.openid];
  const where: Record<string, unknown> = { role: to.role, 'scope.kind': to.scope.kind };
  const scope = to.scope as Scope;
  if (scope.kind === 'org') where['scope.orgId'] = scope.orgId;
  if (scope.kind === 'district') where['scope.district'] = scope.district;
  const res = await db.collection('grants').where(where).field({ openid: true }).limit(100).get();
  return [...new Set((res.data as { openid: string }[]).map((g) => g.openid))];
}

/**
 * Carry out a transition's effects inside its transaction: audit entries, one inbox document per
 * recipient, one outbox document per recipient for a message that pushes (the subscribe message), reminders as outbox
 * documents due later. Returns the outbox ids written (to send right after commit).
 */
export async function writeEffects(
  tx: Tx,
  db: Database,
  effects: Effect[],
  meta: { requestId: string; now: Date; applicationId?: string },
): Promise<string[]> {
  const at = meta.now.toISOString();
  const outboxIds: string[] = [];
  const notifyOne = async (n: NotifyEffect, remind?: RemindEffect) => {
    for (const openid of await resolveRecipient(db, n.to)) {
      if (!remind) {
        await putDoc(tx, 'inbox', {
          _id: newId(),
          openid,
          at,
          template: n.template,
          title: TEMPLATES[n.template].title,
          data: n.data,
          ...(meta.applicationId ? { applicationId: meta.applicationId } : {}),
          read: false,
        });
      }
      // An inbox-only message (a routine step of one's own file) makes no subscribe-message send.
      if (!TEMPLATES[n.template].push) continue;
      const id = remind ? `remind-${remind.key}-${openid}`.slice(0, 120) : newId();
      const doc: OutboxDoc = {
        _id: id,
        kind: remind ? 'remind' : 'notify',
        touser: openid,
        template: n.template,
        data: n.data,
        ...(meta.applicationId ? { applicationId: meta.applicationId } : {}),
        ...(remind ? { onlyIf: remind.onlyIf } : {}),
        status: 'pending',
        attempts: 0,
        nextAttemptAt: remind ? remind.at : at,
        createdAt: at,
      };
      await putDoc(tx, 'outbox', { ...doc });
      if (!remind) outboxIds.push(id);
    }
  };
  for (const e of effects) {
    if (e.kind === 'audit') {
      // The transition's input stays in the file's own history, not in the audit trail.
      await putDoc(tx, 'audit', auditDocOf({ ...e, detail: undefined }, meta.requestId));
    } else if (e.kind === 'notify') {
      await notifyOne(e);
    } else {
      await notifyOne(e.notify, e);
    }
  }
  return outboxIds;
}
