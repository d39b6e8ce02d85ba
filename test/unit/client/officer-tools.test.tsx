/**
 * Officers' tools in jsdom: 角色授权 finds people by name or phone (never an openid typed or sent), grants to the
 * person picked with the role and scope and says who got what, offers only the roles and organizations the
 * caller may grant, lists the grants the caller manages with 撤销 after a confirmation; 批量办理 counts only the
 * ticked files the action applies to, names the others, and asks before sending. The API is mocked at the module
 * boundary; envelopes have the contracts' shapes.
 */
import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { click } from './support/events';

jest.mock('@tarojs/taro', () => jest.requireActual('./support/pages').taroModule());
jest.mock('../../../client/src/services/api', () => jest.requireActual('./support/pages').apiModule());
import { fail, ok, page, resetPage } from './support/pages';
import Roles from '../../../client/src/features/admin/RolesPage';
import { BatchBar, batchSplit } from '../../../client/src/features/work/BatchBar';

const caps = { grantRoles: true, issueInvitations: true, manageOrganizations: true, claimInvitation: true, publishRounds: false };
const me = (roles: object[]) => ({
  openid: 'o-officer-0001',
  openidMasked: 'o-of…0001',
  profile: { name: '张海峰' },
  roles,
  capabilities: caps,
  organizations: [],
});
const CITY = me([{ id: 'g1', role: 'city_officer', roleLabel: '市人社局', scope: { kind: 'city' }, scopeLabel: '包头市' }]);
const KDL = me([
  {
    id: 'g2',
    role: 'district_officer',
    roleLabel: '旗县区人社部门',
    scope: { kind: 'district', district: '150203' },
    scopeLabel: '昆都仑区',
  },
]);
const APPLICANT = { ...me([]), capabilities: { ...caps, grantRoles: false } };
const org = (id: string, type: string, name: string) => ({
  id,
  type,
  typeLabel: '',
  name,
  district: '150203',
  districtName: '昆都仑区',
  version: 1,
  updatedAt: '2026-11-01T00:00:00.000Z',
});
const ORGS = [org('emp-1', 'employer', '包头北辰精密装备制造有限公司'), org('assoc-1', 'social_org', '包头市稀土行业协会')];
const person = (ref: string, name: string, phone: string, roles: object[] = []) => ({
  ref,
  name,
  nameMasked: true,
  phone,
  openidMasked: 'appl…0001',
  roles,
});
const HR_GRANT = {
  id: 'gr-hr',
  role: 'employer_hr',
  roleLabel: '单位人事',
  scope: { kind: 'org', orgId: 'emp-1' },
  scopeLabel: '包头北辰精密装备制造有限公司',
  person: { name: '钱*红', nameMasked: true, phone: '139****0011', openidMasked: 'hr-k…0001' },
  grantedAt: '2026-11-02T08:00:00.000Z',
};

const type = async (el: Element | null, value: string) => {
  expect(el).not.toBeNull();
  await act(async () => {
    fireEvent(el!, new CustomEvent('input', { detail: { value }, bubbles: true }));
  });
};
const pick = async (el: Element | null, index: number) => {
  expect(el).not.toBeNull();
  await act(async () => {
    fireEvent(el!, new CustomEvent('change', { detail: { value: String(index) }, bubbles: true }));
  });
};
const text = (c: HTMLElement, sel: string) => c.querySelector(sel)?.textContent ?? '';
const calls = (action: string) => page.calls.filter((c) => c.fn === 'identity' && c.action === action);

beforeEach(() => {
  resetPage();
  page.answers['identity.listOrganizations'] = () => ok({ items: ORGS, total: ORGS.length, page: 1, pageSize: 50 });
  page.answers['identity.grants.list'] = () => ok({ items: [HR_GRANT], total: 1, page: 1, pageSize: 20 });
});

async function openRoles(who: object) {
  page.answers['identity.whoami'] = () => ok(who);
  const view = render(<Roles />);
  await waitFor(() => expect(view.container.querySelector('#grant-submit, #roles-forbidden')).not.toBeNull());
  return view.container;
}

