/** The share cards of 政策 and of each clause (see PageCard in cards.ts). */
import type { ClauseId } from '@shared/policy/clauses';
import { CLAUSES, DOCUMENT } from '@shared/policy/clauses';
import { clauseSlug, clauseUrl } from '../policy/links';
import type { PageCard } from './cards';

export const POLICY_CARD: PageCard = {
  title: `${DOCUMENT.number} 职称政策白话解读`,
  path: '/pages/policy/index',
  query: '',
};

export function clauseCard(id: ClauseId): PageCard {
  return { title: `${id}：${CLAUSES[id].heading}（${DOCUMENT.number}）`, path: clauseUrl(id), query: `id=${clauseSlug(id)}` };
}
