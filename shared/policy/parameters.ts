import type { IsoDate } from '../time/dates';
import type { Clause, ClauseBook, ClauseId } from './clauses';
import type { Dated, DatedValue } from './dated';
import { earliestFrom, valueOn } from './dated';

/** The part of a ruleset the readers need (a whole Ruleset fits, and so does `{ clauses }`). */
export type ClauseRules<C extends ClauseId = ClauseId> = { clauses: Pick<ClauseBook, C> };

export type ParameterName<C extends ClauseId> = keyof ClauseBook[C]['parameters'] & string;
export type ParameterValue<C extends ClauseId, N extends ParameterName<C>> =
  ClauseBook[C]['parameters'][N] extends Dated<infer T> ? T : never;
/** A clause's parameters as plain values, as they stand on one date. */
export type ParametersOf<C extends ClauseId> = { [N in ParameterName<C>]: ParameterValue<C, N> };

/** The dated value of a clause's parameter in force on `asOf`, with its reference; undefined before its first date. */
export function valueAt<C extends ClauseId, N extends ParameterName<C>>(
  rules: ClauseRules<C>,
  id: C,
  name: N,
  asOf: IsoDate,
): DatedValue<ParameterValue<C, N>> | undefined {
  const dated = (rules.clauses[id].parameters as unknown as Record<string, Dated<ParameterValue<C, N>>>)[name];
  return valueOn(dated, asOf);
}

/**
 * The value of a clause's parameter in force on `asOf` (the latest `from` not after it). Before the clause is in
 * force there is none, and reading it is a mistake of the caller (evaluate refuses such a date; see inForce).
 */
export function parameterAt<C extends ClauseId, N extends ParameterName<C>>(
  rules: ClauseRules<C>,
  id: C,
  name: N,
  asOf: IsoDate,
): ParameterValue<C, N> {
  const v = valueAt(rules, id, name, asOf);
  if (!v) throw new Error(`${id}的参数 ${name} 在 ${asOf} 还没有施行的值（自 ${rules.clauses[id].effectiveFrom} 起施行）`);
  return v.value;
}

/** Every parameter of a clause as it stands on `asOf` (for the readers that show the whole clause). */
export function parametersAt<C extends ClauseId>(rules: ClauseRules<C>, id: C, asOf: IsoDate): ParametersOf<C> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(rules.clauses[id].parameters) as ParameterName<C>[]) out[name] = parameterAt(rules, id, name, asOf);
  return out as ParametersOf<C>;
}

/** Is the clause in force on `asOf` (on or after the earliest date of its values)? */
export function inForce(rules: ClauseRules, id: ClauseId, asOf: IsoDate): boolean {
  return rules.clauses[id].effectiveFrom <= asOf;
}

/**
 * A change of policy: the rules with one more dated value for a clause's parameter, the values before it kept
 * as they were (a check made earlier is decided the same way again). A second value for the same date is
 * refused: that would be an edit of the rule in force, not a change from a date.
 */
export function amend<R extends { clauses: ClauseBook }, C extends ClauseId, N extends ParameterName<C>>(
  rules: R,
  id: C,
  name: N,
  value: DatedValue<ParameterValue<C, N>>,
): R {
  const old = rules.clauses[id] as Clause<Record<string, unknown>>;
  const dated = old.parameters[name];
  if (!dated) throw new Error(`${id}没有参数 ${name}`);
  if (dated.values.some((v) => v.from === value.from))
    throw new Error(`${id}的参数 ${name} 已有自 ${value.from} 起的值；政策变化请用新的日期`);
  const values = [...dated.values, value].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const parameters = { ...old.parameters, [name]: { values } };
  const clause = { ...old, parameters, effectiveFrom: earliestFrom(parameters) ?? old.effectiveFrom };
  return { ...rules, clauses: { ...rules.clauses, [id]: clause } };
}
