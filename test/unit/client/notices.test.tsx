/**
 * The 通知 / 宣讲 pages in jsdom: the block renderer keeps every run as text (a `<script>` stays text, links
 * name clauses), the feed's unread label in words, and the list / detail pages' loading, error, empty and
 * loaded states (the API mocked at the module boundary; the envelopes are the contracts' shapes).
 */
import { act, fireEvent, render, waitFor } from '@testing-library/react';
import type { Block } from '@shared/announcements/body';
import type { AnnouncementDetail, AnnouncementFeedItem } from '@shared/contracts/announcements';
import type { BriefingDetail } from '@shared/contracts/briefings';

jest.mock('@tarojs/taro', () => jest.requireActual('./support/pages').taroModule());
jest.mock('../../../client/src/services/api', () => jest.requireActual('./support/pages').apiModule());
import { fail, ok, page, resetPage } from './support/pages';

import { AnnouncementBody, linkUrl } from '../../../client/src/features/notices/Body';
import { FeedItem } from '../../../client/src/features/notices/FeedItem';
import { RadioChips } from '../../../client/src/components/RadioChips';
import { hrOrgs, mineText, seatsText } from '../../../client/src/features/notices/views';
import NoticeList from '../../../client/src/features/notices/ListPage';
import AnnouncementDetailPage from '../../../client/src/features/notices/DetailPage';
import BriefingPage from '../../../client/src/features/notices/BriefingPage';

beforeEach(() => {
  resetPage();
});

describe('AnnouncementBody', () => {
  const body: Block[] = [
    { type: 'heading', level: 1, text: '<h1>一、申报条件</h1>' },
    {
      type: 'paragraph',
      content: [{ text: '<script>alert(1)</script>' }, { text: '详见' }, { text: '第二条', link: { kind: 'clause', clause: '第二条' } }],
    },
    {
      type: 'list',
      style: 'numbered',
      items: [
        {
          content: [{ text: '<img src=x onerror=alert(1)>' }],
          children: { style: 'bulleted', items: [{ content: [{ text: 'javascript:alert(1)' }] }] },
        },
        { content: [{ text: '报名宣讲', link: { kind: 'briefing', id: 'b-1' } }] },
      ],
    },
  ];

  it('renders every run as text: no script, img or anchor element is created', () => {
    const { container } = render(<AnnouncementBody body={body} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
    expect(container.querySelector('h1')).toBeNull();
    expect(container.textContent).toContain('<script>alert(1)</script>');
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.textContent).toContain('javascript:alert(1)');
    // No attribute anywhere carries text from the body.
    for (const el of Array.from(container.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) if (a.name !== 'aria-label') expect(a.value).not.toMatch(/alert|script/);
    }
  });

  it('marks headings, lists and links with roles; a clause link opens the clause page', () => {
    const { container } = render(<AnnouncementBody body={body} />);
    const heading = container.querySelector('[role="heading"]');
    expect(heading?.textContent).toBe('<h1>一、申报条件</h1>');
    expect(heading?.getAttribute('aria-level')).toBe('3');
    expect(container.querySelectorAll('[role="listitem"]')).toHaveLength(3);
    const links = container.querySelectorAll('[role="link"]');
    expect(links).toHaveLength(2);
    expect(links[0].getAttribute('aria-label')).toBe('第二条（包人社办字〔2021〕82号 第二条）');
    fireEvent.click(links[0]);
    expect(page.navigateTo).toHaveBeenCalledWith({ url: '/packages/policy/clause/index?id=art2' });
    expect(linkUrl({ kind: 'briefing', id: 'b-1' })).toBe('/packages/notices/briefing/index?id=b-1');
    expect(linkUrl({ kind: 'round', id: 'r-1' })).toBeNull();
  });
});

const item = (over: Partial<AnnouncementFeedItem> = {}): AnnouncementFeedItem => ({
  id: 'a1',
  title: '关于开展2026年度职称申报的通知',
  category: 'application_notice',
  categoryLabel: '申报通知',
  publisher: '包头市人力资源和社会保障局',
  publishAt: '2026-11-30T16:30:00.000Z',
  expiresAt: null,
  pinned: false,
  unread: true,
  status: 'published',
  excerpt: '即日启动',
  attachments: 0,
  ...over,
});

