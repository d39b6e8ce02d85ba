import { capabilities } from '../../../shared/auth/policy';
import { maskOpenid } from '../../../shared/auth/mask';
import type { Handler } from '../../kit/dispatch';
import { orgIdsOf, orgsByIds } from '../repo';
import { readDoc } from '../../kit/docs';
import type { Database } from '../../kit/cloud';
import { grantView, orgView } from '../views';
import type { Grant } from '../../../shared/auth/roles';
import { hasConsent, type PrivacyConsent } from '../../../shared/privacy';

interface UserDoc {
  openid?: string;
  version?: number;
  createdAt?: string;
  updatedAt?: string;
  name?: string;
  phone?: string;
  privacyConsent?: PrivacyConsent;
}

/**
 * A person's first sign-in (the app asks whoami when it opens) creates their user record, so an officer can
 * grant them a role before they have saved a name. Two first calls at once: one insert wins, the other sees it.
 */
async function ensureUser(db: Database, openid: string, at: string): Promise<UserDoc> {
  const existing = await readDoc<UserDoc>(db, 'users', openid);
  if (existing) return existing;
  const doc: UserDoc = { openid, version: 1, createdAt: at, updatedAt: at };
  await db
    .collection('users')
    .add({ _id: openid, ...doc })
    .catch((err: unknown) => {
      if (!/DUPLICATE/i.test(String((err as { code?: unknown })?.code ?? ''))) throw err;
    });
  return doc;
}

export const whoami: Handler<'identity', 'whoami'> = async (_input, { actor, db, now }) => {
  const [user, stored] = await Promise.all([
    ensureUser(db, actor.openid, now.toISOString()),
    db.collection('grants').where({ openid: actor.openid }).limit(100).get(),
  ]);
  const grants = stored.data as Grant[];
  const orgs = await orgsByIds(db, orgIdsOf(grants));
  const names = new Map(orgs.map((o) => [o._id, o.name]));
  const implicit = actor.grants.filter((g) => g.role === 'applicant' || (g.role === 'admin' && !grants.some((s) => s.role === 'admin')));
  return {
    openid: actor.openid,
    openidMasked: maskOpenid(actor.openid),
    profile: { ...(user?.name ? { name: user.name } : {}), ...(user?.phone ? { phone: user.phone } : {}) },
    roles: [...implicit.map((g) => grantView({ ...g, _id: `implicit-${g.role}` }, names)), ...grants.map((g) => grantView(g, names))],
    capabilities: capabilities(actor),
    organizations: orgs.map(orgView),
    privacyConsent: user.privacyConsent && hasConsent(user.privacyConsent) ? user.privacyConsent : null,
  };
};
