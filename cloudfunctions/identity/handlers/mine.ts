import { createHash } from 'node:crypto';
import { applicationFor } from '../../../shared/workflow';
import { chinaDate } from '../../../shared/time/dates';
import {
  anonymise,
  exportRecord,
  MY_DATA,
  PERSONAL_DATA,
  withoutOthers,
  type MyDataSection,
  type PersonField,
} from '../../../shared/privacy/mydata';
import type { Objection, PublicNotice } from '../../../shared/workflow/application';
import { DELETE_BLOCKED_BY_OPEN_APPLICATION, PSEUDONYM_PREFIX } from '../../../shared/privacy';
import { AppError } from '../../../shared/errors/app-error';
import { auditEntry } from '../../kit/audit';
import type { Database } from '../../kit/cloud';
import type { Handler, HandlerContext } from '../../kit/dispatch';
import { putDoc, readDoc } from '../../kit/docs';
import type { AppDoc } from '../../applications/documents';
import { fromDoc } from '../../applications/documents';
import type { UserDoc } from '../users';
import { referenced, type UploadDoc } from '../../announcements/uploads';
import { releaseSeatsOf } from '../../briefings/handlers/roster';
import { cloud } from '../../kit/cloud';

type Doc = { _id: string } & Record<string, unknown>;

async function sectionDocs(db: Database, s: MyDataSection, openid: string): Promise<{ docs: Doc[]; truncated: boolean }> {
  if (s.field === '_id') {
    const one = await readDoc<Doc>(db, s.collection, openid);
    return { docs: one ? [one] : [], truncated: false };
  }
  const fields = typeof s.field === 'string' ? [s.field] : s.field;
  const _ = db.command;
  const where = fields.length === 1 ? { [fields[0]]: openid } : _.or(fields.map((f) => ({ [f]: openid })));
  const order = s.collection === 'audit' ? 'at' : '_id';
  const res = await db
    .collection(s.collection)
    .where(where)
    .orderBy(order, 'desc')
    .limit(s.limit + 1)
    .get();
  const docs = res.data as Doc[];
  return { docs: docs.slice(0, s.limit), truncated: docs.length > s.limit };
}

/** The person's own objections on someone else's file: the title objected to and the objection, nothing of the applicant. */
function objectionsOf(doc: Doc, me: string): Record<string, unknown>[] {
  const app = doc as unknown as AppDoc;
  const notices: PublicNotice[] = [...(app.pastNotices ?? []), ...(app.notice ? [app.notice] : [])];
  return notices.flatMap((n) =>
    n.objections
      .filter((o: Objection) => o.by === me)
      .map((o) => ({
        title: app.title?.titleName,
        noticeFrom: n.startsOn,
        noticeTo: n.endsOn,
        at: o.at,
        text: o.text,
        status: o.status,
        ...(o.decidedAt ? { decidedAt: o.decidedAt, decision: o.decision } : {}),
      })),
  );
}

function exported(ctx: HandlerContext, s: MyDataSection, doc: Doc): Record<string, unknown>[] {
  const me = ctx.actor.openid;
  if (s.view === 'objections') return objectionsOf(doc, me);
  const view = s.collection === 'applications' ? { _id: doc._id, ...applicationFor(fromDoc(doc as unknown as AppDoc), ctx.actor) } : doc;
  return [withoutOthers(exportRecord(view as Record<string, unknown>, s.omit), me)];
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
    const records = docs.flatMap((d) => exported(ctx, s, d));
    sections.push({ key: s.key, label: s.label, count: records.length, truncated, records });
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

const whereOf = (f: PersonField, openid: string) => (typeof f === 'string' ? { [f]: openid } : { [f.field]: `${f.prefix}${openid}` });

async function removeAll(db: Database, collection: string, where: object): Promise<number> {
  let n = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const res = await db.collection(collection).where(where).field({ _id: true }).limit(BATCH).get();
    const ids = (res.data as { _id: string }[]).map((d) => d._id);
    if (!ids.length) break;
    const _ = db.command;
    await db
      .collection(collection)
      .where({ _id: _.in(ids) })
      .remove();
    n += ids.length;
    if (ids.length < BATCH) break;
  }
  return n;
}

interface Known {
  name?: string | null;
  phone?: string | null;
}

/** Rewrite one document with the person anonymised; an id built on the openid (`<session>:<openid>`) moves to the pseudonym's. */
async function rewrite(db: Database, collection: string, d: Doc, openid: string, pseudonym: string, known: Known): Promise<void> {
  const next = anonymise(d, openid, pseudonym, known);
  await putDoc(db, collection, next);
  if (next._id !== d._id) await db.collection(collection).doc(d._id).remove();
}

/** Rewrite each document naming the person with the person anonymised (one document at a time: each write is whole). */
async function anonymiseAll(
  db: Database,
  collection: string,
  where: object,
  openid: string,
  pseudonym: string,
  known: Known,
): Promise<number> {
  let n = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const res = await db.collection(collection).where(where).limit(BATCH).get();
    const docs = res.data as Doc[];
    for (const d of docs) await rewrite(db, collection, d, openid, pseudonym, known);
    n += docs.length;
    if (docs.length < BATCH) break;
  }
  return n;
}

