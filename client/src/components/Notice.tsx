import type { PropsWithChildren } from 'react';
import { Text, View } from '@tarojs/components';

interface Props {
  kind?: 'error' | 'ok' | 'info';
  id?: string;
}

/** A full-width message box: error (red), ok (green), info (blue). */
export function Notice({ kind = 'info', id, children }: PropsWithChildren<Props>) {
  return (
    <View {...(id ? { id } : {})} className={`notice notice--${kind}`}>
      <Text userSelect>{children}</Text>
    </View>
  );
}
