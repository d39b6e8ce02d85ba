/**
 * 宣讲组织 and the attendee's 评价 in jsdom: the organizers' pure model (a session's state in words, the form →
 * create / update / move in China time, the 改期 / 取消 confirmation's count, when the next check-in code is
 * fetched, quarters), the 安排宣讲 page (the district officer's bureau and district fixed, create with the
 * form's values, the function's issues once under their fields, 改期 and 取消 confirmed with “已报名的 N 人将收到
 * 通知”), and the rating control (a radio group whose options say their level in words; click and arrow keys)
 * with the 评价 page (comment counter, a reason asked for the two lowest, the function's issue under the comment).
 * The API is mocked at the module boundary; envelopes have the contracts' shapes.
 */
import { fireEvent, render, waitFor } from '@testing-library/react';
import { click } from './support/events';
import type { BriefingDetail } from '@shared/contracts/briefings';

jest.mock('@tarojs/taro', () => jest.requireActual('./support/pages').taroModule());
jest.mock('../../../client/src/services/api', () => jest.requireActual('./support/pages').apiModule());
import { fail, ok, page, resetPage } from './support/pages';

import {
  changesOf,
  checkInUrl,
  emptyForm,
  fieldsOf,
  formOf,
  moveOf,
  notifyText,
  organizerChoices,
  organizerState,
  refreshDelay,
  shiftQuarter,
  type EditForm,
} from '../../../client/src/features/organize/views';
import EditSession from '../../../client/src/features/organize/EditPage';
import { RatingControl } from '../../../client/src/features/notices/RatingControl';
import { TextArea } from '../../../client/src/components/TextArea';
import RatePage from '../../../client/src/features/notices/RatePage';
import { PRIVACY_POLICY_VERSION } from '@shared/privacy';

const KDL_OFFICER = {
  openid: 'o-kdl',
  openidMasked: 'o-***',
  profile: { name: '张海峰' },
  roles: [
    {
      id: 'g1',
      role: 'district_officer',
      roleLabel: '旗县区人社部门',
      scope: { kind: 'district', district: '150203' },
      scopeLabel: '昆都仑区',
    },
  ],
  capabilities: { grantRoles: false, issueInvitations: false, manageOrganizations: false, claimInvitation: true, publishRounds: false },
  organizations: [],
};

function session(over: Partial<BriefingDetail['session']> = {}, roster: Partial<BriefingDetail['roster']> = {}): BriefingDetail {
  return {
    session: {
      id: 'b1',
      organizer: { role: 'district_officer', name: '昆都仑区人社局', district: '150203' },
      topic: '钢铁企业职称申报政策宣讲',
      summary: '',
      clauses: [{ id: '第六条', heading: '建立职称政策定期宣讲制度' }],
      startsAt: '2026-12-10T01:30:00.000Z',
      endsAt: '2026-12-10T03:30:00.000Z',
      timeText: '2026-12-10 09:30',
      venue: { kind: 'place', address: '昆都仑区人社局三楼' },
      venueText: '昆都仑区人社局三楼',
      capacity: 30,
      audience: { districts: ['150203'], industries: ['钢铁'] },
      audienceText: '昆都仑区 · 钢铁行业',
      signUp: { opensAt: '2026-11-20T00:00:00.000Z', closesAt: '2026-12-10T01:30:00.000Z' },
      status: 'scheduled',
      phase: 'open',
      phaseLabel: '报名中',
      moves: [],
      materials: [],
      version: 3,
      updatedAt: '2026-11-20T00:00:00.000Z',
      ...over,
    },
    roster: { capacity: 30, taken: 12, free: 18, waiting: 2, full: false, label: '12/30', mine: null, ...roster },
    me: { checkedInAt: null, rated: false, canRate: false },
    manage: { edit: true, cancel: true },
  };
}

beforeEach(() => {
  resetPage();
  page.answers['identity.whoami'] = () => ok(KDL_OFFICER);
});

