/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are inspected loosely in tests */
/**
 * The `groups` function's questions, 常见问题, 群待办 and settings in-process through the real SDK against a fresh
 * local gateway: an HR of the roster asks, the group's officer answers citing 第二条, the answer becomes a public
 * FAQ entry found by keyword and by clause (visitors too), marked helpful once; bad input (a 10,000-character
 * question, an unknown clause, a stale version, refused content) answered in Chinese with nothing written;
 * private questions, strangers; the timer's reminder and overdue notice each once; tasks done per enterprise.
 */
import { checker } from '../../cloudfunctions/announcements/store';
import { runQuestionReminders } from '../../cloudfunctions/groups/due';
import { ok, startCloud, type Cloud } from '../support/cloud';
import { arrange, KDL, U } from '../support/fixtures';

jest.setTimeout(120_000);

let cloud: Cloud;
const HOUR = 3_600_000;
const call = (action: string, input: unknown, openid?: string) => cloud.call('groups', action, input, openid);
const count = async (coll: string, where: object = {}) => (await cloud.db.collection(coll).where(where).count()).total;
const HR2 = 'hr-kdl-000002';
const GROUP = 'lg-kdl-1';
const at0 = '2026-11-01T00:00:00.000Z';
const member = (openid: string, orgId: string, orgName: string, name: string, status = 'active') => ({
  _id: `${GROUP}:${openid}`,
  groupId: GROUP,
  groupDistrict: KDL,
  openid,
  orgId,
  orgName,
  orgDistrict: KDL,
  name,
  phone: '13900001111',
  status,
  joinedAt: at0,
});

