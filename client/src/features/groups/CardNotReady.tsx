import { Text } from '@tarojs/components';
import { ActionButton } from '../../components/ActionButton';
import { Notice } from '../../components/Notice';
import type { useShareCard } from './use-share-card';

/** A share card not there yet: the function's refusal with 重试, or 正在准备卡片…. Both platforms' ShareToGroup. */
export function CardNotReady({ kind, card }: { kind: string; card: ReturnType<typeof useShareCard> }) {
  if (!card.error) return <Text className="card__hint">正在准备卡片…</Text>;
  return (
    <>
      <Notice kind="error" id={`share-${kind}-error`}>
        {card.error.message}
      </Notice>
      <ActionButton id={`share-${kind}-retry`} small pending={card.loading} onPress={() => void card.reload()}>
        重试
      </ActionButton>
    </>
  );
}
