import { Text } from '@tarojs/components';
import { a11y } from './a11y';
import './CharCount.scss';

/** Characters as a person counts them (a CJK extension character is one, not two UTF-16 units). */
export const charCount = (value: string) => Array.from(value).length;

export function countText(value: string, max: number): string {
  return `已输入 ${charCount(value)} / ${max} 字`;
}

/** The polite live count under a field with a limit: red and bold past it (`#<id>-count`, data-n, data-over). */
export function CharCount({ id, value, max }: { id: string; value: string; max: number }) {
  const n = charCount(value);
  const over = n > max;
  return (
    <Text
      id={`${id}-count`}
      className={`char-count ${over ? 'char-count--over' : ''}`}
      data-n={String(n)}
      data-over={over ? 'true' : 'false'}
      {...a11y({ 'aria-live': 'polite' })}
    >
      {over ? `${countText(value, max)}，超出 ${n - max} 字` : countText(value, max)}
    </Text>
  );
}

/** What the page lets a person type into a field limited to `max`: well above it, so the count shows how much is too much. */
export const pageBound = (max: number) => Math.max(10_000, max * 2);
