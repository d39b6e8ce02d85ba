import { ChoiceRows, type Choice } from './ChoiceRows';

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

const TICK = { className: 'choice__mark choice__mark--box', on: '✓', off: '', role: 'checkbox' } as const;

/** Any number of answers from a list (none is a valid answer): big rows with a tick. */
export function MultiChoiceField<V extends string>({ value, onChange, ...rest }: Props<V>) {
  const toggle = (v: V) => {
    const next = value.includes(v) ? value.filter((x) => x !== v) : [...value, v];
    // Keep the list's order, whatever the order of taps.
    onChange(rest.options.map((o) => o.value).filter((x) => next.includes(x)));
  };
  return <ChoiceRows {...rest} isOn={(v) => value.includes(v)} onTap={toggle} mark={TICK} />;
}
