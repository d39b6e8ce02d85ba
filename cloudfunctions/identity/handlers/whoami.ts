import { capabilities } from '../../../shared/auth/policy';
import { maskOpenid } from '../../../shared/auth/mask';
import type { Handler } from '../../kit/dispatch';
import { orgIdsOf, orgsByIds } from '../repo';
import { readDoc } from '../../kit/docs';
import { grantView, orgView } from '../views';
import type { Grant } from '../../../shared/auth/roles';

interface UserDoc {
  name?: string;
  phone?: string;
}

export const whoami: Handler<'identity', 'whoami'> = async (_input, { actor, db }) => {
  const [user, stored] = await Promise.all([
    readDoc<UserDoc>(db, 'users', actor.openid),
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
  };
};