describe('FeedItem and RadioChips', () => {
  it('says 未读 and 置顶 in words, and the date in China time', () => {
    const { container } = render(<FeedItem item={item({ pinned: true })} />);
    expect(container.querySelector('.feed-item__unread')?.textContent).toBe('未读');
    expect(container.textContent).toContain('置顶');
    expect(container.textContent).toContain('2026-12-01'); // 16:30Z is the next morning in Baotou
    // The link is named by what it shows (label in name), tags first.
    expect(container.querySelector('[role="link"]')?.textContent).toMatch(/^未读置顶申报通知/);
    const read = render(<FeedItem item={item({ unread: false })} />);
    expect(read.container.querySelector('.feed-item__unread')).toBeNull();
  });

  it('is a radio group with the chosen option checked', () => {
    const onChange = jest.fn();
    const { container } = render(
      <RadioChips
        id="f"
        label="按类别筛选"
        value="all"
        onChange={onChange}
        options={[
          { value: 'all', label: '全部' },
          { value: 'other', label: '其他' },
        ]}
      />,
    );
    expect(container.querySelector('[role="radiogroup"]')?.getAttribute('aria-label')).toBe('按类别筛选');
    const radios = container.querySelectorAll('[role="radio"]');
    expect(Array.from(radios).map((r) => r.getAttribute('aria-checked'))).toEqual(['true', 'false']);
    fireEvent.click(radios[1]);
    expect(onChange).toHaveBeenCalledWith('other');
    // Enter or Space on a focused option chooses it, as on a real radio button.
    onChange.mockClear();
    fireEvent.keyDown(radios[1], { key: ' ' });
    expect(onChange).toHaveBeenCalledWith('other');
    expect(radios[1].getAttribute('tabindex')).toBe('0');
  });
});

describe('views', () => {
  it('words for seats and one’s own sign-up', () => {
    expect(seatsText({ label: '23/30', full: false })).toBe('已报 23/30');
    expect(seatsText({ label: '2/2', full: true, waiting: 1 })).toBe('已报 2/2（已满），候补 1 人');
    expect(mineText({ status: 'confirmed', seats: 3 })).toBe('已报名（3 人）');
    expect(mineText({ status: 'waiting', seats: 1, position: 2 })).toBe('候补第 2 位');
    expect(
      hrOrgs({
        roles: [
          { role: 'employer_hr', scope: { kind: 'org', orgId: 'o1' } },
          { role: 'applicant', scope: { kind: 'self' } },
        ],
        organizations: [{ id: 'o1', name: '瑞科' }],
      }),
    ).toEqual([{ id: 'o1', name: '瑞科' }]);
  });
});

describe('通知列表', () => {
  it('loading, then the feed with the unread count; a category narrows the query', async () => {
    const { container } = render(<NoticeList />);
    expect(container.querySelector('#loading')).not.toBeNull();
    page.answers['announcements.feed'] = (input) =>
      ok({
        items: (input as { category?: string }).category === 'other' ? [] : [item(), item({ id: 'a2', unread: false })],
        next: null,
        unread: 1,
      });
    // The first call never answered; choose a category to load again.
    await act(async () => {
      fireEvent.click(container.querySelector('#notices-category-other')!);
    });
    await waitFor(() => expect(container.querySelector('#notices-empty')).not.toBeNull());
    expect(container.querySelector('#notices-empty')?.textContent).toContain('没有符合条件的通知');
    expect(page.calls.at(-1)?.input).toMatchObject({ category: 'other' });
    expect(container.querySelector('#notices-category-other')?.getAttribute('aria-checked')).toBe('true');
    await act(async () => {
      fireEvent.click(container.querySelector('#notices-category-all')!);
    });
    await waitFor(() => expect(container.querySelectorAll('.feed-item')).toHaveLength(2));
    expect(container.querySelector('#notices-unread')?.textContent).toBe('1 条未读');
    expect(container.querySelectorAll('.feed-item__unread')).toHaveLength(1);
  });

  it('an error shows the code’s Chinese message and 重试; UNAUTHENTICATED the sign-in prompt', async () => {
    page.answers['announcements.feed'] = () => fail('INTERNAL', '服务暂时不可用，请稍后重试');
    const { container, unmount } = render(<NoticeList />);
    await waitFor(() => expect(container.querySelector('#load-error')).not.toBeNull());
    expect(container.textContent).toContain('服务暂时不可用，请稍后重试');
    expect(container.querySelector('#load-retry')).not.toBeNull();
    unmount();
    page.answers['announcements.feed'] = () => fail('UNAUTHENTICATED', '请先登录');
    const again = render(<NoticeList />);
    await waitFor(() => expect(again.container.querySelector('#signin-prompt')).not.toBeNull());
  });
});

