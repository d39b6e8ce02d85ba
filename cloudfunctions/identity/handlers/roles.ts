import { canGrant } from '../../../shared/auth/policy';
import { refreshQuietly } from '../../kit/recipients';
import type { Grant, Scope } from '../../../shared/auth/roles';
import { AppError } from '../../../shared/errors/app-error';
import { auditEntry } from '../../kit/audit';
import type { Database } from '../../kit/cloud';
import { putDoc, readDoc } from '../../kit/docs';
import type { Handler } from '../../kit/dispatch';
import { newId } from '../../kit/ids';
import { inTransaction } from '../../kit/transaction';
import { getOrg } from '../repo';
import { grantView } from '../views';
import { personLabel } from '../../../shared/auth/people';
import { personByRef, type PersonDoc } from './people';

async function orgFor(db: Database, scope: Scope) {
  return scope.kind === 'org' ? getOrg(db, scope.orgId) : undefined;
}

export const grantRole: Handler<'identity', 'grantRole'> = async (input, { actor, db, now, requestId }) => {
  const org = await orgFor(db, input.scope);
  if (!canGrant(actor, { role: input.role, scope: input.scope, org })) throw new AppError('FORBIDDEN', '您无权授予该角色或该范围');
  const target = input.person ? await personByRef(db, input.person) : await readDoc<PersonDoc>(db, 'users', input.openid ?? '');
  if (!target) throw new AppError('NOT_FOUND', '该用户尚未登录过职称通，请其先打开小程序');
  const openid = target._id;
  // Picked from a search: the success message names them (masked); by openid, as before, it does not.
  const person = input.person ? { person: personLabel({ ...target, openid }) } : {};
  const names = new Map(org ? [[org._id, org.name]] : []);
  const existing = (await db.collection('grants').where({ openid, role: input.role }).limit(100).get()).data as Grant[];
  const same = existing.find((g) => JSON.stringify(g.scope) === JSON.stringify(input.scope));
  if (same) return { ...grantView(same, names), ...person };
  const grant: Grant = { _id: newId(), openid, role: input.role, scope: input.scope, grantedBy: actor.openid, grantedAt: now.toISOString() };
  await inTransaction(db, async (tx) => {
    await putDoc(tx, 'grants', { ...grant });
    await putDoc(tx, 'audit', { ...auditEntry({ at: grant.grantedAt, actor: actor.openid, action: 'identity.grantRole', target: `grants/${grant._id}`, to: { role: grant.role, scope: grant.scope }, requestId }) });
  });
  await refreshQuietly(db, [openid], now);
  return { ...grantView(grant, names), ...person };
};

export const revokeRole: Handler<'identity', 'revokeRole'> = async (input, { actor, db, now, requestId }) => {
  const grant = await readDoc<Grant>(db, 'grants', input.grantId);
  if (!grant) throw new AppError('NOT_FOUND', '该授权不存在或已撤销');
  // An organization deleted since leaves only admins able to clean up its grants.
  const org = await orgFor(db, grant.scope).catch(() => undefined);
  if (!canGrant(actor, { role: grant.role, scope: grant.scope, org })) throw new AppError('FORBIDDEN', '您无权撤销该授权');
  await inTransaction(db, async (tx) => {
    await tx.collection('grants').doc(grant._id).remove();
    await putDoc(tx, 'audit', { ...auditEntry({ at: now.toISOString(), actor: actor.openid, action: 'identity.revokeRole', target: `grants/${grant._id}`, from: { role: grant.role, scope: grant.scope }, requestId }) });
  });
  await refreshQuietly(db, [grant.openid], now);
  return { revoked: true as const };
};
