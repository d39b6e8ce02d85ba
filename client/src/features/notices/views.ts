/**
 * The 通知 / 宣讲 pages' words and routes, kept free of Taro so the client tests can check them directly.
 */
import { CATEGORIES, CATEGORY_LABELS, type CategoryId } from '@shared/announcements/categories';

export const ROUTES = {
  list: '/packages/notices/list/index',
  detail: (id: string) => `/packages/notices/detail/index?id=${encodeURIComponent(id)}`,
  briefings: '/packages/notices/briefings/index',
  briefing: (id: string) => `/packages/notices/briefing/index?id=${encodeURIComponent(id)}`,
  checkin: (id: string) => `/packages/notices/checkin/index?id=${encodeURIComponent(id)}`,
  rate: (id: string) => `/packages/notices/rate/index?id=${encodeURIComponent(id)}`,
};

export type CategoryFilter = CategoryId | 'all';
export const CATEGORY_FILTERS: { value: CategoryFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  ...CATEGORIES.map((c) => ({ value: c as CategoryFilter, label: CATEGORY_LABELS[c] })),
];

export type BriefingView = 'open' | 'upcoming' | 'mine' | 'past';
export const BRIEFING_VIEWS: { value: BriefingView; label: string }[] = [
  { value: 'open', label: '可报名' },
  { value: 'upcoming', label: '近期' },
  { value: 'mine', label: '我报名的' },
  { value: 'past', label: '往期' },
];

/** What the person's own sign-up is, in words. */
export function mineText(mine: { status: 'confirmed' | 'waiting'; seats: number; position?: number } | null): string {
  if (!mine) return '';
  const seats = mine.seats > 1 ? `（${mine.seats} 人）` : '';
  if (mine.status === 'confirmed') return `已报名${seats}`;
  return mine.position ? `候补第 ${mine.position} 位${seats}` : `候补中${seats}`;
}

export const MINE_LABELS: Record<'confirmed' | 'waiting', string> = { confirmed: '已报名', waiting: '候补中' };

/** Seats as the updatable message shows them: “已报 23/30”, with a word when full. */
export function seatsText(r: { label: string; full: boolean; waiting?: number }): string {
  const waiting = r.waiting ? `，候补 ${r.waiting} 人` : '';
  return `已报 ${r.label}${r.full ? '（已满）' : ''}${waiting}`;
}

/** The HR's organizations they may sign colleagues up for (employer_hr grants, org scope). */
export function hrOrgs(
  me: { roles: { role: string; scope: { kind: string; orgId?: string } }[]; organizations: { id: string; name: string }[] } | null,
): {
  id: string;
  name: string;
}[] {
  if (!me) return [];
  const ids = me.roles.flatMap((g) => (g.role === 'employer_hr' && g.scope.kind === 'org' && g.scope.orgId ? [g.scope.orgId] : []));
  return [...new Set(ids)].map((id) => ({ id, name: me.organizations.find((o) => o.id === id)?.name ?? '本单位' }));
}
