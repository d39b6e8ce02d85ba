import { ChipGroup } from './ChipGroup';

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
  return <ChipGroup id={id} label={label} kind="checkbox" options={options} isOn={(v) => value.includes(v)} onPick={toggle} />;
}
