import { maskName } from '../../shared/auth/mask';
import type { Actor } from '../../shared/auth/roles';
import type { ActionId, ActorRef, Application, Stage } from '../../shared/workflow';
import { applicationFor, auditShowsFullNames, availableActions, isTerminal, listShowsFullName, stageLabel } from '../../shared/workflow';
import type { HandlerContext } from '../kit/dispatch';
import { dueByOf } from './documents';

/** What the function sends back about a file: the detail of one, and a queue's row. */

interface StoredAudit {
  _id: string;
  at: string;
  actor: string;
  role?: ActorRef['role'];
  action: ActionId | 'create';
  target: string;
  from?: { stage: Stage } | null;
  to?: { stage: Stage } | null;
}

/** The full view of one file for `actor`: privacy-filtered application, buttons, audit trail, expectations, holder. */
export async function detailFor(ctx: Pick<HandlerContext, 'db' | 'actor' | 'now'>, app: Application) {
  const { db, actor, now } = ctx;
  const res = await db
    .collection('audit')
    .where({ target: `applications/${app.id}` })
    .orderBy('at', 'asc')
    .limit(200)
    .get();
  const entries = res.data as StoredAudit[];
  const openids = [...new Set(entries.map((e) => e.actor))];
  const names = new Map<string, string>();
  if (openids.length) {
    const _ = db.command;
    const users = await db
      .collection('users')
      .where({ openid: _.in(openids) })
      .field({ openid: true, name: true })
      .limit(100)
      .get();
    for (const u of users.data as { openid: string; name?: string }[]) names.set(u.openid, u.name ?? '');
  }
  const full = auditShowsFullNames(actor);
  const isApplicant = app.applicant.openid === actor.openid;
  const audit = entries.map((e) => {
    const me = e.actor === actor.openid;
    // Objectors are never named to anyone but those who decide objections.
    const hidden = e.action === 'file_objection' && !me && isApplicant;
    const raw = names.get(e.actor) ?? '';
    const name = hidden ? undefined : me || full ? raw : maskName(raw);
    return {
      at: e.at,
      action: e.action,
      by: { role: e.role ?? (hidden ? ('public' as const) : ('unknown' as const)), ...(name ? { name } : {}), me },
      from: e.from?.stage ?? null,
      to: e.to?.stage ?? null,
    };
  });
  const view = applicationFor(app, actor);
  return {
    application: view,
    available: availableActions(app, actor, now),
    audit,
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
