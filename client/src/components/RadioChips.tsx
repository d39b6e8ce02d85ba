import { Text, View } from '@tarojs/components';
import { a11y } from './a11y';
import './Chips.scss';

/**
 * One choice among a few, as a row of chips that are real radio buttons (role radiogroup / radio, with
 * aria-checked): a screen reader hears “全部，单选按钮，已选中”; the state is also shown by a tick, not colour alone.
 * Test hooks: #<id>, #<id>-<value> (data-on="true" when chosen).
 */
export function RadioChips<V extends string>({
  id,
  label,
  options,
  value,
  onChange,
}: {
  id: string;
  label: string;
  options: readonly { value: V; label: string }[];
  value: V;
  onChange: (v: V) => void;
}) {
  return (
    <View id={id} className="radio-chips" {...a11y({ role: 'radiogroup', 'aria-label': label })}>
      {options.map((o) => {
        const on = o.value === value;
        return (
          <View
            key={o.value}
            id={`${id}-${o.value}`}
            className={`radio-chip ${on ? 'radio-chip--on' : ''}`}
            {...a11y({ role: 'radio', 'aria-checked': on ? 'true' : 'false', tabIndex: 0 }, () => onChange(o.value))}
            data-on={on ? 'true' : 'false'}
            onClick={() => onChange(o.value)}
          >
            <Text>{`${on ? '✓ ' : ''}${o.label}`}</Text>
          </View>
        );
      })}
    </View>
  );
}
