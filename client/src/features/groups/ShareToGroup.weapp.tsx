import { useEffect } from 'react';
import Taro, { useShareAppMessage } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { CardNotReady } from './CardNotReady';
import { cardKey, useShareCard, type ShareToGroupProps } from './use-share-card';
import { pageCards, tappedCard } from '../../services/share/cards';

/**
 * WeChat: 分享到联络群 — a share button (openType share) whose card opens the landing page with the group's
 * context; the share carries a shareTicket (showShareMenu withShareTicket). A task's card is a 群待办
 * (updateShareMenu with the function's toDoActivityId). The page's config needs enableShareAppMessage.
 * Test hooks: #share-<kind> (data-ready), #share-<kind>-title, #share-<kind>-button, #share-<kind>-error.
 */
export function ShareToGroup(props: ShareToGroupProps) {
  const key = cardKey(props);
  const card = useShareCard(props);
  const c = card.data;
  const cards = pageCards();

  useEffect(() => {
    void Taro.showShareMenu({ withShareTicket: true }).catch(() => undefined);
  }, []);
  useEffect(() => {
    if (!c) return;
    cards.set(key, { title: c.title, path: c.path });
    if (c.toDoActivityId) {
      void Taro.updateShareMenu({
        withShareTicket: true,
        isUpdatableMessage: true,
        activityId: c.toDoActivityId,
        toDoActivityId: c.toDoActivityId,
      }).catch(() => undefined);
    }
    return () => {
      cards.delete(key);
    };
  }, [c, key, cards]);

  // Answers for the whole page when it is the first hook: the tapped card, or from the menu the page's first card.
  useShareAppMessage((res) => tappedCard(res) ?? cards.values().next().value ?? {});

  const k = props.kind;
  return (
    <View id={`share-${k}`} className="share-to-group" data-ready={c ? 'true' : 'false'}>
      {card.error || !c ? (
        <CardNotReady kind={k} card={card} />
      ) : (
        <>
          <Text id={`share-${k}-title`} className="share-to-group__title">{`卡片：${c.title}`}</Text>
          <Button id={`share-${k}-button`} className="btn btn--primary" openType="share" data-card={key}>
            分享到联络群
          </Button>
        </>
      )}
    </View>
  );
}
