/**
 * Collections and their indexes, declared once. The local gateway applies them at start; `npm run deploy:db`
 * prints/applies them for CloudBase. Keys follow MongoDB's index spec (1 ascending, -1 descending).
 */
export interface IndexSpec {
  name: string;
  keys: Record<string, 1 | -1>;
  unique?: boolean;
}
export interface CollectionSpec {
  indexes: IndexSpec[];
}

const declare = <T extends Record<string, CollectionSpec>>(c: T): T => c;

export const COLLECTIONS = declare({
  users: { indexes: [{ name: 'openid_unique', keys: { openid: 1 }, unique: true }] },
  grants: {
    indexes: [
      { name: 'openid_role', keys: { openid: 1, role: 1 } },
      { name: 'scope_org', keys: { 'scope.orgId': 1 } },
    ],
  },
  organizations: {
    indexes: [
      { name: 'type_district', keys: { type: 1, district: 1 } },
      { name: 'uscc', keys: { uscc: 1 } },
      { name: 'name', keys: { name: 1 } },
    ],
  },
  invitations: { indexes: [{ name: 'code_hash_unique', keys: { codeHash: 1 }, unique: true }] },
  eligibility_checks: { indexes: [{ name: 'openid_at', keys: { openid: 1, at: -1 } }] },
  rounds: { indexes: [{ name: 'applyTo', keys: { applyTo: -1 } }] },
  audit: { indexes: [{ name: 'at', keys: { at: -1 } }, { name: 'target', keys: { target: 1, at: -1 } }] },
});

export type CollectionName = keyof typeof COLLECTIONS;
