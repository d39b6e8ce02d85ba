import { useEffect, useRef } from 'react';
import Taro, { useShareAppMessage } from '@tarojs/taro';
import { Button } from '@tarojs/components';
import { api } from './api';
import { tappedCard } from '../../services/share/cards';

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
  // A 分享到联络群 button on the same page shares its own card (services/share/cards).
  useShareAppMessage((res) => tappedCard(res) ?? current.current);
}

/**
 * WeChat: a briefing's share card as an updatable message (“成员正在加入，当前 23/30 人”). The function hands out the
 * session's activity id (updatableMessage.createActivityId) and the card's member_count / room_limit; the server
 * changes the cards sent as the roster changes, and to 已开始 at the start. Asked again when the seats change,
 * so a card shared after a sign-up starts from the right count. Not for a session started or cancelled
 * (`shareable` false): the ordinary share card then.
 */
export function useUpdatableShare(briefingId: string, shareable: boolean, seats: string): void {
  useEffect(() => {
    if (!briefingId || !shareable) return;
    let gone = false;
    void api.briefings
      .share({ id: briefingId })
      .then((r) => {
        if (gone || !r.ok) return;
        return Taro.updateShareMenu({
          withShareTicket: true,
          isUpdatableMessage: true,
          activityId: r.data.activityId,
          // The standard updatable message has no templateId (Taro's type asks for one used by 群待办 templates).
          templateInfo: r.data.templateInfo as Taro.updateShareMenu.UpdatableMessageFrontEndTemplateInfo,
        });
      })
      .catch(() => undefined);
    return () => {
      gone = true;
    };
  }, [briefingId, shareable, seats]);
}
