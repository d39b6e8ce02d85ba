import { ChipGroup } from './ChipGroup';

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
  return <ChipGroup id={id} label={label} kind="radio" options={options} isOn={(v) => v === value} onPick={onChange} />;
}