describe('角色授权', () => {
  it('finds people by part of a name, grants to the one picked and says who got what', async () => {
    const c = await openRoles(CITY);
    expect(c.querySelector('#grant-openid-input')).toBeNull();
    expect(text(c, '#people-form')).toContain('可输入姓名的一部分，或手机号后 4 位及以上');
    page.answers['identity.people.search'] = () =>
      ok({ items: [person('a'.repeat(24), '王*国', '139****0001'), person('b'.repeat(24), '王*军', '139****0002')], more: false });
    await type(c.querySelector('#people-keyword'), ' 王建 ');
    await click(c.querySelector('#people-search'));
    await waitFor(() => expect(c.querySelectorAll('.person-item')).toHaveLength(2));
    expect(calls('people.search')[0].input).toEqual({ keyword: '王建' });
    expect(text(c, '#people-results')).toContain('王*军 · 139****0002');
    expect(text(c, '#people-results')).toContain('暂无您可管理的角色');

    await click(c.querySelectorAll('.person-pick')[1]);
    expect(text(c, '#grant-person')).toContain('王*军 · 139****0002');
    // A city officer grants officers and staff, not admins.
    const roleRange = () => c.querySelector('#grant-role-picker');
    await pick(roleRange(), 2); // 旗县区人社部门
    await pick(c.querySelector('#grant-district-picker'), 1); // 昆都仑区
    page.answers['identity.grantRole'] = () =>
      ok({
        id: 'gr-new',
        role: 'district_officer',
        roleLabel: '旗县区人社部门',
        scope: { kind: 'district', district: '150203' },
        scopeLabel: '昆都仑区',
        person: { name: '王*军', nameMasked: true, phone: '139****0002', openidMasked: 'appl…0002' },
      });
    const listed = calls('grants.list').length;
    await click(c.querySelector('#grant-submit'));
    await waitFor(() => expect(c.querySelector('#grant-success')).not.toBeNull());
    expect(calls('grantRole')[0].input).toEqual({
      person: 'b'.repeat(24),
      role: 'district_officer',
      scope: { kind: 'district', district: '150203' },
    });
    expect(text(c, '#grant-success')).toBe('已授予 王*军 旗县区人社部门（昆都仑区）');
    // The list of managed grants is asked again, with the new grant in it.
    await waitFor(() => expect(calls('grants.list').length).toBe(listed + 1));
  });

  it('asks for a person first, and says so under the field without calling', async () => {
    const c = await openRoles(CITY);
    await pick(c.querySelector('#grant-role-picker'), 3); // 市人社局
    await click(c.querySelector('#grant-submit'));
    expect(text(c, '#grant-person-error')).toBe('请先在上方查找并选择要授权的人');
    expect(calls('grantRole')).toEqual([]);
  });

  it('a district officer: full name or phone, staff roles only, and only the organizations that take the role', async () => {
    const c = await openRoles(KDL);
    expect(text(c, '#people-form')).toContain('请输入对方的完整姓名或完整的 11 位手机号');
    page.answers['identity.people.search'] = () =>
      fail('VALIDATION', '请输入对方完整的 11 位手机号或完整姓名', [
        { path: 'keyword', message: '请输入对方完整的 11 位手机号或完整姓名' },
      ]);
    await type(c.querySelector('#people-keyword'), '0001');
    await click(c.querySelector('#people-search'));
    await waitFor(() => expect(text(c, '#people-keyword-error')).toBe('请输入对方完整的 11 位手机号或完整姓名'));

    page.answers['identity.people.search'] = () => ok({ items: [person('c'.repeat(24), '赵欣然', '139****0003')], more: false });
    await type(c.querySelector('#people-keyword'), '赵欣然');
    await click(c.querySelector('#people-search'));
    await waitFor(() => expect(c.querySelectorAll('.person-item')).toHaveLength(1));
    await click(c.querySelector('.person-pick'));
    await pick(c.querySelector('#grant-role-picker'), 1); // the second of [单位人事, 推荐单位]
    expect(text(c, '#grant-role-picker')).toBe('推荐单位');
    await pick(c.querySelector('#grant-role-picker'), 2); // nothing there: 旗县区人社部门 is not offered
    expect(text(c, '#grant-role-picker')).toBe('推荐单位');
    // A recommender belongs to a recommending body, not to an employer.
    await pick(c.querySelector('#grant-org-picker'), 0);
    expect(text(c, '#grant-org-picker')).toBe('包头市稀土行业协会（昆都仑区）');
    await pick(c.querySelector('#grant-org-picker'), 1);
    expect(text(c, '#grant-org-picker')).toBe('包头市稀土行业协会（昆都仑区）');
  });

  it('says when nobody was found, and when there are more than shown', async () => {
    const c = await openRoles(CITY);
    page.answers['identity.people.search'] = () => ok({ items: [], more: false });
    await type(c.querySelector('#people-keyword'), '无此人');
    await click(c.querySelector('#people-search'));
    await waitFor(() => expect(text(c, '#people-empty')).toContain('没有找到'));
    page.answers['identity.people.search'] = () => ok({ items: [person('d'.repeat(24), '孙*甲', '未留电话')], more: true });
    await click(c.querySelector('#people-search'));
    await waitFor(() => expect(text(c, '#people-more')).toContain('请输入更完整的姓名或手机号'));
  });

  it('lists the grants the caller manages and revokes one only after a confirmation', async () => {
    const c = await openRoles(KDL);
    await waitFor(() => expect(c.querySelectorAll('.grant-item')).toHaveLength(1));
    expect(text(c, '.grant-item')).toContain('钱*红 · 单位人事（包头北辰精密装备制造有限公司）');
    expect(text(c, '.grant-item')).toContain('139****0011');
    expect(c.querySelector('.grant-revoke')?.getAttribute('aria-label')).toBe('撤销 钱*红 的单位人事（包头北辰精密装备制造有限公司）');

    await click(c.querySelector('.grant-revoke'));
    expect(text(c, '#revoke-confirm')).toContain('确定撤销 钱*红 的单位人事（包头北辰精密装备制造有限公司）吗？');
    await click(c.querySelector('#revoke-confirm-cancel'));
    expect(c.querySelector('#revoke-confirm')).toBeNull();
    expect(calls('revokeRole')).toEqual([]);

    page.answers['identity.revokeRole'] = () => ok({ revoked: true });
    await click(c.querySelector('.grant-revoke'));
    page.answers['identity.grants.list'] = () => ok({ items: [], total: 0, page: 1, pageSize: 20 });
    await click(c.querySelector('#revoke-confirm-ok'));
    await waitFor(() => expect(text(c, '#revoke-success')).toBe('已撤销 钱*红 的单位人事（包头北辰精密装备制造有限公司）'));
    expect(calls('revokeRole').map((x) => x.input)).toEqual([{ grantId: 'gr-hr' }]);
    await waitFor(() => expect(c.querySelector('#grants-empty')).not.toBeNull());
  });

  it('tells someone who grants nothing that they may not, without searching', async () => {
    const c = await openRoles(APPLICANT);
    expect(text(c, '#roles-forbidden')).toBe('您没有授予角色的权限。');
    expect(c.querySelector('#people-form')).toBeNull();
  });
});

