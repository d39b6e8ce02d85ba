/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are inspected loosely in tests */
/**
 * 注销账号 leaves nothing of the person behind, through the real SDK: a person who did everything the product
 * offers (profile, self-check, an application, an objection on someone else's public notice, a seat in a
 * session to come and check-in and rating in a past one, a liaison group membership and question, a helpful
 * mark, two uploaded files, messages) exports every kind of record in 我的数据; after deleting, no document in
 * any collection carries their openid, name or phone; the audited records stay under the pseudonym; the seat
 * goes to the first on the waiting list; the file nothing refers to is gone from storage, the one an
 * announcement carries stays.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cloud as sdk } from '../../cloudfunctions/kit/cloud';
import { COLLECTIONS } from '../../shared/db/collections';
import { UPLOAD_CHUNK_BYTES, chunkCount } from '../../shared/files/upload';
import { ANONYMOUS_NAME, DELETE_CONFIRMATION, PRIVACY_POLICY_VERSION } from '../../shared/privacy';
import { MY_DATA } from '../../shared/privacy/mydata';
import { ok, startCloud, type Cloud } from '../support/cloud';
import { arrange, KDL, U } from '../support/fixtures';

jest.setTimeout(180_000);

let cloud: Cloud;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ME = 'erase-person-0001';
const OTHER = 'erase-other-00002';
const NAME = '注销丙';
const PHONE = '13904720077';
const GROUP = 'lg-erase-1';
const t0 = '2026-11-01T00:00:00.000Z';
const fn = (name: string) => (action: string, input: unknown, openid?: string) => cloud.call(name, action, input, openid);
const [identity, briefings, groups, announcements] = ['identity', 'briefings', 'groups', 'announcements'].map(fn);
const example = (name: string) => JSON.parse(readFileSync(join(__dirname, `../fixtures/profiles/${name}.json`), 'utf8'));
const at = (ms: number) => new Date(Date.now() + ms).toISOString();
const doc = async (c: string, id: string) => (await cloud.db.collection(c).doc(id).get()).data[0] as any;
const count = async (c: string, where: object) => (await cloud.db.collection(c).where(where).count()).total;
const resetLimits = () =>
  cloud.db
    .collection('rate_limits')
    .where({ count: cloud.db.command.gte(0) })
    .remove();

async function uploadPdf(openid: string, name: string) {
  const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(2000)]);
  const uploadId = `erase-${randomBytes(4).toString('hex')}`;
  let last: any;
  for (let index = 0; index < chunkCount(bytes.length); index++) {
    const data = bytes.subarray(index * UPLOAD_CHUNK_BYTES, (index + 1) * UPLOAD_CHUNK_BYTES).toString('base64');
    last = ok(
      await announcements(
        'files.upload',
        {
          uploadId,
          purpose: 'announcement',
          name,
          type: 'application/pdf',
          size: bytes.length,
          index,
          count: chunkCount(bytes.length),
          data,
        },
        openid,
      ),
    );
  }
  return last.file as { fileID: string; name: string; size: number; type: string };
}
async function inStorage(fileID: string): Promise<boolean> {
  const r = (await sdk().getTempFileURL({ fileList: [{ fileID, maxAge: 60 }] })) as any;
  return r.fileList?.[0]?.code === 'SUCCESS';
}
const session = (topic: string, startsInMs: number, capacity: number) => ({
  topic,
  summary: '讲解申报条件与材料要求',
  clauses: ['第二条'],
  startsAt: at(startsInMs),
  endsAt: at(startsInMs + 2 * HOUR),
  venue: { kind: 'place', address: '昆都仑区人社局三楼会议室' },
  capacity,
  audience: {},
});

let myApp: string;
let otherApp: string;
let coming: string;
let past: string;
let kept: { fileID: string };
let loose: { fileID: string };

beforeAll(async () => {
  cloud = await startCloud();
  await arrange(cloud);
  const { db } = cloud;
  for (const who of [ME, OTHER])
    await db
      .collection('grants')
      .doc(`g-${who}`)
      .set({ openid: who, role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-kdl' }, grantedBy: U.kdl, grantedAt: t0 });

  // The person's own profile, self-check and (withdrawn) application; the other person's too.
  for (const [who, name, phone] of [
    [ME, NAME, PHONE],
    [OTHER, '留存丁', '13904720088'],
  ]) {
    ok(await identity('privacy.consent', { version: PRIVACY_POLICY_VERSION }, who));
    ok(await identity('updateProfile', { name, phone }, who));
    const check = ok(await cloud.call('eligibility', 'evaluate', { profile: example('engineer-bachelor-6y'), save: true }, who));
    const d = ok(
      await cloud.call(
        'applications',
        'create',
        { checkId: check.savedId, routeId: 'art2-intermediate', workflow: 'socialized', employerOrgId: 'emp-kdl' },
        who,
      ),
    );
    ok(
      await cloud.call(
        'applications',
        'transition',
        { id: d.application.id, action: 'withdraw', input: {}, expectedVersion: d.application.version },
        who,
      ),
    );
    if (who === ME) myApp = d.application.id;
    else otherApp = d.application.id;
  }
  // An objection the person filed on the other's public notice (as the workflow stores it), and its audit entry.
  const objection = {
    id: 'obj-1',
    by: ME,
    at: t0,
    text: `${NAME}：申报人的业绩材料与实际不符`,
    status: 'dismissed',
    decidedBy: { openid: U.kdl, role: 'district_officer' },
    decidedAt: t0,
    decision: '经核实材料属实',
  };
  const notice = {
    startsOn: '2026-11-02',
    endsOn: '2026-11-08',
    workingDays: 5,
    estimated: false,
    startedBy: { openid: U.kdl, role: 'district_officer' },
    startedAt: t0,
    objections: [objection],
    closed: { at: t0, outcome: 'ended' },
  };
  await db
    .collection('applications')
    .doc(otherApp)
    .update({ pastNotices: [notice] });
  await db
    .collection('audit')
    .add({
      at: t0,
      actor: ME,
      role: 'public',
      action: 'application.file_objection',
      target: `applications/${otherApp}`,
      to: { objectionId: 'obj-1' },
      requestId: 'r-obj',
    });
  await db
    .collection('green_exceptions')
    .doc('ge-erase')
    .set({
      applicantOpenid: ME,
      employer: { orgId: 'emp-kdl' },
      grantedBy: { openid: U.city, role: 'city_officer' },
      grantedAt: t0,
      validUntil: '2026-12-31',
      reason: '重大项目急需',
    });

  // Briefings: a seat in a session to come (the other waits for it); a past one checked into and rated.
  await resetLimits();
  const CITY = { role: 'city_officer', scope: { kind: 'city' } };
  coming = ok(await briefings('create', { organizer: CITY, fields: session('年度职称政策解读', 10 * DAY, 1) }, U.city)).session.id;
  ok(await briefings('signUp', { id: coming }, ME));
  expect(ok(await briefings('signUp', { id: coming }, OTHER)).outcome).toBe('waiting');
  past = ok(await briefings('create', { organizer: CITY, fields: session('职称评审现场宣讲会', 3 * DAY, 30) }, U.city)).session.id;
  ok(await briefings('signUp', { id: past }, ME));
  ok(await briefings('signUp', { id: past }, OTHER));
  cloud.clockOffsetMs = 3 * DAY - 10 * 60_000;
  const code = ok(await briefings('checkIn.code', { id: past }, U.city));
  ok(await briefings('checkIn', { id: past, code: code.code }, ME));
  cloud.clockOffsetMs = 3 * DAY + 3 * HOUR;
  ok(await briefings('rate', { id: past, score: 4, comment: `${NAME}觉得讲得清楚` }, ME));

  // A liaison group: the person on its roster, asking a question; the other's question marked helpful.
  await db
    .collection('liaison_groups')
    .doc(GROUP)
    .set({
      name: '昆都仑区职称联络群',
      district: KDL,
      officers: [U.kdl],
      opengid: 'og-erase',
      boundAt: t0,
      boundBy: U.kdl,
      status: 'active',
      createdBy: U.kdl,
      createdAt: t0,
      updatedAt: t0,
      version: 1,
    });
  for (const [who, name, phone] of [
    [ME, NAME, PHONE],
    [OTHER, '留存丁', '13904720088'],
  ]) {
    await db
      .collection('group_members')
      .doc(`${GROUP}:${who}`)
      .set({
        groupId: GROUP,
        groupDistrict: KDL,
        openid: who,
        orgId: 'emp-kdl',
        orgName: '包头北辰稀土新材料有限公司',
        orgDistrict: KDL,
        name,
        phone,
        status: 'active',
        joinedAt: t0,
      });
  }
  await resetLimits();
  ok(await groups('questions.ask', { groupId: GROUP, text: '我单位工程师想申报高级职称，可以通过哪些部门推荐报送？' }, ME));
  const theirs = ok(await groups('questions.ask', { groupId: GROUP, text: '中级职称答辩一般安排在什么时候？' }, OTHER));
  await db
    .collection('helpful_marks')
    .doc(`question:${theirs.id}:${ME}`)
    .set({ kind: 'question', targetId: theirs.id, openid: ME, at: t0 });
  await db
    .collection('group_task_done')
    .doc(`task-erase:emp-kdl`)
    .set({ taskId: 'task-erase', groupId: GROUP, orgId: 'emp-kdl', orgName: '包头北辰稀土新材料有限公司', by: ME, at: t0 });

  // Files: one carried by an announcement draft (kept), one nothing refers to (deleted with the account).
  kept = await uploadPdf(ME, '报名表.pdf');
  loose = await uploadPdf(ME, '草稿.pdf');
  const draft = {
    title: '本单位职称申报材料清单',
    category: 'application_notice',
    body: [{ type: 'paragraph', content: [{ text: '附件为申报材料清单，请下载。' }] }],
    attachments: [kept],
    target: { employers: ['emp-kdl'] },
  };
  ok(
    await announcements('draft.save', { publisher: { role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-kdl' } }, content: draft }, ME),
  );

  // What the timers and notices leave: a watch, a match, quotas, a delivery and its read mark, a job paused on the person.
  const { refreshAllRecipients } = await import('../../cloudfunctions/kit/recipients');
  await refreshAllRecipients(db);
  await db.collection('policy_watches').doc(ME).set({ openid: ME, consent: true, dueFrom: t0, lines: [] });
  await db.collection('policy_matches').doc(`pm-${ME}`).set({ openid: ME, reason: 'round_open', createdAt: t0 });
  await db.collection('subscription_quotas').doc(`${ME}:tpl`).set({ openid: ME, templateId: 'tpl', remaining: 2 });
  await db
    .collection('announcement_deliveries')
    .doc(`d-erase-${ME}`)
    .set({ announcementId: 'a-erase', version: 1, openid: ME, status: 'sent' });
  await db.collection('announcement_reads').doc(`a-erase:${ME}`).set({ announcementId: 'a-erase', version: 1, openid: ME, at: t0 });
  await db
    .collection('fanout_jobs')
    .doc('fj-erase')
    .set({
      announcementId: 'a-erase',
      version: 1,
      notBefore: t0,
      after: ME,
      done: false,
      cancelled: false,
      enqueued: 1,
      passed: 0,
      pages: 1,
      lease: null,
      rev: 1,
    });
  await db.collection('open_data_uses').doc('cloudid-erase').set({ openid: ME, purpose: 'enter', at: t0 });
});
afterAll(() => cloud.close());

describe('我的数据 before deleting', () => {
  it('has every kind of record the product holds about the person, their objection without the other applicant', async () => {
    await resetLimits();
    const out = ok(await identity('mine.export', { format: 'json' }, ME));
    const empty = out.sections.filter((s: any) => s.count === 0).map((s: any) => s.key);
    expect(empty).toEqual([]);
    expect(out.sections.map((s: any) => s.key)).toEqual(MY_DATA.map((s) => s.key));
    const by = Object.fromEntries(out.sections.map((s: any) => [s.key, s]));
    expect(by.objections.records).toEqual([
      expect.objectContaining({ text: `${NAME}：申报人的业绩材料与实际不符`, status: 'dismissed', decision: '经核实材料属实' }),
    ]);
    expect(JSON.stringify(by.objections)).not.toContain('留存丁');
    expect(by.briefingRatings.records[0]).toMatchObject({ score: 4 });
    expect(by.uploads.count).toBe(2);
    expect(JSON.stringify(out)).not.toContain(OTHER);
  });
});

describe('注销账号', () => {
  let pseudonym: string;
  beforeAll(async () => {
    await resetLimits();
    expect(ok(await identity('mine.delete', { confirm: DELETE_CONFIRMATION }, ME))).toMatchObject({ deleted: true });
    pseudonym = (await doc('applications', myApp)).applicantOpenid;
  });

  it('leaves no document in any collection with the person’s openid, name or phone', async () => {
    const left: string[] = [];
    for (const c of Object.keys(COLLECTIONS)) {
      const docs = (await cloud.db.collection(c).limit(1000).get()).data;
      for (const d of docs) {
        const text = JSON.stringify(d);
        for (const needle of [ME, NAME, PHONE]) if (text.includes(needle)) left.push(`${c}/${d._id}: ${needle}`);
      }
    }
    expect(left).toEqual([]);
  });

  it('keeps the audited records under a one-way pseudonym: the application, the objection, the audit trail, check-in and rating', async () => {
    expect(pseudonym).toMatch(/^deleted-[0-9a-f]{24}$/);
    const app = await doc('applications', myApp);
    expect(app.applicant).toEqual({ openid: pseudonym, name: ANONYMOUS_NAME });
    const theirs = await doc('applications', otherApp);
    expect(theirs.applicant.name).toBe('留存丁');
    expect(theirs.pastNotices[0].objections[0]).toMatchObject({ by: pseudonym, status: 'dismissed', decision: '经核实材料属实' });
    expect(await count('audit', { actor: pseudonym, action: 'application.file_objection' })).toBe(1);
    expect(await count('audit', { actor: pseudonym, action: 'identity.mine.delete' })).toBe(1);
    expect(await count('briefing_checkins', { sessionId: past, openid: pseudonym })).toBe(1);
    expect(await doc('briefing_ratings', `${past}:${pseudonym}`)).toMatchObject({ score: 4 });
    expect(ok(await briefings('ratings.summary', { id: past }, U.city)).summary).toMatchObject({ count: 1, average: 4 });
    expect(await count('group_questions', { askedBy: pseudonym })).toBe(1);
    expect(await count('green_exceptions', { applicantOpenid: pseudonym })).toBe(1);
  });

  it('gives the seat in the session to come to the first on the waiting list, and tells them', async () => {
    const roster = await doc('briefing_rosters', coming);
    expect(roster.confirmed.map((e: any) => e.openid)).toEqual([OTHER]);
    expect(roster.waiting).toEqual([]);
    expect(await count('briefing_signups', { sessionId: coming, openid: OTHER, status: 'confirmed' })).toBe(1);
    expect(await count('inbox', { openid: OTHER, briefingId: coming })).toBeGreaterThanOrEqual(1);
    const pastRoster = await doc('briefing_rosters', past);
    expect(pastRoster.confirmed.map((e: any) => e.openid)).toEqual([pseudonym, OTHER]);
  });

  it('deletes the file nothing refers to from storage; the one the announcement carries stays', async () => {
    expect(await inStorage(loose.fileID)).toBe(false);
    expect(await count('uploads', { fileID: loose.fileID })).toBe(0);
    expect(await inStorage(kept.fileID)).toBe(true);
    expect(await count('uploads', { fileID: kept.fileID, openid: pseudonym })).toBe(1);
  });

  it('moves a job paused on the person to their predecessor; the other person’s data is untouched', async () => {
    const job = await doc('fanout_jobs', 'fj-erase');
    expect(job.after === null || job.after < ME).toBe(true);
    expect(await count('users', { _id: OTHER, name: '留存丁' })).toBe(1);
    expect(await count('group_members', { openid: OTHER })).toBe(1);
    expect(await count('briefing_checkins', { openid: OTHER })).toBe(0);
    const out = ok(await identity('mine.export', {}, OTHER));
    expect(out.sections.find((s: any) => s.key === 'questions').count).toBe(1);
  });
});
