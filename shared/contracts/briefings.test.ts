import type { z } from 'zod';
import { person } from '../../test/fixtures/announcements';
import { cadenceStatus, cadenceSummary } from '../briefings/cadence';
import { CREATED, FIELDS, PEOPLE, china, roster, session } from '../../test/fixtures/briefings';
import { ratingSummary } from '../briefings/rating';
import { rosterView, signUp } from '../briefings/roster';
import { sessionDetail, sessionListItem } from '../briefings/views';
import { briefings } from './briefings';
import { toFieldIssues } from '../errors/field-issues';

const issues = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : toFieldIssues(r.error);
};

describe('briefing inputs speak Chinese and are bounded', () => {
  it('create: organizer, fields, https only', () => {
    const organizer = { role: 'district_officer', scope: { kind: 'district', district: '150203' } };
    expect(issues(briefings.create.input, { organizer, fields: FIELDS })).toEqual([]);
    expect(
      issues(briefings.create.input, { organizer: { role: 'employer_hr', scope: { kind: 'org', orgId: 'e' } }, fields: FIELDS })[0].message,
    ).toBe('宣讲由市人社局或旗县区人社部门组织');
    expect(issues(briefings.create.input, { organizer, fields: { ...FIELDS, venue: { kind: 'online', url: 'http://x.y/z' } } })).toEqual([
      { path: 'fields.venue.url', message: '线上链接须以 https:// 开头，且是完整的网址' },
    ]);
    expect(issues(briefings.create.input, { organizer, fields: { ...FIELDS, topic: '讲' } })).toEqual([
      { path: 'fields.topic', message: '宣讲主题至少 4 个字' },
    ]);
  });

  it('sign-up, cancel, check-in, rate, cadence', () => {
    expect(issues(briefings.signUp.input, { id: 'b-1' })).toEqual([]);
    expect(briefings.signUp.input.parse({ id: 'b-1' })).toEqual({ id: 'b-1', seats: 1, employerOrgId: null });
    expect(issues(briefings.signUp.input, { id: 'b-1', seats: 0 })[0].message).toBe('报名人数至少 1 人');
    expect(issues(briefings.signUp.input, { id: 'b-1', openid: 'o-forged' })).toHaveLength(1);
    expect(issues(briefings.cancel.input, { id: 'b-1', expectedVersion: 1 })).toEqual([{ path: 'reason', message: '请填写取消原因' }]);
    expect(issues(briefings.checkIn.input, { id: 'b-1', code: '' })[0].message).toBe('请输入签到码');
    expect(issues(briefings.rate.input, { id: 'b-1', score: 1 })).toEqual([
      { path: 'comment', message: '评“非常不满意”请写明原因，帮助我们改进' },
    ]);
    expect(issues(briefings.rate.input, { id: 'b-1', score: 5 })).toEqual([]);
    expect(issues(briefings.cadence.input, { quarter: '2026-4' })[0].message).toBe('季度格式应为 2026-Q4');
    expect(
      issues(briefings.move.input, {
        id: 'b-1',
        expectedVersion: 1,
        move: { startsAt: '2026-12-11T09:00:00+08:00', endsAt: '2026-12-11T08:00:00+08:00', reason: '顺延一天' },
      }),
    ).toEqual([{ path: 'move.endsAt', message: '结束时间须晚于开始时间' }]);
  });
});

describe('briefing outputs: what the domain builds is what the contract says', () => {
  const s = session();
  const NOW = china('2026-12-02T10:00');
  const me = person('o-1', { districts: ['150203'] });
  const signed = signUp(s, roster(s), { person: me, name: '王建国' }, NOW);
  if (!signed.ok) throw new Error(signed.message);

  it('detail, list item, sign-up answer, ratings, cadence', () => {
    const d = sessionDetail(s, signed.roster, me, NOW, { checkIn: null, rating: null });
    expect(briefings.get.output.parse(d)).toEqual(d);
    expect(d).toMatchObject({
      roster: { label: '1/30', mine: { status: 'confirmed' } },
      me: { canRate: false, ratingClosedReason: '签到后才能评价' },
      signUpBlocked: '您已报名这场宣讲',
      manage: { edit: false, cancel: false },
    });
    expect(sessionDetail(s, signed.roster, PEOPLE.kdlOfficer, NOW, { checkIn: null, rating: null }).manage).toEqual({
      edit: true,
      cancel: true,
    });
    expect(JSON.stringify(d)).not.toContain('o-1');
    const item = sessionListItem(s, signed.roster, 'o-1', NOW);
    expect(briefings.list.output.parse({ items: [item], total: 1 }).items[0]).toEqual(item);
    expect(briefings.signUp.output.parse({ outcome: signed.outcome, roster: rosterView(signed.roster, 'o-1') }).outcome).toBe('confirmed');
    expect(briefings['ratings.summary'].output.parse({ summary: ratingSummary([{ score: 5 }]), comments: [] }).summary.count).toBe(1);
    const rows = cadenceStatus(['150203'], [s], { year: 2026, quarter: 4 }, CREATED);
    expect(
      briefings.cadence.output.parse({ quarter: '2026-Q4', label: '2026年第4季度', perQuarter: 1, rows, summary: cadenceSummary(rows) })
        .rows[0].state,
    ).toBe('planned');
  });
});