describe('the organizers’ model', () => {
  it('says a session’s state for its organizer in words', () => {
    expect(organizerState({ phase: 'not_open', full: false })).toBe('planned');
    expect(organizerState({ phase: 'open', full: false })).toBe('open');
    expect(organizerState({ phase: 'open', full: true })).toBe('full');
    expect(organizerState({ phase: 'closed', full: false })).toBe('planned');
    expect(organizerState({ phase: 'ongoing', full: true })).toBe('ongoing');
    expect(organizerState({ phase: 'ended', full: false })).toBe('held');
    expect(organizerState({ phase: 'cancelled', full: false })).toBe('cancelled');
  });

  it('turns the form into create / update / move in China time', () => {
    const f: EditForm = {
      ...emptyForm('2026-12-01'),
      topic: '政策宣讲会',
      address: '昆都仑区人社局三楼',
      capacity: '40',
      audience: { roles: [], industries: ['钢铁'] },
    };
    expect(f.day).toBe('2026-12-08');
    const fields = fieldsOf(f);
    expect(fields).toMatchObject({
      topic: '政策宣讲会',
      clauses: ['第六条'],
      startsAt: '2026-12-08T01:30:00.000Z',
      endsAt: '2026-12-08T03:30:00.000Z',
      venue: { kind: 'place', address: '昆都仑区人社局三楼' },
      capacity: 40,
      audience: { industries: ['钢铁'] },
      signUpOpensAt: null,
      signUpClosesAt: null,
    });
    expect(fieldsOf({ ...f, capacity: '' }).capacity).toBeNaN();
    expect(fieldsOf({ ...f, day: '' }).startsAt).toBe('');
    expect(fieldsOf({ ...f, closesOn: '2026-12-07', closesTime: '18:00' }).signUpClosesAt).toBe('2026-12-07T10:00:00.000Z');
    const online = fieldsOf({ ...f, venueKind: 'online', url: 'https://meeting.tencent.com/x', platform: '腾讯会议', meetingCode: '' });
    expect(online.venue).toEqual({ kind: 'online', url: 'https://meeting.tencent.com/x', platform: '腾讯会议' });

    // An arranged session back into the form, and out again as update (no time or place) and move.
    const s = session().session;
    const back = formOf(s);
    expect([back.day, back.startTime, back.endTime, back.closesOn, back.closesTime]).toEqual([
      '2026-12-10',
      '09:30',
      '11:30',
      '2026-12-10',
      '09:30',
    ]);
    const changes = changesOf(back);
    expect(changes).not.toHaveProperty('startsAt');
    expect(changes).not.toHaveProperty('venue');
    expect(changes.audience).toEqual({ districts: ['150203'], industries: ['钢铁'] });
    expect(moveOf({ ...back, startTime: '14:00', endTime: '16:00' }, s, '会议室另有安排')).toEqual({
      startsAt: '2026-12-10T06:00:00.000Z',
      endsAt: '2026-12-10T08:00:00.000Z',
      reason: '会议室另有安排',
    });
    expect(moveOf({ ...back, room: '302' }, s, 'x').venue).toEqual({ kind: 'place', address: '昆都仑区人社局三楼', room: '302' });
  });

  it('counts who is told, refreshes the code before it expires, links the QR to the check-in page, and steps quarters', () => {
    expect(notifyText({ taken: 12, waiting: 2 })).toBe('已报名的 14 人（含候补 2 人）将收到通知。');
    expect(notifyText({ taken: 3, waiting: 0 })).toBe('已报名的 3 人将收到通知。');
    expect(notifyText({ taken: 0, waiting: 0 })).toBe('目前还没有人报名。');
    const now = Date.parse('2026-12-10T01:00:00Z');
    expect(refreshDelay('2026-12-10T01:10:00Z', now)).toBe(5 * 60_000);
    expect(refreshDelay('2026-12-10T01:03:00Z', now)).toBe(2 * 60_000);
    expect(refreshDelay('2026-12-10T01:00:30Z', now)).toBe(5_000);
    expect(checkInUrl('http://127.0.0.1:5180', '/', 'b1', 'ABC234')).toBe(
      'http://127.0.0.1:5180/#/packages/notices/checkin/index?id=b1&code=ABC234',
    );
    expect(shiftQuarter('2026-Q4', 1)).toBe('2027-Q1');
    expect(shiftQuarter('2026-Q1', -1)).toBe('2025-Q4');
    expect(
      organizerChoices({
        openid: 'x',
        roles: [
          { role: 'district_officer', scope: { kind: 'district', district: '150203' } },
          { role: 'employer_hr', scope: { kind: 'org', orgId: 'o1' } },
        ],
      }).map((c) => c.label),
    ).toEqual(['昆都仑区人社部门']);
  });
});

