/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are inspected loosely in tests */
/**
 * The `announcements` function in-process through the real SDK against a fresh local gateway: publishers within
 * and outside their reach, targeting by industry / district / role / self-check (the reach counted before
 * publishing = the deliveries after), the feed (pinned and newest first, unread → read), revisions kept as
 * versions, withdrawal with a reason, a failed content check writing nothing, fan-out to ~1,000 people with
 * the sender cut off mid-run several times (everyone exactly once), 43101 recorded and never retried, receipts
 * and their export, and bad input answered in Chinese with nothing half-written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { deliverOutbox } from '../../cloudfunctions/applications/deliver';
import { runFanout, resumeFanouts } from '../../cloudfunctions/announcements/fanout';
import { checker } from '../../cloudfunctions/announcements/store';
import { refreshAllRecipients, refreshRecipients } from '../../cloudfunctions/kit/recipients';
import { fanoutJobId } from '../../shared/announcements';
import { ok, startCloud, type Cloud } from '../support/cloud';
import { arrange, GX, KDL, U } from '../support/fixtures';

jest.setTimeout(180_000);

let cloud: Cloud;
const call = (action: string, input: unknown, openid?: string) => cloud.call('announcements', action, input, openid);
const example = (name: string) => JSON.parse(readFileSync(join(__dirname, `../fixtures/profiles/${name}.json`), 'utf8'));
const NAMES: Record<string, string> = { [U.alice]: '王建国', [U.bob]: '李晓明', [U.carol]: '赵欣然', [U.hrKdl]: '张人事', [U.hrGx]: '孙人事' };

const CITY = { role: 'city_officer', scope: { kind: 'city' } };
const KDL_OFFICER = { role: 'district_officer', scope: { kind: 'district', district: KDL } };
const HR_KDL = { role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-kdl' } };
const ASSOC = { role: 'recommender', scope: { kind: 'org', orgId: 'assoc-kdl' } };

const content = (title: string, target: object, extra: object = {}) => ({
  title,
  category: 'application_notice',
  body: [{ type: 'paragraph', content: [{ text: `${title}：请各单位按时组织申报。` }, { text: '第六条', link: { kind: 'clause', clause: '第六条' } }] }],
  target,
  ...extra,
});

async function draft(publisher: object, c: object, openid: string) {
  return call('draft.save', { publisher, content: c }, openid);
}
async function publishNew(publisher: object, c: object, openid: string) {
  const d = ok(await draft(publisher, c, openid));
  return ok(await call('publish', { id: d.announcement.id, expectedVersion: d.announcement.version }, openid));
}
const deliveriesOf = async (id: string) =>
  (await cloud.db.collection('announcement_deliveries').where({ announcementId: id }).limit(1000).get()).data as any[];
async function allDeliveries(id: string): Promise<any[]> {
  const out: any[] = [];
  let after = '';
  for (;;) {
    const page = (await cloud.db.collection('announcement_deliveries').where({ announcementId: id, _id: cloud.db.command.gt(after) }).orderBy('_id', 'asc').limit(1000).get()).data as any[];
    out.push(...page);
    if (page.length < 1000) return out;
    after = page[page.length - 1]._id;
  }
}
async function count(collection: string, where: object = {}) {
  return (await cloud.db.collection(collection).where(where).count()).total;
}

beforeAll(async () => {
  cloud = await startCloud();
  await arrange(cloud);
  for (const [openid, name] of Object.entries(NAMES)) await cloud.db.collection('users').doc(openid).update({ name });
  // Where the applicants work: alice at emp-kdl (稀土新材料, 昆都仑区), carol at emp-kdl-2 (钢铁), bob at emp-gx (稀土高新区).
  const app = (id: string, openid: string, employerOrgId: string) =>
    cloud.db.collection('applications').doc(id).set({ applicantOpenid: openid, employerOrgId, bodyOrgId: null, open: true, updatedAt: '2026-11-01T00:00:00.000Z' });
  await app('ann-app-alice', U.alice, 'emp-kdl');
  await app('ann-app-carol', U.carol, 'emp-kdl-2');
  await app('ann-app-bob', U.bob, 'emp-gx');
  ok(await cloud.call('eligibility', 'evaluate', { profile: example('engineer-bachelor-6y'), save: true }, U.alice));
  await refreshAllRecipients(cloud.db);
});
afterAll(() => cloud.close());
// The limiter is tested elsewhere; here many publications follow each other within a minute.
beforeEach(() => cloud.db.collection('rate_limits').where({ count: cloud.db.command.gte(0) }).remove());

describe('publishers and their reach', () => {
  it('each publisher kind publishes inside its reach and is refused outside it, in Chinese', async () => {
    expect(await draft(KDL_OFFICER, content('高新区通知', { districts: [GX] }), U.kdl)).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringContaining('只能发给本旗县区') });
    expect(await draft(HR_KDL, content('别家单位通知', { employers: ['emp-gx'] }), U.hrKdl)).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringContaining('本单位') });
    expect(await draft(ASSOC, content('全市通知', {}), U.assoc)).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringContaining('会员') });
    expect(await draft(CITY, content('冒充市局', {}), U.kdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await draft(HR_KDL, content('冒充人事', { employers: ['emp-kdl'] }), U.alice)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const d = await publishNew(KDL_OFFICER, content('昆都仑区职称申报通知', { districts: [KDL] }), U.kdl);
    expect(d.announcement).toMatchObject({ status: 'published', publisher: { role: 'district_officer' } });
    const h = await publishNew(HR_KDL, content('本单位职称申报安排', { employers: ['emp-kdl'] }), U.hrKdl);
    expect(h.reach).toBe(1); // alice (the HR themselves not counted)
    expect(await count('announcements')).toBe(2);
  });
});

describe('targeting reaches exactly the people concerned', () => {
  it('by industry: the reach counted before = the deliveries after; HR of another industry does not see it', async () => {
    const target = { industries: ['稀土新材料'] };
    const reach = ok(await call('reach', { publisher: CITY, target }, U.city));
    expect(reach).toMatchObject({ count: 2, summary: expect.stringContaining('稀土新材料') });
    const p = await publishNew(CITY, content('稀土行业政策解读', target), U.city);
    expect(p.reach).toBe(2);
    const ds = await deliveriesOf(p.announcement.id);
    expect(ds.map((d) => d.openid).sort()).toEqual([U.alice, U.hrKdl].sort());
    const feedHr = ok(await call('feed', {}, U.hrKdl));
    expect(feedHr.items.map((i: any) => i.id)).toContain(p.announcement.id);
    const feedGx = ok(await call('feed', {}, U.hrGx));
    expect(feedGx.items.map((i: any) => i.id)).not.toContain(p.announcement.id);
    expect(await call('get', { id: p.announcement.id }, U.hrGx)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('by district and role, and by the latest saved self-check', async () => {
    const byRole = ok(await call('reach', { publisher: KDL_OFFICER, target: { districts: [KDL], roles: ['employer_hr'] } }, U.kdl));
    expect(byRole.count).toBe(1); // hrKdl
    const rec = ((await cloud.db.collection('recipients').doc(U.alice).get()).data as any[])[0];
    expect(rec.eligibility.length).toBeGreaterThan(0);
    const [verdict, series, level] = String(rec.eligibility.find((k: string) => !k.endsWith(':*'))).split(':');
    const target = { eligibility: [{ series, level, verdicts: [verdict] }] };
    const p = await publishNew(CITY, content('自测结果相关提醒', target), U.city);
    expect(p.reach).toBe(1);
    expect((await deliveriesOf(p.announcement.id)).map((d) => d.openid)).toEqual([U.alice]);
  });
});

describe('the feed, revisions and withdrawal', () => {
  it('pinned first, then newest; unread until opened', async () => {
    const pinned = await publishNew(CITY, content('置顶：年度评审工作安排', {}, { pinned: true }), U.city);
    const newest = await publishNew(CITY, content('最新：宣讲预告', {}), U.city);
    const f = ok(await call('feed', { pageSize: 50 }, U.bob));
    expect(f.items[0].id).toBe(pinned.announcement.id);
    expect(f.items[1].id).toBe(newest.announcement.id);
    expect(f.items[1].unread).toBe(true);
    const before = f.unread;
    const g = ok(await call('get', { id: newest.announcement.id }, U.bob));
    expect(g.unread).toBe(true);
    const f2 = ok(await call('feed', { pageSize: 50 }, U.bob));
    expect(f2.items.find((i: any) => i.id === newest.announcement.id).unread).toBe(false);
    expect(f2.unread).toBe(before - 1);
    const r = ok(await call('read', { all: true }, U.bob));
    expect(r.unread).toBe(0);
  });

  it('a revision is a new version kept in history; a withdrawal needs a reason and leaves the feed', async () => {
    const p = await publishNew(CITY, content('初审通知', {}), U.city);
    const id = p.announcement.id;
    const rev = ok(await call('revise', { id, expectedVersion: p.announcement.version, content: content('初审通知（更正）', {}), note: '更正时间' }, U.city));
    expect(rev.announcement).toMatchObject({ edition: 2, content: { title: '初审通知（更正）' } });
    expect(rev.announcement.history.map((h: any) => h.version)).toEqual([1, 2]);
    expect(ok(await call('get', { id }, U.bob)).announcement.history).toEqual([]);
    expect(await call('withdraw', { id, expectedVersion: rev.announcement.version, reason: '' }, U.city)).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await call('withdraw', { id, expectedVersion: rev.announcement.version, reason: '重复发布' }, U.bob)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const w = ok(await call('withdraw', { id, expectedVersion: rev.announcement.version, reason: '重复发布' }, U.city));
    expect(w.announcement).toMatchObject({ status: 'withdrawn', withdrawal: { reason: '重复发布' } });
    expect(ok(await call('feed', { pageSize: 50 }, U.bob)).items.map((i: any) => i.id)).not.toContain(id);
    const audit = (await cloud.db.collection('audit').where({ target: `announcements/${id}` }).get()).data as any[];
    expect(audit.map((a) => a.action).sort()).toEqual(['announcement.create', 'announcement.publish', 'announcement.revise', 'announcement.withdraw']);
  });
});

describe('bad input and failed checks write nothing', () => {
  it('a failed content check writes nothing', async () => {
    const d = ok(await draft(CITY, content('待检查的通知', {}), U.city));
    const before = [await count('audit'), await count('fanout_jobs'), await count('announcement_deliveries')];
    const real = checker.check;
    checker.check = async () => false;
    try {
      expect(await call('publish', { id: d.announcement.id, expectedVersion: d.announcement.version }, U.city)).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringContaining('安全检查') });
    } finally {
      checker.check = real;
    }
    expect([await count('audit'), await count('fanout_jobs'), await count('announcement_deliveries')]).toEqual(before);
    expect(ok(await call('get', { id: d.announcement.id }, U.city)).announcement).toMatchObject({ status: 'draft', version: d.announcement.version });
  });

  it('a javascript: link, an oversized title, a wrong file type and a target reaching nobody are refused in Chinese', async () => {
    const n = await count('announcements');
    const js = { ...content('链接测试', {}), body: [{ type: 'paragraph', content: [{ text: '点击', link: { kind: 'url', href: 'javascript:alert(1)' } }] }] };
    const r1 = await draft(CITY, js, U.city);
    expect(r1).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect((r1 as any).message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await draft(CITY, content('长'.repeat(500), {}), U.city)).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringMatching(/标题/) });
    const exe = content('附件测试', {}, { attachments: [{ fileID: 'cloud://env.bucket/announcements/a.exe', name: 'a.exe', size: 100, type: 'application/x-msdownload' }] });
    expect(await draft(CITY, exe, U.city)).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringContaining('文件类型') });
    expect(await count('announcements')).toBe(n);
    // A target that reaches nobody: refused at publish, the draft unchanged.
    const d = ok(await draft(HR_KDL, content('没人的范围', { employers: ['emp-kdl'], roles: ['recommender'] }), U.hrKdl));
    expect(ok(await call('reach', { publisher: HR_KDL, target: { employers: ['emp-kdl'], roles: ['recommender'] } }, U.hrKdl))).toMatchObject({ count: 0, problem: expect.stringContaining('没有人') });
    expect(await call('publish', { id: d.announcement.id, expectedVersion: d.announcement.version }, U.hrKdl)).toMatchObject({ ok: false, code: 'VALIDATION', message: expect.stringContaining('没有人') });
    expect(ok(await call('get', { id: d.announcement.id }, U.hrKdl)).announcement).toMatchObject({ status: 'draft', version: 1 });
  });
});

describe('fan-out to ~1,000 recipients, cut off mid-run', () => {
  const N = 1000;
  const fan = (i: number) => `fan-${String(i).padStart(5, '0')}`;
  let id = '';

  beforeAll(async () => {
    const db = cloud.db;
    for (let i = 0; i < N; i += 50) {
      await Promise.all(
        Array.from({ length: Math.min(50, N - i) }, async (_x, k) => {
          const openid = fan(i + k);
          await db.collection('users').doc(openid).set({ openid, name: `职工${i + k}`, version: 1 });
          await db.collection('applications').doc(`app-${openid}`).set({ applicantOpenid: openid, employerOrgId: 'emp-kdl-2', bodyOrgId: null, open: true });
        }),
      );
    }
    await refreshRecipients(db, Array.from({ length: N }, (_x, i) => fan(i)));
  });

  it('everyone exactly once, however often the sender is cut off', async () => {
    const target = { industries: ['钢铁'] };
    const reach = ok(await call('reach', { publisher: CITY, target }, U.city)).count;
    expect(reach).toBe(N + 1); // carol too
    // Publish without running the fan-out in the request: pretend the invocation died right after commit.
    const d = ok(await draft(CITY, content('钢铁行业职称申报通知', target), U.city));
    id = d.announcement.id;
    const jobId = fanoutJobId(id, 1);
    const realCheck = checker.check;
    const p = ok(await call('publish', { id, expectedVersion: d.announcement.version }, U.city));
    void realCheck;
    expect(p.reach).toBe(reach);
    // The request runs the first pages itself (on a quiet machine it may finish all of them); the premise is an
    // invocation that died right after the commit: take back what it wrote and put the job back at its start.
    await cloud.db.collection('announcement_deliveries').where({ announcementId: id }).remove();
    await cloud.db.collection('outbox').where({ announcementId: id, kind: 'announcement' }).remove();
    await cloud.db.collection('inbox').where({ announcementId: id, template: 'announcement' }).remove();
    const committed = ((await cloud.db.collection('fanout_jobs').doc(jobId).get()).data as any[])[0];
    await cloud.db.collection('fanout_jobs').doc(jobId).update({ after: null, done: false, enqueued: 0, passed: 0, pages: 0, lease: null, rev: committed.rev + 1 });
    expect(await allDeliveries(id)).toHaveLength(0);
    // Cut the sender off at random points, several times; each cut-off run leaves its lease to expire.
    let t = Date.now();
    let cuts = 0;
    for (let round = 0; round < 8; round++) {
      let left = 5 + Math.floor(Math.random() * 180);
      t += 16_000; // past the lease of the run before
      try {
        await runFanout(cloud.db, jobId, new Date(t), {
          beforeWrite: () => {
            if (--left < 0) throw new Error('killed');
          },
        });
      } catch (e) {
        if ((e as Error).message !== 'killed') throw e;
        cuts++;
      }
    }
    expect(cuts).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < 30; i++) {
      t += 16_000;
      const r = await resumeFanouts(cloud.db, new Date(t));
      const job = ((await cloud.db.collection('fanout_jobs').doc(jobId).get()).data as any[])[0];
      if (job.done && r.pages === 0) break;
    }
    const job = ((await cloud.db.collection('fanout_jobs').doc(jobId).get()).data as any[])[0];
    expect(job.done).toBe(true);
    const ds = await allDeliveries(id);
    expect(ds).toHaveLength(reach);
    expect(new Set(ds.map((x) => x.openid)).size).toBe(reach);
    expect(await count('outbox', { announcementId: id, kind: 'announcement' })).toBe(reach);
    expect(await count('inbox', { announcementId: id, template: 'announcement' })).toBe(reach);
    expect(job.enqueued).toBe(reach);
  }, 170_000);

  it('messages go out once each, even with two senders at once; without a subscription none is sent', async () => {
    const lucky = [fan(1), fan(2), fan(3)];
    for (const o of lucky) ok(await call('subscriptions.record', { moment: 'after_check', answers: [{ template: 'announcement', answer: 'accept' }] }, o));
    const sent: string[] = [];
    const send = async (req: any) => {
      sent.push(req.touser);
    };
    const at = new Date(Date.now() + 60 * 60_000);
    for (let i = 0; i < 12; i++) await Promise.all([deliverOutbox(cloud.db, at, { send, limit: 100 }), deliverOutbox(cloud.db, at, { send, limit: 100 })]);
    expect(sent.filter((o) => o.startsWith('fan-')).sort()).toEqual(lucky);
    const byStatus = ok(await call('receipts', { id, pageSize: 10 }, U.city));
    expect(byStatus.counts).toMatchObject({ targeted: N + 1, delivered: 3 });
  });
});

describe('subscribe messages refused by WeChat, receipts and export', () => {
  it('43101 is recorded as refused, the quota zeroed, and never retried', async () => {
    ok(await call('subscriptions.record', { moment: 'after_check', answers: [{ template: 'announcement', answer: 'accept' }] }, U.bob));
    expect(ok(await call('subscriptions.quota', {}, U.bob)).quotas.find((q: any) => q.template === 'announcement').remaining).toBe(1);
    const p = await publishNew(CITY, content('高新区企业注意', { districts: [GX] }), U.city);
    let calls = 0;
    const send = async () => {
      calls++;
      return { errcode: 43101 };
    };
    const t = Date.now() + 2 * 3_600_000;
    await deliverOutbox(cloud.db, new Date(t), { send });
    await deliverOutbox(cloud.db, new Date(t + 7 * 3_600_000), { send });
    expect(calls).toBe(1);
    const d = ((await cloud.db.collection('announcement_deliveries').where({ announcementId: p.announcement.id, openid: U.bob }).get()).data as any[])[0];
    expect(d.status).toBe('refused');
    const row = ((await cloud.db.collection('outbox').doc(d._id).get()).data as any[])[0];
    expect(row.status).toBe('refused');
    expect(ok(await call('subscriptions.quota', {}, U.bob)).quotas.find((q: any) => q.template === 'announcement').remaining).toBe(0);
    const r = ok(await call('receipts', { id: p.announcement.id }, U.city));
    expect(r.counts.refused).toBe(1);
  });

  it('receipts are masked and for the publisher only; the export is an audited .xlsx', async () => {
    const p = await publishNew(HR_KDL, content('本单位培训', { employers: ['emp-kdl'] }), U.hrKdl);
    ok(await call('get', { id: p.announcement.id }, U.alice));
    const r = ok(await call('receipts', { id: p.announcement.id }, U.hrKdl));
    expect(r.counts).toMatchObject({ targeted: 1, read: 1 });
    expect(r.items).toEqual([expect.objectContaining({ name: expect.stringMatching(/^王\*/), read: true })]);
    expect(JSON.stringify(r)).not.toContain(U.alice);
    expect(await call('receipts', { id: p.announcement.id }, U.alice)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('receipts', { id: p.announcement.id }, U.hrGx)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const x = ok(await call('receipts.export', { id: p.announcement.id }, U.hrKdl));
    expect(x.filename).toMatch(/^回执_.*\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x.base64, 'base64') as never);
    expect(wb.getWorksheet('回执')!.getRow(2).getCell(1).value).toMatch(/^王\*/);
    expect(await count('audit', { action: 'announcement.receipts.export', target: `announcements/${p.announcement.id}` })).toBe(1);
  });
});
