import type { Actor } from '../auth/roles';
import type { GroupQuestionDoc, LiaisonGroupDoc } from './model';
import { answerQuestion, checkClauses, mayAsk, mayMarkHelpful, newQuestion, noticesDue, summaryOf } from './questions';

const KDL = '150203' as const;
const hr: Actor = { openid: 'hr-1', grants: [{ role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-1' } }] };
const runner: Actor = { openid: 'off-1', grants: [{ role: 'district_officer', scope: { kind: 'district', district: KDL } }] };
const otherDistrict: Actor = { openid: 'off-2', grants: [{ role: 'district_officer', scope: { kind: 'district', district: '150271' } }] };
const city: Actor = { openid: 'city-1', grants: [{ role: 'city_officer', scope: { kind: 'city' } }] };
const group = { officers: ['off-1'], district: KDL, status: 'active' } as Pick<LiaisonGroupDoc, 'officers' | 'district' | 'status'>;
const now = new Date('2026-02-13T12:00:00+08:00');
const q = (over: Partial<GroupQuestionDoc> = {}): GroupQuestionDoc => ({
  ...newQuestion(hr, { id: 'q1', groupId: 'g1', group, membership: { orgId: 'emp-1', orgName: '北辰' }, text: '中级职称申报需要哪些材料？', private: false, serviceDays: 2 }, now),
  ...over,
});

describe('asking', () => {
  it('an active member asks; officers, removed members and closed groups do not', () => {
    expect(mayAsk(hr, group, { status: 'active' })).toEqual({ ok: true });
    expect(mayAsk(runner, group, null)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(mayAsk(hr, group, { status: 'removed' })).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '您已被移出本群名册，不能在本群提问' });
    expect(mayAsk(hr, { ...group, status: 'closed' }, { status: 'active' })).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
  });

  it('a new question is open with its clock started: asked on the Friday before the Spring Festival, due 2月24日 17:30', () => {
    expect(q()).toMatchObject({ status: 'open', askedBy: 'hr-1', orgName: '北辰', dueAt: '2026-02-24T09:30:00.000Z', remindedAt: null, overdueNotifiedAt: null, version: 1 });
  });

  it('lists show the first 60 characters', () => {
    expect(summaryOf('问'.repeat(60))).toBe('问'.repeat(60));
    expect(summaryOf('问'.repeat(61))).toBe(`${'问'.repeat(60)}…`);
    expect(summaryOf(' 一行\n两行 ')).toBe('一行 两行');
  });
});

describe('answering', () => {
  const a = { text: '请参阅第二条。', clauses: ['第二条'], expectedVersion: 1, byName: '王科长' };
  it('the group’s officer, its district and the city answer an open question on the version read', () => {
    for (const who of [runner, city]) {
      const r = answerQuestion(who, q(), group, a, now);
      expect(r).toMatchObject({ ok: true, next: { status: 'answered', version: 2, answer: { text: '请参阅第二条。', clauses: ['第二条'], by: who.openid, byName: '王科长' } } });
    }
    expect(answerQuestion(otherDistrict, q(), group, a, now)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(answerQuestion(hr, q(), group, a, now)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('refuses an answered question, a stale version and an unknown clause (named)', () => {
    expect(answerQuestion(runner, q({ status: 'answered' }), group, a, now)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    expect(answerQuestion(runner, q({ version: 3 }), group, a, now)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(answerQuestion(runner, q(), group, { ...a, clauses: ['第九十九条'] }, now)).toMatchObject({ ok: false, code: 'VALIDATION', message: '引用的条款不存在：第九十九条' });
    expect(checkClauses(['第二条', '第二条'])).toEqual({ ok: true, clauses: ['第二条'] });
  });
});

describe('helpful and the timer', () => {
  it('not on one’s own question, only once answered', () => {
    expect(mayMarkHelpful(runner, 'hr-1', 'answered')).toEqual({ ok: true });
    expect(mayMarkHelpful(hr, 'hr-1', 'answered')).toMatchObject({ ok: false, message: '不能标记自己提的问题' });
    expect(mayMarkHelpful(runner, 'hr-1', 'open')).toMatchObject({ ok: false });
  });

  it('the reminder from 4 hours before the deadline, the overdue notice after it, each once, never after the answer', () => {
    const open = q();
    expect(noticesDue(open, new Date('2026-02-24T13:29:00+08:00'), 4)).toEqual([]);
    expect(noticesDue(open, new Date('2026-02-24T13:30:00+08:00'), 4)).toEqual(['reminder']);
    expect(noticesDue({ ...open, remindedAt: 'x' }, new Date('2026-02-24T15:00:00+08:00'), 4)).toEqual([]);
    expect(noticesDue(open, new Date('2026-02-24T17:31:00+08:00'), 4)).toEqual(['overdue']);
    expect(noticesDue({ ...open, overdueNotifiedAt: 'x' }, new Date('2026-02-25T09:00:00+08:00'), 4)).toEqual([]);
    expect(noticesDue({ ...open, status: 'answered' }, new Date('2026-02-25T09:00:00+08:00'), 4)).toEqual([]);
  });
});
