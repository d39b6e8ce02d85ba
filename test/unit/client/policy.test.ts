/** Links into the policy (clause slugs, the 政策 tab's focus hand-off) and the clauses' facts in plain words. */
const storage = new Map<string, unknown>();
const navigateTo = jest.fn((_: { url: string }) => Promise.resolve());
const switchTab = jest.fn((_: { url: string }) => Promise.resolve());
jest.mock('@tarojs/taro', () => {
  const taro = {
    getStorageSync: (k: string) => storage.get(k) ?? '',
    setStorageSync: (k: string, v: unknown) => void storage.set(k, v),
    removeStorageSync: (k: string) => void storage.delete(k),
    navigateTo: (o: { url: string }) => navigateTo(o),
    switchTab: (o: { url: string }) => switchTab(o),
  };
  return { __esModule: true, default: taro, ...taro };
});

import { CLAUSE_IDS } from '@shared/policy/clauses';
import {
  clauseFromSlug,
  clauseSlug,
  clauseUrl,
  openClause,
  openPolicyAt,
  takePolicyFocus,
} from '../../../client/src/services/policy/links';
import { clauseFacts, hotlines } from '../../../client/src/features/policy/services/facts';

describe('clause links', () => {
  it('gives every clause an ASCII slug that leads back to it', () => {
    const slugs = CLAUSE_IDS.map(clauseSlug);
    expect(slugs.slice(0, 9)).toEqual(['art1', 'art2', 'art3', 'art4', 'art5', 'art6', 'art7', 'art8', 'art9']);
    expect(slugs.slice(9)).toEqual(['att1-1', 'att1-2', 'att1-3', 'att2-1', 'att2-2', 'att2-3']);
    for (const id of CLAUSE_IDS) expect(clauseFromSlug(clauseSlug(id))).toBe(id);
    expect(clauseUrl('第二条')).toBe('/packages/policy/clause/index?id=art2');
  });

  it('accepts the clause id itself, encoded or not, and rejects anything else', () => {
    expect(clauseFromSlug(encodeURIComponent('附件1 第三项'))).toBe('附件1 第三项');
    expect(clauseFromSlug('第八条')).toBe('第八条');
    expect(clauseFromSlug('art10')).toBeNull();
    expect(clauseFromSlug('%E0%A4%A')).toBeNull();
    expect(clauseFromSlug(undefined)).toBeNull();
  });

  it('opens the clause page, or the 政策 tab at the clause (once)', () => {
    openClause('第七条');
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/policy/clause/index?id=art7' });
    openPolicyAt('第二条');
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/policy/index' });
    expect(takePolicyFocus()).toBe('第二条');
    expect(takePolicyFocus()).toBeNull();
    storage.set('policyFocus', '第十条');
    expect(takePolicyFocus()).toBeNull();
  });
});

describe('what each clause sets, in plain words', () => {
  it('reads the numbers from the clauses’ parameters', () => {
    expect(clauseFacts('第二条').join('\n')).toContain('专业技术工作满 5 年');
    expect(clauseFacts('第二条').join('\n')).toContain('考评结合的专业除外');
    expect(clauseFacts('第七条')).toContain('技师 + 技术技能工作满 3 年 → 可申报中级（工程技术系列）');
    expect(clauseFacts('第七条')).toContain('技工院校预备技师（技师）班 = 大学本科学历');
    expect(clauseFacts('附件1 第二项')).toContain('申报：1月、4月、7月、10月');
    expect(clauseFacts('第四条')).toEqual(['继续教育学时：不作硬性要求']);
    for (const id of CLAUSE_IDS) expect(clauseFacts(id).length).toBeGreaterThan(0);
  });

  it('lists each hotline once', () => {
    expect(hotlines().sort()).toEqual(['0472-6169341', '0472-6169343']);
  });
});