describe('安排宣讲', () => {
  it('creates in the officer’s bureau with the district fixed; the function’s issues go once under their fields', async () => {
    page.answers['briefings.create'] = () =>
      fail('VALIDATION', '宣讲主题至少 4 个字', [
        { path: 'fields.topic', message: '宣讲主题至少 4 个字' },
        { path: 'fields.venue.address', message: '宣讲地点至少 4 个字' },
      ]);
    const { container } = render(<EditSession />);
    await waitFor(() => expect(container.querySelector('#edit-form')).not.toBeNull());
    expect(container.querySelector('#edit-organizer-fixed')?.textContent).toBe('昆都仑区人社部门');
    expect(container.querySelector('#audience-district-fixed')?.textContent).toContain('昆都仑区');
    expect(container.querySelector('#audience-districts')).toBeNull();
    expect(container.querySelector('#edit-clauses-第六条')?.getAttribute('aria-checked')).toBe('true');
    await click(container.querySelector('#edit-clauses-第二条'));
    await click(container.querySelector('#audience-industries-钢铁'));
    expect(container.querySelector('#audience-industries-钢铁')?.getAttribute('role')).toBe('checkbox');
    await click(container.querySelector('#edit-create'));
    await waitFor(() => expect(container.querySelector('#edit-topic-error')).not.toBeNull());
    const input = page.calls.find((c) => c.action === 'create')?.input as { organizer: unknown; fields: Record<string, unknown> };
    expect(input.organizer).toEqual({ role: 'district_officer', scope: { kind: 'district', district: '150203' } });
    expect(input.fields).toMatchObject({
      clauses: ['第二条', '第六条'],
      audience: { industries: ['钢铁'], districts: ['150203'] },
      capacity: 50,
    });
    expect(String(input.fields.startsAt)).toMatch(/T01:30:00\.000Z$/);
    expect(container.querySelector('#edit-topic-error')?.textContent).toBe('宣讲主题至少 4 个字');
    expect(container.querySelector('#edit-address-error')?.textContent).toBe('宣讲地点至少 4 个字');
    expect(container.querySelector('#edit-error')).toBeNull();
    expect(container.textContent?.split('宣讲主题至少 4 个字').length).toBe(2);
  });

  it('a created session opens its 宣讲管理', async () => {
    page.answers['briefings.create'] = () => ok(session({ id: 'b9' }));
    const { container } = render(<EditSession />);
    await waitFor(() => expect(container.querySelector('#edit-create')).not.toBeNull());
    await click(container.querySelector('#edit-create'));
    await waitFor(() => expect(page.redirectTo).toHaveBeenCalledWith({ url: '/packages/organize/session/index?id=b9' }));
  });

  it('改期 and 取消 say how many are told, and send the version and the reason', async () => {
    page.routeParams = { id: 'b1' };
    page.answers['briefings.get'] = () => ok(session());
    page.answers['briefings.cancel'] = () =>
      fail('VALIDATION', '取消原因至少 2 个字', [{ path: 'reason', message: '取消原因至少 2 个字' }]);
    const { container } = render(<EditSession />);
    await waitFor(() => expect(container.querySelector('#edit-form[data-id="b1"]')).not.toBeNull());
    expect(container.querySelector('#edit-create')).toBeNull();
    await click(container.querySelector('#edit-move'));
    const panel = container.querySelector('#edit-move-panel');
    expect(panel?.getAttribute('role')).toBe('alertdialog');
    expect(panel?.textContent).toContain('已报名的 14 人（含候补 2 人）将收到通知');
    await click(container.querySelector('#edit-move-cancel'));
    expect(container.querySelector('#edit-move-panel')).toBeNull();

    await click(container.querySelector('#edit-cancel'));
    expect(container.querySelector('#edit-cancel-panel')?.textContent).toContain('已报名的 14 人（含候补 2 人）将收到通知');
    await click(container.querySelector('#edit-cancel-ok'));
    await waitFor(() => expect(container.querySelector('#edit-cancel-reason-error')?.textContent).toBe('取消原因至少 2 个字'));
    expect(page.calls.find((c) => c.action === 'cancel')?.input).toEqual({ id: 'b1', expectedVersion: 3, reason: '' });
    expect(container.querySelector('#edit-error')).toBeNull();
  });
});

