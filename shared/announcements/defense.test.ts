import { addDays } from '../time/dates';
import { CAST, driveTo, hoursLater, ok } from '../../test/fixtures/workflow';
import { transition as workflowTransition } from '../workflow/machine';
import { chinaDateOf } from '../time/instants';
import { plainText } from './body';
import { defenseNotice, defenseNoticeId, latestNoticeDate } from './defense';
import { canSeeAnnouncement } from './feed';
import { person } from '../../test/fixtures/announcements';
import type { AnnouncementResult } from './lifecycle';
import { contentSchema } from './model';

function accepted(r: AnnouncementResult) {
  if (!r.ok) throw new Error(`refused: ${r.code} ${r.message}`);
  return r;
}

describe('the defense notice (附件2 第三项: 答辩前一周发布答辩通知)', () => {
  const { app, now } = driveTo('socialized', 'intermediate', 'defense_scheduled');

  it('is published by the scheduling officer’s bureau at least 7 days before, for the employer’s people', () => {
    const r = accepted(defenseNotice(app, CAST.officer, now));
    const a = r.next;
    expect(a.id).toBe(defenseNoticeId(app.id));
    expect(a.status).toBe('published');
    expect(a.publisher).toMatchObject({ role: 'district_officer', name: '昆都仑区人社局' });
    expect(a.content.category).toBe('defense_notice');
    expect(a.content.target).toEqual({ districts: ['150203'], employers: ['emp-1'] });
    expect(a.origin).toEqual({ kind: 'defense', applicationId: app.id });
    expect(chinaDateOf(a.content.publishAt!) <= latestNoticeDate(app.defense!.at)).toBe(true);
    expect(a.content.expiresAt).toBe(new Date(`${addDays(chinaDateOf(app.defense!.at), 1)}T00:00:00+08:00`).toISOString());
    expect(contentSchema.safeParse(a.content).success).toBe(true);
    const text = plainText(a.content.body);
    expect(text).toContain('王建国（包头市稀土新材料有限公司）申报工程技术系列中级职称（工程师）');
    expect(text).toContain('包头市人社局三楼会议室');
    expect(text).toContain('答辩前一周通过包头市人才资源和社会保障网发布答辩通知');
  });

  it('tells the employer’s HR (the applicant already has the workflow’s defense message), with no fan-out', () => {
    const r = accepted(defenseNotice(app, CAST.officer, now));
    expect(r.effects.map((e) => e.kind)).toEqual(['audit', 'content_check', 'audit', 'notify']);
    expect(r.effects.at(-1)).toMatchObject({
      kind: 'notify',
      to: { role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-1' } },
      template: 'defense_notice',
      data: { applicant: '王建国', title: '工程师', place: '包头市人社局三楼会议室' },
    });
  });

  it('is seen by the applicant and the employer’s HR; not by another employer', () => {
    const a = accepted(defenseNotice(app, CAST.officer, now)).next;
    const later = hoursLater(now, 1);
    expect(canSeeAnnouncement(person('o-applicant', { employers: ['emp-1'], districts: ['150203'] }), a, later)).toBe(true);
    expect(canSeeAnnouncement(person('o-hr', { grants: [['employer_hr', { kind: 'org', orgId: 'emp-1' }]], districts: ['150203'] }), a, later)).toBe(true);
    expect(canSeeAnnouncement(person('o-hr-2', { grants: [['employer_hr', { kind: 'org', orgId: 'emp-2' }]], districts: ['150203'] }), a, later)).toBe(false);
  });

  it('a moved defense revises the same announcement and tells again', () => {
    const first = accepted(defenseNotice(app, CAST.officer, now)).next;
    const at = hoursLater(now, 2);
    const moved = ok(
      workflowTransition(app, 'schedule_defense', CAST.officer, at, { at: `${addDays(chinaDateOf(at.toISOString()), 10)}T14:00:00+08:00`, place: '昆都仑区人社局二楼' }),
    ).next;
    const r = accepted(defenseNotice(moved, CAST.officer, at, first));
    expect(r.next).toMatchObject({ id: first.id, edition: 2, notifyVersion: 2 });
    expect(plainText(r.next.content.body)).toContain('已调整，以本通知为准');
    expect(r.effects.some((e) => e.kind === 'fanout')).toBe(false);
  });

  it('is refused for a file with no defense, or one less than a week ahead', () => {
    const { app: waiting, now: t } = driveTo('socialized', 'intermediate', 'awaiting_defense');
    expect(defenseNotice(waiting, CAST.officer, t)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
    const late = new Date(new Date(app.defense!.at).getTime() - 3 * 86_400_000);
    expect(defenseNotice(app, CAST.officer, late)).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW', message: expect.stringContaining('答辩通知须在答辩前一周发布') });
  });
});
