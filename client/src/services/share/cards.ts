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
