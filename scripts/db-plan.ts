/** The collection manifest (shared/db/collections.ts) in the shape CloudBase's database management API takes. */
import { COLLECTIONS, type CollectionSpec } from '../shared/db/collections';

export interface CloudIndex {
  IndexName: string;
  MgoKeySchema: { MgoIndexKeys: { Name: string; Direction: string }[]; MgoIsUnique: boolean };
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

export function dbPlan(collections: Record<string, CollectionSpec> = COLLECTIONS) {
  return Object.entries(collections).map(([name, spec]) => ({ name, indexes: cloudIndexes(spec) }));
}