const detail = (body: Block[]): AnnouncementDetail => ({
  announcement: {
    id: 'a1',
    publisher: { role: 'city_officer', name: '包头市人力资源和社会保障局', district: null, key: 'city' },
    status: 'published',
    displayStatus: 'published',
    displayStatusLabel: '已发布',
    categoryLabel: '申报通知',
    content: {
      title: '关于开展申报的通知',
      category: 'application_notice',
      body,
      attachments: [],
      target: {},
      publishAt: '2026-11-30T01:00:00.000Z',
      expiresAt: null,
      pinned: true,
    },
    targetSummary: '全市',
    version: 1,
    edition: 1,
    notifyVersion: 1,
    history: [],
    createdAt: '2026-11-30T01:00:00.000Z',
    updatedAt: '2026-11-30T01:00:00.000Z',
  },
  available: [],
  unread: true,
});

describe('公告详情', () => {
  it('opens with announcements.get (which marks it read) and shows title, publisher, China-time dates and the body as text', async () => {
    page.routeParams = { id: 'a1' };
    page.answers['announcements.get'] = () => ok(detail([{ type: 'paragraph', content: [{ text: '<script>x()</script>' }] }]));
    const { container } = render(<AnnouncementDetailPage />);
    await waitFor(() => expect(container.querySelector('#ann-detail')).not.toBeNull());
    // One read of the announcement (which marks it read); whoami only decides whether 分享到联络群 is offered.
    expect(page.calls.filter((c) => c.fn !== 'identity')).toEqual([{ fn: 'announcements', action: 'get', input: { id: 'a1' } }]);
    expect(container.querySelector('#ann-title')?.getAttribute('role')).toBe('heading');
    expect(container.querySelector('#ann-publisher')?.textContent).toBe('发布单位：包头市人力资源和社会保障局');
    expect(container.querySelector('#ann-dates')?.textContent).toContain('2026-11-30 09:00');
    expect(container.querySelector('#ann-body script')).toBeNull();
    expect(container.querySelector('#ann-body')?.textContent).toBe('<script>x()</script>');
  });

  it('NOT_FOUND shows its Chinese message', async () => {
    page.routeParams = { id: 'gone' };
    page.answers['announcements.get'] = () => fail('NOT_FOUND', '没有找到这条公告');
    const { container } = render(<AnnouncementDetailPage />);
    await waitFor(() => expect(container.querySelector('#load-error')).not.toBeNull());
    expect(container.textContent).toContain('没有找到这条公告');
  });
});

const briefing = (mine: BriefingDetail['roster']['mine'], full = false): BriefingDetail => ({
  session: {
    id: 'b1',
    organizer: { role: 'city_officer', name: '包头市人力资源和社会保障局', district: null },
    topic: '2026年度全市职称评审政策宣讲',
    summary: '解读申报条件。',
    clauses: [{ id: '第二条', heading: '直接申报' }],
    startsAt: '2026-12-10T01:30:00.000Z',
    endsAt: '2026-12-10T03:30:00.000Z',
    timeText: '2026-12-10 09:30',
    venue: { kind: 'place', address: '市人社局三楼会议室' },
    venueText: '市人社局三楼会议室',
    capacity: 30,
    audience: {},
    audienceText: '全市',
    signUp: { opensAt: '2026-11-20T00:00:00.000Z', closesAt: '2026-12-10T01:30:00.000Z' },
    status: 'scheduled',
    phase: 'open',
    phaseLabel: '报名中',
    moves: [],
    materials: [],
    version: 1,
    updatedAt: '2026-11-20T00:00:00.000Z',
  },
  roster: { capacity: 30, taken: full ? 30 : 23, free: full ? 0 : 7, waiting: full ? 2 : 0, full, label: full ? '30/30' : '23/30', mine },
  me: { checkedInAt: null, rated: false, canRate: false },
  manage: { edit: false, cancel: false },
});

