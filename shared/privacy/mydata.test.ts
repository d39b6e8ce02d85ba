import { COLLECTIONS } from '../db/collections';
import { ANONYMOUS_NAME } from './index';
import { anonymise, MY_DATA, PERSONAL_DATA } from './mydata';
import { COLLECTED } from './guide';

describe('PERSONAL_DATA: one list for 我的数据 and 注销账号', () => {
  it('says what happens in every collection of the manifest, and names no other', () => {
    expect(Object.keys(PERSONAL_DATA).sort()).toEqual(Object.keys(COLLECTIONS).sort());
  });

  it('exports every collection that holds the person’s data, or says why it does not', () => {
    for (const [c, d] of Object.entries(PERSONAL_DATA)) {
      if (d.treatment.kind === 'none' || d.treatment.kind === 'cursor') continue;
      expect([c, (d.sections?.length ?? 0) > 0 || (d.notExported ?? '').length > 0]).toEqual([c, true]);
      for (const s of d.sections ?? []) expect(s.collection).toBe(c);
    }
  });

  it('gives every section its own key; 我的数据 is the sections in list order', () => {
    const keys = MY_DATA.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.slice(0, 2)).toEqual(['profile', 'roles']);
    expect(MY_DATA.filter((s) => s.collection === 'applications').map((s) => s.view ?? 'record')).toEqual(['record', 'objections']);
  });

  it('keeps audited records (applications, objections on them, the audit trail) and removes personal ones', () => {
    expect(PERSONAL_DATA.applications.treatment).toMatchObject({
      kind: 'anonymise',
      match: expect.arrayContaining(['applicantOpenid', 'notice.objections.by', 'pastNotices.objections.by']),
    });
    expect(PERSONAL_DATA.audit.treatment.kind).toBe('anonymise');
    for (const c of ['inbox', 'eligibility_checks', 'group_members', 'subscription_quotas', 'briefing_signups', 'outbox', 'users'] as const)
      expect(PERSONAL_DATA[c].treatment.kind).toBe('remove');
    expect(PERSONAL_DATA.briefing_rosters.treatment.kind).toBe('seats');
    expect(PERSONAL_DATA.uploads.treatment.kind).toBe('files');
  });

  it('the privacy page names only collections of the list', () => {
    for (const item of COLLECTED) for (const c of item.collections) expect(Object.keys(PERSONAL_DATA)).toContain(c);
  });
});

describe('anonymise', () => {
  const me = 'o-person-1';
  it('replaces the openid, ids built on it, the name and phone known for the person, and nobody else’s', () => {
    const doc = {
      _id: `session-1:${me}`,
      openid: me,
      name: '王建国',
      phone: '13904720001',
      to: { name: '王建国', phone: '13904720001', note: '王建国以外' },
      applicant: { name: '王建国华' },
      target: `users/${me}`,
      others: [{ openid: 'o-person-10', name: '李四' }, `x:${me}0`],
    };
    const out = anonymise(doc, me, 'deleted-abc', { name: '王建国', phone: '13904720001' });
    expect(out).toEqual({
      _id: 'session-1:deleted-abc',
      openid: 'deleted-abc',
      name: ANONYMOUS_NAME,
      to: { name: ANONYMOUS_NAME, note: `${ANONYMOUS_NAME}以外` },
      applicant: { name: '王建国华' },
      target: 'users/deleted-abc',
      others: [{ openid: 'o-person-10', name: '李四' }, `x:${me}0`],
    });
  });
});