describe('批量办理', () => {
  const items = [
    { id: 'a1', workflow: 'socialized' as const, stage: 'employer_review' as const },
    { id: 'a2', workflow: 'socialized' as const, stage: 'notice_ready' as const },
    { id: 'a3', workflow: 'green_channel' as const, stage: 'employer_review' as const },
  ];
  const names = { a1: '王*国 · 工程师', a2: '李*明 · 助理工程师', a3: '赵*然 · 高级工程师' };

  it('counts the ticked files the action applies to, shown in the list', () => {
    expect(batchSplit('employer_approve', ['a1', 'a2', 'a3', 'gone'], items)).toMatchObject({
      chosen: [{ id: 'a1' }, { id: 'a2' }, { id: 'a3' }],
      applicable: [{ id: 'a1' }, { id: 'a3' }],
      skipped: [{ id: 'a2' }],
    });
    expect(batchSplit('start_notice', ['a1', 'a2'], items).applicable.map((i) => i.id)).toEqual(['a2']);
    expect(batchSplit('', ['a1'], items).applicable).toEqual([]);
  });

  it('says the right count, names the files left out, asks, and sends only the files it applies to', async () => {
    const onDone = jest.fn();
    const { container: c } = render(
      <BatchBar
        actions={['employer_approve', 'start_notice']}
        ids={['a1', 'a2', 'a3', 'gone']}
        names={names}
        items={items}
        onDone={onDone}
      />,
    );
    expect(text(c, '#batch-count')).toBe('已选 3 份');
    await click(c.querySelector('#batch-action-employer_approve'));
    expect(text(c, '#batch-count')).toBe('已选 3 份，其中 2 份可以单位审核通过');
    expect(text(c, '#batch-skipped')).toBe('1 份不在可以单位审核通过的环节，不会办理：李*明 · 助理工程师');
    expect(text(c, '#batch-submit')).toBe('单位审核通过（2 份）');

    await click(c.querySelector('#batch-submit'));
    expect(page.calls.filter((x) => x.action === 'batch')).toEqual([]);
    expect(text(c, '#batch-confirm')).toContain('确定对这 2 份申报办理「单位审核通过」吗？');
    expect(text(c, '#batch-confirm')).toContain('赵*然 · 高级工程师');
    expect(text(c, '#batch-confirm')).not.toContain('李*明');
    await click(c.querySelector('#batch-confirm-cancel'));
    expect(c.querySelector('#batch-confirm')).toBeNull();
    expect(page.calls.filter((x) => x.action === 'batch')).toEqual([]);

    page.answers['applications.batch'] = () =>
      ok({
        results: [
          { id: 'a1', ok: true, version: 3 },
          { id: 'a3', ok: false, code: 'CONFLICT', message: '该申报已被他人办理' },
        ],
      });
    await click(c.querySelector('#batch-submit'));
    await click(c.querySelector('#batch-confirm-ok'));
    await waitFor(() => expect(c.querySelectorAll('.batch-result')).toHaveLength(2));
    expect(page.calls.filter((x) => x.action === 'batch').map((x) => x.input)).toEqual([
      { ids: ['a1', 'a3'], action: 'employer_approve', input: {} },
    ]);
    expect(c.querySelector('.batch-result[data-id="a3"]')?.getAttribute('data-ok')).toBe('false');
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('cannot be sent when none of the ticked files is at a stage the action applies to', async () => {
    const { container: c } = render(
      <BatchBar actions={['start_notice']} ids={['a1']} names={names} items={items} onDone={() => undefined} />,
    );
    await click(c.querySelector('#batch-action-start_notice'));
    expect(text(c, '#batch-count')).toBe('已选 1 份，其中 0 份可以开始公示');
    await click(c.querySelector('#batch-submit'));
    expect(c.querySelector('#batch-confirm')).toBeNull();
  });
});
