/**
 * How a result is put into words on the phone: the verdict chip, dates in Chinese, the order of the route
 * cards, whether the function's answer agrees with the phone's, and the short text a person shares.
 * Always "可能符合" — never a final determination.
 */
import type { EligibilityResult, RouteResult, Verdict } from '@shared/policy/types';
import { VERDICT_LABELS, VERDICT_RANK } from '@shared/policy/types';
import { formatDate } from '../dates';

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
 * Best verdicts first (VERDICT_RANK); among equals the level the person wants first, then the engine's
 * order (第二条, 第七条, 第八条, ordinary).
 */
export function sortRoutes(routes: readonly RouteResult[], wantedLevel = ''): RouteResult[] {
  return routes
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        VERDICT_RANK[b.r.verdict] - VERDICT_RANK[a.r.verdict] ||
        Number(sameLevel(b.r.title.level, wantedLevel)) - Number(sameLevel(a.r.title.level, wantedLevel)) ||
        a.i - b.i,
    )
    .map((x) => x.r);
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

/** The route to headline: the best verdict, the wanted level first among equals. */
export function headline(result: EligibilityResult, wantedLevel = ''): RouteResult | undefined {
  return sortRoutes(result.routes, wantedLevel)[0];
}

/** The share card's title: 「我可能符合申报工程师的条件（职称通自测）」. */
export function shareTitle(result: EligibilityResult, wantedLevel = ''): string {
  const best = headline(result, wantedLevel);
  if (best && (best.verdict === 'likely' || best.verdict === 'confirm')) return `我可能符合申报${best.title.titleName}的条件（职称通自测）`;
  if (best && best.verdict === 'not_yet' && best.eligibleFrom)
    return `我${formatDate(best.eligibleFrom)}起可能符合申报${best.title.titleName}的条件（职称通自测）`;
  return '职称申报条件自测：看看您能申报哪一级职称（职称通）';
}

/** A few lines to paste into a chat (H5 复制结果). */
export function shareText(result: EligibilityResult, wantedLevel = ''): string {
  const open = sortRoutes(result.routes, wantedLevel).filter((r) => r.verdict !== 'not_eligible');
  const lines = [`职称通自测结果（${result.asOf}，仅供参考）`];
  for (const r of open.slice(0, 4)) lines.push(`· ${r.title.titleName}（${r.name}）：${verdictText(r.verdict, r.eligibleFrom)}`);
  if (!open.length) lines.push('· 暂时没有找到可以直接申报的途径');
  lines.push(`依据：${result.document.number}。以上是“可能符合”的初步判断，不是人社部门的最终认定。`);
  return lines.join('\n');
}
