/**
 * 发布通知 in jsdom: the block editor's model (add / move / remove, to body blocks and back, never HTML), the
 * capacities from whoami's roles, and the 编写通知 page — the live reach count (“将送达 128 人”) asked for the
 * officer's district, blocks added and removed, a target that reaches nobody said so and the function's
 * refusal shown once under the target, the confirmation naming the count before draft.save → publish.
 * The API is mocked at the module boundary; envelopes have the contracts' shapes.
 */
import { render, waitFor } from '@testing-library/react';
import { click } from './support/events';

jest.mock('@tarojs/taro', () => jest.requireActual('./support/pages').taroModule());
jest.mock('../../../client/src/services/api', () => jest.requireActual('./support/pages').apiModule());
import { fail, ok, page, resetPage } from './support/pages';

import type { AnnouncementDetail } from '@shared/contracts/announcements';
import {
  addBlock,
  capacitiesOf,
  contentOf,
  fromBody,
  moveBlock,
  removeBlock,
  toBody,
  updateBlock,
  type EditorBlock,
} from '../../../client/src/features/publish/views';
import Compose from '../../../client/src/features/publish/ComposePage';

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
  capabilities: { grantRoles: true, issueInvitations: true, manageOrganizations: true, claimInvitation: true, publishRounds: false },
  organizations: [],
};

function detail(over: Partial<AnnouncementDetail['announcement']> = {}): AnnouncementDetail {
  return {
    announcement: {
      id: 'a1',
      publisher: { role: 'district_officer', name: '昆都仑区人社局', district: '150203', key: 'district:150203' },
      status: 'draft',
      displayStatus: 'draft',
      displayStatusLabel: '草稿',
      categoryLabel: '申报通知',
      content: {
        title: '钢铁企业申报提醒',
        category: 'application_notice',
        body: [{ type: 'paragraph', content: [{ text: '请按时报送。' }] }],
        attachments: [],
        target: { districts: ['150203'], industries: ['钢铁'] },
        publishAt: null,
        expiresAt: null,
        pinned: false,
      },
      targetSummary: '昆都仑区 · 钢铁行业',
      version: 1,
      edition: 0,
      notifyVersion: 0,
      history: [],
      createdAt: '2026-12-01T00:00:00.000Z',
      updatedAt: '2026-12-01T00:00:00.000Z',
      ...over,
    },
    available: [
      { action: 'edit', label: '修改', as: 'publisher', enabled: true },
      { action: 'publish', label: '发布', as: 'publisher', enabled: true },
    ],
    unread: false,
  };
}

beforeEach(() => {
  resetPage();
  page.answers['identity.whoami'] = () => ok(KDL_OFFICER);
  page.answers['identity.listOrganizations'] = () => ok({ items: [], total: 0, page: 1, pageSize: 50 });
});

