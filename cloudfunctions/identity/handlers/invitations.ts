import { canIssueInvitation } from '../../../shared/auth/policy';
import { refreshQuietly } from '../../kit/recipients';
import type { Grant } from '../../../shared/auth/roles';
import { AppError } from '../../../shared/errors/app-error';
import { staffRoleFor } from '../../../shared/org/organizations';
import { auditEntry } from '../../kit/audit';
import { putDoc, readDoc } from '../../kit/docs';
import type { Handler } from '../../kit/dispatch';
import { isTransactionConflict } from '../../kit/errors';
import { hashCode, newCode, newId } from '../../kit/ids';
import { inTransaction } from '../../kit/transaction';
import { getOrg } from '../repo';
import { grantView, orgView } from '../views';

interface Invitation {
  _id: string;
  codeHash: string;
  orgId: string;
  role: 'employer_hr' | 'recommender';
  issuedBy: string;
  createdAt: string;
  expiresAt: string;
  usedBy?: string;
  usedAt?: string;
}

const DAY = 24 * 60 * 60 * 1000;

/** An officer issues a one-time code for an organization in their area; only the hash is stored. */
export const issueInvitation: Handler<'identity', 'issueInvitation'> = async (input, { actor, db, now, requestId }) => {
  const org = await getOrg(db, input.orgId);
  const role = staffRoleFor(org.type);
  if (!role) throw new AppError('VALIDATION', '人社部门不能通过邀请码加入', [{ path: 'orgId', message: '请选择企业或推荐单位' }]);
  if (!canIssueInvitation(actor, org)) throw new AppError('FORBIDDEN', '只能为本辖区的单位签发邀请码');
  const code = newCode();
  const inv: Invitation = {
    _id: newId(),
    codeHash: hashCode(code),
    orgId: org._id,
    role,
    issuedBy: actor.openid,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + input.ttlDays * DAY).toISOString(),
  };
  await inTransaction(db, async (tx) => {
    await putDoc(tx, 'invitations', { ...inv });
    await putDoc(tx, 'audit', { ...auditEntry({ at: inv.createdAt, actor: actor.openid, action: 'identity.issueInvitation', target: `invitations/${inv._id}`, to: { orgId: org._id, role }, requestId }) });
  });
  return { code, orgId: org._id, orgName: org.name, role, expiresAt: inv.expiresAt };
};

/**
 * Claiming marks the invitation used and creates the grant in one transaction, so two people racing for one
 * code cannot both win and a failure leaves neither half.
 */
export const claimInvitation: Handler<'identity', 'claimInvitation'> = async (input, { actor, db, now, requestId }) => {
  const found = (await db.collection('invitations').where({ codeHash: hashCode(input.code) }).limit(1).get()).data as Invitation[];
  const inv = found[0];
  if (!inv || inv.usedBy || inv.expiresAt <= now.toISOString()) throw new AppError('INVITATION_INVALID');
  const org = await getOrg(db, inv.orgId);
  const at = now.toISOString();
  const grant: Grant = { _id: newId(), openid: actor.openid, role: inv.role, scope: { kind: 'org', orgId: org._id }, grantedBy: inv.issuedBy, grantedAt: at };
  try {
    await inTransaction(db, async (tx) => {
      const fresh = await readDoc<Invitation>(tx, 'invitations', inv._id);
      if (!fresh || fresh.usedBy) throw new AppError('INVITATION_INVALID');
      await tx.collection('invitations').doc(inv._id).update({ usedBy: actor.openid, usedAt: at });
      await putDoc(tx, 'grants', { ...grant });
      await putDoc(tx, 'audit', { ...auditEntry({ at, actor: actor.openid, action: 'identity.claimInvitation', target: `invitations/${inv._id}`, to: { grantId: grant._id }, requestId }) });
    });
  } catch (err) {
    if (isTransactionConflict(err)) throw new AppError('INVITATION_INVALID');
    throw err;
  }
  await refreshQuietly(db, [actor.openid], now);
  return { grant: grantView(grant, new Map([[org._id, org.name]])), organization: orgView(org) };
};
