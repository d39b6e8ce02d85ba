import { AppError } from '../../shared/errors/app-error';
import { maskName } from '../../shared/auth/mask';
import type { Actor, Scope } from '../../shared/auth/roles';
import { chinaDate } from '../../shared/time/dates';
import type { Application, Effect, Recipient, RemindEffect, NotifyEffect, TemplateId } from '../../shared/workflow';
import { applicationFor, applicationKeys, availableActions, isTerminal, listShowsFullName, stageLabel, TEMPLATES } from '../../shared/workflow';
import type { AnnouncementTemplateId } from '../../shared/announcements/effects';
import type { HandlerContext } from '../kit/dispatch';
import type { Database } from '../kit/cloud';
import { auditDocOf } from '../kit/audit';
import { putDoc, readDoc } from '../kit/docs';
import { newId } from '../kit/ids';
import type { Tx } from '../kit/transaction';

/**
 * How an application is stored: the workflow's Application plus flat copies of the fields the queues
 * filter on (so each query has an index): applicant openid, employer, district, recommending body, series,
 * route, whether it is open, and the date the current step is due by.
 */
export interface AppDoc extends Application {
  _id: string;
  applicantOpenid: string;
  employerOrgId: string;
  district: string;
  bodyOrgId: string | null;
  series: string;
  routeId: string;
  open: boolean;
  dueBy: string | null;
  closedAt: string | null;
}

const INDEX_FIELDS = ['_id', 'applicantOpenid', 'employerOrgId', 'district', 'bodyOrgId', 'series', 'routeId', 'open', 'dueBy', 'closedAt'] as const;

export function dueByOf(app: Application): string | null {
  return app.expected.find((s) => s.stage === app.stage)?.by ?? null;
}

export function toDoc(app: Application, previous?: AppDoc | null): AppDoc {
  const open = !isTerminal(app.stage);
  return {
    ...app,
    _id: app.id,
    ...applicationKeys(app),
    stage: app.stage,
    series: app.title.series,
    routeId: app.origin.routeId,
    open,
    dueBy: open ? dueByOf(app) : null,
    closedAt: open ? null : (previous?.closedAt ?? app.updatedAt),
  };
}

export function fromDoc(doc: AppDoc): Application {
  const out = { ...doc } as Record<string, unknown>;
  for (const k of INDEX_FIELDS) delete out[k];
  return out as unknown as Application;
}

export async function loadApp(db: Pick<Database, 'collection'>, id: string): Promise<AppDoc | null> {
  return readDoc<AppDoc>(db, 'applications', id);
}

/** Officers (district, city, admin) see names in full in an audit trail; everyone else sees others masked. */
function seesFullNames(actor: Actor): boolean {
  return actor.grants.some((g) => g.role === 'district_officer' || g.role === 'city_officer' || g.role === 'admin');
}

interface StoredAudit {
  _id: string;
  at: string;
  actor: string;
  role?: string;
  action: string;
  target: string;
  from?: { stage: string } | null;
  to?: { stage: string } | null;
}

/** The full view of one file for `actor`: privacy-filtered application, buttons, audit trail, expectations, holder. */
export async function detailFor(ctx: Pick<HandlerContext, 'db' | 'actor' | 'now'>, app: Application) {
  const { db, actor, now } = ctx;
  const res = await db.collection('audit').where({ target: `applications/${app.id}` }).orderBy('at', 'asc').limit(200).get();
  const entries = res.data as StoredAudit[];
  const openids = [...new Set(entries.map((e) => e.actor))];
  const names = new Map<string, string>();
  if (openids.length) {
    const _ = db.command;
    const users = await db.collection('users').where({ openid: _.in(openids) }).field({ openid: true, name: true }).limit(100).get();
    for (const u of users.data as { openid: string; name?: string }[]) names.set(u.openid, u.name ?? '');
  }
  const full = seesFullNames(actor);
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
      by: { role: e.role ?? (hidden ? 'public' : 'unknown'), ...(name ? { name } : {}), me },
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

// ---------------------------------------------------------------- effects: audit, inbox, outbox

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

export interface OutboxDoc {
  _id: string;
  kind: 'notify' | 'remind' | 'announcement';
  touser: string;
  template: TemplateId | AnnouncementTemplateId;
  /** Announcements: the announcement, and the delivery this row carries (same id). */
  announcementId?: string;
  deliveryId?: string;
  data: Record<string, string>;
  applicationId?: string;
  onlyIf?: RemindEffect['onlyIf'];
  status: 'pending' | 'sending' | 'sent' | 'failed' | 'skipped' | 'refused';
  attempts: number;
  nextAttemptAt: string;
  createdAt: string;
  claimedUntil?: string;
  sentAt?: string;
  lastError?: string;
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

export function today(now: Date): string {
  return chinaDate(now);
}

export function notFound(): AppError {
  return new AppError('NOT_FOUND', '这份申报不存在或您无权查看');
}