/** Rosters of the sessions the person is still signed up for (started or cancelled ones): their entry kept for the counts, anonymised. */
async function anonymiseRosters(db: Database, openid: string, pseudonym: string, known: Known): Promise<number> {
  const res = await db.collection('briefing_signups').where({ openid }).field({ sessionId: true }).limit(500).get();
  let n = 0;
  for (const id of new Set((res.data as { sessionId?: string }[]).map((d) => d.sessionId).filter((x): x is string => !!x))) {
    const roster = await readDoc<Doc>(db, 'briefing_rosters', id);
    if (!roster) continue;
    await putDoc(db, 'briefing_rosters', anonymise(roster, openid, pseudonym, known));
    n++;
  }
  return n;
}

/** A job whose cursor is the person's openid resumes after their predecessor instead: nobody lies between the two. */
async function moveCursors(db: Database, collection: string, field: string, over: string, openid: string): Promise<number> {
  const _ = db.command;
  const jobs = await db
    .collection(collection)
    .where({ [field]: openid })
    .field({ _id: true })
    .limit(BATCH)
    .get();
  if (!jobs.data.length) return 0;
  const prev = await db
    .collection(over)
    .where({ openid: _.lt(openid) })
    .orderBy('openid', 'desc')
    .field({ openid: true })
    .limit(1)
    .get();
  const before = (prev.data[0] as { openid?: string } | undefined)?.openid ?? null;
  for (const j of jobs.data as { _id: string }[])
    await db
      .collection(collection)
      .doc(j._id)
      .update({ [field]: before });
  return jobs.data.length;
}

/**
 * The person's uploads: a file nothing refers to is deleted from storage with its record; one an announcement
 * or briefing carries stays (a published record), its record anonymised.
 */
async function settleUploads(
  db: Database,
  openid: string,
  pseudonym: string,
  known: Known,
): Promise<{ removed: number; anonymised: number }> {
  const out = { removed: 0, anonymised: 0 };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const res = await db.collection('uploads').where({ openid }).limit(BATCH).get();
    const docs = res.data as unknown as (UploadDoc & Doc)[];
    for (const d of docs) {
      if (d.fileID && (await referenced(db, d.fileID))) {
        await rewrite(db, 'uploads', d, openid, pseudonym, known);
        out.anonymised++;
        continue;
      }
      if (d.fileID) {
        const r = (await cloud().deleteFile({ fileList: [d.fileID] })) as { fileList?: { code?: string }[] };
        const code = r.fileList?.[0]?.code;
        if (code && code !== 'SUCCESS' && code !== 'STORAGE_FILE_NONEXIST')
          throw new AppError('INTERNAL', '删除您上传的文件失败，请稍后再试');
      }
      await db.collection('uploads').doc(d._id).remove();
      out.removed++;
    }
    if (docs.length < BATCH) break;
  }
  return out;
}

/**
 * 注销账号 (refused while an application is open), collection by collection as PERSONAL_DATA says. Seats
 * released and kept records anonymised first, then the person's own data removed, the users document last:
 * an interrupted deletion leaves the account in place, and running it again finishes it with the same
 * pseudonym. Afterwards the openid names nothing; signing in again starts a new user.
 */
export const mineDelete: Handler<'identity', 'mine.delete'> = async (_input, { actor, db, now, requestId }) => {
  const me = actor.openid;
  const open = await db.collection('applications').where({ applicantOpenid: me, open: true }).field({ _id: true }).limit(1).get();
  if (open.data.length) throw new AppError('NOT_ALLOWED_NOW', DELETE_BLOCKED_BY_OPEN_APPLICATION);
  const user = await readDoc<UserDoc>(db, 'users', me);
  const pseudonym = pseudonymOf(me, user?.createdAt ?? '');
  const known: Known = { name: user?.name, phone: user?.phone };
  const _ = db.command;
  const entries = Object.entries(PERSONAL_DATA);
  let removed = 0;
  let anonymised = 0;

  const released = await releaseSeatsOf(db, me, now, requestId);
  anonymised += await anonymiseRosters(db, me, pseudonym, known);
  const mine = await db.collection('applications').where({ applicantOpenid: me }).field({ _id: true }).limit(1000).get();
  const appIds = (mine.data as { _id: string }[]).map((d) => d._id);
  for (const [c, { treatment: t }] of entries) {
    if (t.kind === 'cursor') await moveCursors(db, c, t.field, t.over, me);
    if (t.kind === 'locks' && appIds.length) removed += await removeAll(db, c, { applicationId: _.in(appIds) });
    if (t.kind === 'files') {
      const u = await settleUploads(db, me, pseudonym, known);
      removed += u.removed;
      anonymised += u.anonymised;
    }
  }
  for (const [c, { treatment: t }] of entries) {
    if (t.kind === 'anonymise') for (const f of t.match) anonymised += await anonymiseAll(db, c, whereOf(f, me), me, pseudonym, known);
  }
  for (const [c, { treatment: t }] of entries) {
    if (t.kind === 'remove' && c !== 'users') for (const f of t.match) removed += await removeAll(db, c, whereOf(f, me));
  }
  if (user) {
    await db.collection('users').doc(me).remove();
    removed++;
  }
  await putDoc(db, 'audit', {
    ...auditEntry({ at: now.toISOString(), actor: pseudonym, action: 'identity.mine.delete', target: `users/${pseudonym}`, requestId }),
    detail: { removed, anonymised, seatsReleased: released.length },
  });
  return { deleted: true as const, removed, anonymised };
};
