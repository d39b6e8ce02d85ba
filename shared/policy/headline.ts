import type { IsoDate } from '../time/dates';
import { parseIsoDate } from '../time/dates';
import type { RouteId, RouteResult, Verdict } from './types';
import { VERDICT_RANK } from './types';
import type { TitleLevel } from './vocabulary';
import { levelRank } from './vocabulary';

/**
 * What a headline needs of a route: what a saved check keeps per route (eligibility.history), so a saved check
 * and the full result put the same words at the top.
 */
export interface HeadlineRoute {
  id: string;
  name: string;
  titleName: string;
  /** Absent in checks saved before the level was kept: then the route's fixed level (ROUTE_LEVELS), if it has one. */
  level?: TitleLevel;
  verdict: Verdict;
  eligibleFrom?: IsoDate;
}

/** The level each route applies for, where it does not depend on the person (the ordinary route's does). */
const ROUTE_LEVELS: Partial<Record<RouteId, TitleLevel>> = {
  'art2-intermediate': 'intermediate',
  'art2-deputy-senior': 'deputy_senior',
  'art7-assistant': 'assistant',
  'art7-intermediate': 'intermediate',
  'art7-deputy-senior': 'deputy_senior',
  'art8-green-intermediate': 'intermediate',
  'art8-green-deputy-senior': 'deputy_senior',
  'art8-direct-senior': 'deputy_senior',
};

export interface Headline {
  /** The best verdict among the routes; null when every route is not_eligible (or there are none). */
  verdict: Exclude<Verdict, 'not_eligible'> | null;
  /** The route the headline names, and its title. */
  routeId: string | null;
  titleName: string | null;
  /** 「很可能可以申报高级工程师」 — never a final determination. */
  text: string;
  /** The open routes in one line, highest title first: 「高级工程师：很可能符合（3 条途径）；工程师：很可能符合（2 条途径）」. */
  routesLine: string;
  open: number;
  closed: number;
}

const levelOf = (r: HeadlineRoute): number => {
  const level = r.level ?? ROUTE_LEVELS[r.id as RouteId];
  return level ? levelRank(level) : -1;
};

/**
 * Best verdict first; among likely or to-confirm routes the highest title; among not-yet routes the one
 * reached soonest (then the highest); then the engine's order.
 */
export function rankRoutes<R extends HeadlineRoute>(routes: readonly R[]): R[] {
  return routes
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const byVerdict = VERDICT_RANK[b.r.verdict] - VERDICT_RANK[a.r.verdict];
      if (byVerdict) return byVerdict;
      if (a.r.verdict === 'not_yet' && a.r.eligibleFrom !== b.r.eligibleFrom)
        return (a.r.eligibleFrom ?? '9999') < (b.r.eligibleFrom ?? '9999') ? -1 : 1;
      return levelOf(b.r) - levelOf(a.r) || a.i - b.i;
    })
    .map((x) => x.r);
}

/** A full result's routes in the shape a saved check keeps (the function saves exactly this). */
export function headlineRoutes(routes: readonly RouteResult[]): HeadlineRoute[] {
  return routes.map((r) => ({
    id: r.id,
    name: r.name,
    titleName: r.title.titleName,
    level: r.title.level,
    verdict: r.verdict,
    ...(r.eligibleFrom ? { eligibleFrom: r.eligibleFrom } : {}),
  }));
}

function inWords(date: IsoDate): string {
  const d = parseIsoDate(date);
  return d ? `${d.year} 年 ${d.month} 月 ${d.day} 日` : date;
}

const SHORT: Record<Exclude<Verdict, 'not_eligible'>, string> = {
  likely: '很可能符合',
  confirm: '可能符合，需要您确认几项',
  not_yet: '暂未满足年限',
};

/**
 * The result's headline: the highest title the person is likely eligible for (say 高级工程师 when both it and
 * 工程师 are likely), in "可能" words, and the open routes in one line. Takes a result's routes or a saved
 * check's, so the history entry says what the result page said.
 */
export function highestLikelyTitle(input: { routes: readonly (HeadlineRoute | RouteResult)[] }): Headline {
  const routes: HeadlineRoute[] = input.routes.map((r) => ('title' in r ? headlineRoutes([r])[0] : r));
  const ranked = rankRoutes(routes);
  const openRoutes = ranked.filter((r) => r.verdict !== 'not_eligible');
  const closed = routes.length - openRoutes.length;
  const best = openRoutes[0];
  if (!best) {
    return { verdict: null, routeId: null, titleName: null, text: '暂时没有找到可以直接申报的途径', routesLine: '', open: 0, closed };
  }
  const verdict = best.verdict as Exclude<Verdict, 'not_eligible'>;
  const text =
    verdict === 'likely'
      ? `很可能可以申报${best.titleName}`
      : verdict === 'confirm'
        ? `可能可以申报${best.titleName}（还有几项需要您确认）`
        : best.eligibleFrom
          ? `${inWords(best.eligibleFrom)}起可能可以申报${best.titleName}`
          : `以后可能可以申报${best.titleName}`;
  // One entry per title, in the ranked order, with its best verdict and how many routes lead there.
  const titles = new Map<string, { verdict: Exclude<Verdict, 'not_eligible'>; eligibleFrom?: IsoDate; count: number }>();
  for (const r of openRoutes) {
    const seen = titles.get(r.titleName);
    if (seen) seen.count++;
    else titles.set(r.titleName, { verdict: r.verdict as Exclude<Verdict, 'not_eligible'>, eligibleFrom: r.eligibleFrom, count: 1 });
  }
  const routesLine = [...titles]
    .map(([title, t]) => {
      const how = t.verdict === 'not_yet' && t.eligibleFrom ? `${inWords(t.eligibleFrom)}起可能符合` : SHORT[t.verdict];
      return `${title}：${how}${t.count > 1 ? `（${t.count} 条途径）` : ''}`;
    })
    .join('；');
  return { verdict, routeId: best.id, titleName: best.titleName, text, routesLine, open: openRoutes.length, closed };
}
