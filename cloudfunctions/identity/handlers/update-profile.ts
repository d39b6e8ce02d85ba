import type { Handler } from '../../kit/dispatch';
import { auditEntry } from '../../kit/audit';
import { putDoc, readDoc } from '../../kit/docs';
import { inTransaction } from '../../kit/transaction';
import { AppError } from '../../../shared/errors/app-error';
import { CONSENT_REQUIRED_MESSAGE, hasConsent } from '../../../shared/privacy';
import type { UserDoc } from '../users';

/** The person edits their own profile only (the document id is the caller's OPENID), after consenting to the privacy guide. */
export const updateProfile: Handler<'identity', 'updateProfile'> = async (input, { actor, db, now, requestId }) => {
  const at = now.toISOString();
  await inTransaction(db, async (tx) => {
    const existing = await readDoc<UserDoc>(tx, 'users', actor.openid);
    if (!hasConsent(existing?.privacyConsent)) throw new AppError('CONSENT_REQUIRED', CONSENT_REQUIRED_MESSAGE);
    const next: UserDoc = {
      _id: actor.openid,
      openid: actor.openid,
      name: input.name,
      ...(input.phone ? { phone: input.phone } : {}),
      ...(existing?.privacyConsent ? { privacyConsent: existing.privacyConsent } : {}),
      version: (existing?.version ?? 0) + 1,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    };
    await putDoc(tx, 'users', { ...next });
    await putDoc(tx, 'audit', { ...auditEntry({ at, actor: actor.openid, action: 'identity.updateProfile', target: `users/${actor.openid}`, requestId }) });
  });
  const saved = await readDoc<UserDoc>(db, 'users', actor.openid);
  if (!saved) throw new AppError('INTERNAL');
  return { name: saved.name, ...(saved.phone ? { phone: saved.phone } : {}) };
};
