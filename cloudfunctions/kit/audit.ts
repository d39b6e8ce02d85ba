import { newId } from './ids';

/** One audit entry per state change: who, what, on which record, when, from which state. */
export interface AuditEntry {
  _id: string;
  at: string;
  actor: string;
  action: string;
  target: string;
  from?: unknown;
  to?: unknown;
  requestId: string;
}

export function auditEntry(e: Omit<AuditEntry, '_id'>): AuditEntry {
  const entry: AuditEntry = { _id: newId(), ...e };
  if (entry.from === undefined) delete entry.from;
  if (entry.to === undefined) delete entry.to;
  return entry;
}

/** An audit effect as the domains emit it (shared/workflow, shared/announcements, shared/briefings). */
export interface AuditEffectLike {
  at: string;
  actor: { openid: string; role: string };
  action: string;
  target: string;
  from?: unknown;
  to?: unknown;
  detail?: unknown;
}

/** The stored audit document of a domain's audit effect: the entry, the capacity acted in, and any detail it carries. */
export function auditDocOf(e: AuditEffectLike, requestId: string): { _id: string } & Record<string, unknown> {
  return {
    ...auditEntry({ at: e.at, actor: e.actor.openid, action: e.action, target: e.target, from: e.from ?? undefined, to: e.to ?? undefined, requestId }),
    role: e.actor.role,
    ...(e.detail ? { detail: e.detail } : {}),
  };
}
