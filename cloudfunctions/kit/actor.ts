import type { Actor, Grant } from '../../shared/auth/roles';
import type { Database } from './cloud';
import { readDoc } from './docs';

/** Admins are bootstrapped from the environment (ADMIN_OPENIDS, comma-separated), never granted in data. */
export function adminOpenids(): string[] {
  return (process.env.ADMIN_OPENIDS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The name on the caller's profile ('' when they have given none), as kept on what they do. */
export async function profileName(db: Pick<Database, 'collection'>, openid: string): Promise<string | undefined> {
  const user = await readDoc<{ name?: string }>(db, 'users', openid);
  return user?.name?.trim() || undefined;
}

export async function loadGrants(db: Database, openid: string): Promise<Grant[]> {
  const res = await db.collection('grants').where({ openid }).limit(100).get();
  return res.data as Grant[];
}

/** The actor: implicit applicant (self), admin from the environment, stored grants. */
export function toActor(openid: string, grants: Pick<Grant, 'role' | 'scope'>[]): Actor {
  const all: Actor['grants'] = [{ role: 'applicant', scope: { kind: 'self' } }];
  if (adminOpenids().includes(openid)) all.push({ role: 'admin', scope: { kind: 'city' } });
  for (const g of grants) all.push({ role: g.role, scope: g.scope });
  return { openid, grants: all };
}
