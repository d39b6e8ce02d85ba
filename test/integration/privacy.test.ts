/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are inspected loosely in tests */
/**
 * 个人信息保护 through the real SDK: consent before the first profile save (recorded, audited, versioned), 我的数据
 * (the caller's own records and nobody else's, JSON and xlsx read back), and deleting an account (personal data
 * removed, the audited application, the audit trail, a roster and a group question kept with the person
 * anonymised, other people's data untouched, rate-limited).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ANONYMOUS_NAME, DELETE_CONFIRMATION, PRIVACY_POLICY_VERSION } from '../../shared/privacy';
import { ok, startCloud, type Cloud } from '../support/cloud';
import { arrange, U } from '../support/fixtures';

let cloud: Cloud;
const id = (action: string, input: unknown, openid?: string) => cloud.call('identity', action, input, openid);
const count = async (collection: string, where: object) => (await cloud.db.collection(collection).where(where).count()).total;
const example = (name: string) => JSON.parse(readFileSync(join(__dirname, `../fixtures/profiles/${name}.json`), 'utf8'));

const ME = 'privacy-person-01';
const OTHER = 'privacy-other-002';
const at = '2026-11-20T02:00:00.000Z';

/** The same kinds of record for a person: an inbox message, a watch, a quota, a sign-up with its roster, a membership, a question. */
async function personalRecords(openid: string, tag: string) {
  const { db } = cloud;
  await db.collection('inbox').add({ openid, at, read: false, title: `消息-${tag}`, body: '您的申报已受理' });
  await db.collection('policy_watches').doc(openid).set({ openid, consent: true, dueFrom: at });
  await db.collection('subscription_quotas').doc(`${openid}:tpl`).set({ openid, templateId: 'tpl', remaining: 2 });
  await db.collection('briefing_signups').doc(`session-p:${openid}`).set({ openid, sessionId: 'session-p', startsAt: at, status: 'confirmed' });
  await db.collection('group_members').doc(`group-p:${openid}`).set({ groupId: 'group-p', openid, orgId: 'emp-kdl', name: `成员-${tag}`, phone: '13900000000', status: 'active' });
  await db.collection('group_questions').add({ groupId: 'group-p', askedBy: openid, orgId: 'emp-kdl', orgName: '包头北辰稀土新材料有限公司', text: `问题-${tag}`, private: false, status: 'open', askedAt: at });
}

let appId: string;

beforeAll(async () => {
  cloud = await startCloud();
  await arrange(cloud);
  await cloud.db.collection('briefing_rosters').doc('session-p').set({
    sessionId: 'session-p',
    confirmed: [
      { openid: ME, name: '隐私甲', employerOrgId: null, seats: 1, seq: 1, at },
      { openid: OTHER, name: '隐私乙', employerOrgId: null, seats: 1, seq: 2, at },
    ],
    waiting: [],
    version: 1,
  });
  await personalRecords(ME, 'me');
  await personalRecords(OTHER, 'other');
});
afterAll(() => cloud.close());

