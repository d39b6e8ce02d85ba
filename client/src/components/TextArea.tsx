import { Text, Textarea, View } from '@tarojs/components';
import { a11y } from './a11y';
import { FieldFooter } from './FieldFooter';
import './TextArea.scss';

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

/**
 * Several lines of text with a live count “已输入 N / 500 字” (announced politely; red and bold past the limit)
 * and one message under the field: the error if any, else the hint. Past the limit the text is kept, not cut
 * silently (a pasted page shows how much is too much; the contract's message says the limit).
 * Test hooks: #<id> (the textarea), #<id>-count (data-n, data-over), #<id>-error.
 */
export function TextArea({
  id,
  label,
  value,
  onChange,
  max,
  placeholder,
  hint,
  error,
  disabled,
  tall,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  max: number;
  placeholder?: string;
  hint?: string;
  error?: string;
  disabled?: boolean;
  /** A taller box for long answers. */
  tall?: boolean;
}) {
  return (
    <View className={`field ${error ? 'field--error' : ''}`}>
      <Text className="field__label">{label}</Text>
      <Textarea
        id={id}
        className={`field__input text-area ${tall ? 'text-area--tall' : ''}`}
        value={value}
        autoHeight
        // A bound for the page, well above the contract's: the person sees the count and the message instead.
        maxlength={pageBound(max)}
        placeholder={placeholder}
        placeholderClass="field__placeholder"
        aria-label={label}
        disabled={disabled}
        {...(error ? { 'aria-invalid': 'true', 'aria-describedby': `${id}-error` } : {})}
        onInput={(e) => onChange(e.detail.value)}
      />
      <CharCount id={id} value={value} max={max} />
      <FieldFooter id={id} hint={hint} error={error} />
    </View>
  );
}
