import { Picker, Text, View } from '@tarojs/components';
import { FieldFooter } from '../../components/FieldFooter';

/**
 * A wall-clock time (China time) on Taro's time wheel (时 / 分), shown as “09:30”.
 * Test hooks: #<id> (the picker), #<id>-error.
 */
export function TimeField({
  id,
  label,
  value,
  onChange,
  placeholder = '点此选择时间',
  hint,
  error,
}: {
  id: string;
  label: string;
  /** 'HH:MM' or ''. */
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  hint?: string;
  error?: string;
}) {
  return (
    <View className={`field ${error ? 'field--error' : ''}`}>
      <Text className="field__label">{label}</Text>
      <Picker id={id} mode="time" value={value || '09:00'} onChange={(e) => onChange(String(e.detail.value))}>
        <View className="field__picker field__picker--date">
          {value ? <Text className="field__value">{value}</Text> : <Text className="field__placeholder">{placeholder}</Text>}
          <Text className="field__chevron">›</Text>
        </View>
      </Picker>
      <FieldFooter id={id} hint={hint} error={error} />
    </View>
  );
}
