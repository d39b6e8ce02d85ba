import type { Database } from '../kit/cloud';
import type { Grant } from '../../shared/auth/roles';
import type { Organization } from '../../shared/org/organizations';
import { readDoc } from '../kit/docs';
import { AppError } from '../../shared/errors/app-error';

/** Small data helpers the identity handlers share. */

export async function getOrg(db: Database, id: string): Promise<Organization> {
  const org = await readDoc<Organization>(db, 'organizations', id);
  if (!org) throw new AppError('NOT_FOUND', '单位不存在或已删除');
  return org;
}

export async function orgsByIds(db: Database, ids: string[]): Promise<Organization[]> {
  if (ids.length === 0) return [];
  const _ = db.command;
  const res = await db.collection('organizations').where({ _id: _.in(ids) }).limit(100).get();
  return res.data as Organization[];
}

export function orgIdsOf(grants: Pick<Grant, 'scope'>[]): string[] {
  return [...new Set(grants.flatMap((g) => (g.scope.kind === 'org' ? [g.scope.orgId] : [])))];
}
