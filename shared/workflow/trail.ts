import { maskName } from '../auth/mask';
import type { Actor } from '../auth/roles';
import type { ActionId } from './actions';
import type { ActorRef, Application, TimelineEntry } from './application';
import type { Stage } from './stages';
import { auditShowsFullNames } from './visibility';

/** One line of a file's trail on its detail page: when, what, who (as this viewer may see them), from and to. */
export interface TrailLine {
  at: string;
  action: ActionId | 'create';
  by: { role: ActorRef['role']; name?: string; me: boolean };
  from: Stage | null;
  to: Stage;
}

/** The objector behind an objection's timeline line (it names no one: the timeline reaches the applicant). */
function objectorOf(app: Application, entry: TimelineEntry): string | undefined {
  if (entry.action !== 'file_objection') return undefined;
  const all = [...(app.notice?.objections ?? []), ...app.pastNotices.flatMap((n) => n.objections)];
  return all.find((o) => o.at === entry.at)?.by;
}

const actorOf = (app: Application, entry: TimelineEntry): string | undefined => entry.by.openid ?? objectorOf(app, entry);

/**
 * The people on the trail whose name the file does not hold: lines written before names were kept with
 * them, and objectors. The caller looks these up (one query) only when there are any.
 */
export function unnamedOnTrail(app: Application): string[] {
  const out = new Set<string>();
  for (const e of app.history) {
    const who = actorOf(app, e);
    if (who && !e.by.name) out.add(who);
  }
  return [...out];
}

/**
 * The file's trail for `actor`, from its own timeline (every step is written there in the same
 * transaction as its audit entry). A name is in full to its owner and to officers (auditShowsFullNames),
 * masked to everyone else; an objector is never named to the applicant. `names` fills in the unnamed.
 */
export function trailFor(app: Application, actor: Actor, names: ReadonlyMap<string, string> = new Map()): TrailLine[] {
  const full = auditShowsFullNames(actor);
  const isApplicant = app.applicant.openid === actor.openid;
  return app.history.map((e) => {
    const who = actorOf(app, e);
    const me = who === actor.openid;
    const hidden = e.action === 'file_objection' && !me && isApplicant;
    const raw = e.by.name ?? (who ? names.get(who) : undefined) ?? '';
    const name = hidden ? '' : me || full ? raw : maskName(raw);
    return { at: e.at, action: e.action, by: { role: e.by.role, ...(name ? { name } : {}), me }, from: e.from, to: e.to };
  });
}

/** The timeline as sent with the application: names stay out of it (the trail shows them, masked per viewer). */
export function timelineWithoutNames(history: TimelineEntry[]): TimelineEntry[] {
  return history.map((e) =>
    e.by.name === undefined ? e : { ...e, by: { role: e.by.role, ...(e.by.openid ? { openid: e.by.openid } : {}) } },
  );
}
