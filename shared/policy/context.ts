import type { GreenChannelCalendar, Round, SocializedCalendar } from './calendar';
import type { IsoDate } from '../time/dates';
import type { Profile } from './profile';
import type { Ruleset } from './ruleset';
import type { SeriesId } from './series';
import type { TitleSought } from './types';
import type { EducationStanding, TitleLevel } from './vocabulary';
import { EDUCATION_STANDINGS, TITLE_LEVEL_LABELS } from './vocabulary';

/** What every route reads: the person, the rules, and the date seniority is counted to. */
export interface RouteContext {
  profile: Profile;
  ruleset: Ruleset;
  asOf: IsoDate;
  countedTo: IsoDate;
  countedToLabel: string;
  round?: Round;
  /** The calendars depend on the date and the round only: computed once per evaluation, shared by every route. */
  calendar: { greenChannel: GreenChannelCalendar; socialized: SocializedCalendar };
}

export function isNonPublic(ctx: RouteContext): boolean {
  return ctx.ruleset.interpretations['non-public-scope'].parameters.nonPublicSectors.includes(ctx.profile.sector);
}

/** The academic standing of the highest education, technical-school classes converted by 第七条. */
export function educationStanding(ctx: RouteContext): EducationStanding {
  const level = ctx.profile.education.level;
  const converted = ctx.ruleset.clauses['第七条'].parameters.techSchoolEquivalence[level];
  if (converted) return converted;
  return (EDUCATION_STANDINGS as readonly string[]).includes(level) ? (level as EducationStanding) : 'high_school_or_below';
}

export function usesTechSchoolEquivalence(ctx: RouteContext): boolean {
  return ctx.ruleset.clauses['第七条'].parameters.techSchoolEquivalence[ctx.profile.education.level] !== undefined;
}

export function satisfiesEducation(ctx: RouteContext, required: EducationStanding): boolean {
  const accepted = ctx.ruleset.interpretations['graduate-degree-counts-as-bachelor'].parameters.satisfies[required] ?? [required];
  return accepted.includes(educationStanding(ctx));
}

export function titleSought(ctx: RouteContext, series: SeriesId, level: TitleLevel): TitleSought {
  const s = ctx.ruleset.series[series];
  const l = s.levels[level];
  return {
    series,
    seriesName: s.name,
    level,
    levelName: TITLE_LEVEL_LABELS[level],
    titleName: l?.titleName ?? `${s.name}系列${TITLE_LEVEL_LABELS[level]}`,
    method: l?.method ?? null,
  };
}
