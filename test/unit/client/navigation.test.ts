/**
 * Navigation and sharing as a caller sees them: the share cards of 首页, 政策 and each clause (and that their pages
 * enable WeChat's shares); openPage's 网络不通 message with 重试 when a page's code or the navigation fails; the
 * redirect of an unknown path to 页面不存在; the 政策 tab's search over the clauses.
 */
import { join } from 'node:path';

const navigateTo = jest.fn((_: { url: string }) => Promise.resolve({ errMsg: 'navigateTo:ok' }));
const redirectTo = jest.fn((_: { url: string }) => Promise.resolve({ errMsg: 'redirectTo:ok' }));
const showModal = jest.fn((_: { title: string; confirmText?: string }) => Promise.resolve({ confirm: true, cancel: false }));
let notFound: ((res: { path: string; query: object; isEntryPage: boolean }) => void) | undefined;
jest.mock('@tarojs/taro', () => {
  const taro = {
    navigateTo: (o: { url: string }) => navigateTo(o),
    redirectTo: (o: { url: string }) => redirectTo(o),
    showModal: (o: { title: string }) => showModal(o),
    onPageNotFound: (cb: typeof notFound) => void (notFound = cb),
    getCurrentInstance: () => ({ page: undefined }),
  };
  return { __esModule: true, default: taro, ...taro };
});

import { CLAUSE_IDS, CLAUSES } from '@shared/policy/clauses';
import { HOME_CARD } from '../../../client/src/services/share/cards';
import { POLICY_CARD, clauseCard } from '../../../client/src/services/share/policy-cards';
import { clauseFromSlug } from '../../../client/src/services/policy/links';
import { OPEN_FAILED, openPage } from '../../../client/src/services/navigation';
import { NOT_FOUND_PAGE, redirectUnknownPages } from '../../../client/src/setup/not-found';
import { searchClauses } from '../../../client/src/features/policy/services/search';

const client = join(__dirname, '..', '..', '..', 'client', 'src');
(globalThis as { defineAppConfig?: unknown }).defineAppConfig = (c: unknown) => c;
(globalThis as { definePageConfig?: unknown }).definePageConfig = (c: unknown) => c;
const appConfig = require('../../../client/src/app.config').default as {
  pages: string[];
  subPackages: { root: string; pages: string[] }[];
};
const ALL_PAGES = [...appConfig.pages, ...appConfig.subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];
const pageConfig = (path: string) =>
  require(join(client, `${path.replace(/^\//, '').split('?')[0]}.config`)).default as Record<string, unknown>;

beforeEach(() => {
  navigateTo.mockClear();
  redirectTo.mockClear();
  showModal.mockClear();
});