describe('the block editor model', () => {
  it('adds, moves and removes blocks, and writes body blocks with no HTML and no URL', () => {
    let blocks: EditorBlock[] = [];
    blocks = addBlock(blocks, 'paragraph');
    blocks = addBlock(blocks, 'list');
    blocks = addBlock(blocks, 'clause');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'link']);
    blocks = updateBlock(blocks, 0, { text: '<b>第一段</b>' });
    blocks = updateBlock(blocks, 1, { items: ['一', '二'] });
    blocks = updateBlock(blocks, 2, { link: { kind: 'clause', clause: '第六条' }, linkText: '第六条' });
    blocks = moveBlock(blocks, 2, -1);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'link', 'list']);
    expect(moveBlock(blocks, 0, -1).map((b) => b.key)).toEqual(blocks.map((b) => b.key));
    const body = toBody(blocks);
    expect(body).toEqual([
      { type: 'paragraph', content: [{ text: '<b>第一段</b>' }] },
      { type: 'paragraph', content: [{ text: '详见' }, { text: '第六条', link: { kind: 'clause', clause: '第六条' } }] },
      { type: 'list', style: 'bulleted', items: [{ content: [{ text: '一' }] }, { content: [{ text: '二' }] }] },
    ]);
    expect(toBody(fromBody(body))).toEqual(body);
    expect(removeBlock(blocks, 1).map((b) => b.kind)).toEqual(['paragraph', 'list']);
  });

  it('an unchosen link goes without its id (the function asks for it under the block); empty kinds of target are dropped', () => {
    const blocks = addBlock([], 'briefing');
    expect(toBody(blocks)).toEqual([{ type: 'paragraph', content: [{ text: '链接到宣讲', link: { kind: 'briefing' } }] }]);
    const c = contentOf({
      capacity: 'x',
      title: 't',
      category: 'other',
      blocks: [],
      attachments: [],
      target: { roles: [], industries: ['钢铁'] },
      publishOn: '2026-12-10',
      expiresOn: '',
      pinned: false,
    });
    expect(c.target).toEqual({ industries: ['钢铁'] });
    expect(c.publishAt).toBe('2026-12-10T00:00:00+08:00');
    expect(c.expiresAt).toBeNull();
  });

  it('capacities come from the roles by the shared rule', () => {
    const caps = capacitiesOf({
      openid: 'x',
      roles: [
        { role: 'district_officer', scope: { kind: 'district', district: '150203' } },
        { role: 'employer_hr', scope: { kind: 'org', orgId: 'org-emp-09' } },
        { role: 'applicant', scope: { kind: 'self' } as never },
      ],
      organizations: [{ id: 'org-emp-09', name: '钢联特钢' }],
    });
    expect(caps.map((c) => [c.key, c.label])).toEqual([
      ['district:150203', '昆都仑区人社部门'],
      ['employer_hr:org-emp-09', '单位人事（钢联特钢）'],
    ]);
  });
});

