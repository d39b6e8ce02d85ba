import { GX, KDL, PEOPLE, PUBLISHERS, china, content } from '../../test/fixtures/announcements';
import type { AnnouncementResult } from './lifecycle';
import { availableAnnouncementActions, createDraft, transition } from './lifecycle';
import type { Announcement } from './model';
import { displayStatus, isExpired } from './model';

const T0 = china('2026-12-01T10:00');
const later = (h: number) => new Date(T0.getTime() + h * 3_600_000);

function ok(r: AnnouncementResult) {
  if (!r.ok) throw new Error(`refused: ${r.code} ${r.message}`);
  return r;
}
const draftBy = (extra = {}, who = PEOPLE.kdlOfficer, publisher = PUBLISHERS.kdl) =>
  ok(createDraft({ id: 'a-1', publisher, content: content({ target: { districts: [KDL] }, ...extra }) }, who, T0)).next;
const published = (extra = {}): Announcement => ok(transition(draftBy(extra), 'publish', PEOPLE.kdlOfficer, later(1))).next;

describe('drafts', () => {
  it('only someone holding the publisher capacity creates one, inside its reach', () => {
    expect(createDraft({ id: 'a', publisher: PUBLISHERS.kdl, content: content({ target: { districts: [KDL] } }) }, PEOPLE.gxOfficer, T0)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(createDraft({ id: 'a', publisher: PUBLISHERS.kdl, content: content({ target: { districts: [GX] } }) }, PEOPLE.kdlOfficer, T0)).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      issues: [{ path: 'content.target', message: '旗县区人社部门只能发给本旗县区：发布范围的旗县区请只选“昆都仑区”' }],
    });
    const d = draftBy();
    expect(d).toMatchObject({ status: 'draft', version: 1, edition: 0, history: [] });
  });

  it('an invalid body is refused with its field path', () => {
    const r = createDraft(
      { id: 'a', publisher: PUBLISHERS.kdl, content: { ...content({ target: { districts: [KDL] } }), body: [{ type: 'html', html: '<script>' }] } },
      PEOPLE.kdlOfficer,
      T0,
    );
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION', issues: [{ path: 'content.body.0.type', message: '正文只能包含段落、小标题和列表' }] });
  });

  it('editing a draft keeps it a draft, bumps the version, writes an audit entry; colleagues may edit, others not', () => {
    const d = draftBy();
    const colleague = { ...PEOPLE.kdlOfficer, openid: 'o-kdl-2' };
    const r = ok(transition(d, 'edit', colleague, later(1), { content: content({ title: '改过的标题', target: { districts: [KDL] } }) }, { expectedVersion: 1 }));
    expect(r.next).toMatchObject({ status: 'draft', version: 2, content: { title: '改过的标题' } });
    expect(r.effects).toEqual([expect.objectContaining({ kind: 'audit', action: 'announcement.edit', from: { status: 'draft', version: 1 }, to: { status: 'draft', version: 2 } })]);
    expect(transition(d, 'edit', PEOPLE.cityOfficer, later(1), { content: content() })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(transition(d, 'edit', colleague, later(1), { content: content({ target: { districts: [KDL] } }) }, { expectedVersion: 7 })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
  });
});

describe('publishing', () => {
  it('publishes version 1 with the content check first, then the audit entry, then the fan-out', () => {
    const r = ok(transition(draftBy(), 'publish', PEOPLE.kdlOfficer, later(1), {}, { reachCount: 12 }));
    expect(r.next).toMatchObject({ status: 'published', edition: 1, notifyVersion: 1, version: 2 });
    expect(r.next.content.publishAt).toBe(later(1).toISOString());
    expect(r.next.history).toHaveLength(1);
    expect(r.effects.map((e) => e.kind)).toEqual(['content_check', 'audit', 'fanout']);
    expect(r.effects[0]).toMatchObject({ openid: 'o-kdl', chunks: [expect.stringContaining('2026年度职称申报通知')] });
    expect(r.effects[2]).toEqual({ kind: 'fanout', announcementId: 'a-1', version: 1, notBefore: later(1).toISOString(), reason: 'published' });
  });

  it('a publish time in the past becomes now; a future one is kept (scheduled), at most 90 days ahead', () => {
    expect(published({ publishAt: china('2026-11-01T09:00').toISOString() }).content.publishAt).toBe(later(1).toISOString());
    const scheduled = published({ publishAt: china('2026-12-10T09:00').toISOString() });
    expect(scheduled.content.publishAt).toBe(china('2026-12-10T09:00').toISOString());
    expect(displayStatus(scheduled, later(2))).toBe('scheduled');
    expect(displayStatus(scheduled, china('2026-12-10T09:00'))).toBe('published');
    const far = transition(draftBy({ publishAt: china('2027-06-01T09:00').toISOString() }), 'publish', PEOPLE.kdlOfficer, later(1));
    expect(far).toMatchObject({ ok: false, code: 'VALIDATION', message: '定时发布最多提前 90 天' });
  });

  it('expiry must come after the publish time; expired is derived, not a state', () => {
    const bad = transition(draftBy({ expiresAt: china('2026-11-30T00:00').toISOString() }), 'publish', PEOPLE.kdlOfficer, later(1));
    expect(bad).toMatchObject({ ok: false, message: '有效期须晚于发布时间' });
    const a = published({ expiresAt: china('2026-12-31T00:00').toISOString() });
    expect(isExpired(a, china('2026-12-30T23:59'))).toBe(false);
    expect(isExpired(a, china('2026-12-31T00:00'))).toBe(true);
    expect(a.status).toBe('published');
    expect(displayStatus(a, china('2027-01-01T00:00'))).toBe('expired');
  });

  it('a target that reaches nobody is refused; a draft without body cannot be published', () => {
    expect(transition(draftBy(), 'publish', PEOPLE.kdlOfficer, later(1), {}, { reachCount: 0 })).toMatchObject({
      ok: false,
      message: '发布范围内目前没有人，请放宽发布范围后再发布',
    });
    const empty = draftBy({ body: [] });
    expect(transition(empty, 'publish', PEOPLE.kdlOfficer, later(1))).toMatchObject({ ok: false, message: '请填写正文' });
    expect(availableAnnouncementActions(empty, PEOPLE.kdlOfficer, later(1))).toContainEqual({
      action: 'publish',
      label: '发布',
      as: 'publisher',
      enabled: false,
      reason: '请填写正文',
    });
  });

  it('a published announcement is not edited as a draft, nor published twice', () => {
    const a = published();
    expect(transition(a, 'edit', PEOPLE.kdlOfficer, later(2), { content: content({ target: { districts: [KDL] } }) })).toMatchObject({
      ok: false,
      code: 'NOT_ALLOWED_NOW',
      message: '这条公告已经发布，不能保存草稿',
    });
    expect(transition(a, 'publish', PEOPLE.kdlOfficer, later(2))).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
  });
});

describe('revisions: a new version kept in history', () => {
  it('keeps every version; does not tell again by default; keeps the feed position of a live announcement', () => {
    const a = published();
    const r = ok(transition(a, 'revise', PEOPLE.kdlOfficer, later(5), { content: content({ title: '更正：申报通知', target: { districts: [KDL] } }), note: '更正错别字' }));
    expect(r.next).toMatchObject({ status: 'published', edition: 2, notifyVersion: 1, version: 3 });
    expect(r.next.history.map((h) => [h.version, h.content.title, h.notified])).toEqual([
      [1, '2026年度职称申报通知', true],
      [2, '更正：申报通知', false],
    ]);
    expect(r.next.history[1].note).toBe('更正错别字');
    expect(r.next.content.publishAt).toBe(a.content.publishAt);
    expect(r.effects.map((e) => e.kind)).toEqual(['content_check', 'audit']);
  });

  it('told again: a new delivery version; target changed only: the same delivery, widened', () => {
    const a = published();
    const again = ok(transition(a, 'revise', PEOPLE.kdlOfficer, later(5), { content: content({ target: { districts: [KDL] } }), notifyAgain: true }));
    expect(again.next.notifyVersion).toBe(2);
    expect(again.effects.at(-1)).toMatchObject({ kind: 'fanout', version: 2, reason: 'notify_again' });
    const widened = ok(transition(a, 'revise', PEOPLE.kdlOfficer, later(5), { content: content({ target: { districts: [KDL], roles: ['employer_hr'] } }) }));
    expect(widened.next.notifyVersion).toBe(1);
    expect(widened.effects.at(-1)).toMatchObject({ kind: 'fanout', version: 1, reason: 'target_changed' });
  });

  it('refuses a revision that changes nothing, leaves the reach, or comes from outside the publisher', () => {
    const a = published();
    const same = { ...a.content, publishAt: a.content.publishAt };
    expect(transition(a, 'revise', PEOPLE.kdlOfficer, later(5), { content: same })).toMatchObject({ ok: false, message: '没有修改任何内容' });
    expect(transition(a, 'revise', PEOPLE.kdlOfficer, later(5), { content: content({ target: {} }) })).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(transition(a, 'revise', PEOPLE.cityOfficer, later(5), { content: content({ target: { districts: [KDL] } }) })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});

describe('withdrawal: a reason is required; oversight may withdraw, never edit', () => {
  it('the publisher withdraws with a reason; delivery stops; nobody else is told', () => {
    const a = published();
    expect(transition(a, 'withdraw', PEOPLE.kdlOfficer, later(3), {})).toMatchObject({ ok: false, code: 'VALIDATION', message: '请填写撤回理由' });
    expect(transition(a, 'withdraw', PEOPLE.kdlOfficer, later(3), { reason: ' 错 ' })).toMatchObject({ ok: false, message: '请写明撤回理由（至少 2 个字）' });
    const r = ok(transition(a, 'withdraw', PEOPLE.kdlOfficer, later(3), { reason: '通知内容有误' }));
    expect(r.next).toMatchObject({ status: 'withdrawn', withdrawal: { reason: '通知内容有误', by: { openid: 'o-kdl', role: 'district_officer' } } });
    expect(r.effects.map((e) => e.kind)).toEqual(['audit', 'fanout_cancel']);
    expect(transition(r.next, 'withdraw', PEOPLE.kdlOfficer, later(4), { reason: '再撤一次' })).toMatchObject({ ok: false, code: 'NOT_ALLOWED_NOW' });
  });

  it('the city withdraws a district’s announcement and the district is told; a district officer withdraws an employer’s', () => {
    const r = ok(transition(published(), 'withdraw', PEOPLE.cityOfficer, later(3), { reason: '与市局通知冲突' }));
    expect(r.next.withdrawal!.by).toEqual({ openid: 'o-city', role: 'city_officer' });
    expect(r.effects.at(-1)).toEqual({
      kind: 'notify',
      to: { role: 'district_officer', scope: { kind: 'district', district: KDL } },
      template: 'announcement_withdrawn',
      data: { title: '2026年度职称申报通知', by: '市人社局', reason: '与市局通知冲突' },
      announcementId: 'a-1',
    });
    const hrDraft = draftBy({ target: { employers: ['emp-gx'] } }, PEOPLE.gxHr, PUBLISHERS.gxHr);
    const hrPublished = ok(transition(hrDraft, 'publish', PEOPLE.gxHr, later(1))).next;
    expect(transition(hrPublished, 'withdraw', PEOPLE.kdlOfficer, later(2), { reason: '不在本区' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(ok(transition(hrPublished, 'withdraw', PEOPLE.gxOfficer, later(2), { reason: '内容不实' })).next.status).toBe('withdrawn');
    expect(availableAnnouncementActions(hrPublished, PEOPLE.gxOfficer, later(2)).map((x) => [x.action, x.as])).toEqual([['withdraw', 'overseer']]);
    expect(availableAnnouncementActions(hrPublished, PEOPLE.gxHr, later(2)).map((x) => x.action)).toEqual(['revise', 'withdraw']);
  });
});
