import { Picker, Text, View } from '@tarojs/components';
import { formatDate } from '../services/dates';
import { FieldExplain } from './FieldExplain';
import { FieldFooter } from './FieldFooter';
import { pickerKeys } from './picker-keys';

interface Props {
  /** Id of the picker (test hook); the error text gets `<id>-error`. */
  id: string;
  label: string;
  explain?: string;
  /** 'YYYY-MM-DD' or '' (not chosen). */
  value: string;
  onChange: (value: string) => void;
  /** Earliest and latest dates the wheel offers ('YYYY-MM-DD'); `end` is usually today (no future dates). */
  start?: string;
  end?: string;
  /** Where the wheel opens when nothing is chosen yet (e.g. the graduation date for a first job). */
  initial?: string;
  placeholder?: string;
  hint?: string;
  error?: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A date chosen on Taro's date wheel (年 / 月 / 日): shown in words, with the question's 说明 and its error. */
export function DateField({
  id,
  label,
  explain,
  value,
  onChange,
  start = '1950-01-01',
  end,
  initial,
  placeholder = '点此选择日期',
  hint,
  error,
}: Props) {
  const wheelAt = ISO.test(value) ? value : initial && ISO.test(initial) ? initial : (end ?? '');
  return (
    <View className={`field ${error ? 'field--error' : ''}`}>
      <Text className="field__label">{label}</Text>
      <FieldExplain text={explain} />
      <Picker
        id={id}
        mode="date"
        value={wheelAt}
        start={start}
        {...(end ? { end } : {})}
        onChange={(e) => onChange(String(e.detail.value))}
      >
        <View className="field__picker field__picker--date" {...pickerKeys(label)}>
          {value ? <Text className="field__value">{formatDate(value)}</Text> : <Text className="field__placeholder">{placeholder}</Text>}
          <Text className="field__chevron">›</Text>
        </View>
      </Picker>
      <FieldFooter id={id} hint={hint} error={error} />
    </View>
  );
}
