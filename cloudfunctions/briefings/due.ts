import type { Database } from '../kit/cloud';
import { BRIEFING_TEMPLATES } from '../../shared/briefings/effects';
import { reminderStillDue } from '../../shared/briefings/reminders';
import { loadRoster, loadSession } from './store';

/** The data fields of a briefing message (the outbox sender fills the subscribe message from them). */
export function briefingFields(template: string): readonly string[] | null {
  return (BRIEFING_TEMPLATES as Record<string, { fields: readonly string[] }>)[template]?.fields ?? null;
}

/** Whether a due briefing reminder is still to be sent: the session neither moved nor cancelled, the person still confirmed. */
export async function briefingReminderDue(db: Database, onlyIf: { sessionId: string; openid: string; startsAt: string }): Promise<boolean> {
  const [s, r] = await Promise.all([loadSession(db, onlyIf.sessionId), loadRoster(db, onlyIf.sessionId)]);
  if (!s || !r) return false;
  return reminderStillDue(
    { onlyIf },
    s,
    r.confirmed.map((e) => e.openid),
  );
}
