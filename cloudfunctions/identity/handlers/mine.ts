import { createHash } from 'node:crypto';
import { applicationFor } from '../../../shared/workflow';
import { chinaDate } from '../../../shared/policy/dates';
import {
  anonymise,
  DELETE_ANONYMISES,
  DELETE_REMOVES,
  exportRecord,
  MY_DATA,
  withoutOthers,
  type MyDataSection,
} from '../../../shared/privacy/mydata';
import { DELETE_BLOCKED_BY_OPEN_APPLICATION, PSEUDONYM_PREFIX } from '../../../shared/privacy';
import { AppError } from '../../../shared/contracts/errors';
import { auditEntry } from '../../kit/audit';
import type { Database } from '../../kit/cloud';
import type { Handler, HandlerContext } from '../../kit/dispatch';
import { putDoc, readDoc } from '../../kit/docs';
import type { AppDoc } from '../../applications/store';
import { fromDoc } from '../../applications/store';
import type { UserDoc } from '../users';

type Doc = { _id: string } & Record<string, unknown>;

async function sectionDocs(db: Database, s: MyDataSection, openid: string): Promise<{ docs: Doc[]; truncated: boolean }> {
  if (s.field === '_id') {
    const one = await readDoc<Doc>(db, s.collection, openid);
    return { docs: one ? [one] : [], truncated: false };
  }
  const order = s.collection === 'audit' ? 'at' : '_id';
  const res = await db
    .collection(s.collection)
    .where({ [s.field]: openid })
    .orderBy(order, 'desc')
    .limit(s.limit + 1)
    .get();
  const docs = res.data as Doc[];
  return { docs: docs.slice(0, s.limit), truncated: docs.length > s.limit };
}

function exported(ctx: HandlerContext, s: MyDataSection, doc: Doc): Record<string, unknown> {
  const me = ctx.actor.openid;
  const view = s.collection === 'applications' ? { _id: doc._id, ...applicationFor(fromDoc(doc as unknown as AppDoc), ctx.actor) } : doc;
  return withoutOthers(exportRecord(view as Record<string, unknown>, s.omit), me);
}

const cell = (v: unknown): string | number | boolean => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  const s = JSON.stringify(v);
  return s.length > 32_000 ? `${s.slice(0, 32_000)}…` : s;
};

async function workbook(sections: { label: string; records: Record<string, unknown>[] }[]): Promise<string> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '职称通';
  for (const s of sections) {
    const ws = wb.addWorksheet(s.label.slice(0, 31));
    const keys = [...new Set(s.records.flatMap((r) => Object.keys(r)))];
    if (!keys.length) {
      ws.addRow(['（无记录）']);
      continue;
    }
    ws.addRow(keys).font = { bold: true };
    for (const r of s.records) ws.addRow(keys.map((k) => cell(r[k])));
  }
  const buf = await wb.xlsx.writeBuffer();
  return Buffer.from(buf as ArrayBuffer).toString('base64');
}

/** 我的数据: every section of MY_DATA, the caller's own records only (found by their openid), each bounded. Audited. */
export const mineExport: Handler<'identity', 'mine.export'> = async (input, ctx) => {
  const { actor, db, now, requestId } = ctx;
  const sections = [];
  for (const s of MY_DATA) {
    const { docs, truncated } = await sectionDocs(db, s, actor.openid);
    sections.push({ key: s.key, label: s.label, count: docs.length, truncated, records: docs.map((d) => exported(ctx, s, d)) });
  }
  const at = now.toISOString();
  await putDoc(db, 'audit', {
    ...auditEntry({ at, actor: actor.openid, action: 'identity.mine.export', target: `users/${actor.openid}`, requestId }),
    detail: { format: input.format, records: sections.reduce((n, s) => n + s.count, 0) },
  });
  const file = input.format === 'xlsx' ? { filename: `我的数据-${chinaDate(now)}.xlsx`, base64: await workbook(sections) } : undefined;
  return { generatedAt: at, sections, ...(file ? { file } : {}) };
};

