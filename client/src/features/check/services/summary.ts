/**
 * How a result is put into words on the phone: the verdict chip, dates in Chinese, the order of the route
 * cards, whether the function's answer agrees with the phone's, and the short text a person shares.
 * Always "可能符合" — never a final determination.
 */
import type { EligibilityResult, RouteResult, Verdict } from '@shared/policy/types';
import { VERDICT_LABELS } from '@shared/policy/types';
import { headlineRoutes, highestLikelyTitle, rankRoutes } from '@shared/policy/headline';
import { formatDate } from '../../../services/dates';

export { formatDate };

/** The chip on a route card. */
export function verdictText(verdict: Verdict, eligibleFrom?: string): string {
  switch (verdict) {
    case 'likely':
      return '可能符合';
    case 'not_yet':
      return eligibleFrom ? `暂未满足（${formatDate(eligibleFrom)}起可能符合）` : '暂未满足';
    case 'confirm':
      return '需要您确认';
    case 'not_eligible':
      return '不符合';
  }
}

/** The engine's summary without its leading verdict label (the chip says it, in the product's words). */
export function plainSummary(route: Pick<RouteResult, 'summary' | 'verdict'>): string {
  const prefix = `${VERDICT_LABELS[route.verdict]}：`;
  return route.summary.startsWith(prefix) ? route.summary.slice(prefix.length) : route.summary;
}

const sameLevel = (level: string, wanted: string) =>
  wanted !== '' && (level === wanted || (wanted === 'assistant' && level === 'junior_staff'));

/**
 * The cards in the headline's order (shared/policy/headline: best verdict, then the highest title, the soonest
 * date for not-yet routes, then the engine's order), so the first card is the route the headline names.
 */
export function sortRoutes(routes: readonly RouteResult[]): RouteResult[] {
  const byId = new Map(routes.map((r) => [r.id as string, r]));
  return rankRoutes(headlineRoutes(routes)).map((h) => byId.get(h.id)!);
}

export function isWanted(route: RouteResult, wantedLevel: string): boolean {
  return sameLevel(route.title.level, wantedLevel);
}

/** Do two results give every route the same verdict (and the same date)? */
export function sameVerdicts(a: EligibilityResult, b: EligibilityResult): boolean {
  const key = (r: EligibilityResult) =>
    r.routes
      .map((x) => `${x.id}:${x.verdict}:${x.eligibleFrom ?? ''}`)
      .sort()
      .join('|');
  return key(a) === key(b);
}

/** The share card's title: 「我可能符合申报高级工程师的条件（职称通自测）」 — the headline's title. */
export function shareTitle(result: EligibilityResult): string {
  const h = highestLikelyTitle(result);
  const best = h.routeId ? result.routes.find((r) => r.id === h.routeId) : undefined;
  if (best && (best.verdict === 'likely' || best.verdict === 'confirm')) return `我可能符合申报${best.title.titleName}的条件（职称通自测）`;
  if (best && best.verdict === 'not_yet' && best.eligibleFrom)
    return `我${formatDate(best.eligibleFrom)}起可能符合申报${best.title.titleName}的条件（职称通自测）`;
  return '职称申报条件自测：看看您能申报哪一级职称（职称通）';
}

/** A few lines to paste into a chat (H5 复制结果). */
export function shareText(result: EligibilityResult): string {
  const open = sortRoutes(result.routes).filter((r) => r.verdict !== 'not_eligible');
  const lines = [`职称通自测结果（${result.asOf}，仅供参考）`];
  for (const r of open.slice(0, 4)) lines.push(`· ${r.title.titleName}（${r.name}）：${verdictText(r.verdict, r.eligibleFrom)}`);
  if (!open.length) lines.push('· 暂时没有找到可以直接申报的途径');
  lines.push(`依据：${result.document.number}。以上是“可能符合”的初步判断，不是人社部门的最终认定。`);
  return lines.join('\n');
}
