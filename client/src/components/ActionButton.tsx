import type { PropsWithChildren } from 'react';
import { Button } from '@tarojs/components';

interface Props {
  id?: string;
  className?: string;
  kind?: 'primary' | 'plain' | 'danger';
  small?: boolean;
  pending?: boolean;
  disabled?: boolean;
  /** The accessible name when the visible text alone is ambiguous (several “移出” in a list). */
  label?: string;
  /** A disclosure button: whether what it opens is shown (aria-expanded). */
  expanded?: boolean;
  onPress: () => void;
}

/** A big button; while `pending` it shows a spinner and ignores presses. */
export function ActionButton({
  id,
  className,
  kind = 'plain',
  small,
  pending,
  disabled,
  label,
  expanded,
  onPress,
  children,
}: PropsWithChildren<Props>) {
  const classes = ['btn', kind === 'primary' ? 'btn--primary' : '', kind === 'danger' ? 'btn--danger' : '', small ? 'btn--small' : ''];
  if (disabled || pending) classes.push('btn--disabled');
  if (className) classes.push(className);
  return (
    <Button
      {...(id ? { id } : {})}
      {...(label ? { 'aria-label': label } : {})}
      {...(expanded !== undefined ? { 'aria-expanded': String(expanded) } : {})}
      className={classes.filter(Boolean).join(' ')}
      // Only set when true: Taro H5 renders `disabled="false"`, which CSS `[disabled]` still matches.
      {...(pending ? { loading: true } : {})}
      {...(disabled || pending ? { disabled: true } : {})}
      onClick={() => {
        if (!disabled && !pending) onPress();
      }}
    >
      {children}
    </Button>
  );
}
