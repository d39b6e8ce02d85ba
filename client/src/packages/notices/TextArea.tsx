import { Text, Textarea, View } from '@tarojs/components';
import { a11y } from '../../components/a11y';
import { FieldFooter } from '../../components/FieldFooter';
import './fields.scss';

/**
 * Several lines of text with a live character count (“已写 12 / 500 字”, announced politely), the hint and
 * the field's error. Test hooks: #<id> (the textarea), #<id>-count (data-n), #<id>-error.
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
}) {
  const n = [...value].length;
  return (
    <View className={`field ${error ? 'field--error' : ''}`}>
      <Text className="field__label">{label}</Text>
      <Textarea
        id={id}
        className="field__input textarea-field"
        value={value}
        autoHeight
        maxlength={max}
        placeholder={placeholder}
        aria-label={label}
        disabled={disabled}
        onInput={(e) => onChange(e.detail.value)}
      />
      <Text id={`${id}-count`} className={`char-count ${n > max ? 'char-count--over' : ''}`} data-n={String(n)} {...a11y({ 'aria-live': 'polite' })}>
        {`已写 ${n} / ${max} 字`}
      </Text>
      <FieldFooter id={id} hint={hint} error={error} />
    </View>
  );
}
