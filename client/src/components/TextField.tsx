import { Input, Text, View } from '@tarojs/components';
import { FieldFooter } from './FieldFooter';
import { CharCount, pageBound } from './CharCount';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Id of the input (test hook); the error text gets `<id>-error`. */
  id: string;
  placeholder?: string;
  hint?: string;
  error?: string;
  type?: 'text' | 'number' | 'digit';
  /**
   * The contract's limit. Text: shown as the count “已输入 N / M 字” and kept past it (flagged, not cut; the
   * function's message says the limit). Numbers (a phone, a count): the keyboard stops at it.
   */
  maxlength?: number;
}

/**
 * Label, input, hint and the field's own error message (from the envelope's `issues`); with a limit, the count.
 * Test hooks: #<id>, #<id>-count (text with a limit), #<id>-error.
 */
export function TextField({ label, value, onChange, id, placeholder, hint, error, type = 'text', maxlength }: Props) {
  return (
    <View className={`field ${error ? 'field--error' : ''}`}>
      <Text className="field__label">{label}</Text>
      <Input
        id={id}
        className="field__input"
        type={type}
        value={value}
        placeholder={placeholder}
        placeholderClass="field__placeholder"
        maxlength={type === 'text' || maxlength === undefined ? pageBound(maxlength ?? 0) : maxlength}
        // H5: Taro's <input> sits inside its own element, away from the label text; name it (and its error) itself.
        nativeProps={{ 'aria-label': label, 'aria-invalid': error ? 'true' : undefined }}
        onInput={(e) => onChange(e.detail.value)}
      />
      {type === 'text' && maxlength !== undefined ? <CharCount id={id} value={value} max={maxlength} /> : null}
      <FieldFooter id={id} hint={hint} error={error} />
    </View>
  );
}
