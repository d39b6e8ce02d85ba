import { formatSize } from '../announcements/files';
import type { Recipient } from '../announcements/target';
import { targetSummary } from '../announcements/target';
import { CLAUSES } from '../policy/clauses';
import { formatChinaTime } from '../time/instants';
import type { CheckIn } from './checkin';
import type { Rating } from './rating';
import { ratingClosed } from './rating';
import type { Roster } from './roster';
import { rosterView, signUpProblem } from './roster';
import type { Session } from './session';
import { SESSION_PHASE_LABELS, sessionPermissions, sessionPhase, venueText } from './session';

/**
 * What the function sends back about a session (the shapes of shared/contracts/briefings.ts), built here so
 * the function only loads, authorizes and passes what it read. No openid leaves.
 */

export function sessionView(s: Session, now: Date, urls: Readonly<Record<string, string>> = {}) {
  const phase = sessionPhase(s, now);
  return {
    id: s.id,
    organizer: { role: s.organizer.role as 'city_officer' | 'district_officer', name: s.organizer.name, district: s.organizer.district },
    topic: s.topic,
    summary: s.summary,
    clauses: s.clauses.map((id) => ({ id, heading: CLAUSES[id].heading })),
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    timeText: formatChinaTime(s.startsAt),
    venue: s.venue,
    venueText: venueText(s.venue),
    capacity: s.capacity,
    audience: s.audience,
    audienceText: targetSummary(s.audience),
    signUp: s.signUp,
    status: s.status,
    phase,
    phaseLabel: SESSION_PHASE_LABELS[phase],
    ...(s.cancellation ? { cancellation: { at: s.cancellation.at, reason: s.cancellation.reason } } : {}),
    moves: s.moves.map((m) => ({ at: m.at, fromStartsAt: m.from.startsAt, reason: m.reason })),
    materials: s.materials.map((f) => ({ ...f, sizeText: formatSize(f.size), ...(urls[f.fileID] ? { url: urls[f.fileID] } : {}) })),
    ...(s.qaSummary ? { qaSummary: s.qaSummary } : {}),
    version: s.version,
    updatedAt: s.updatedAt,
  };
}

/** Why `person` may not sign up now (the button's reason), or undefined. */
export function signUpBlocked(s: Session, r: Roster, person: Recipient, now: Date): string | undefined {
  return signUpProblem(s, r, person, now)?.message;
}

export function sessionDetail(
  s: Session,
  r: Roster,
  viewer: Recipient,
  now: Date,
  mine: { checkIn: CheckIn | null; rating: Rating | null },
  urls: Readonly<Record<string, string>> = {},
) {
  const closed = ratingClosed(s, mine.checkIn, mine.rating, now);
  const blocked = signUpBlocked(s, r, viewer, now);
  return {
    session: sessionView(s, now, urls),
    roster: rosterView(r, viewer.openid),
    me: { checkedInAt: mine.checkIn?.at ?? null, rated: !!mine.rating, canRate: closed === null, ...(closed ? { ratingClosedReason: closed } : {}) },
    ...(blocked ? { signUpBlocked: blocked } : {}),
    manage: sessionPermissions(s, viewer),
  };
}

export function sessionListItem(s: Session, r: Roster, openid: string | null, now: Date) {
  const phase = sessionPhase(s, now);
  const view = rosterView(r, openid ?? undefined);
  return {
    id: s.id,
    topic: s.topic,
    organizer: s.organizer.name,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    timeText: formatChinaTime(s.startsAt),
    venueText: venueText(s.venue),
    audienceText: targetSummary(s.audience),
    phase,
    phaseLabel: SESSION_PHASE_LABELS[phase],
    label: view.label,
    full: view.full,
    mine: view.mine?.status ?? null,
  };
}
