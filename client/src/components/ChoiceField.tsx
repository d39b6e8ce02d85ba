import { Text, View } from '@tarojs/components';
import { FieldExplain } from './FieldExplain';

export interface Choice<V extends string = string> {
  value: V;
  label: string;
  /** A second, smaller line under the label. */
  hint?: string;
}

interface Props<V extends string> {
  /** Id of the question (test hook); each option is `<id>-<value>`, the error `<id>-error`. */
  id: string;
  label: string;
  explain?: string;
  options: readonly Choice<V>[];
  value: V | '';
  onChange: (value: V) => void;
  error?: string;
  /** Short labels side by side (是 / 否 / 不确定). */
  inline?: boolean;
}

/**
 * One answer from a few, as big tappable rows (easier than a wheel for a handful of options): the chosen
 * one is filled in. Used for yes/no questions and short lists.
 */
export function ChoiceField<V extends string>({ id, label, explain, options, value, onChange, error, inline }: Props<V>) {
  return (
    <View id={id} className={`field choice ${inline ? 'choice--inline' : ''} ${error ? 'field--error' : ''}`}>
      <Text className="field__label">{label}</Text>
      <FieldExplain text={explain} />
      <View className="choice__options">
        {options.map((o) => {
          const on = o.value === value;
          return (
            <View
              key={o.value}
              id={`${id}-${o.value}`}
              className={`choice__option ${on ? 'choice__option--on' : ''}`}
              data-value={o.value}
              onClick={() => onChange(o.value)}
            >
              <Text className="choice__mark">{on ? '●' : '○'}</Text>
              <View className="choice__body">
                <Text className="choice__label">{o.label}</Text>
                {o.hint ? <Text className="choice__hint">{o.hint}</Text> : null}
              </View>
            </View>
          );
        })}
      </View>
      {error ? (
        <Text id={`${id}-error`} className="field__error">
          {error}
        </Text>
      ) : null}
    </View>
  );
}

/** 是 / 否 (/ 不确定) for a yes/no question. */
export const YES_NO: readonly Choice<'yes' | 'no'>[] = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
];
export const YES_NO_UNSURE: readonly Choice<'yes' | 'no' | 'unsure'>[] = [...YES_NO, { value: 'unsure', label: '不确定' }];
