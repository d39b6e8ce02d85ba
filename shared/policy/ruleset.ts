import type { IsoDate } from '../time/dates';
import type { ClauseBook } from './clauses';
import { CLAUSES } from './clauses';
import type { InterpretationBook } from './interpretations';
import { INTERPRETATIONS } from './interpretations';
import type { SeriesCatalogue } from './series';
import { SERIES_CATALOGUE } from './series';

/** Everything the engine reads. The defaults ship in code; an officer-edited copy can be passed instead. */
export interface Ruleset {
  /**
   * The edition of the rule data (the document and the edition of its undated parts: interpretations, series).
   * The version that decides a result adds the date of the clause values in force (rulesetVersionAt).
   */
  version: string;
  clauses: ClauseBook;
  interpretations: InterpretationBook;
  series: SeriesCatalogue;
}

export const RULESET_VERSION = '包人社办字〔2021〕82号/规则 1.0';

export const DEFAULT_RULESET: Ruleset = {
  version: RULESET_VERSION,
  clauses: CLAUSES,
  interpretations: INTERPRETATIONS,
  series: SERIES_CATALOGUE,
};

const lastReviewedCache = new WeakMap<Ruleset, string>();

/** The latest review date over every clause, interpretation and series of the ruleset (computed once per ruleset). */
export function lastReviewedOf(ruleset: Ruleset): string {
  const known = lastReviewedCache.get(ruleset);
  if (known !== undefined) return known;
  const dates = [
    ...Object.values(ruleset.clauses).map((c) => c.lastReviewed),
    ...Object.values(ruleset.interpretations).map((i) => i.lastReviewed),
    ...Object.values(ruleset.series).map((s) => s.lastReviewed),
  ];
  const latest = dates.reduce((a, b) => (a > b ? a : b));
  lastReviewedCache.set(ruleset, latest);
  return latest;
}

export const LAST_REVIEWED = lastReviewedOf(DEFAULT_RULESET);

const valueDatesCache = new WeakMap<Ruleset, IsoDate[]>();

/** Every date a clause value takes effect, ascending, once each (computed once per ruleset). */
function valueDates(ruleset: Ruleset): IsoDate[] {
  const known = valueDatesCache.get(ruleset);
  if (known) return known;
  const dates = new Set<IsoDate>();
  for (const c of Object.values(ruleset.clauses))
    for (const dated of Object.values(c.parameters as Record<string, { values: readonly { from: IsoDate }[] }>))
      for (const v of dated.values) dates.add(v.from);
  const sorted = [...dates].sort();
  valueDatesCache.set(ruleset, sorted);
  return sorted;
}

/** The date the rules start: before it no clause is in force (the document's date for the shipped rules). */
export function inForceFrom(ruleset: Ruleset): IsoDate {
  return valueDates(ruleset)[0];
}

/**
 * The version of the rules that decides a result on `asOf`: the edition and the latest date a clause value took
 * effect by then, e.g. 「包人社办字〔2021〕82号/规则 1.0@2021-05-08」. Read from the data, so a new dated value
 * makes a new version from its date and every check before it keeps its own; readable, and the same on the
 * phone and the server (a content hash would also change with any edit, but a person could not read it, and
 * a change is a new dated value, not an edit). Undefined before the rules are in force.
 */
export function rulesetVersionAt(ruleset: Ruleset, asOf: IsoDate): string | undefined {
  const dates = valueDates(ruleset);
  let latest: IsoDate | undefined;
  for (const d of dates) if (d <= asOf) latest = d;
  return latest === undefined ? undefined : `${ruleset.version}@${latest}`;
}
