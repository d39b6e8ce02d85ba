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
