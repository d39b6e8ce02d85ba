/**
 * 联络群 pages in jsdom: the landing page every card opens (joined, needs_employer → 我的, removed, not opened
 * from a group → goes on without calling the function, the binding card → groups.bind with the cloudID, not
 * signed in → the sign-in prompt), the roster as officers see it (HR contacts with masked phones, 移出 only after
 * a reason and a confirmation) and as members see it (enterprise names, no phone, no 移出), and the pure helpers
 * (bureaus from the officer's grants, officers typed by 用户标识). The API and groupEnterCloudID are mocked at the
 * module boundary; envelopes have the contracts' shapes.
 */
import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { click } from './support/events';
import type { GroupView } from '@shared/contracts/groups';
import { cardTarget } from '@shared/groups/cards';

jest.mock('@tarojs/taro', () => jest.requireActual('./support/pages').taroModule());
jest.mock('../../../client/src/services/api', () => jest.requireActual('./support/pages').apiModule());
jest.mock('../../../client/src/features/groups/services/enter', () => ({ groupEnterCloudID: jest.fn() }));
import { fail, ok, page, resetPage } from './support/pages';
import { groupEnterCloudID } from '../../../client/src/features/groups/services/enter';
import EnterPage from '../../../client/src/features/groups/EnterPage';
import GroupPage from '../../../client/src/features/groups/GroupPage';
import { bureauChoices, parseOpenids } from '../../../client/src/features/groups/views';

const enterMock = groupEnterCloudID as jest.MockedFunction<typeof groupEnterCloudID>;

const HR = {
  openid: 'o-hr-gl',
  openidMasked: 'o-h***',
  profile: { name: '王丽' },
  roles: [{ id: 'g2', role: 'employer_hr', roleLabel: '单位人事', scope: { kind: 'org', orgId: 'org-gl' }, scopeLabel: '钢联特钢' }],
  capabilities: { grantRoles: false, issueInvitations: false, manageOrganizations: false, claimInvitation: true, publishRounds: false },
  organizations: [],
};

function group(over: Partial<GroupView> = {}, me: Partial<GroupView['me']> = {}): GroupView {
  return {
    id: 'grp1',
    name: '昆都仑区非公企业职称联络群',
    district: '150203',
    bureau: '昆都仑区人社局',
    officers: [{ openid: 'o-kdl', name: '张海峰' }],
    bound: true,
    boundAt: '2026-11-20T00:00:00.000Z',
    status: 'active',
    memberCount: 3,
    enterpriseCount: 2,
    openQuestions: 2,
    overdueQuestions: 1,
    me: { runs: true, manages: true, membership: null, ...me },
    version: 2,
    ...over,
  };
}

const ROSTER_CONTACTS = {
  view: 'contacts' as const,
  total: 2,
  items: [
    {
      orgId: 'org-gl',
      orgName: '包头钢联特钢有限公司',
      orgDistrict: '150203' as const,
      districtName: '昆都仑区',
      contacts: [
        { memberId: 'm1', name: '王丽', phoneMasked: '138****5678', joinedAt: '2026-11-21T00:00:00.000Z', status: 'active' as const },
        { memberId: 'm2', name: '赵强', phoneMasked: '139****0001', joinedAt: '2026-11-21T00:00:00.000Z', status: 'removed' as const },
      ],
    },
    { orgId: 'org-xt', orgName: '包头稀土新材料有限公司', orgDistrict: '150203' as const, districtName: '昆都仑区', contacts: [] },
  ],
};

beforeEach(() => {
  resetPage();
  enterMock.mockReset();
  page.answers['identity.whoami'] = () => ok(HR);
  page.answers['groups.tasks.list'] = () => ok({ items: [], total: 0 });
});

const text = (c: HTMLElement, sel: string) => c.querySelector(sel)?.textContent ?? '';

