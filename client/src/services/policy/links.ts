/**
 * Links into the policy: a clause id (「第二条」, 「附件1 第三项」) as an ASCII slug for page URLs
 * (`/packages/policy/clause/index?id=art2`), and the hand-off that opens the 政策 tab at a clause (tab
 * pages take no query in weapp: the clause id waits in storage under `policyFocus`).
 */
import Taro from '@tarojs/taro';
import { openPage } from '../navigation';
import type { ClauseId } from '@shared/policy/clauses';
import { CLAUSE_IDS } from '@shared/policy/clauses';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const num = (c: string) => NUMERALS.indexOf(c) + 1;

/** 第二条 → art2; 附件1 第三项 → att1-3. */
export function clauseSlug(id: ClauseId): string {
  const attachment = /^附件(\d+) 第(.)项$/.exec(id);
  if (attachment) return `att${attachment[1]}-${num(attachment[2])}`;
  const article = /^第(.)条$/.exec(id);
  return article ? `art${num(article[1])}` : encodeURIComponent(id);
}

/** A slug (or, leniently, the clause id itself, encoded or not) → the clause id; null if unknown. */
export function clauseFromSlug(slug: string | undefined): ClauseId | null {
  if (!slug) return null;
  let s = slug;
  try {
    s = decodeURIComponent(slug);
  } catch {
    // keep as is
  }
  return CLAUSE_IDS.find((id) => clauseSlug(id) === s || id === s) ?? null;
}

export function clauseUrl(id: ClauseId): string {
  return `/packages/policy/clause/index?id=${clauseSlug(id)}`;
}

/** 常见问题 (packages/policy/faq): a search (`q`), the entries citing a clause (`clause`, its slug), or one entry (`id`). */
export function faqUrl(p: { q?: string; clause?: ClauseId; id?: string } = {}): string {
  const parts: string[] = [];
  if (p.q) parts.push(`q=${encodeURIComponent(p.q)}`);
  if (p.clause) parts.push(`clause=${clauseSlug(p.clause)}`);
  if (p.id) parts.push(`id=${encodeURIComponent(p.id)}`);
  return `/packages/policy/faq/index${parts.length ? `?${parts.join('&')}` : ''}`;
}

/** Opens the clause's own page (text, explanation, interpretations). */
export function openClause(id: ClauseId): void {
  void openPage(clauseUrl(id));
}

export const POLICY_FOCUS_KEY = 'policyFocus';

/** Opens the 政策 tab scrolled to the clause. */
export function openPolicyAt(id: ClauseId): void {
  try {
    Taro.setStorageSync(POLICY_FOCUS_KEY, id);
  } catch {
    // the tab still opens, at the top
  }
  void Taro.switchTab({ url: '/pages/policy/index' });
}

/** The clause the 政策 tab should show, once (read and cleared). */
export function takePolicyFocus(): ClauseId | null {
  try {
    const id: unknown = Taro.getStorageSync(POLICY_FOCUS_KEY);
    if (id) Taro.removeStorageSync(POLICY_FOCUS_KEY);
    return typeof id === 'string' && (CLAUSE_IDS as readonly string[]).includes(id) ? (id as ClauseId) : null;
  } catch {
    return null;
  }
}
