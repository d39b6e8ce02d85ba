import type { ReactNode } from 'react';
import { Text } from '@tarojs/components';
import type { LoadState as State } from '../hooks/use-load';
import { Card } from './Card';
import { ActionButton } from './ActionButton';
import { Notice } from './Notice';
import { SignInPrompt } from './SignInPrompt';

/**
 * The three states every loading page has: loading (first time), failed (UNAUTHENTICATED → sign-in
 * prompt, others → message + 重试), loaded → `children(data)`.
 */
export function LoadState<T>({ state, children }: { state: State<T>; children: (data: T) => ReactNode }) {
  if (state.data) return <>{children(state.data)}</>;
  if (state.error?.code === 'UNAUTHENTICATED') return <SignInPrompt />;
  if (state.error) {
    return (
      <Card id="load-error">
        <Notice kind="error">{state.error.message}</Notice>
        <ActionButton id="load-retry" pending={state.loading} onPress={() => void state.reload()}>
          重试
        </ActionButton>
      </Card>
    );
  }
  return (
    <Card id="loading">
      <Text className="card__text">正在加载…</Text>
    </Card>
  );
}
