import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ActionButton } from '../../components/ActionButton';
import { DevOpenFromGroup } from './DevOpenFromGroup';
import { CardNotReady } from './CardNotReady';
import { useShareCard, type ShareToGroupProps } from './use-share-card';

/** The card's page as an H5 address (hash router) to paste into a chat. */
function cardUrl(path: string): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}#${path}`;
}

/**
 * H5: the card's title and 复制卡片链接. Test hooks: #share-<kind> (data-ready, data-path), #share-<kind>-title,
 * #share-<kind>-copy, #share-<kind>-error, #share-<kind>-retry; dev builds: DevOpenFromGroup's #dev-open-<kind>-<chat>.
 */
export function ShareToGroup(props: ShareToGroupProps) {
  const card = useShareCard(props);
  const k = props.kind;
  const c = card.data;
  return (
    <View id={`share-${k}`} className="share-to-group" data-ready={c ? 'true' : 'false'} data-path={c?.path ?? ''}>
      {card.error || !c ? (
        <CardNotReady kind={k} card={card} />
      ) : (
        <>
          <Text id={`share-${k}-title`} className="share-to-group__title">{`卡片：${c.title}`}</Text>
          <ActionButton
            id={`share-${k}-copy`}
            kind="primary"
            onPress={() =>
              void Taro.setClipboardData({ data: cardUrl(c.path) })
                .then(() => Taro.showToast({ title: '卡片链接已复制', icon: 'success' }))
                .catch(() => Taro.showToast({ title: '复制失败，请稍后再试', icon: 'none' }))
            }
          >
            复制卡片链接
          </ActionButton>
          <Text className="card__hint">在微信里打开本页可直接把卡片分享到群；这里可复制链接发到群里。</Text>
          <DevOpenFromGroup path={c.path} id={`dev-open-${k}`} />
        </>
      )}
    </View>
  );
}
