import type { GreenChannelCalendar, Round, SocializedCalendar } from './calendar';
import type { IsoDate } from '../time/dates';
import type { Profile } from './profile';
import type { Ruleset } from './ruleset';
import type { SeriesId } from './series';
import type { TitleSought } from './types';
import type { EducationStanding, TitleLevel } from './vocabulary';
import { TITLE_LEVEL_LABELS } from './vocabulary';
import {
  educationStandingOf,
  isNonPublicSector,
  satisfiesEducation as satisfiesLevel,
  usesTechSchoolEquivalence as usesEquivalence,
} from './standing';

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
  return isNonPublicSector(ctx.profile.sector, ctx.ruleset);
}

/** The academic standing of the highest education, technical-school classes converted by 第七条. */
export function educationStanding(ctx: RouteContext): EducationStanding {
  return educationStandingOf(ctx.profile.education.level, ctx.asOf, ctx.ruleset);
}

export function usesTechSchoolEquivalence(ctx: RouteContext): boolean {
  return usesEquivalence(ctx.profile.education.level, ctx.asOf, ctx.ruleset);
}

export function satisfiesEducation(ctx: RouteContext, required: EducationStanding): boolean {
  return satisfiesLevel(ctx.profile.education.level, required, ctx.asOf, ctx.ruleset);
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
