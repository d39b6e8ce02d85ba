import type { PropsWithChildren } from 'react';
import { Text, View } from '@tarojs/components';

interface Props {
  title?: string;
  id?: string;
  className?: string;
}

export function Card({ title, id, className, children }: PropsWithChildren<Props>) {
  return (
    <View {...(id ? { id } : {})} className={`card ${className ?? ''}`}>
      {title ? <Text className="card__title">{title}</Text> : null}
      {children}
    </View>
  );
}
