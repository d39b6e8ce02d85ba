import { canUpsertOrganization, governedScope } from '../../../shared/auth/policy';
import { peopleOfOrg, refreshQuietly } from '../../kit/recipients';
import { AppError } from '../../../shared/errors/app-error';
import type { Organization } from '../../../shared/org/organizations';
import { auditEntry } from '../../kit/audit';
import { putDoc, readDoc } from '../../kit/docs';
import type { Handler } from '../../kit/dispatch';
import { newId } from '../../kit/ids';
import { pageOf } from '../../kit/paging';
import { inTransaction } from '../../kit/transaction';
import { orgView } from '../views';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Organizations are public registry data (no personal data): any signed-in person may search them. */
export const listOrganizations: Handler<'identity', 'listOrganizations'> = async (input, { actor, db }) => {
  const _ = db.command;
  const plain: Record<string, unknown> = {};
  if (input.type) plain.type = input.type;
  if (input.district) plain.district = input.district;
  if (input.keyword) plain.name = db.RegExp({ regexp: escapeRegExp(input.keyword), options: 'i' });
  let where: object = plain;
  if (input.governed) {
    const scope = governedScope(actor);
    if (!scope.all) {
      if (scope.districts.length === 0 && scope.orgIds.length === 0) return { items: [], total: 0, page: input.page, pageSize: input.pageSize };
      where = _.and([plain, _.or([{ district: _.in(scope.districts) }, { _id: _.in(scope.orgIds) }])]);
    }
  }
  const { items, total } = await pageOf<Organization>(db.collection('organizations'), where, { field: 'name', direction: 'asc' }, input);
  return { items: items.map(orgView), total, page: input.page, pageSize: input.pageSize };
};

export const upsertOrganization: Handler<'identity', 'upsertOrganization'> = async (input, { actor, db, now, requestId }) => {
  const at = now.toISOString();
  const { id, version, ...fields } = input;
  const existing = id ? await readDoc<Organization>(db, 'organizations', id) : null;
  if (id && !existing) throw new AppError('NOT_FOUND', '单位不存在或已删除');
  if (!canUpsertOrganization(actor, fields, existing ?? undefined)) throw new AppError('FORBIDDEN', '您无权登记或修改该单位');
  if (fields.uscc) {
    const same = (await db.collection('organizations').where({ uscc: fields.uscc }).limit(2).get()).data as Organization[];
    if (same.some((o) => o._id !== id)) {
      throw new AppError('CONFLICT', '该统一社会信用代码已登记', [{ path: 'uscc', message: '该统一社会信用代码已被其他单位使用' }]);
    }
  }
  const next: Organization = {
    _id: existing?._id ?? newId(),
    ...fields,
    version: (existing?.version ?? 0) + 1,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  };
  await inTransaction(db, async (tx) => {
    if (existing) {
      const fresh = await readDoc<Organization>(tx, 'organizations', existing._id);
      if (!fresh || fresh.version !== version) throw new AppError('CONFLICT');
    }
    await putDoc(tx, 'organizations', { ...next });
    await putDoc(tx, 'audit', {
      ...auditEntry({ at, actor: actor.openid, action: 'identity.upsertOrganization', target: `organizations/${next._id}`, from: existing ? { version: existing.version } : undefined, to: { version: next.version }, requestId }),
    });
  });
  // Its district or industry decides whom targets reach: refresh the people tied to it.
  await refreshQuietly(db, await peopleOfOrg(db, next._id).catch(() => []), now);
  return orgView(next);
};
