import { Text, View } from '@tarojs/components';
import { FieldExplain } from './FieldExplain';
import { FieldFooter } from './FieldFooter';

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
  isOn: (value: V) => boolean;
  onTap: (value: V) => void;
  /** The mark beside a row: a dot for one answer, a tick box for many. */
  mark: { className: string; on: string; off: string };
  error?: string;
  className?: string;
}

/** A question answered by tapping big rows (easier than a wheel for a handful of options). */
export function ChoiceRows<V extends string>({ id, label, explain, options, isOn, onTap, mark, error, className = '' }: Props<V>) {
  return (
    <View id={id} className={`field choice ${className} ${error ? 'field--error' : ''}`}>
      <Text className="field__label">{label}</Text>
      <FieldExplain text={explain} />
      <View className="choice__options">
        {options.map((o) => {
          const on = isOn(o.value);
          return (
            <View
              key={o.value}
              id={`${id}-${o.value}`}
              className={`choice__option ${on ? 'choice__option--on' : ''}`}
              data-value={o.value}
              onClick={() => onTap(o.value)}
            >
              <Text className={mark.className}>{on ? mark.on : mark.off}</Text>
              <View className="choice__body">
                <Text className="choice__label">{o.label}</Text>
                {o.hint ? <Text className="choice__hint">{o.hint}</Text> : null}
              </View>
            </View>
          );
        })}
      </View>
      <FieldFooter id={id} error={error} />
    </View>
  );
}