describe('consent before the first collection', () => {
  it('refuses a profile save without consent, with a stable code and a Chinese message, and writes nothing', async () => {
    const audits = await count('audit', { actor: ME });
    const r = await id('updateProfile', { name: '隐私甲', phone: '13904720009' }, ME);
    expect(r).toMatchObject({ ok: false, code: 'CONSENT_REQUIRED' });
    expect((r as any).message).toContain('隐私保护指引');
    expect((await cloud.db.collection('users').doc(ME).get()).data[0]).toBeUndefined();
    expect(await count('audit', { actor: ME })).toBe(audits);
  });

  it('refuses a consent to another version of the guide', async () => {
    expect(await id('privacy.consent', { version: '2020-01-01' }, ME)).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await id('privacy.consent', { version: PRIVACY_POLICY_VERSION }, undefined)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('records the consent with its version, audited once, shown by whoami; then the profile saves and keeps it', async () => {
    const c = ok(await id('privacy.consent', { version: PRIVACY_POLICY_VERSION }, ME));
    expect(c).toMatchObject({ version: PRIVACY_POLICY_VERSION });
    ok(await id('privacy.consent', { version: PRIVACY_POLICY_VERSION }, ME));
    expect(await count('audit', { actor: ME, action: 'identity.privacy.consent' })).toBe(1);
    expect(ok(await id('whoami', {}, ME)).privacyConsent).toEqual(c);
    expect(ok(await id('whoami', {}, OTHER)).privacyConsent).toBeNull();
    ok(await id('updateProfile', { name: '隐私甲', phone: '13904720009' }, ME));
    expect(ok(await id('whoami', {}, ME)).privacyConsent).toEqual(c);
    ok(await id('privacy.consent', { version: PRIVACY_POLICY_VERSION }, OTHER));
    ok(await id('updateProfile', { name: '隐私乙', phone: '13904720010' }, OTHER));
  });
});

describe('我的数据 and 注销账号', () => {
  beforeAll(async () => {
    for (const who of [ME, OTHER]) {
      const check = ok(await cloud.call('eligibility', 'evaluate', { profile: example('engineer-bachelor-6y'), save: true }, who));
      const d = ok(await cloud.call('applications', 'create', { checkId: check.savedId, routeId: 'art2-intermediate', workflow: 'socialized', employerOrgId: 'emp-kdl' }, who));
      ok(await cloud.call('applications', 'transition', { id: d.application.id, action: 'withdraw', input: {}, expectedVersion: d.application.version }, who));
      if (who === ME) appId = d.application.id;
    }
  });

  it('exports exactly my records, nobody else’s, and audits the export', async () => {
    const out = ok(await id('mine.export', { format: 'json' }, ME));
    const by = Object.fromEntries(out.sections.map((s: any) => [s.key, s]));
    expect(by.profile.records).toEqual([expect.objectContaining({ name: '隐私甲', phone: '13904720009', privacyConsent: expect.objectContaining({ version: PRIVACY_POLICY_VERSION }) })]);
    expect(by.checks.count).toBe(1);
    expect(by.applications.records).toEqual([expect.objectContaining({ _id: appId, applicant: expect.objectContaining({ name: '隐私甲' }) })]);
    // Mine: the seeded message and the receipt of my own withdrawal (one, not OTHER's too).
    expect(by.inbox.records.map((r: any) => r.title).sort()).toEqual(['消息-me', '您已撤回申报'].sort());
    for (const k of ['policyWatch', 'subscriptions', 'briefings', 'groups', 'questions']) expect(by[k].count).toBe(1);
    expect(by.questions.records[0].text).toBe('问题-me');
    const text = JSON.stringify(out);
    for (const other of [OTHER, '隐私乙', '13904720010', '消息-other', '问题-other', '成员-other']) expect(text).not.toContain(other);
    expect(await count('audit', { actor: ME, action: 'identity.mine.export' })).toBe(1);
  });

  it('gives the same as a workbook, one sheet per section', async () => {
    const out = ok(await id('mine.export', { format: 'xlsx' }, ME));
    expect(out.file.filename).toMatch(/^我的数据-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.file.base64, 'base64') as never);
    const profile = wb.getWorksheet('个人资料')!;
    const header = (profile.getRow(1).values as unknown[]).slice(1);
    expect(profile.getRow(2).getCell(header.indexOf('name') + 1).value).toBe('隐私甲');
    expect(wb.getWorksheet('站内消息')!.rowCount).toBe(3);
  });

  it('refuses deletion without the typed confirmation, writing nothing', async () => {
    for (const confirm of [undefined, '', '注销', `${DELETE_CONFIRMATION}了`]) {
      const r = await id('mine.delete', confirm === undefined ? {} : { confirm }, ME);
      expect(r).toMatchObject({ ok: false, code: 'VALIDATION' });
      expect((r as any).message).toContain(DELETE_CONFIRMATION);
    }
    expect((await cloud.db.collection('users').doc(ME).get()).data[0]).toMatchObject({ name: '隐私甲' });
  });

  it('refuses deletion while an application is open', async () => {
    const check = ok(await cloud.call('eligibility', 'evaluate', { profile: example('engineer-bachelor-6y'), save: true }, U.carol));
    ok(await cloud.call('applications', 'create', { checkId: check.savedId, routeId: 'art2-intermediate', workflow: 'socialized', employerOrgId: 'emp-kdl' }, U.carol));
    expect(await id('mine.delete', { confirm: DELETE_CONFIRMATION }, U.carol)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    expect(await count('users', { _id: U.carol })).toBe(1);
  });

  it('deletes my account: personal data gone, the audited file, roster and question kept anonymised, others untouched', async () => {
    await cloud.db.collection('grants').doc('g-privacy').set({ openid: ME, role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-kdl' }, grantedBy: U.kdl, grantedAt: at });
    const r = ok(await id('mine.delete', { confirm: DELETE_CONFIRMATION }, ME));
    expect(r).toMatchObject({ deleted: true });
    expect(r.removed).toBeGreaterThanOrEqual(9);

    for (const c of ['eligibility_checks', 'inbox', 'policy_watches', 'subscription_quotas', 'briefing_signups', 'group_members', 'grants']) {
      expect(await count(c, { openid: ME })).toBe(0);
      expect(await count(c, { openid: OTHER })).toBeGreaterThanOrEqual(c === 'grants' ? 0 : 1);
    }
    expect(await count('users', { _id: ME })).toBe(0);
    expect(await count('users', { _id: OTHER })).toBe(1);

    const app = (await cloud.db.collection('applications').doc(appId).get()).data[0];
    expect(app.applicant.name).toBe(ANONYMOUS_NAME);
    expect(app.applicantOpenid).toMatch(/^deleted-[0-9a-f]{24}$/);
    expect(app.applicant.openid).toBe(app.applicantOpenid);
    expect(JSON.stringify(app)).not.toContain(ME);
    expect(JSON.stringify(app)).not.toContain('隐私甲');
    const others = (await cloud.db.collection('applications').where({ applicantOpenid: OTHER }).get()).data;
    expect(others[0].applicant.name).toBe('隐私乙');

    const roster = (await cloud.db.collection('briefing_rosters').doc('session-p').get()).data[0];
    expect(roster.confirmed.map((e: any) => e.name)).toEqual([ANONYMOUS_NAME, '隐私乙']);
    expect(JSON.stringify(roster)).not.toContain(ME);
    expect(await count('group_questions', { askedBy: ME })).toBe(0);
    expect(await count('group_questions', { askedBy: app.applicantOpenid, text: '问题-me' })).toBe(1);
    expect(await count('group_questions', { askedBy: OTHER })).toBe(1);

    expect(await count('audit', { actor: ME })).toBe(0);
    expect(await count('audit', { actor: app.applicantOpenid, action: 'identity.privacy.consent' })).toBe(1);
    expect(await count('audit', { actor: app.applicantOpenid, action: 'identity.mine.delete' })).toBe(1);
    expect(await count('audit', { actor: OTHER, action: 'identity.privacy.consent' })).toBe(1);
  });

  it('a deleted person who comes back is a new user: no profile, no consent, nothing to export', async () => {
    const me = ok(await id('whoami', {}, ME));
    expect(me.profile).toEqual({});
    expect(me.privacyConsent).toBeNull();
    expect(me.roles.map((g: any) => g.role)).toEqual(['applicant']);
    expect(await id('updateProfile', { name: '隐私甲' }, ME)).toMatchObject({ ok: false, code: 'CONSENT_REQUIRED' });
    const out = ok(await id('mine.export', {}, ME));
    const nonEmpty = out.sections.filter((s: any) => s.count > 0).map((s: any) => s.key);
    // whoami made the new users document; the earlier activity is anonymised, so nothing else names this openid.
    expect(nonEmpty).toEqual(['profile']);
    expect(ok(await cloud.call('applications', 'mine', {}, ME)).items).toEqual([]);
  });

  it('rate-limits deletion', async () => {
    const rs = [];
    for (let i = 0; i < 4; i++) rs.push(await id('mine.delete', { confirm: DELETE_CONFIRMATION }, OTHER));
    expect(rs.slice(0, 3).every((x) => x.ok)).toBe(true);
    expect(rs[3]).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
  });
});
