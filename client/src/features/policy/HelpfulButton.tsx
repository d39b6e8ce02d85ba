import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { Envelope } from '@shared/contracts';
import { ActionButton } from '../../components/ActionButton';
import './faq.scss';

/**
 * 有帮助, once: before — a button “有帮助” with how many said so; after — the words “您已标记有帮助” and the count.
 * A refusal (a visitor: 登录后可以标记) is said beside it. Test hooks: #<id> (the button), #<id>-count (data-n),
 * #<id>-done, #<id>-error.
 */
export function HelpfulButton({
  id,
  count,
  marked,
  mark,
}: {
  id: string;
  count: number;
  marked: boolean;
  mark: () => Promise<Envelope<{ helpful: number; marked: true }>>;
}) {
  const [state, setState] = useState({ count, marked });
  const [pending, setPending] = useState(false);
  const [error, setError] = useState('');
  const press = async () => {
    if (pending || state.marked) return;
    setPending(true);
    const r = await mark();
    setPending(false);
    if (r.ok) {
      setState({ count: r.data.helpful, marked: true });
      setError('');
    } else setError(r.code === 'UNAUTHENTICATED' ? '登录后可以标记“有帮助”。' : r.message);
  };
  return (
    <View className="helpful">
      {state.marked ? (
        <Text id={`${id}-done`} className="helpful__done">
          ✓ 您已标记有帮助
        </Text>
      ) : (
        <ActionButton id={id} small pending={pending} onPress={() => void press()}>
          有帮助
        </ActionButton>
      )}
      <Text id={`${id}-count`} className="helpful__count" data-n={String(state.count)}>
        {state.count ? `${state.count} 人觉得有帮助` : '还没有人标记'}
      </Text>
      {error ? (
        <Text id={`${id}-error`} className="field__error">
          {error}
        </Text>
      ) : null}
    </View>
  );
}