describe('编写通知', () => {
  it('shows the live reach for the officer’s district, and adds and removes blocks', async () => {
    page.answers['announcements.reach'] = () => ok({ count: 128, summary: '昆都仑区' });
    const { container } = render(<Compose />);
    await waitFor(() => expect(container.querySelector('#compose-reach')?.textContent).toContain('将送达 128 人'), { timeout: 3000 });
    const reach = page.calls.find((c) => c.action === 'reach')?.input as { publisher: unknown; target: unknown };
    expect(reach.publisher).toEqual({ role: 'district_officer', scope: { kind: 'district', district: '150203' } });
    expect(reach.target).toEqual({ districts: ['150203'] });
    expect(container.querySelector('#compose-reach')?.getAttribute('role')).toBe('status');
    expect(container.querySelector('#target-district-fixed')?.textContent).toBe('仅本区：昆都仑区');
    expect(container.querySelector('#target-districts')).toBeNull();

    expect(container.querySelectorAll('.block-item')).toHaveLength(0);
    await click(container.querySelector('#block-add-paragraph'));
    await click(container.querySelector('#block-add-clause'));
    await click(container.querySelector('#block-add-list'));
    const kinds = () => Array.from(container.querySelectorAll('.block-item')).map((b) => b.getAttribute('data-kind'));
    expect(kinds()).toEqual(['paragraph', 'clause', 'list']);
    await click(container.querySelector('.block-item[data-index="2"] .block-up'));
    expect(kinds()).toEqual(['paragraph', 'list', 'clause']);
    await click(container.querySelector('.block-item[data-index="0"] .block-remove'));
    expect(kinds()).toEqual(['list', 'clause']);
    expect(container.querySelector('.block-item[data-index="0"] .block-remove')?.getAttribute('role')).toBe('button');

    // Choosing an industry asks again, with the industry.
    page.answers['announcements.reach'] = () => ok({ count: 3, summary: '昆都仑区 · 钢铁行业' });
    await click(container.querySelector('#target-industries-钢铁'));
    await waitFor(() => expect(container.querySelector('#compose-reach')?.textContent).toContain('将送达 3 人'), { timeout: 3000 });
    expect(page.calls.filter((c) => c.action === 'reach').pop()?.input).toMatchObject({
      target: { districts: ['150203'], industries: ['钢铁'] },
    });
  });

  it('a target that reaches nobody says so; publishing is refused with the function’s message, once, under the target', async () => {
    page.answers['announcements.reach'] = () =>
      ok({ count: 0, summary: '昆都仑区 · 农牧业行业', problem: '发布范围内目前没有人，请放宽发布范围' });
    page.answers['announcements.draft.save'] = () => ok(detail());
    const refusal = '发布范围内目前没有人，请放宽发布范围后再发布';
    page.answers['announcements.publish'] = () => fail('VALIDATION', refusal, [{ path: 'content.target', message: refusal }]);
    const { container } = render(<Compose />);
    await waitFor(() => expect(container.querySelector('#compose-reach')?.textContent).toContain('发布范围内目前没有人，请放宽发布范围'), {
      timeout: 3000,
    });
    expect(container.querySelector('#compose-reach')?.className).toContain('reach--none');
    await click(container.querySelector('#compose-publish'));
    await waitFor(() => expect(container.querySelector('#compose-target-error')).not.toBeNull());
    expect(container.querySelector('#compose-target-error')?.textContent).toBe(refusal);
    // No confirmation for a count of nobody, and the message is said once (not again above the buttons).
    expect(container.querySelector('#compose-confirm')).toBeNull();
    expect(container.querySelector('#compose-error')).toBeNull();
    expect(container.textContent!.split(refusal).length - 1).toBe(1);
    expect(page.calls.map((c) => c.action).filter((a) => a === 'draft.save' || a === 'publish')).toEqual(['draft.save', 'publish']);
    expect(page.calls.find((c) => c.action === 'publish')?.input).toEqual({ id: 'a1', expectedVersion: 1 });
  });

  it('confirms with the count before publishing; field errors of the save go under their fields', async () => {
    page.answers['announcements.reach'] = () => ok({ count: 128, summary: '昆都仑区' });
    page.answers['announcements.draft.save'] = () =>
      fail('VALIDATION', '标题至少 2 个字', [
        { path: 'content.title', message: '标题至少 2 个字' },
        { path: 'content.body.0.content', message: '正文中有空白的段落，请删除' },
      ]);
    const { container } = render(<Compose />);
    await waitFor(() => expect(container.querySelector('#compose-reach')?.textContent).toContain('将送达 128 人'), { timeout: 3000 });
    await click(container.querySelector('#block-add-paragraph'));
    await click(container.querySelector('#compose-publish'));
    expect(container.querySelector('#compose-confirm')?.textContent).toContain('将送达 128 人');
    expect(container.querySelector('#compose-confirm')?.getAttribute('role')).toBe('alertdialog');
    await click(container.querySelector('#compose-confirm-ok'));
    await waitFor(() => expect(container.querySelector('#compose-title-error')).not.toBeNull());
    expect(container.querySelector('#compose-title-error')?.textContent).toBe('标题至少 2 个字');
    expect(container.querySelector('#compose-block-0-error')?.textContent).toBe('正文中有空白的段落，请删除');
    expect(container.querySelector('#compose-error')).toBeNull();
    expect(page.calls.some((c) => c.action === 'publish')).toBe(false);

    page.answers['announcements.draft.save'] = () => ok(detail());
    page.answers['announcements.publish'] = () =>
      ok({
        ...detail({ status: 'published', displayStatus: 'published', displayStatusLabel: '已发布', edition: 1, version: 2 }),
        available: [],
        reach: 128,
      });
    await click(container.querySelector('#compose-publish'));
    await click(container.querySelector('#compose-confirm-ok'));
    await waitFor(() => expect(container.querySelector('#compose-done')?.textContent).toBe('已发布，将送达 128 人'));
    expect(container.querySelector('#compose-form')?.getAttribute('data-status')).toBe('published');
    expect(container.querySelector('#compose-title-error')).toBeNull();
    const saved = page.calls.filter((c) => c.action === 'draft.save').pop()?.input as { publisher: unknown; content: { target: unknown } };
    expect(saved.publisher).toEqual({ role: 'district_officer', scope: { kind: 'district', district: '150203' } });
    expect(saved.content.target).toEqual({ districts: ['150203'] });
  });
});
