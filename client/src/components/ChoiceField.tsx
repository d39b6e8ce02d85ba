import { ChoiceRows, type Choice } from './ChoiceRows';

export type { Choice };

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

const DOT = { className: 'choice__mark', on: '●', off: '○', role: 'radio' } as const;

/** One answer from a few: the chosen row is filled in. Used for yes/no questions and short lists. */
export function ChoiceField<V extends string>({ value, onChange, inline, ...rest }: Props<V>) {
  return <ChoiceRows {...rest} className={inline ? 'choice--inline' : ''} isOn={(v) => v === value} onTap={onChange} mark={DOT} />;
}

/** 是 / 否 (/ 不确定) for a yes/no question. */
export const YES_NO: readonly Choice<'yes' | 'no'>[] = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
];
export const YES_NO_UNSURE: readonly Choice<'yes' | 'no' | 'unsure'>[] = [...YES_NO, { value: 'unsure', label: '不确定' }];
