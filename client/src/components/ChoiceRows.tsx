import { Text, View } from '@tarojs/components';
import { a11y } from './a11y';
import { FieldExplain } from './FieldExplain';
import { FieldFooter } from './FieldFooter';
import './ChoiceRows.scss';

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
  /** The mark beside a row: a dot for one answer, a tick box for many; `role` is what the row is to a screen reader. */
  mark: { className: string; on: string; off: string; role: 'radio' | 'checkbox' };
  error?: string;
  className?: string;
}

/**
 * A question answered by tapping big rows (easier than a wheel for a handful of options). The rows are real
 * radio buttons or checkboxes (role, aria-checked; Enter / Space on H5) in a labelled radiogroup / group; a
 * chosen row says 已选 in words and has a thicker frame, so its state is carried by neither colour nor glyph alone.
 */
export function ChoiceRows<V extends string>({ id, label, explain, options, isOn, onTap, mark, error, className = '' }: Props<V>) {
  return (
    <View id={id} className={`field choice ${className} ${error ? 'field--error' : ''}`}>
      <Text className="field__label" id={`${id}-label`}>
        {label}
      </Text>
      <FieldExplain text={explain} />
      <View
        className="choice__options"
        {...a11y({
          role: mark.role === 'radio' ? 'radiogroup' : 'group',
          'aria-labelledby': `${id}-label`,
          'aria-invalid': error ? true : undefined,
        })}
      >
        {options.map((o) => {
          const on = isOn(o.value);
          return (
            <View
              key={o.value}
              id={`${id}-${o.value}`}
              className={`choice__option ${on ? 'choice__option--on' : ''}`}
              data-value={o.value}
              {...a11y({ role: mark.role, 'aria-checked': on, tabIndex: 0 }, () => onTap(o.value))}
              onClick={() => onTap(o.value)}
            >
              <Text className={mark.className} {...a11y({ 'aria-hidden': true })}>
                {on ? mark.on : mark.off}
              </Text>
              <View className="choice__body">
                <Text className="choice__label">{o.label}</Text>
                {o.hint ? <Text className="choice__hint">{o.hint}</Text> : null}
              </View>
              {on ? (
                <Text className="choice__state" {...a11y({ 'aria-hidden': true })}>
                  已选
                </Text>
              ) : null}
            </View>
          );
        })}
      </View>
      <FieldFooter id={id} error={error} />
    </View>
  );
}
