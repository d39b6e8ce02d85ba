import type { Actor } from '../auth/roles';
import { mayCreateTask, mayMarkDone, rosterEnterprises, taskDueText, taskOverdue } from './tasks';

const KDL = '150203' as const;
const officer: Actor = { openid: 'off-1', grants: [{ role: 'district_officer', scope: { kind: 'district', district: KDL } }] };
const hr: Actor = { openid: 'hr-1', grants: [{ role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-1' } }, { role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-9' } }] };
const group = { officers: ['off-1'], district: KDL, status: 'active' as const };
// 2026-12-01 23:30 in China (still 15:30 UTC): "today" is the China date.
const now = new Date('2026-12-01T15:30:00Z');

describe('群待办', () => {
  it('an officer of the group sends it, due today or later (China date)', () => {
    expect(mayCreateTask(officer, group, '2026-12-01', now)).toEqual({ ok: true });
    expect(mayCreateTask(officer, group, '2026-11-30', now)).toMatchObject({ ok: false, code: 'VALIDATION', message: '截止日期不能早于今天' });
    expect(mayCreateTask(officer, group, '2026-02-30', now)).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(mayCreateTask(hr, group, '2026-12-20', now)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(mayCreateTask(officer, { ...group, status: 'closed' }, '2026-12-20', now)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
  });

  it('due text and overdue by China date', () => {
    expect(taskDueText('2026-12-20')).toBe('12月20日（周日）前');
    expect(taskOverdue({ dueDate: '2026-12-01', status: 'open' }, now)).toBe(false);
    expect(taskOverdue({ dueDate: '2026-12-01', status: 'open' }, new Date('2026-12-01T16:00:00Z'))).toBe(true);
    expect(taskOverdue({ dueDate: '2026-11-01', status: 'closed' }, now)).toBe(false);
  });

  it('the roster’s enterprises are the active members’ distinct employers', () => {
    expect(
      rosterEnterprises([
        { orgId: 'emp-1', orgName: 'A', status: 'active' },
        { orgId: 'emp-1', orgName: 'A', status: 'active' },
        { orgId: 'emp-2', orgName: 'B', status: 'removed' },
        { orgId: 'emp-3', orgName: 'C', status: 'active' },
      ]),
    ).toEqual([
      { orgId: 'emp-1', orgName: 'A' },
      { orgId: 'emp-3', orgName: 'C' },
    ]);
  });

  it('an HR of a roster enterprise marks it done; not for an enterprise off the roster or not theirs', () => {
    const roster = [{ orgId: 'emp-1' }, { orgId: 'emp-2' }];
    expect(mayMarkDone(hr, { status: 'open' }, { status: 'active', orgId: 'emp-1' }, roster, undefined)).toEqual({ ok: true, orgId: 'emp-1' });
    expect(mayMarkDone(hr, { status: 'open' }, { status: 'active', orgId: 'emp-1' }, roster, 'emp-2')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(mayMarkDone(hr, { status: 'open' }, { status: 'active', orgId: 'emp-1' }, roster, 'emp-9')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(mayMarkDone(hr, { status: 'open' }, { status: 'removed', orgId: 'emp-1' }, roster, undefined)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(mayMarkDone(hr, { status: 'closed' }, { status: 'active', orgId: 'emp-1' }, roster, undefined)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
  });
});
