import { Picker, Text, View } from '@tarojs/components';
import { FieldExplain } from './FieldExplain';
import { FieldFooter } from './FieldFooter';
import { pickerKeys } from './picker-keys';

export interface Option<V extends string = string> {
  value: V;
  label: string;
}

interface Props<V extends string> {
  label: string;
  options: readonly Option<V>[];
  value: V | '';
  onChange: (value: V) => void;
  /** Id of the picker (test hook); the error text gets `<id>-error`. */
  id: string;
  placeholder?: string;
  error?: string;
  hint?: string;
  /** The question's one-line 说明 (why it is asked), under the label. */
  explain?: string;
  disabled?: boolean;
}

/** A one-column picker that shows the chosen label, or the placeholder. */
export function PickerField<V extends string>({
  label,
  options,
  value,
  onChange,
  id,
  placeholder = '请选择',
  error,
  hint,
  explain,
  disabled,
}: Props<V>) {
  const index = options.findIndex((o) => o.value === value);
  return (
    <View className={`field ${error ? 'field--error' : ''}`}>
      <Text className="field__label">{label}</Text>
      <FieldExplain text={explain} />
      <Picker
        id={id}
        mode="selector"
        range={options.map((o) => o.label)}
        value={index < 0 ? 0 : index}
        {...(disabled || options.length === 0 ? { disabled: true } : {})}
        onChange={(e) => {
          const o = options[Number(e.detail.value)];
          if (o) onChange(o.value);
        }}
      >
        <View className="field__picker" {...pickerKeys(label)}>
          {index < 0 ? <Text className="field__placeholder">{placeholder}</Text> : <Text>{options[index].label}</Text>}
        </View>
      </Picker>
      <FieldFooter id={id} hint={hint} error={error} />
    </View>
  );
}
