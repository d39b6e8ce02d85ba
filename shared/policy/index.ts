/**
 * 职称通's eligibility rules for 包人社办字〔2021〕82号: the document, its interpretations and the series
 * catalogue as data; the profile and round schemas; the engine. Platform-free: runs in the mini-program,
 * the cloud functions and the CLI alike.
 */
export { evaluate, checkAndEvaluate, DISCLAIMER } from './evaluate';
export type { EvaluateOptions } from './evaluate';
export { highestLikelyTitle, headlineRoutes, rankRoutes } from './headline';
export type { Headline, HeadlineRoute } from './headline';
export { profileSchema, checkProfile, MAX_WORK_PERIODS } from './profile';
export type { Profile, ProfileInput, WorkPeriod, CheckResult } from './profile';
export {
  roundSchema,
  checkRound,
  roundStatus,
  nextGreenChannel,
  greenChannelWindow,
  socializedCalendar,
  chooseRound,
  ROUND_STATUS_LABELS,
  GREEN_CHANNEL_PHASE_LABELS,
  MAX_PUBLISHED_ROUNDS,
} from './calendar';
export type {
  Round,
  RoundInput,
  RoundStatus,
  RoundChoice,
  GreenChannelWindow,
  GreenChannelCalendar,
  GreenChannelPhase,
  GreenChannelToday,
  SocializedCalendar,
} from './calendar';
export { CLAUSES, CLAUSE_IDS, DOCUMENT, citation } from './clauses';
export type { Clause, ClauseId, ClauseBook, SubmissionBodyId } from './clauses';
export { INTERPRETATIONS } from './interpretations';
export type { Interpretation, InterpretationId, InterpretationBook } from './interpretations';
export { SERIES_CATALOGUE, SERIES_IDS, METHODS, METHOD_LABELS, levelsOf, nextLevel, seriesLevel } from './series';
export type { Series, SeriesId, SeriesLevel, SeriesCatalogue, Method } from './series';
export { DEFAULT_RULESET, RULESET_VERSION, LAST_REVIEWED, lastReviewedOf, inForceFrom, rulesetVersionAt } from './ruleset';
export { since, valueOn } from './dated';
export type { Dated, DatedValue, DatedParameters } from './dated';
export { amend, inForce, parameterAt, parametersAt, valueAt } from './parameters';
export type { ParameterName, ParameterValue, ParametersOf } from './parameters';
export type { Ruleset } from './ruleset';
export { checkSeniority, mergeSpans, countFullYears, dateReachingYears, daysCovered, formatDuration } from './seniority';
export type { SeniorityCheck, Span, YearCount } from './seniority';
export { SOURCE_TEXT } from './source';
export * from './vocabulary';
export * from './types';
export type { IsoDate } from '../time/dates';
export { chinaDate } from '../time/dates';
