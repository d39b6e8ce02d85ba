import type { Actor } from '../auth/roles';
import type { IsoDate } from '../time/dates';
import { chinaDate } from '../time/dates';
import type { Application, Objection, ObjectionStatus } from './application';
import { decidesObjections } from './access';
import { timelineWithoutNames } from './trail';
import { estimateNote } from '../time/workdays';

/**
 * The employer's public notice (附件1/附件2: 单位公示). What is published is the applicant's name, the
 * employer, and the series and level applied for — nothing else about the person.
 */
export interface PublicNoticeView {
  applicationId: string;
  name: string;
  employer: string;
  series: string;
  level: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  workingDays: number;
  status: 'upcoming' | 'running';
  /** Set when the period runs into a year whose holidays are not yet announced. */
  note?: string;
}

/** The notice as published, or null when the file is not on public notice right now. */
export function publicNoticeView(app: Application, now: Date): PublicNoticeView | null {
  const n = app.notice;
  if (app.stage !== 'public_notice' || !n || n.closed) return null;
  const today = chinaDate(now);
  if (today > n.endsOn) return null;
  const years = n.estimated ? [Number(n.endsOn.slice(0, 4))] : [];
  return {
    applicationId: app.id,
    name: app.applicant.name,
    employer: app.employer.name,
    series: app.title.seriesName,
    level: app.title.levelName,
    startsOn: n.startsOn,
    endsOn: n.endsOn,
    workingDays: n.workingDays,
    status: today < n.startsOn ? 'upcoming' : 'running',
    ...(years.length ? { note: estimateNote(years) } : {}),
  };
}

/** An employer's notice board: the files on notice now, earliest first. */
export function noticeBoard(apps: readonly Application[], now: Date): PublicNoticeView[] {
  return apps
    .map((a) => publicNoticeView(a, now))
    .filter((v): v is PublicNoticeView => v !== null)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.name.localeCompare(b.name, 'zh'));
}

export interface ObjectionView {
  id: string;
  at: string;
  text: string;
  status: ObjectionStatus;
  decision?: string;
  decidedAt?: string;
  /** The viewer filed it. */
  mine: boolean;
  /** The objector's openid: only for those who decide objections. */
  by?: string;
}

/**
 * Objections as `actor` may see them. Deciders see all, with the objector; the applicant sees all without
 * the objector (so nobody is pressed for having objected); anyone else sees only their own.
 */
export function objectionsFor(app: Application, actor: Actor): ObjectionView[] {
  const all = [...app.pastNotices, ...(app.notice ? [app.notice] : [])].flatMap((n) => n.objections);
  const decider = decidesObjections(app, actor);
  const isApplicant = actor.openid === app.applicant.openid;
  return all.filter((o) => decider || isApplicant || o.by === actor.openid).map((o) => view(o, actor, decider));
}

function view(o: Objection, actor: Actor, decider: boolean): ObjectionView {
  return {
    id: o.id,
    at: o.at,
    text: o.text,
    status: o.status,
    ...(o.decision ? { decision: o.decision } : {}),
    ...(o.decidedAt ? { decidedAt: o.decidedAt } : {}),
    mine: o.by === actor.openid,
    ...(decider ? { by: o.by } : {}),
  };
}

/**
 * The application as `actor` may read it: objectors' openids are blanked ('') for anyone who does not
 * decide objections, and other people's objections are dropped for anyone but deciders and the applicant;
 * the timeline goes without names (the trail, trailFor, names people as the viewer may see them).
 */
export function applicationFor(app: Application, actor: Actor): Application {
  const history = timelineWithoutNames(app.history);
  if (decidesObjections(app, actor)) return { ...app, history };
  const isApplicant = actor.openid === app.applicant.openid;
  const redact = (objections: Objection[]) =>
    objections.filter((o) => isApplicant || o.by === actor.openid).map((o) => (o.by === actor.openid ? o : { ...o, by: '' }));
  return {
    ...app,
    history,
    ...(app.notice ? { notice: { ...app.notice, objections: redact(app.notice.objections) } } : {}),
    pastNotices: app.pastNotices.map((n) => ({ ...n, objections: redact(n.objections) })),
  };
}
