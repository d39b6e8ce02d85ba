/**
 * The collection manifest (shared/db/collections.ts) in the shape CloudBase's management APIs take: indexes
 * for UpdateTable (manager.database.updateCollection) and each collection's security rule for ModifySafeRule
 * (manager.commonService().call({ Action: 'ModifySafeRule', Param: { EnvId, CollectionName, AclTag, Rule } })).
 */
import { COLLECTIONS, type CollectionSpec, type SecurityRule } from '../shared/db/collections';

export interface CloudIndex {
  IndexName: string;
  MgoKeySchema: { MgoIndexKeys: { Name: string; Direction: string }[]; MgoIsUnique: boolean };
}

/** ModifySafeRule's AclTag and Rule: a custom rule, its JSON with real booleans (CloudBase rejects "false"). */
export interface CloudSafeRule {
  AclTag: 'CUSTOM';
  Rule: string;
}

export function cloudIndexes(spec: CollectionSpec): CloudIndex[] {
  return spec.indexes.map((ix) => ({
    IndexName: ix.name,
    MgoKeySchema: {
      MgoIndexKeys: Object.entries(ix.keys).map(([Name, dir]) => ({ Name, Direction: String(dir) })),
      MgoIsUnique: ix.unique ?? false,
    },
  }));
}

export function cloudSafeRule(rule: SecurityRule): CloudSafeRule {
  return { AclTag: 'CUSTOM', Rule: JSON.stringify({ read: rule.read, write: rule.write }) };
}

export function dbPlan(collections: Record<string, CollectionSpec> = COLLECTIONS) {
  return Object.entries(collections).map(([name, spec]) => ({
    name,
    indexes: cloudIndexes(spec),
    securityRule: cloudSafeRule(spec.security),
  }));
}
