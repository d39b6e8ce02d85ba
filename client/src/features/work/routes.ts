import type { RouteId } from '@shared/policy/types';

/** Short Chinese names of the policy's routes (the policy's own names depend on the title, so are not static). */
export const ROUTE_LABELS: Record<RouteId, string> = {
  'art2-intermediate': '第二条：直接申报中级',
  'art2-deputy-senior': '第二条：直接申报副高级',
  'art7-assistant': '第七条：技能人才申报助理级',
  'art7-intermediate': '第七条：技能人才申报中级',
  'art7-deputy-senior': '第七条：技能人才申报副高级',
  'art8-green-intermediate': '第八条：绿色通道申报中级',
  'art8-green-deputy-senior': '第八条：绿色通道申报副高级',
  'art8-direct-senior': '第八条：重大贡献直接申报高级',
  ordinary: '按评审标准申报（社会化评审）',
};

export const routeLabel = (id: string): string => (id in ROUTE_LABELS ? ROUTE_LABELS[id as RouteId] : id);
