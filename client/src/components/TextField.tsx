import { Input, Text, View } from '@tarojs/components';
import { FieldFooter } from './FieldFooter';

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
  maxlength?: number;
}

/** Label, input, hint and the field's own error message (from the envelope's `issues`). */
export function TextField({ label, value, onChange, id, placeholder, hint, error, type = 'text', maxlength = 140 }: Props) {
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
        maxlength={maxlength}
        // H5: Taro's <input> sits inside its own element, away from the label text; name it (and its error) itself.
        nativeProps={{ 'aria-label': label, 'aria-invalid': error ? 'true' : undefined }}
        onInput={(e) => onChange(e.detail.value)}
      />
      <FieldFooter id={id} hint={hint} error={error} />
    </View>
  );
}
