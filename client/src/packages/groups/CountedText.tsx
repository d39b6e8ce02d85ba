import { Text, Textarea, View } from '@tarojs/components';
import { a11y } from '../../components/a11y';
import { FieldFooter } from '../../components/FieldFooter';
import { charCount, countText } from './qa-views';

/**
 * Several lines of text with a live count “已输入 N / 500 字” (announced politely; red and bold past the limit),
 * and one message under the field: the error if any, else the hint. Past the limit the text is kept, not cut
 * (a pasted page shows how much is too much). Test hooks: #<id> (the textarea), #<id>-count (data-n, data-over),
 * #<id>-error.
 */
export function CountedText({
  id,
  label,
  value,
  onChange,
  max,
  placeholder,
  hint,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  max: number;
  placeholder?: string;
  hint?: string;
  error?: string;
}) {
  const n = charCount(value);
  const over = n > max;
  return (
    <View className={`field ${error ? 'field--error' : ''}`}>
      <Text className="field__label">{label}</Text>
      <Textarea
        id={id}
        className="field__input qa-textarea"
        value={value}
        autoHeight
        // A bound for the page, well above the contract's: the person sees the count and the message instead.
        maxlength={Math.max(10_000, max * 2)}
        placeholder={placeholder}
        placeholderClass="field__placeholder"
        aria-label={label}
        {...(error ? { 'aria-invalid': 'true', 'aria-describedby': `${id}-error` } : {})}
        onInput={(e) => onChange(e.detail.value)}
      />
      <Text
        id={`${id}-count`}
        className={`qa-count ${over ? 'qa-count--over' : ''}`}
        data-n={String(n)}
        data-over={over ? 'true' : 'false'}
        {...a11y({ 'aria-live': 'polite' })}
      >
        {over ? `${countText(value, max)}，超出 ${n - max} 字` : countText(value, max)}
      </Text>
      <FieldFooter id={id} hint={hint} error={error} />
    </View>
  );
}