beforeAll(async () => {
  cloud = await startCloud();
  await arrange(cloud);
  const { db } = cloud;
  await db.collection('users').doc(U.kdl).set({ openid: U.kdl, name: '王科长', version: 1 });
  await db.collection('users').doc(HR2).set({ openid: HR2, name: '李人事', version: 1 });
  await db.collection('grants').doc('g-hr2').set({ openid: HR2, role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-kdl-2' }, grantedBy: 'seed', grantedAt: at0 });
  const { _id, ...group } = { _id: GROUP, name: '昆都仑区职称联络群', district: KDL, officers: [U.kdl], opengid: 'og-kdl-1', boundAt: at0, boundBy: U.kdl, status: 'active', createdBy: U.kdl, createdAt: at0, updatedAt: at0, version: 1 };
  await db.collection('liaison_groups').doc(_id).set(group);
  for (const m of [member(U.hrKdl, 'emp-kdl', '包头北辰稀土新材料有限公司', '张人事'), member(HR2, 'emp-kdl-2', '包头昆仑特钢制品有限公司', '李人事')]) {
    const { _id: id, ...body } = m;
    await db.collection('group_members').doc(id).set(body);
  }
});
afterAll(() => cloud.close());
beforeEach(async () => {
  cloud.clockOffsetMs = 0;
  const _ = cloud.db.command;
  await cloud.db.collection('rate_limits').where({ count: _.gte(0) }).remove();
});

const QUESTION = '我单位工程师想申报高级职称，可以通过哪些部门推荐报送？需要先经单位审核吗？';

describe('ask → answer citing 第二条 → 常见问题 → found by search → helpful once', () => {
  let qid: string;
  let faqId: string;

  it('an HR of the roster asks; the group’s officer is told (inbox and a subscribe message)', async () => {
    const q = ok(await call('questions.ask', { groupId: GROUP, text: QUESTION }, U.hrKdl));
    qid = q.id;
    expect(q).toMatchObject({ status: 'open', mine: true, private: false, orgName: '包头北辰稀土新材料有限公司', version: 1, answer: null, manage: { answer: false, promote: false } });
    expect(q.clock).toMatchObject({ state: 'on_time', estimated: false });
    expect(q.clock.dueText).toMatch(/^\d+月\d+日（周.）17:30 前$/);
    expect(await count('inbox', { openid: U.kdl, template: 'group_question_asked', questionId: qid })).toBe(1);
    expect(await count('outbox', { touser: U.kdl, template: 'group_question_asked', questionId: qid })).toBe(1);
  });

  it('the officer’s queue lists it by enterprise, never the asker’s name or phone', async () => {
    const list = ok(await call('questions.list', { view: 'queue' }, U.kdl));
    const item = list.items.find((i: any) => i.id === qid);
    expect(item).toMatchObject({ groupName: '昆都仑区职称联络群', orgName: '包头北辰稀土新材料有限公司', summary: QUESTION.slice(0, 60), status: 'open' });
    expect(JSON.stringify(list)).not.toMatch(/张人事|13900001111|hr-kdl-000001/);
    expect(list.counts.open).toBeGreaterThanOrEqual(1);
  });

  it('an answer citing a clause that does not exist is refused naming it; nothing is written', async () => {
    const r = await call('questions.answer', { id: qid, expectedVersion: 1, text: '请参阅相关条款。', clauses: ['第九十九条'] }, U.kdl);
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect((r as any).message).toContain('第九十九条');
    expect((await cloud.db.collection('group_questions').doc(qid).get()).data[0]).toMatchObject({ status: 'open', version: 1, answer: null });
  });

  it('a stale version loses with CONFLICT; an HR may not answer', async () => {
    expect(await call('questions.answer', { id: qid, expectedVersion: 2, text: '请参阅第二条的规定。', clauses: ['第二条'] }, U.kdl)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await call('questions.answer', { id: qid, expectedVersion: 1, text: '请参阅第二条的规定。', clauses: ['第二条'] }, U.hrKdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect((await cloud.db.collection('group_questions').doc(qid).get()).data[0]).toMatchObject({ status: 'open', version: 1 });
  });

  it('the officer answers citing 第二条; the asker is told; answering again is refused', async () => {
    const d = ok(await call('questions.answer', { id: qid, expectedVersion: 1, text: '按第二条，可通过档案所在人才交流服务机构、所在地区人社部门或社会组织推荐报送，先经单位审核。', clauses: ['第二条'] }, U.kdl));
    expect(d).toMatchObject({ status: 'answered', version: 2, answer: { byName: '王科长', clauses: [{ id: '第二条' }] }, manage: { answer: false, promote: true } });
    expect(d.clock.state).toBe('answered_on_time');
    expect(await count('inbox', { openid: U.hrKdl, template: 'group_question_answered', questionId: qid })).toBe(1);
    expect(await call('questions.answer', { id: qid, expectedVersion: 2, text: '再答一次的内容。', clauses: [] }, U.kdl)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
  });

  it('the other member sees the answered public question in the group', async () => {
    const list = ok(await call('questions.list', { view: 'group', groupId: GROUP }, HR2));
    expect(list.items.map((i: any) => i.id)).toContain(qid);
    expect(ok(await call('questions.get', { id: qid }, HR2)).answer.text).toContain('第二条');
  });

  it('promoted to 常见问题 (question edited), once', async () => {
    const f = ok(await call('faq.promote', { questionId: qid, question: '高级职称可以通过哪些部门推荐报送？' }, U.kdl));
    faqId = f.id;
    expect(f).toMatchObject({ question: '高级职称可以通过哪些部门推荐报送？', clauses: [{ id: '第二条' }], helpful: 0, source: '昆都仑区人社局' });
    expect(await call('faq.promote', { questionId: qid }, U.kdl)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    expect(await call('faq.promote', { questionId: qid }, HR2)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('found by keyword and by clause, by a visitor with no openid; a regular-expression keyword is literal', async () => {
    const byKeyword = ok(await call('faq.search', { keyword: '推荐报送' }));
    expect(byKeyword.items.map((i: any) => i.id)).toEqual([faqId]);
    expect(ok(await call('faq.search', { keyword: '人才交流' })).items.map((i: any) => i.id)).toEqual([faqId]);
    expect(ok(await call('faq.search', { clause: '第二条' })).items.map((i: any) => i.id)).toEqual([faqId]);
    expect(ok(await call('faq.search', { clause: '第六条' })).items).toEqual([]);
    expect(ok(await call('faq.search', { keyword: '.*' })).total).toBe(0);
    expect(ok(await call('faq.get', { id: faqId }))).toMatchObject({ id: faqId, markedHelpful: false });
    expect(await call('faq.search', { clause: '第九十九条' })).toMatchObject({ ok: false, code: 'VALIDATION' });
  });

  it('helpful once per person; not on one’s own question; visitors must sign in', async () => {
    expect(ok(await call('faq.helpful', { id: faqId }, HR2))).toEqual({ helpful: 1, marked: true });
    expect(ok(await call('faq.helpful', { id: faqId }, HR2))).toEqual({ helpful: 1, marked: true });
    expect(await call('faq.helpful', { id: faqId }, U.hrKdl)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    expect(await call('faq.helpful', { id: faqId })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(ok(await call('faq.get', { id: faqId }, HR2))).toMatchObject({ helpful: 1, markedHelpful: true });
    expect(ok(await call('questions.helpful', { id: qid }, HR2))).toEqual({ helpful: 1, marked: true });
    expect(ok(await call('questions.helpful', { id: qid }, HR2))).toEqual({ helpful: 1, marked: true });
    expect(await count('helpful_marks', { openid: HR2 })).toBe(2);
  });

  it('withdrawn, it is no longer found', async () => {
    ok(await call('faq.withdraw', { id: faqId, reason: '政策已调整' }, U.kdl));
    expect(ok(await call('faq.search', { clause: '第二条' })).total).toBe(0);
    expect(await call('faq.get', { id: faqId })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('bad input, privacy and strangers', () => {
  it('a 10,000-character question is refused naming the limit; nothing is written', async () => {
    const before = await count('group_questions');
    const r = await call('questions.ask', { groupId: GROUP, text: '问'.repeat(10_000) }, U.hrKdl);
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect((r as any).message).toContain('500');
    expect(await count('group_questions')).toBe(before);
  });

  it('content the check refuses is not published', async () => {
    const before = await count('group_questions');
    const spy = jest.spyOn(checker, 'check').mockResolvedValueOnce(false);
    const r = await call('questions.ask', { groupId: GROUP, text: '一段未通过内容安全检查的文字' }, U.hrKdl);
    spy.mockRestore();
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION', message: '问题内容未通过安全检查，请修改后再提交' });
    expect(await count('group_questions')).toBe(before);
  });

  it('a private question is invisible to another member, visible to the officer', async () => {
    const q = ok(await call('questions.ask', { groupId: GROUP, text: '我单位的具体人员情况想单独咨询一下', private: true }, U.hrKdl));
    expect(await call('questions.get', { id: q.id }, HR2)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(ok(await call('questions.list', { view: 'group', groupId: GROUP }, HR2)).items.map((i: any) => i.id)).not.toContain(q.id);
    expect(ok(await call('questions.get', { id: q.id }, U.kdl)).private).toBe(true);
    // Open questions of others are not shown to members either.
    const open = ok(await call('questions.ask', { groupId: GROUP, text: '公开但尚未答复的问题内容' }, U.hrKdl));
    expect(await call('questions.get', { id: open.id }, HR2)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('a non-member learns nothing; an officer does not ask; the other district’s officer neither sees nor answers', async () => {
    expect(await call('questions.ask', { groupId: GROUP, text: '不是本群成员的提问' }, U.hrGx)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await call('questions.ask', { groupId: GROUP, text: '工作人员自己提问' }, U.kdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('questions.list', { view: 'group', groupId: GROUP }, U.gx)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(ok(await call('questions.list', { view: 'queue' }, U.gx)).items).toEqual([]);
    expect(await call('questions.list', { view: 'queue' }, U.hrKdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('the service clock’s timer', () => {
  it('the reminder before the deadline and the overdue notice after it, each once; the city is told of the overdue', async () => {
    const q = ok(await call('questions.ask', { groupId: GROUP, text: '评审材料需要原件还是复印件？' }, HR2));
    const due = Date.parse(q.clock.dueAt);
    await runQuestionReminders(cloud.db as never, new Date(due - 5 * HOUR));
    expect(await count('outbox', { _id: `gq-reminder-${q.id}-${U.kdl}` })).toBe(0);
    await runQuestionReminders(cloud.db as never, new Date(due - 2 * HOUR));
    await runQuestionReminders(cloud.db as never, new Date(due - HOUR));
    expect(await count('outbox', { template: 'group_question_reminder', questionId: q.id })).toBe(1);
    expect(await count('inbox', { openid: U.kdl, template: 'group_question_reminder', questionId: q.id })).toBe(1);
    cloud.clockOffsetMs = due + HOUR - Date.now();
    expect(ok(await call('questions.get', { id: q.id }, U.kdl)).clock.state).toBe('overdue');
    const overdueList = ok(await call('questions.list', { view: 'overdue' }, U.city));
    expect(overdueList.items.map((i: any) => i.id)).toContain(q.id);
    expect(overdueList.counts.overdue).toBeGreaterThanOrEqual(1);
    await runQuestionReminders(cloud.db as never, new Date(due + HOUR));
    await runQuestionReminders(cloud.db as never, new Date(due + 2 * HOUR));
    expect(await count('outbox', { template: 'group_question_overdue', questionId: q.id, touser: U.kdl })).toBe(1);
    expect(await count('outbox', { template: 'group_question_overdue', questionId: q.id, touser: U.city })).toBe(1);
    expect((await cloud.db.collection('group_questions').doc(q.id).get()).data[0]).toMatchObject({ remindedAt: expect.any(String), overdueNotifiedAt: expect.any(String) });
  });
});

describe('群待办 and settings', () => {
  it('an officer creates a task (the activity id recorded through the open API); an HR marks it done; the officer sees done and not done', async () => {
    const t = ok(await call('tasks.create', { groupId: GROUP, title: '请报送本单位专技人员花名册', dueDate: '2027-01-20' }, U.kdl));
    expect(t).toMatchObject({ done: 0, total: 2, status: 'open', dueText: '1月20日（周三）前' });
    const stored = (await cloud.db.collection('group_tasks').doc(t.id).get()).data[0] as any;
    const calls = (await cloud.outbox()).filter((c) => /activityid\/create/.test(c.apiName));
    expect(calls.length).toBeGreaterThan(0);
    expect(stored.activityId).toMatch(/^local_/);
    expect(await call('tasks.create', { groupId: GROUP, title: '已经过期的待办事项', dueDate: '2020-01-01' }, U.kdl)).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await call('tasks.create', { groupId: GROUP, title: '人事不能发布待办', dueDate: '2027-01-20' }, U.hrKdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    expect(ok(await call('tasks.done', { id: t.id }, U.hrKdl))).toMatchObject({ done: 1, total: 2, mineDone: true });
    expect(ok(await call('tasks.done', { id: t.id }, U.hrKdl))).toMatchObject({ done: 1 });
    expect(await call('tasks.done', { id: t.id, orgId: 'emp-kdl-2' }, U.hrKdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('tasks.done', { id: t.id }, U.hrGx)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const seen = ok(await call('tasks.get', { id: t.id }, U.kdl));
    expect(seen.enterprises).toEqual(
      expect.arrayContaining([
        { orgId: 'emp-kdl', orgName: '包头北辰稀土新材料有限公司', doneAt: expect.any(String) },
        { orgId: 'emp-kdl-2', orgName: '包头昆仑特钢制品有限公司', doneAt: null },
      ]),
    );
    const mine = ok(await call('tasks.list', { groupId: GROUP }, HR2));
    expect(mine.items[0]).toMatchObject({ id: t.id, mineDone: false });
    expect(mine.items[0].enterprises).toBeUndefined();
  });

  it('settings: defaults, set by the city with compare-and-set, refused to a district officer', async () => {
    expect(ok(await call('settings.get', {}, U.kdl))).toEqual({ serviceDays: 2, reminderHoursBefore: 4, version: 0 });
    expect(await call('settings.set', { expectedVersion: 0, serviceDays: 3 }, U.kdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('settings.get', {}, U.hrKdl)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(ok(await call('settings.set', { expectedVersion: 0, serviceDays: 3, reminderHoursBefore: 6 }, U.city))).toEqual({ serviceDays: 3, reminderHoursBefore: 6, version: 1 });
    expect(await call('settings.set', { expectedVersion: 0, serviceDays: 4 }, U.city)).toMatchObject({ ok: false, code: 'CONFLICT' });
    const q = ok(await call('questions.ask', { groupId: GROUP, text: '新设置下的提问内容' }, HR2));
    expect((await cloud.db.collection('group_questions').doc(q.id).get()).data[0]).toMatchObject({ serviceDays: 3 });
  });
});
