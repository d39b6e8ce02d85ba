import { Text, View } from '@tarojs/components';
import { FieldExplain } from './FieldExplain';
import type { Choice } from './ChoiceField';

interface Props<V extends string> {
  /** Id of the question (test hook); each option is `<id>-<value>`, the error `<id>-error`. */
  id: string;
  label: string;
  explain?: string;
  options: readonly Choice<V>[];
  value: readonly string[];
  onChange: (value: V[]) => void;
  error?: string;
}

/** Any number of answers from a list (none is a valid answer): big rows with a tick. */
export function MultiChoiceField<V extends string>({ id, label, explain, options, value, onChange, error }: Props<V>) {
  const toggle = (v: V) => {
    const next = value.includes(v) ? value.filter((x) => x !== v) : [...value, v];
    // Keep the list's order, whatever the order of taps.
    onChange(options.map((o) => o.value).filter((x) => next.includes(x)));
  };
  return (
    <View id={id} className={`field choice ${error ? 'field--error' : ''}`}>
      <Text className="field__label">{label}</Text>
      <FieldExplain text={explain} />
      <View className="choice__options">
        {options.map((o) => {
          const on = value.includes(o.value);
          return (
            <View
              key={o.value}
              id={`${id}-${o.value}`}
              className={`choice__option ${on ? 'choice__option--on' : ''}`}
              data-value={o.value}
              onClick={() => toggle(o.value)}
            >
              <Text className="choice__mark choice__mark--box">{on ? '✓' : ''}</Text>
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
