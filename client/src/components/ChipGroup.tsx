import { Text, View } from '@tarojs/components';
import { a11y } from './a11y';
import './Chips.scss';

/**
 * A row of chips that are real radio buttons or checkboxes (RadioChips, CheckChips): aria-checked, and the state
 * also shown by a tick, never colour alone. Test hooks: #<id>, #<id>-<value> (data-on="true" when chosen).
 */
export function ChipGroup<V extends string>({
  id,
  label,
  kind,
  options,
  isOn,
  onPick,
}: {
  id: string;
  label: string;
  kind: 'radio' | 'checkbox';
  options: readonly { value: V; label: string }[];
  isOn: (v: V) => boolean;
  onPick: (v: V) => void;
}) {
  return (
    <View id={id} className="radio-chips" {...a11y({ role: kind === 'radio' ? 'radiogroup' : 'group', 'aria-label': label })}>
      {options.map((o) => {
        const on = isOn(o.value);
        return (
          <View
            key={o.value}
            id={`${id}-${o.value}`}
            className={`radio-chip ${on ? 'radio-chip--on' : ''}`}
            {...a11y({ role: kind, 'aria-checked': on ? 'true' : 'false', tabIndex: 0 }, () => onPick(o.value))}
            data-on={on ? 'true' : 'false'}
            onClick={() => onPick(o.value)}
          >
            <Text>{`${on ? '✓ ' : ''}${o.label}`}</Text>
          </View>
        );
      })}
    </View>
  );
}
