/** Builders for the policy tests (not used by the product). */
import type { Round } from './calendar';
import { evaluate } from './evaluate';
import type { ProfileInput } from './profile';
import type { EligibilityResult, RouteId, RouteResult } from './types';

export const AS_OF = '2026-11-24';

export function profile(overrides: Partial<ProfileInput> = {}): ProfileInput {
  return {
    sector: 'non_public_enterprise',
    education: { level: 'bachelor', graduatedOn: '2015-07-01' },
    workPeriods: [{ from: '2015-07-01', to: null, kind: 'professional_technical' }],
    appliedSeries: 'engineering',
    achievements: { intermediate: true, deputySenior: true, engineering: true },
    ...overrides,
  };
}

export function run(p: ProfileInput, options: { asOf?: string; round?: Round } = {}): EligibilityResult {
  return evaluate(p as never, { asOf: options.asOf ?? AS_OF, ...(options.round ? { round: options.round } : {}) });
}

export function route(result: EligibilityResult, id: RouteId): RouteResult {
  const r = result.routes.find((x) => x.id === id);
  if (!r) throw new Error(`route ${id} not in result: ${result.routes.map((x) => x.id).join(', ')}`);
  return r;
}

export function conditionOf(r: RouteResult, id: string) {
  const c = r.conditions.find((x) => x.id === id);
  if (!c) throw new Error(`condition ${id} not in route ${r.id}`);
  return c;
}

export function round(overrides: Partial<Round> = {}): Round {
  return {
    id: '2026-social-1',
    name: '2026年度包头市社会化职称评审',
    applyFrom: '2026-09-01',
    applyTo: '2026-09-30',
    seniorityCutoff: '2025-12-31',
    publishedBy: '包头市人力资源和社会保障局',
    publishedAt: '2026-08-15',
    ...overrides,
  };
}
