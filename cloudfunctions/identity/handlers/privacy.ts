import type { Handler } from '../../kit/dispatch';
import { auditEntry } from '../../kit/audit';
import { putDoc, readDoc } from '../../kit/docs';
import { inTransaction } from '../../kit/transaction';
import type { UserDoc } from '../users';

/** The caller agrees to the privacy guide's current version (the contract refuses any other): on their users document, audited. */
export const privacyConsent: Handler<'identity', 'privacy.consent'> = async (input, { actor, db, now, requestId }) => {
  const at = now.toISOString();
  const consent = { version: input.version, at };
  return inTransaction(db, async (tx) => {
    const existing = await readDoc<UserDoc>(tx, 'users', actor.openid);
    if (existing?.privacyConsent?.version === input.version) return existing.privacyConsent;
    const next: UserDoc = {
      ...(existing ?? { openid: actor.openid, createdAt: at, version: 0 }),
      _id: actor.openid,
      openid: actor.openid,
      privacyConsent: consent,
      version: (existing?.version ?? 0) + 1,
      updatedAt: at,
    };
    await putDoc(tx, 'users', { ...next });
    await putDoc(tx, 'audit', {
      ...auditEntry({ at, actor: actor.openid, action: 'identity.privacy.consent', target: `users/${actor.openid}`, from: existing?.privacyConsent ?? undefined, to: consent, requestId }),
    });
    return consent;
  });
};