describe('宣讲详情', () => {
  it('shows time in China time, seats 23/30, and signs up; then the confirmed state', async () => {
    page.routeParams = { id: 'b1' };
    let signed = false;
    page.answers['briefings.get'] = () => ok(briefing(signed ? { status: 'confirmed', seats: 1 } : null));
    page.answers['identity.whoami'] = () => ok({ roles: [], organizations: [] });
    page.answers['briefings.signUp'] = () => {
      signed = true;
      return ok({ outcome: 'confirmed', roster: briefing({ status: 'confirmed', seats: 1 }).roster });
    };
    const { container } = render(<BriefingPage />);
    await waitFor(() => expect(container.querySelector('#briefing-detail')).not.toBeNull());
    expect(container.querySelector('#briefing-time')?.textContent).toContain('2026-12-10 09:30 — 11:30（北京时间）');
    expect(container.querySelector('#briefing-seats')?.textContent).toContain('已报 23/30');
    expect(container.querySelector('.briefing-clause')?.getAttribute('role')).toBe('link');
    await act(async () => {
      fireEvent.click(container.querySelector('#signup-submit')!);
    });
    await waitFor(() => expect(container.querySelector('#briefing-mine')).not.toBeNull());
    expect(page.calls.find((c) => c.action === 'signUp')?.input).toEqual({ id: 'b1', seats: 1, employerOrgId: null });
    expect(container.querySelector('#signup-done')?.textContent).toBe('报名成功，请按时参加。');
    expect(container.querySelector('#briefing-detail')?.getAttribute('data-mine')).toBe('confirmed');
  });

  it('an HR signs up several colleagues; a refusal shows the Chinese message', async () => {
    page.routeParams = { id: 'b1' };
    page.answers['briefings.get'] = () => ok(briefing(null));
    page.answers['identity.whoami'] = () =>
      ok({
        roles: [{ role: 'employer_hr', scope: { kind: 'org', orgId: 'o1' } }],
        organizations: [{ id: 'o1', name: '包头瑞科稀土材料有限公司' }],
      });
    page.answers['briefings.signUp'] = () => fail('CONFLICT', '您已经报名了这场宣讲');
    const { container } = render(<BriefingPage />);
    await waitFor(() => expect(container.querySelector('#signup-seats')).not.toBeNull());
    expect(container.querySelector('#signup-org')?.textContent).toBe('单位：包头瑞科稀土材料有限公司');
    await act(async () => {
      fireEvent.click(container.querySelector('#signup-submit')!);
    });
    await waitFor(() => expect(container.querySelector('#signup-error')).not.toBeNull());
    expect(container.querySelector('#signup-error')?.textContent).toBe('您已经报名了这场宣讲');
    expect(page.calls.find((c) => c.action === 'signUp')?.input).toEqual({ id: 'b1', seats: 1, employerOrgId: 'o1' });
  });

  it('the waiting list says which place', async () => {
    page.routeParams = { id: 'b1' };
    page.answers['briefings.get'] = () => ok(briefing({ status: 'waiting', seats: 1, position: 2 }, true));
    page.answers['identity.whoami'] = () => ok({ roles: [], organizations: [] });
    const { container } = render(<BriefingPage />);
    await waitFor(() => expect(container.querySelector('#briefing-mine')).not.toBeNull());
    expect(container.querySelector('#briefing-mine')?.textContent).toContain('候补第 2 位');
    expect(container.querySelector('#briefing-seats')?.textContent).toContain('已报 30/30（已满），候补 2 人');
  });
});
