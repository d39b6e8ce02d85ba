import { useRef } from 'react';
import { useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import { tappedCard, type PageCard } from './cards';

/**
 * Registers the page's card for 分享给朋友 and 分享到朋友圈 (the page config enables enableShareAppMessage and
 * enableShareTimeline). A share button with its own registered card (data-card) still shares that card.
 */
export function usePageShare(card: PageCard): void {
  const current = useRef(card);
  current.current = card;
  useShareAppMessage((res) => tappedCard(res) ?? { title: current.current.title, path: current.current.path });
  useShareTimeline(() => ({ title: current.current.title, query: current.current.query }));
}
