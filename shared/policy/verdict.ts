import type { IsoDate } from '../time/dates';
import type { Condition, RouteDraft, Verdict } from './types';
import { VERDICT_LABELS } from './types';

/**
 * A route's verdict from its conditions: any unmet gate or declaration → not eligible; else an unmet seniority
 * condition → not yet, eligible from the latest date the years are reached (not eligible if no ongoing work
 * will ever reach them); else anything unknown → confirm; else likely.
 */
export function verdictOf(conditions: readonly Condition[]): { verdict: Verdict; eligibleFrom?: IsoDate } {
  if (conditions.some((c) => c.status === 'unmet' && c.kind !== 'seniority')) return { verdict: 'not_eligible' };
  const waiting = conditions.filter((c) => c.status === 'unmet' && c.kind === 'seniority');
  if (waiting.length > 0) {
    const dates = waiting.map((c) => c.eligibleFrom);
    if (dates.some((d) => d === undefined)) return { verdict: 'not_eligible' };
    return { verdict: 'not_yet', eligibleFrom: (dates as IsoDate[]).reduce((a, b) => (a > b ? a : b)) };
  }
  if (conditions.some((c) => c.status === 'unknown')) return { verdict: 'confirm' };
  return { verdict: 'likely' };
}

export function summaryOf(route: RouteDraft, verdict: Verdict, eligibleFrom?: IsoDate): string {
  const title = route.title.titleName;
  const label = VERDICT_LABELS[verdict];
  switch (verdict) {
    case 'likely':
      return `${label}：按您填写的情况，很可能可以通过“${route.name}”申报${title}。`;
    case 'not_yet':
      return `${label}：年限还不够，假定您现在的工作一直持续，${eligibleFrom} 起满足年限要求。`;
    case 'confirm': {
      const open = route.conditions.filter((c) => c.status === 'unknown').map((c) => c.label);
      return `${label}：没有发现不符合的条件，还有 ${open.length} 项需要您确认——${open.join('；')}。`;
    }
    case 'not_eligible': {
      const first =
        route.conditions.find((c) => c.status === 'unmet' && c.kind !== 'seniority') ?? route.conditions.find((c) => c.status === 'unmet');
      return `${label}：${first?.detail ?? '条件不满足。'}${route.redirect ? ` ${route.redirect.text}` : ''}`;
    }
  }
}
