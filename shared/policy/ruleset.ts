import type { ClauseBook } from './clauses';
import { CLAUSES } from './clauses';
import type { InterpretationBook } from './interpretations';
import { INTERPRETATIONS } from './interpretations';
import type { SeriesCatalogue } from './series';
import { SERIES_CATALOGUE } from './series';

/** Everything the engine reads. The defaults ship in code; an officer-edited copy can be passed instead. */
export interface Ruleset {
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
