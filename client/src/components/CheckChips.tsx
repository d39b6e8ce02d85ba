import { Text, View } from '@tarojs/components';
import { a11y } from './a11y';
import './Chips.scss';

/**
 * Any number of choices as a row of chips that are real checkboxes (role group / checkbox, aria-checked);
 * the state is also a tick in the text, never colour alone. None chosen = “不限”, said in words below.
 * Test hooks: #<id>, #<id>-<value> (data-on="true" when chosen).
 */
export function CheckChips<V extends string>({
  id,
  label,
  options,
  value,
  onChange,
}: {
  id: string;
  label: string;
  options: readonly { value: V; label: string }[];
  value: readonly V[];
  onChange: (v: V[]) => void;
}) {
  const toggle = (v: V) => {
    const next = value.includes(v) ? value.filter((x) => x !== v) : [...value, v];
    onChange(options.map((o) => o.value).filter((x) => next.includes(x)));
  };
  return (
    <View id={id} className="radio-chips" {...a11y({ role: 'group', 'aria-label': label })}>
      {options.map((o) => {
        const on = value.includes(o.value);
        return (
          <View
            key={o.value}
            id={`${id}-${o.value}`}
            className={`radio-chip ${on ? 'radio-chip--on' : ''}`}
            {...a11y({ role: 'checkbox', 'aria-checked': on ? 'true' : 'false', tabIndex: 0 }, () => toggle(o.value))}
            data-on={on ? 'true' : 'false'}
            onClick={() => toggle(o.value)}
          >
            <Text>{`${on ? '✓ ' : ''}${o.label}`}</Text>
          </View>
        );
      })}
    </View>
  );
}