describe('the rating control and 评价', () => {
  it('is a radio group whose options say their level in words, chosen by click and by arrow keys', async () => {
    let value: 1 | 2 | 3 | 4 | 5 | null = null;
    const { container, rerender } = render(<RatingControl id="r" label="满意程度" value={value} onChange={(v) => (value = v)} />);
    const group = container.querySelector('#r');
    expect(group?.getAttribute('role')).toBe('radiogroup');
    expect(group?.getAttribute('aria-label')).toBe('满意程度');
    const radios = Array.from(container.querySelectorAll('[role="radio"]'));
    expect(radios.map((r) => r.getAttribute('aria-label'))).toEqual([
      '1 分，非常不满意',
      '2 分，不满意',
      '3 分，基本满意',
      '4 分，满意',
      '5 分，非常满意',
    ]);
    expect(radios.every((r) => r.getAttribute('aria-checked') === 'false' && r.getAttribute('tabindex') === '0')).toBe(true);
    // The levels are text on screen too, not stars alone.
    expect(container.textContent).toContain('4 分 满意');
    await click(container.querySelector('#r-4'));
    expect(value).toBe(4);
    rerender(<RatingControl id="r" label="满意程度" value={value} onChange={(v) => (value = v)} />);
    expect(container.querySelector('#r-4')?.getAttribute('aria-checked')).toBe('true');
    expect(container.querySelector('#r-4')?.textContent).toContain('✓ 4 分 满意');
    fireEvent.keyDown(container.querySelector('#r-4')!, { key: 'ArrowRight' });
    expect(value).toBe(5);
    fireEvent.keyDown(container.querySelector('#r-1')!, { key: 'ArrowLeft' });
    expect(value).toBe(1);
    fireEvent.keyDown(container.querySelector('#r-3')!, { key: 'Enter' });
    expect(value).toBe(3);
  });

  it('counts the comment’s characters', () => {
    const { container } = render(<TextArea id="c" label="意见" value="讲得很清楚" max={300} onChange={() => undefined} />);
    expect(container.querySelector('#c-count')?.textContent).toBe('已输入 5 / 300 字');
    expect(container.querySelector('#c-count')?.getAttribute('data-n')).toBe('5');
  });

  it('评价 asks a reason for the two lowest and shows the function’s issue under the comment', async () => {
    page.routeParams = { id: 'b1' };
    page.answers['briefings.get'] = () =>
      ok({
        ...session({ phase: 'ended', phaseLabel: '已结束' }),
        me: { checkedInAt: '2026-12-10T01:40:00.000Z', rated: false, canRate: true },
      });
    page.answers['briefings.rate'] = (input) =>
      (input as { comment?: string }).comment
        ? ok({ rated: true })
        : fail('VALIDATION', '评“不满意”请写明原因，帮助我们改进', [{ path: 'comment', message: '评“不满意”请写明原因，帮助我们改进' }]);
    // Agreed to the privacy guide before, on this device (the prompt before a first rating: below).
    page.storage.set('privacy.consent', JSON.stringify(PRIVACY_POLICY_VERSION));
    const { container } = render(<RatePage />);
    await waitFor(() => expect(container.querySelector('#rate-page')).not.toBeNull());
    expect(container.querySelector('#rate-comment-count')?.textContent).toBe('已输入 0 / 300 字');
    await click(container.querySelector('#rate-score-2'));
    expect(container.textContent).toContain('原因（必填）');
    await click(container.querySelector('#rate-submit'));
    await waitFor(() => expect(container.querySelector('#rate-comment-error')?.textContent).toBe('评“不满意”请写明原因，帮助我们改进'));
    expect(page.calls.find((c) => c.action === 'rate')?.input).toEqual({ id: 'b1', score: 2 });
    expect(container.querySelector('#rate-error')).toBeNull();
  });

  it('asks for consent to the privacy guide before a first rating; 不同意 sends nothing', async () => {
    page.routeParams = { id: 'b1' };
    page.answers['identity.whoami'] = () => ok({ ...KDL_OFFICER, privacyConsent: null });
    page.answers['briefings.get'] = () =>
      ok({
        ...session({ phase: 'ended', phaseLabel: '已结束' }),
        me: { checkedInAt: '2026-12-10T01:40:00.000Z', rated: false, canRate: true },
      });
    const { container } = render(<RatePage />);
    await waitFor(() => expect(container.querySelector('#rate-page')).not.toBeNull());
    await click(container.querySelector('#rate-score-5'));
    await click(container.querySelector('#rate-submit'));
    await waitFor(() => expect(container.querySelector('#privacy-prompt')).not.toBeNull());
    await click(container.querySelector('#privacy-disagree'));
    expect(page.calls.map((c) => c.action)).not.toContain('rate');
    expect(container.querySelector('#privacy-prompt')).toBeNull();
  });

  it('says why one may not rate, in the function’s words', async () => {
    page.routeParams = { id: 'b1' };
    page.answers['briefings.get'] = () =>
      ok({ ...session({ phase: 'ended' }), me: { checkedInAt: null, rated: false, canRate: false, ratingClosedReason: '签到后才能评价' } });
    const { container } = render(<RatePage />);
    await waitFor(() => expect(container.querySelector('#rate-closed')?.textContent).toBe('签到后才能评价'));
    expect(container.querySelector('#rate-submit')).toBeNull();
  });
});
