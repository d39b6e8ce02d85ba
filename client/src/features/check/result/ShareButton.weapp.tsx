import { useRef } from 'react';
import { useShareAppMessage } from '@tarojs/taro';
import { Button } from '@tarojs/components';

/** WeChat: 分享给同事 as a card that opens the self-check (the page config enables enableShareAppMessage). */
export function ShareButton(_props: { title: string; text: string }) {
  return (
    <Button id="check-share" className="btn" openType="share">
      分享给同事
    </Button>
  );
}

/** Registers the page's share card: the headline as title, the self-check as the page it opens. */
export function useShareResult(title: string): void {
  const current = useRef(title);
  current.current = title;
  useShareAppMessage(() => ({ title: current.current, path: '/pages/check/index' }));
}
