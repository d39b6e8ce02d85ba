import { Text, Textarea, View } from '@tarojs/components';
import { FieldFooter } from './FieldFooter';
import { CharCount, pageBound } from './CharCount';

export { charCount, countText } from './CharCount';
import './TextArea.scss';

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