describe('share cards', () => {
  it('首页 and 政策 share themselves, with both WeChat shares enabled', () => {
    for (const card of [HOME_CARD, POLICY_CARD]) {
      const path = card.path.replace(/^\//, '');
      expect(appConfig.pages).toContain(path);
      expect(card.title.length).toBeGreaterThan(4);
      expect(pageConfig(path)).toMatchObject({ enableShareAppMessage: true, enableShareTimeline: true });
    }
    expect(POLICY_CARD.title).toContain('包人社办字〔2021〕82号');
  });

  it('a clause’s card names the clause and opens its own page at it', () => {
    for (const id of CLAUSE_IDS) {
      const card = clauseCard(id);
      expect(card.title).toContain(id);
      expect(card.title).toContain(CLAUSES[id].heading);
      const [path, query] = card.path.split('?');
      expect(ALL_PAGES).toContain(path.replace(/^\//, ''));
      expect(query).toBe(card.query);
      expect(clauseFromSlug(new URLSearchParams(card.query).get('id') ?? '')).toBe(id);
    }
    expect(pageConfig(clauseCard('第二条').path)).toMatchObject({ enableShareAppMessage: true, enableShareTimeline: true });
    expect(new Set(CLAUSE_IDS.map((id) => clauseCard(id).path)).size).toBe(CLAUSE_IDS.length);
  });
});

describe('openPage', () => {
  afterEach(() => {
    delete (window as { __taroAppConfig?: unknown }).__taroAppConfig;
  });

  it('navigates within the tap when there is nothing to fetch', () => {
    void openPage('/packages/check/result/index');
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/check/result/index' });
  });

  it('says 网络不通 when the page’s code does not arrive, and fetches it again on 重试', async () => {
    const load = jest
      .fn()
      .mockReturnValueOnce([Promise.reject(Object.assign(new Error('Loading chunk 12 failed.'), { name: 'ChunkLoadError' }))])
      .mockReturnValueOnce([Promise.resolve({ default: () => null })]);
    (window as { __taroAppConfig?: unknown }).__taroAppConfig = { routes: [{ path: 'packages/check/result/index', load }] };
    await expect(openPage('/packages/check/result/index')).resolves.toBe(true);
    expect(showModal).toHaveBeenCalledTimes(1);
    expect(showModal.mock.calls[0][0]).toMatchObject({ title: '网络不通，页面没有打开', confirmText: '重试' });
    expect(load).toHaveBeenCalledTimes(2);
    expect(navigateTo).toHaveBeenCalledTimes(1);
    // Loaded now: the next tap navigates at once, without fetching.
    void openPage('/packages/check/result/index?x=1');
    expect(navigateTo).toHaveBeenCalledTimes(2);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('stops when the person cancels, and a navigation that fails says so too', async () => {
    navigateTo.mockImplementationOnce(() => Promise.reject({ errMsg: 'navigateTo:fail network' }));
    showModal.mockImplementationOnce(() => Promise.resolve({ confirm: false, cancel: true }));
    await expect(openPage('/packages/work/queue/index')).resolves.toBe(false);
    expect(showModal.mock.calls[0][0].title).toBe(OPEN_FAILED.title);
    expect(navigateTo).toHaveBeenCalledTimes(1);
  });

  it('replaces the page when WeChat’s ten pages are open, without a network message', async () => {
    navigateTo.mockImplementationOnce(() => Promise.reject({ errMsg: 'navigateTo:fail webview count limit exceed' }));
    await expect(openPage('/packages/notices/list/index')).resolves.toBe(true);
    expect(redirectTo).toHaveBeenCalledWith({ url: '/packages/notices/list/index' });
    expect(showModal).not.toHaveBeenCalled();
  });

  it('a second tap while the first is on its way opens the page once', async () => {
    let arrive!: () => void;
    const load = jest.fn(() => [new Promise<void>((r) => (arrive = r))]);
    (window as { __taroAppConfig?: unknown }).__taroAppConfig = { routes: [{ path: 'packages/groups/list/index', load }] };
    const first = openPage('/packages/groups/list/index');
    await expect(openPage('/packages/groups/list/index')).resolves.toBe(false);
    arrive();
    await expect(first).resolves.toBe(true);
    expect(navigateTo).toHaveBeenCalledTimes(1);
  });
});

describe('页面不存在', () => {
  it('an unknown path lands on 页面不存在, naming the path, which is a page of the app', () => {
    redirectUnknownPages();
    notFound!({ path: '/pages/nope/index', query: {}, isEntryPage: true });
    expect(redirectTo).toHaveBeenCalledWith({ url: `${NOT_FOUND_PAGE}?from=${encodeURIComponent('pages/nope/index')}` });
    expect(ALL_PAGES).toContain(NOT_FOUND_PAGE.slice(1));
    redirectTo.mockClear();
    notFound!({ path: NOT_FOUND_PAGE, query: {}, isEntryPage: false });
    expect(redirectTo).not.toHaveBeenCalled();
  });
});

describe('政策 search', () => {
  const ids = (q: string) => searchClauses(q).matches.map((m) => m.id);

  it('finds the clauses that have every word, ignoring spaces and full-width forms', () => {
    expect(ids('技师')).toContain('第七条');
    // 第二条's facts read “满 5 年” (facts.ts), its text “满5年”; a full-width digit is the same digit.
    expect(ids('工作满5年')).toContain('第二条');
    expect(ids('工作满５年')).toContain('第二条');
    expect(ids('满12年')).toContain('第二条');
    expect(ids('论文 专利')).toContain('第三条');
    expect(searchClauses('论文 专利').partial).toBe(false);
    expect(ids('第八条')[0]).toBe('第八条');
  });

  it('marks the hits in a short excerpt', () => {
    const m = searchClauses('继续教育').matches.find((x) => x.id === '第四条')!;
    expect(m.excerpt.filter((p) => p.hit).map((p) => p.text)).toContain('继续教育');
    expect(m.excerpt.map((p) => p.text).join('').length).toBeLessThanOrEqual(62);
    // The text's own punctuation, as published (full-width).
    const seventh = searchClauses('技师').matches.find((x) => x.id === '第七条')!;
    expect(seventh.excerpt.map((p) => p.text).join('')).toMatch(/[，；]/);
    expect(seventh.excerpt.map((p) => p.text).join('')).not.toMatch(/[,;]/);
  });

  it('with no clause having every word: the ones with the most, marked partial; nothing for words in none', () => {
    const r = searchClauses('技师 火星');
    expect(r.partial).toBe(true);
    expect(r.matches.map((m) => m.id)).toContain('第七条');
    expect(searchClauses('火星 月球').matches).toEqual([]);
    expect(searchClauses('   ').words).toEqual([]);
  });
});
