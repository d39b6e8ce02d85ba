import type { GreenChannelCalendar, SocializedCalendar } from './calendar';
import type { ClauseId, SubmissionBodyId } from './clauses';
import type { IsoDate } from '../time/dates';
import type { InterpretationId } from './interpretations';
import type { Method, SeriesId } from './series';
import type { TitleLevel } from './vocabulary';

export const CONDITION_STATUSES = ['met', 'unmet', 'unknown'] as const;
export type ConditionStatus = (typeof CONDITION_STATUSES)[number];

/**
 * One line of a route's trace. `gate` conditions decide eligibility; `seniority` ones become met with time
 * (an unmet one makes the route 'not_yet'); `declared` ones are the person's own word, which we cannot check.
 */
export interface Condition {
  id: string;
  label: string;
  status: ConditionStatus;
  kind: 'gate' | 'seniority' | 'declared';
  clause: ClauseId;
  citation: string;
  quote: string;
  detail: string;
  /** For seniority conditions: the date the years are reached, assuming current work continues. */
  eligibleFrom?: IsoDate;
  interpretations?: InterpretationId[];
  /** The dated parameter value the condition applied (its years), and the text that set it. */
  rule?: { from: IsoDate; ref: string };
}

export const VERDICTS = ['likely', 'not_yet', 'not_eligible', 'confirm'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_LABELS: Record<Verdict, string> = {
  likely: '很可能符合',
  not_yet: '暂未满足年限',
  not_eligible: '不符合',
  confirm: '需要您确认',
};
/** Worst to best; used by tests of monotonicity and by anyone ranking routes. */
export const VERDICT_RANK: Record<Verdict, number> = { not_eligible: 0, not_yet: 1, confirm: 2, likely: 3 };

export interface TitleSought {
  series: SeriesId;
  seriesName: string;
  level: TitleLevel;
  levelName: string;
  titleName: string;
  /** How the catalogue says this level is obtained; null if the series has no such level. */
  method: Method | null;
}

export const ROUTE_IDS = [
  'art2-intermediate',
  'art2-deputy-senior',
  'art7-assistant',
  'art7-intermediate',
  'art7-deputy-senior',
  'art8-green-intermediate',
  'art8-green-deputy-senior',
  'art8-direct-senior',
  'ordinary',
] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

export const CHANNEL_IDS = ['green', 'socialized'] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

/** Where a direct application makes no sense, where to go instead. */
export interface Redirect {
  kind: 'exam' | 'exam_review' | 'standards';
  text: string;
}

/** What a route module produces; the engine adds the verdict and the next steps. */
export interface RouteDraft {
  id: RouteId;
  clause: ClauseId;
  name: string;
  title: TitleSought;
  conditions: Condition[];
  channels: ChannelId[];
  redirect?: Redirect;
  interpretations: InterpretationId[];
}

export interface SubmissionBody {
  id: SubmissionBodyId | 'employer';
  name: string;
  bestFit: boolean;
  reason: string;
  clause: ClauseId;
  citation: string;
  quote: string;
}

export interface Cited {
  clause: ClauseId;
  citation: string;
  quote: string;
}

export interface NextSteps {
  channels: ({ id: ChannelId; name: string } & Cited)[];
  /** Ordered, best fit first. */
  submissionBodies: SubmissionBody[];
  reviewer: ({ channel: ChannelId; body: string } & Cited)[];
  defense: { required: boolean; detail: string; from?: IsoDate; to?: IsoDate } & Cited;
  /** 第四条: no hard continuing-education requirement (non-public only; null = the general rules apply). */
  continuingEducation: ({ required: false; detail: string } & Cited) | null;
  /** 第三条: what may replace papers, and what the person declared. */
  papersReplaceable: ({ by: string[]; yours: string[] } & Cited) | null;
  /** 第五条: the application carries the non-public marker for separate grouping. */
  separateGrouping: ({ marker: '非公领域'; detail: string } & Cited) | null;
  checklist: ({ item: string; channel?: ChannelId } & Cited)[];
  calendar: { greenChannel?: GreenChannelCalendar; socialized?: SocializedCalendar };
}

export interface RouteResult extends RouteDraft {
  verdict: Verdict;
  verdictLabel: string;
  eligibleFrom?: IsoDate;
  summary: string;
  /** Absent when the verdict is not_eligible. */
  nextSteps?: NextSteps;
}

export interface AppliedInterpretation {
  id: InterpretationId;
  title: string;
  reading: string;
  clauses: ClauseId[];
  lastReviewed: string;
}

export interface EligibilityResult {
  /** The version of the rules that decided it: the edition and the date of the values in force (rulesetVersionAt). */
  rulesetVersion: string;
  lastReviewed: string;
  document: { number: string; title: string };
  asOf: IsoDate;
  /** The date "满 N 年" was counted to, and why that date. */
  countedTo: {
    date: IsoDate;
    basis: 'round_cutoff' | 'as_of';
    /** The person chose the round (or to count to the as-of date), or the engine took the open round by default. */
    by: 'choice' | 'default';
    roundId?: string;
    explanation: string;
  };
  sector: { id: string; label: string; nonPublic: boolean };
  disclaimer: string;
  notices: string[];
  routes: RouteResult[];
  interpretations: AppliedInterpretation[];
  calendar: { greenChannel: GreenChannelCalendar; socialized: SocializedCalendar };
  help: { hotlines: string[]; services: string[] } & Cited;
}
