import type { Actor } from '../auth/roles';
import type { GroupQuestionDoc } from './model';
import { bureauOf, literalPattern, promote, withdraw } from './faq';

const KDL = '150203' as const;
const officer: Actor = { openid: 'off-1', grants: [{ role: 'district_officer', scope: { kind: 'district', district: KDL } }] };
const hr: Actor = { openid: 'hr-1', grants: [{ role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-1' } }] };
const group = { officers: ['off-1'], district: KDL };
const now = new Date('2026-03-02T10:00:00+08:00');
const answered: GroupQuestionDoc = {
  _id: 'q1', groupId: 'g1', groupDistrict: KDL, askedBy: 'hr-1', orgId: 'emp-1', orgName: '北辰', text: '原问题', private: false, status: 'answered',
  askedAt: now.toISOString(), dueAt: now.toISOString(), serviceDays: 2, remindedAt: null, overdueNotifiedAt: null,
  answer: { text: '原答复', clauses: ['第二条'], by: 'off-1', byName: '王', at: now.toISOString() }, helpful: 0, faqId: null, version: 2,
};

describe('promoting to 常见问题', () => {
  it('an answered public question becomes an entry; texts may be edited; clauses default to the answer’s', () => {
    const r = promote(officer, answered, group, { question: '改写的问题' }, { faqId: 'f1' }, now);
    expect(r).toMatchObject({ ok: true, entry: { _id: 'f1', question: '改写的问题', answer: '原答复', clauses: ['第二条'], status: 'published', helpful: 0 }, question: { faqId: 'f1', version: 3 } });
    expect(promote(officer, answered, group, { clauses: ['第六条'] }, { faqId: 'f1' }, now)).toMatchObject({ ok: true, entry: { clauses: ['第六条'] } });
  });

  it('refuses a private, an open, an already promoted question, an unknown clause and someone who does not manage the group', () => {
    expect(promote(officer, { ...answered, private: true }, group, {}, { faqId: 'f' }, now)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    expect(promote(officer, { ...answered, status: 'open', answer: null }, group, {}, { faqId: 'f' }, now)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    expect(promote(officer, { ...answered, faqId: 'f0' }, group, {}, { faqId: 'f' }, now)).toMatchObject({ ok: false, message: '这个问题已经选入常见问题' });
    expect(promote(officer, answered, group, { clauses: ['第十条'] }, { faqId: 'f' }, now)).toMatchObject({ ok: false, code: 'VALIDATION', message: '引用的条款不存在：第十条' });
    expect(promote(hr, answered, group, {}, { faqId: 'f' }, now)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('withdraws a published entry once', () => {
    const r = promote(officer, answered, group, {}, { faqId: 'f1' }, now);
    if (!r.ok) throw new Error(r.message);
    const entry = r.entry;
    expect(withdraw(officer, entry, group)).toEqual({ ok: true });
    expect(withdraw(officer, { ...entry, status: 'withdrawn' }, group)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    expect(withdraw(hr, entry, group)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('names the bureau; a keyword is matched literally', () => {
    expect(bureauOf(KDL)).toBe('昆都仑区人社局');
    expect(bureauOf(null)).toBe('包头市人社局');
    expect(new RegExp(literalPattern('a.*(b')).test('xa.*(bx')).toBe(true);
    expect(new RegExp(literalPattern('a.*')).test('abc')).toBe(false);
  });
});
