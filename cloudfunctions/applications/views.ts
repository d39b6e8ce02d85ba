import { maskName } from '../../shared/auth/mask';
import type { Actor } from '../../shared/auth/roles';
import type { Application } from '../../shared/workflow';
import {
  applicationFor,
  availableActions,
  isTerminal,
  listShowsFullName,
  stageLabel,
  trailFor,
  unnamedOnTrail,
} from '../../shared/workflow';
import type { HandlerContext } from '../kit/dispatch';
import { dueByOf } from './documents';

/** What the function sends back about a file: the detail of one, and a queue's row. */

/** Names of the people on a file's trail that the file does not hold (older lines, objectors): one query. */
async function namesOf(db: HandlerContext['db'], openids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (!openids.length) return names;
  const _ = db.command;
  const users = await db
    .collection('users')
    .where({ openid: _.in(openids) })
    .field({ openid: true, name: true })
    .limit(100)
    .get();
  for (const u of users.data as { openid: string; name?: string }[]) names.set(u.openid, u.name ?? '');
  return names;
}

/**
 * The full view of one file for `actor`: privacy-filtered application, buttons, trail, expectations, holder.
 * The trail is read from the file itself (its timeline is written with each audit entry), so a file whose
 * lines all carry names is answered with no read beyond the file.
 */
export async function detailFor(ctx: Pick<HandlerContext, 'db' | 'actor' | 'now'>, app: Application) {
  const { db, actor, now } = ctx;
  const unnamed = unnamedOnTrail(app);
  return {
    application: applicationFor(app, actor),
    available: availableActions(app, actor, now),
    audit: trailFor(app, actor, await namesOf(db, unnamed)),
    expected: app.expected,
    holder: app.holder?.label ?? '',
  };
}

export function listItem(app: Application, today: string, actor: Actor) {
  const dueBy = isTerminal(app.stage) ? null : dueByOf(app);
  return {
    id: app.id,
    workflow: app.workflow,
    stage: app.stage,
    stageLabel: stageLabel(app.stage),
    status: app.status,
    applicantName: listShowsFullName(actor, app) ? app.applicant.name : maskName(app.applicant.name),
    employer: app.employer.name,
    district: app.employer.district,
    series: app.title.seriesName,
    level: app.title.levelName,
    titleName: app.title.titleName,
    routeId: app.origin.routeId,
    holder: app.holder?.label ?? '',
    dueBy,
    overdue: !!dueBy && dueBy < today,
    updatedAt: app.updatedAt,
    version: app.version,
  };
}
