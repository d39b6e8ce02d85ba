import type { PropsWithChildren } from 'react';
import { Button } from '@tarojs/components';
import { a11y } from './a11y';

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

/**
 * A big button; while `pending` it shows a spinner and ignores presses. Taro H5's button element is not in the tab
 * order by itself: it is given tabindex, the button role and Enter / Space, so every action works from a keyboard.
 */
export function ActionButton({ id, className, kind = 'plain', small, pending, disabled, label, expanded, onPress, children }: PropsWithChildren<Props>) {
  const classes = ['btn', kind === 'primary' ? 'btn--primary' : '', kind === 'danger' ? 'btn--danger' : '', small ? 'btn--small' : ''];
  if (disabled || pending) classes.push('btn--disabled');
  if (className) classes.push(className);
  const press = () => {
    if (!disabled && !pending) onPress();
  };
  return (
    <Button
      {...(id ? { id } : {})}
      {...(label ? { 'aria-label': label } : {})}
      {...(expanded !== undefined ? { 'aria-expanded': String(expanded) } : {})}
      className={classes.filter(Boolean).join(' ')}
      // Only set when true: Taro H5 renders `disabled="false"`, which CSS `[disabled]` still matches.
      {...(pending ? { loading: true } : {})}
      {...(disabled || pending ? { disabled: true } : {})}
      {...a11y({ role: 'button', tabIndex: 0, 'aria-disabled': disabled || pending ? true : undefined }, press)}
      onClick={press}
    >
      {children}
    </Button>
  );
}