/**
 * The one-way pseudonym of a deleted account: a hash of the openid and the account's creation time with a
 * secret, so a retry of an interrupted deletion uses the same one, and nobody can go back to the openid.
 */
function pseudonymOf(openid: string, createdAt: string): string {
  const secret = process.env.PSEUDONYM_SECRET ?? 'zhichengtong-deleted-accounts';
  return `${PSEUDONYM_PREFIX}${createHash('sha256').update(`${secret}:${openid}:${createdAt}`).digest('hex').slice(0, 24)}`;
}

const BATCH = 100;
/** Enough rounds for any one person's records; a retry finishes the rest. */
const MAX_ROUNDS = 50;

async function removeAll(db: Database, collection: string, where: object): Promise<number> {
  let n = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const res = await db.collection(collection).where(where).field({ _id: true }).limit(BATCH).get();
    const ids = (res.data as { _id: string }[]).map((d) => d._id);
    if (!ids.length) break;
    const _ = db.command;
    await db.collection(collection).where({ _id: _.in(ids) }).remove();
    n += ids.length;
    if (ids.length < BATCH) break;
  }
  return n;
}

/** Rewrite each document naming the person with the person anonymised (one document at a time: each write is whole). */
async function anonymiseAll(db: Database, collection: string, field: string, openid: string, pseudonym: string): Promise<number> {
  let n = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const res = await db.collection(collection).where({ [field]: openid }).limit(BATCH).get();
    const docs = res.data as Doc[];
    for (const d of docs) await putDoc(db, collection, anonymise(d, openid, pseudonym));
    n += docs.length;
    if (docs.length < BATCH) break;
  }
  return n;
}

/** Rosters of the sessions the person signed up for: their entry kept for the counts, anonymised. */
async function anonymiseRosters(db: Database, openid: string, pseudonym: string): Promise<number> {
  const res = await db.collection('briefing_signups').where({ openid }).field({ sessionId: true }).limit(500).get();
  let n = 0;
  for (const id of new Set((res.data as { sessionId?: string }[]).map((d) => d.sessionId).filter((x): x is string => !!x))) {
    const roster = await readDoc<Doc>(db, 'briefing_rosters', id);
    if (!roster) continue;
    await putDoc(db, 'briefing_rosters', anonymise(roster, openid, pseudonym));
    n++;
  }
  return n;
}

/**
 * 注销账号 (refused while an application is open, so no open_titles remain). Kept records first (anonymised), then the person's own data removed, grants last but one, the users
 * document last: an interrupted deletion leaves the account in place, and running it again finishes it with the
 * same pseudonym. Afterwards the openid names nothing; signing in again starts a new user.
 */
export const mineDelete: Handler<'identity', 'mine.delete'> = async (_input, { actor, db, now, requestId }) => {
  const me = actor.openid;
  const open = await db.collection('applications').where({ applicantOpenid: me, open: true }).field({ _id: true }).limit(1).get();
  if (open.data.length) throw new AppError('NOT_ALLOWED_NOW', DELETE_BLOCKED_BY_OPEN_APPLICATION);
  const user = await readDoc<UserDoc>(db, 'users', me);
  const pseudonym = pseudonymOf(me, user?.createdAt ?? '');
  const _ = db.command;
  let anonymised = await anonymiseRosters(db, me, pseudonym);
  for (const a of DELETE_ANONYMISES) anonymised += await anonymiseAll(db, a.collection, a.field, me, pseudonym);
  let removed = await removeAll(db, 'outbox', { touser: me, status: _.in(['pending', 'failed']) });
  for (const r of DELETE_REMOVES) removed += await removeAll(db, r.collection, { [r.field]: me });
  if (user) {
    await db.collection('users').doc(me).remove();
    removed++;
  }
  await putDoc(db, 'audit', {
    ...auditEntry({ at: now.toISOString(), actor: pseudonym, action: 'identity.mine.delete', target: `users/${pseudonym}`, requestId }),
    detail: { removed, anonymised },
  });
  return { deleted: true as const, removed, anonymised };
};
