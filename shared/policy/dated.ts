import type { IsoDate } from '../time/dates';

/**
 * A rule's number as a history, after OpenFisca's `values: {date: {value, reference}}`: each value is in force
 * from its date until the next value's date, and names the legal text that set it. A change of policy is a new
 * dated value, never an edit of an old one, so a check made on any date can be decided again the same way.
 */
export interface DatedValue<T> {
  from: IsoDate;
  value: T;
  /** The text that set this value, e.g. 「包人社办字〔2021〕82号 第二条」. */
  ref: string;
}

/** A parameter's values, oldest first. */
export interface Dated<T> {
  values: readonly DatedValue<T>[];
}

export type DatedParameters<P> = { [K in keyof P]: Dated<P[K]> };

/** A value as the clause data writes it: the reference may be left to the clause (its own citation). */
export interface DatedDraft<T> {
  values: readonly { from: IsoDate; value: T; ref?: string }[];
}

/** A parameter with one value, in force from `from`: `since('2021-05-08', 5)`. */
export function since<T>(from: IsoDate, value: T, ref?: string): DatedDraft<T> {
  return { values: [{ from, value, ...(ref ? { ref } : {}) }] };
}

/** The drafts of a clause's parameters, each value given `ref` where it names none, oldest first. */
export function referenced<P>(drafts: { [K in keyof P]: DatedDraft<P[K]> }, ref: string): DatedParameters<P> {
  const out = {} as DatedParameters<P>;
  for (const name of Object.keys(drafts) as (keyof P)[]) {
    const values = drafts[name].values.map((v) => ({ from: v.from, value: v.value, ref: v.ref ?? ref }));
    out[name] = { values: values.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)) };
  }
  return out;
}

/** The value in force on `asOf`: the one with the latest `from` not after it; none before the first. */
export function valueOn<T>(dated: Dated<T>, asOf: IsoDate): DatedValue<T> | undefined {
  const values = dated.values;
  for (let i = values.length - 1; i >= 0; i--) if (values[i].from <= asOf) return values[i];
  return undefined;
}

/** The earliest date any of these parameters has a value from (undefined when there are none). */
export function earliestFrom(parameters: Record<string, Dated<unknown>>): IsoDate | undefined {
  let earliest: IsoDate | undefined;
  for (const name of Object.keys(parameters)) {
    const first = parameters[name].values[0]?.from;
    if (first !== undefined && (earliest === undefined || first < earliest)) earliest = first;
  }
  return earliest;
}
