import { AppError } from '../../../shared/errors/app-error';
import {
  canSeeAnnouncement,
  holdsPublisher,
  overseesPublisher,
  RECEIPT_COLUMNS,
  receiptCounts,
  receiptFilename,
  receiptRow,
  receiptSheetRow,
  type Announcement,
  type DeliveryStatus,
  type ReadMark,
  type ReceiptCounts,
  type ReceiptRow,
} from '../../../shared/announcements';
import type { Database } from '../../kit/cloud';
import type { Handler, HandlerContext } from '../../kit/dispatch';
import { auditEntry } from '../../kit/audit';
import { putDoc } from '../../kit/docs';
import { loadAnn, notFound, orgNames, viewerOf } from '../store';

interface DeliveryDoc {
  _id: string;
  announcementId: string;
  version: number;
  openid: string;
  status: DeliveryStatus;
}

/** Receipt counts of the notified version of each announcement (one aggregation each for deliveries and reads). */
export async function countsFor(db: Database, anns: readonly Announcement[]): Promise<Map<string, ReceiptCounts>> {
  const out = new Map<string, ReceiptCounts>();
  const live = anns.filter((a) => a.status !== 'draft');
  if (!live.length) return out;
  const _ = db.command;
  const $ = _.aggregate;
  const ids = live.map((a) => a.id);
  const [byStatus, reads] = await Promise.all([
    db
      .collection('announcement_deliveries')
      .aggregate()
      .match({ announcementId: _.in(ids) })
      .group({ _id: { a: '$announcementId', v: '$version', s: '$status' }, n: $.sum(1) })
      .limit(1000)
      .end(),
    db
      .collection('announcement_reads')
      .aggregate()
      .match({ announcementId: _.in(ids) })
      .group({ _id: { a: '$announcementId', v: '$version' }, n: $.sum(1) })
      .limit(1000)
      .end(),
  ]);
  for (const a of live) {
    const s: Partial<Record<DeliveryStatus, number>> = {};
    for (const row of byStatus.data as { _id: { a: string; v: number; s: DeliveryStatus }; n: number }[])
      if (row._id.a === a.id && row._id.v === a.notifyVersion) s[row._id.s] = (s[row._id.s] ?? 0) + row.n;
    const read = (reads.data as { _id: { a: string; v: number }; n: number }[]).filter((r) => r._id.a === a.id && r._id.v >= a.notifyVersion).reduce((n, r) => n + r.n, 0);
    out.set(a.id, receiptCounts(s, read));
  }
  return out;
}

/** The announcement, if the caller may see its receipts: the publisher's staff and overseers, by the one visibility rule. */
async function forReceipts(ctx: HandlerContext, id: string): Promise<Announcement> {
  const a = await loadAnn(ctx.db, id);
  if (!a) throw notFound();
  const viewer = await viewerOf(ctx.db, ctx.actor);
  if (!canSeeAnnouncement(viewer, a, ctx.now)) throw notFound();
  if (!holdsPublisher(ctx.actor, a.publisher) && !overseesPublisher(ctx.actor, a.publisher)) throw new AppError('FORBIDDEN', '只有发布单位可以查看回执');
  return a;
}

async function rowsOf(db: Database, a: Announcement, deliveries: DeliveryDoc[]): Promise<ReceiptRow[]> {
  if (!deliveries.length) return [];
  const _ = db.command;
  const openids = deliveries.map((d) => d.openid);
  const [users, reads, recips] = await Promise.all([
    db.collection('users').where({ openid: _.in(openids) }).field({ openid: true, name: true }).limit(1000).get(),
    db.collection('announcement_reads').where({ announcementId: a.id, openid: _.in(openids) }).limit(1000).get(),
    db.collection('recipients').where({ openid: _.in(openids) }).field({ openid: true, employers: true }).limit(1000).get(),
  ]);
  const names = new Map((users.data as { openid: string; name?: string }[]).map((u) => [u.openid, u.name]));
  const readBy = new Map((reads.data as ReadMark[]).filter((r) => r.version >= a.notifyVersion).map((r) => [r.openid, r]));
  const employerOf = new Map((recips.data as { openid: string; employers?: string[] }[]).map((r) => [r.openid, r.employers?.[0]]));
  const orgs = await orgNames(db, [...new Set([...employerOf.values()].filter((x): x is string => !!x))]);
  return deliveries.map((d) => {
    const emp = employerOf.get(d.openid);
    return receiptRow(d, { name: names.get(d.openid), employer: emp ? orgs[emp] : undefined }, readBy.get(d.openid) ?? null);
  });
}

async function readOpenids(db: Database, a: Announcement): Promise<string[]> {
  const _ = db.command;
  const res = await db.collection('announcement_reads').where({ announcementId: a.id, version: _.gte(a.notifyVersion) }).field({ openid: true }).limit(1000).get();
  return (res.data as { openid: string }[]).map((r) => r.openid);
}

export const receipts: Handler<'announcements', 'receipts'> = async (input, ctx) => {
  const { db } = ctx;
  const _ = db.command;
  const a = await forReceipts(ctx, input.id);
  const counts = (await countsFor(db, [a])).get(a.id) ?? receiptCounts({}, 0);
  const where: Record<string, unknown> = { announcementId: a.id, version: a.notifyVersion };
  if (input.status) where.status = input.status;
  if (input.read !== undefined) {
    const ids = await readOpenids(db, a);
    where.openid = input.read ? _.in(ids) : _.nin(ids);
  }
  const coll = db.collection('announcement_deliveries');
  const [total, page] = await Promise.all([
    coll.where(where).count(),
    coll.where(where).orderBy('openid', 'asc').skip((input.page - 1) * input.pageSize).limit(input.pageSize).get(),
  ]);
  return { counts, items: await rowsOf(db, a, page.data as DeliveryDoc[]), total: total.total };
};

const EXPORT_MAX = 10_000;

export const exportReceipts: Handler<'announcements', 'receipts.export'> = async (input, ctx) => {
  const { db, now } = ctx;
  const _ = db.command;
  const a = await forReceipts(ctx, input.id);
  const rows: ReceiptRow[] = [];
  let after = '';
  while (rows.length < EXPORT_MAX) {
    const page = (
      await db
        .collection('announcement_deliveries')
        .where({ announcementId: a.id, version: a.notifyVersion, openid: _.gt(after) })
        .orderBy('openid', 'asc')
        .limit(1000)
        .get()
    ).data as DeliveryDoc[];
    rows.push(...(await rowsOfChunks(db, a, page)));
    if (page.length < 1000) break;
    after = page[page.length - 1].openid;
  }
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '职称通';
  const ws = wb.addWorksheet('回执');
  ws.columns = RECEIPT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(receiptSheetRow(r));
  const base64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  await putDoc(db, 'audit', {
    ...auditEntry({ at: now.toISOString(), actor: ctx.actor.openid, action: 'announcement.receipts.export', target: `announcements/${a.id}`, requestId: ctx.requestId }),
    detail: { rows: rows.length },
  });
  return { filename: receiptFilename(a.content.title, now), base64, rows: rows.length };
};

async function rowsOfChunks(db: Database, a: Announcement, page: DeliveryDoc[]): Promise<ReceiptRow[]> {
  const out: ReceiptRow[] = [];
  for (let i = 0; i < page.length; i += 100) out.push(...(await rowsOf(db, a, page.slice(i, i + 100))));
  return out;
}