describe('the landing page of a card', () => {
  it('joins the roster with the cloudID of the group it was opened from, says so, and goes on with 继续', async () => {
    page.routeParams = { g: 'grp1', k: 'announcement', id: 'a7' };
    enterMock.mockResolvedValue({ ok: true, cloudID: 'cid-1' });
    page.answers['groups.enter'] = () =>
      ok({
        outcome: 'joined',
        group: group({}, { runs: false, manages: false, membership: 'active' }),
        message: '包头钢联特钢有限公司已加入名册',
      });
    const { container } = render(<EnterPage />);
    await waitFor(() => expect(container.querySelector('#group-enter-page[data-state="entered"]')).not.toBeNull());
    expect(container.querySelector('#group-enter-page')?.getAttribute('data-outcome')).toBe('joined');
    expect(text(container, '#enter-title')).toBe('已加入「昆都仑区非公企业职称联络群」名册');
    const call = page.calls.find((c) => c.fn === 'groups' && c.action === 'enter');
    expect(call?.input).toEqual({});
    expect(call?.options).toEqual({ cloudID: 'cid-1' });
    expect(page.calls.some((c) => c.action === 'bind')).toBe(false);
    // The person sees what happened: no going on by itself.
    expect(page.redirectTo).not.toHaveBeenCalled();
    await click(container.querySelector('#enter-continue'));
    expect(page.redirectTo).toHaveBeenCalledWith({ url: cardTarget('announcement', 'grp1', 'a7') });
  });

  it('an HR of several employers picks the one that joins; the choice is sent as orgId with the same cloudID', async () => {
    page.routeParams = { g: 'grp1', k: 'group' };
    enterMock.mockResolvedValue({ ok: true, cloudID: 'cid-9' });
    page.answers['identity.whoami'] = () =>
      ok({
        ...HR,
        roles: [
          ...HR.roles,
          { id: 'g3', role: 'employer_hr', roleLabel: '单位人事', scope: { kind: 'org', orgId: 'org-xt' }, scopeLabel: '稀土新材料' },
        ],
      });
    page.answers['groups.enter'] = () =>
      ok({ outcome: 'joined', group: group({}, { runs: false, manages: false, membership: 'active' }), message: '稀土新材料已加入名册' });
    const { container } = render(<EnterPage />);
    await waitFor(() => expect(container.querySelector('#group-enter-page[data-state="choose"]')).not.toBeNull());
    expect(page.calls.some((c) => c.action === 'enter')).toBe(false);
    expect(container.querySelector('#enter-employer')?.getAttribute('role')).toBe('radiogroup');
    await click(container.querySelector('#enter-employer-org-xt'));
    await click(container.querySelector('#enter-join'));
    await waitFor(() => expect(container.querySelector('#group-enter-page[data-state="entered"]')).not.toBeNull());
    const call = page.calls.find((c) => c.fn === 'groups' && c.action === 'enter');
    expect(call?.input).toEqual({ orgId: 'org-xt' });
    expect(call?.options).toEqual({ cloudID: 'cid-9' });
  });

  it('an HR without an employer yet is led to claim it in 我的', async () => {
    page.routeParams = { g: 'grp1', k: 'group' };
    enterMock.mockResolvedValue({ ok: true, cloudID: 'cid-2' });
    page.answers['groups.enter'] = () => ok({ outcome: 'needs_employer', group: null, message: '请先用单位给的邀请码认领单位' });
    const { container } = render(<EnterPage />);
    await waitFor(() => expect(container.querySelector('#enter-claim')).not.toBeNull());
    expect(text(container, '#enter-title')).toBe('请先认领您的单位');
    expect(text(container, '#enter-message')).toBe('请先用单位给的邀请码认领单位');
    await click(container.querySelector('#enter-claim'));
    expect(page.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' });
    await click(container.querySelector('#enter-continue'));
    expect(page.redirectTo).toHaveBeenCalledWith({ url: '/packages/groups/group/index?id=grp1' });
  });

  it('someone removed from the roster is told so, with the function’s words', async () => {
    page.routeParams = { g: 'grp1', k: 'task', id: 't1' };
    enterMock.mockResolvedValue({ ok: true, cloudID: 'cid-3' });
    page.answers['groups.enter'] = () =>
      ok({
        outcome: 'removed',
        group: group({}, { runs: false, manages: false, membership: 'removed' }),
        message: '您已被本群工作人员移出名册，如有疑问请联系他们',
      });
    const { container } = render(<EnterPage />);
    await waitFor(() => expect(container.querySelector('[data-outcome="removed"]')).not.toBeNull());
    expect(text(container, '#enter-title')).toBe('您已被移出「昆都仑区非公企业职称联络群」名册');
    expect(text(container, '#enter-message')).toContain('移出名册');
    expect(container.querySelector('#enter-claim')).toBeNull();
    await click(container.querySelector('#enter-continue'));
    expect(page.redirectTo).toHaveBeenCalledWith({ url: '/packages/groups/task/index?id=t1' });
  });

  it('not opened from a group: the function is not asked, the page says joining needs the group card and goes on', async () => {
    page.routeParams = { g: 'grp1', k: 'briefing', id: 'b3' };
    enterMock.mockResolvedValue({ ok: false, reason: 'not_from_group', message: '请从微信群里的卡片打开本页' });
    const { container } = render(<EnterPage />);
    await waitFor(() => expect(container.querySelector('[data-state="not_from_group"]')).not.toBeNull());
    expect(text(container, '#enter-message')).toContain('需要在单位的联络微信群里点开卡片');
    expect(page.calls.filter((c) => c.fn === 'groups')).toEqual([]);
    await click(container.querySelector('#enter-continue'));
    expect(page.redirectTo).toHaveBeenCalledWith({ url: '/packages/notices/briefing/index?id=b3' });
  });

  it('the binding card binds the group it names, with the cloudID; a refusal is said in the function’s words', async () => {
    page.routeParams = { g: 'grp1', k: 'bind' };
    enterMock.mockResolvedValue({ ok: true, cloudID: 'cid-4' });
    page.answers['groups.bind'] = () => fail('CONFLICT', '这个微信群已绑定「青山区联络群」，一个微信群只能绑定一个联络群');
    const { container } = render(<EnterPage />);
    await waitFor(() => expect(container.querySelector('[data-state="refused"]')).not.toBeNull());
    const call = page.calls.find((c) => c.action === 'bind');
    expect(call?.input).toEqual({ id: 'grp1' });
    expect(call?.options).toEqual({ cloudID: 'cid-4' });
    expect(page.calls.some((c) => c.action === 'enter')).toBe(false);
    expect(text(container, '#enter-title')).toBe('没有绑定');
    expect(text(container, '#enter-message')).toContain('一个微信群只能绑定一个联络群');
  });

  it('not signed in: the sign-in prompt, and no group is read', async () => {
    page.routeParams = { g: 'grp1', k: 'group' };
    page.answers['identity.whoami'] = () => fail('UNAUTHENTICATED', '请先登录');
    const { container } = render(<EnterPage />);
    await waitFor(() => expect(container.querySelector('#signin-prompt')).not.toBeNull());
    expect(text(container, '#signin-prompt')).toContain('登录后即可加入本群的联络群名册');
    expect(enterMock).not.toHaveBeenCalled();
  });
});

describe('the roster on the group page', () => {
  it('officers see each enterprise’s HR with a masked phone; 移出 asks for a reason and a confirmation first', async () => {
    page.routeParams = { id: 'grp1' };
    page.answers['groups.get'] = () => ok(group());
    page.answers['groups.share'] = () =>
      ok({
        title: '昆都仑区非公企业职称联络群：企业人事点开即加入名册',
        path: '/packages/groups/enter/index?g=grp1&k=group',
        withShareTicket: true,
      });
    page.answers['groups.roster'] = () => ok(ROSTER_CONTACTS);
    page.answers['groups.roster.remove'] = () => ok({ removed: true });
    const { container } = render(<GroupPage />);
    await waitFor(() => expect(container.querySelector('#roster[data-view="contacts"]')).not.toBeNull());
    expect(text(container, '#group-bound')).toBe('已绑定微信群');
    expect(text(container, '#group-questions')).toBe('待答复 2 个，其中超时 1 个');
    expect(container.querySelector('#group-bind-card')).toBeNull();
    await waitFor(() => expect(container.querySelector('#share-group[data-ready="true"]')).not.toBeNull());

    const contacts = Array.from(container.querySelectorAll('.roster-contact'));
    expect(contacts.map((c) => c.querySelector('.roster-contact__phone')?.textContent)).toEqual(['138****5678', '139****0001']);
    expect(container.textContent).not.toMatch(/1\d{10}/);
    // The removed one says so in words and has no button.
    expect(contacts[1].textContent).toContain('已移出');
    expect(contacts[1].querySelector('.roster-remove')).toBeNull();

    await click(contacts[0].querySelector('.roster-remove'));
    const panel = container.querySelector('#roster-remove-panel');
    expect(panel?.getAttribute('role')).toBe('alertdialog');
    expect(panel?.textContent).toContain('确定把包头钢联特钢有限公司的王丽移出名册吗');
    expect(page.calls.some((c) => c.action === 'roster.remove')).toBe(false);
    await click(container.querySelector('#roster-remove-cancel'));
    expect(container.querySelector('#roster-remove-panel')).toBeNull();
    expect(page.calls.some((c) => c.action === 'roster.remove')).toBe(false);

    await click(container.querySelector('.roster-remove'));
    const reason = container.querySelector('#roster-remove-reason');
    await act(async () => {
      fireEvent(reason!, new CustomEvent('input', { detail: { value: '已离职' }, bubbles: true }));
    });
    await click(container.querySelector('#roster-remove-ok'));
    await waitFor(() => expect(container.querySelector('#roster-removed')).not.toBeNull());
    expect(page.calls.find((c) => c.action === 'roster.remove')?.input).toEqual({ id: 'grp1', memberId: 'm1', reason: '已离职' });
    expect(text(container, '#roster-removed')).toBe('已将包头钢联特钢有限公司的王丽移出名册');
  });

  it('an unbound group shows its officers the binding card and its instruction', async () => {
    page.routeParams = { id: 'grp1' };
    page.answers['groups.get'] = () => ok(group({ bound: false, boundAt: null }));
    page.answers['groups.share'] = () =>
      ok({ title: '【绑定联络群】…', path: '/packages/groups/enter/index?g=grp1&k=bind', withShareTicket: true });
    page.answers['groups.roster'] = () => ok({ view: 'contacts', items: [], total: 0 });
    const { container } = render(<GroupPage />);
    await waitFor(() => expect(container.querySelector('#group-bind-card')).not.toBeNull());
    expect(text(container, '#group-bound')).toBe('未绑定微信群');
    expect(text(container, '#group-bind-card')).toContain('把绑定卡片分享到单位联络微信群，再由本群工作人员在群里点开完成绑定');
    await waitFor(() => expect(container.querySelector('#share-bind[data-ready="true"]')).not.toBeNull());
    expect(page.calls.find((c) => c.action === 'share')?.input).toEqual({ groupId: 'grp1', kind: 'bind' });
    expect(container.querySelector('#group-share-card')).toBeNull();
  });

  it('members see the enterprises’ names only: no HR, no phone, no 移出, no share cards', async () => {
    page.routeParams = { id: 'grp1' };
    page.answers['groups.get'] = () =>
      ok(group({ openQuestions: 0, overdueQuestions: 0 }, { runs: false, manages: false, membership: 'active' }));
    page.answers['groups.roster'] = () =>
      ok({ view: 'enterprises', total: 2, items: ROSTER_CONTACTS.items.map(({ contacts: _c, ...rest }) => rest) });
    const { container } = render(<GroupPage />);
    await waitFor(() => expect(container.querySelector('#roster[data-view="enterprises"]')).not.toBeNull());
    expect(Array.from(container.querySelectorAll('.roster-item__name')).map((e) => e.textContent)).toEqual([
      '包头钢联特钢有限公司',
      '包头稀土新材料有限公司',
    ]);
    expect(container.querySelectorAll('.roster-contact')).toHaveLength(0);
    expect(container.querySelector('.roster-remove')).toBeNull();
    expect(container.textContent).not.toContain('****');
    expect(container.textContent).not.toContain('王丽');
    expect(container.querySelector('#group-bind-card')).toBeNull();
    expect(container.querySelector('#group-share-card')).toBeNull();
    expect(container.querySelector('#group-questions')).toBeNull();
    expect(container.querySelector('#group-ask')).not.toBeNull();
    expect(page.calls.some((c) => c.action === 'share')).toBe(false);
  });
});

describe('the helpers', () => {
  it('offers the bureaus the person may create a group for, and splits typed officers', () => {
    const district = { role: 'district_officer' as const, scope: { kind: 'district' as const, district: '150203' as const } };
    const city = { role: 'city_officer' as const, scope: { kind: 'city' as const } };
    expect(bureauChoices({ openid: 'o1', roles: [district] }).map((c) => [c.label, c.district])).toEqual([['昆都仑区人社局', '150203']]);
    expect(bureauChoices({ openid: 'o1', roles: [city] }).map((c) => c.district)).toEqual([null]);
    expect(bureauChoices({ openid: 'o1', roles: [{ role: 'employer_hr', scope: { kind: 'org', orgId: 'x' } }] })).toEqual([]);
    expect(parseOpenids(' o-aaaaaa\no-bbbbbb，o-aaaaaa  o-self1 ', 'o-self1')).toEqual(['o-aaaaaa', 'o-bbbbbb']);
  });
});
