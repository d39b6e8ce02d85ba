import Taro from '@tarojs/taro';

/**
 * WeChat answers onShareAppMessage with one hook per page (Taro keeps the first registered), so a page that has
 * its own share card (分享给同事) and a group card (分享到联络群) must answer both from whichever hook runs: the
 * group cards register here by key, and every page hook asks `tappedCard` first.
 */
export type ShareCard = { title: string; path: string };

const cardsByPage = new WeakMap<object, Map<string, ShareCard>>();
const fallback = new Map<string, ShareCard>();

/** The current page's registered cards. */
export function pageCards(): Map<string, ShareCard> {
  const p = Taro.getCurrentInstance().page as object | undefined;
  if (!p) return fallback;
  let m = cardsByPage.get(p);
  if (!m) cardsByPage.set(p, (m = new Map()));
  return m;
}

/** The card of the tapped share button (its data-card), if it is one of the registered cards. */
export function tappedCard(res: { from?: string; target?: unknown }): ShareCard | undefined {
  if (res.from !== 'button') return undefined;
  const key = (res.target as { dataset?: { card?: string } } | undefined)?.dataset?.card;
  return key ? pageCards().get(key) : undefined;
}

/**
 * The cards of the pages anyone may pass on (分享给朋友 and 分享到朋友圈 in WeChat's ··· menu): 首页, 政策 and each
 * clause. A clause's card names it and opens its own page (`?id=art2`); the 朋友圈 card carries the same query.
 * The pages' configs enable both shares; the hooks are usePageShare (share.weapp.ts). 政策 and the clauses' cards are
 * in policy-cards.ts, which reads the clauses (首页 is in the H5 entry chunk: it should not carry them).
 */
export interface PageCard extends ShareCard {
  /** The 朋友圈 card's query (the page is the one open). */
  query: string;
}

export const HOME_CARD: PageCard = {
  title: '职称通：包头市民营企业专业技术人员职称申报，先自测能评什么',
  path: '/pages/home/index',
  query: '',
};
