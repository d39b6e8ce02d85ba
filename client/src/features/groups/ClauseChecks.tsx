import { Text, View } from '@tarojs/components';
import { CLAUSE_IDS, CLAUSES, type ClauseId } from '@shared/policy/clauses';
import { a11y } from '../../components/a11y';
import { FieldFooter } from '../../components/FieldFooter';

export const MAX_CITED = 5;

/**
 * The clauses an answer cites, picked from the policy's list: a group of real checkboxes (role checkbox,
 * aria-checked; Space / Enter toggle), each saying its number and heading; a tick, not colour alone, shows the
 * state. At most 5 (the contract's limit): once 5 are ticked the others say so and do nothing.
 * Test hooks: #<id> (role group), .qa-clause (#<id>-<index>, data-clause, aria-checked), #<id>-count, #<id>-error.
 */
export function ClauseChecks({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: readonly string[];
  onChange: (v: ClauseId[]) => void;
  error?: string;
}) {
  const full = value.length >= MAX_CITED;
  const toggle = (c: ClauseId) => {
    if (value.includes(c)) onChange(CLAUSE_IDS.filter((x) => x !== c && value.includes(x)));
    else if (!full) onChange(CLAUSE_IDS.filter((x) => x === c || value.includes(x)));
  };
  return (
    <View className={`field ${error ? 'field--error' : ''}`}>
      <Text className="field__label" id={`${id}-label`}>
        {label}
      </Text>
      <View id={id} className="qa-clauses" {...a11y({ role: 'group', 'aria-labelledby': `${id}-label` })}>
        {CLAUSE_IDS.map((c, i) => {
          const on = value.includes(c);
          const blocked = !on && full;
          return (
            <View
              key={c}
              id={`${id}-${i}`}
              className={`qa-clause ${on ? 'qa-clause--on' : ''} ${blocked ? 'qa-clause--blocked' : ''}`}
              data-clause={c}
              {...a11y(
                { role: 'checkbox', 'aria-checked': on, 'aria-disabled': blocked ? true : undefined, tabIndex: 0, 'aria-label': `${c} ${CLAUSES[c].heading}` },
                () => toggle(c),
              )}
              onClick={() => toggle(c)}
            >
              <Text className="qa-clause__box" aria-hidden="true">
                {on ? '✓' : ''}
              </Text>
              <View className="qa-clause__body" aria-hidden="true">
                <Text className="qa-clause__no">{c}</Text>
                <Text className="qa-clause__heading">{CLAUSES[c].heading}</Text>
              </View>
            </View>
          );
        })}
      </View>
      <Text id={`${id}-count`} className="field__hint" {...a11y({ 'aria-live': 'polite' })}>
        {full ? `已选 ${value.length} 条（最多 ${MAX_CITED} 条）` : `已选 ${value.length} 条，最多 ${MAX_CITED} 条，可以不选`}
      </Text>
      <FieldFooter id={id} error={error} />
    </View>
  );
}
