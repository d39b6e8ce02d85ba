import { useRef } from 'react';
import { useShareAppMessage } from '@tarojs/taro';
import { Button } from '@tarojs/components';

/** WeChat: 分享给同事 as a card that opens this page. */
export function ShareLink(_props: { title: string; path: string }) {
  return (
    <Button id="share-card" className="btn" openType="share">
      分享给同事
    </Button>
  );
}

export function useSharePage(title: string, path: string): void {
  const current = useRef({ title, path });
  current.current = { title, path };
  useShareAppMessage(() => current.current);
}
