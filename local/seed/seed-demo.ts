/**
 * Writes the demo data through @cloudbase/node-sdk, in exactly the shapes the identity function reads and
 * writes. Every document has a stable id and is written with doc(id).set(), so seeding twice is harmless.
 */
import { createHash } from 'node:crypto';
import type tcb from '@cloudbase/node-sdk';
import { DEMO_ORGANIZATIONS, type OrgSeed } from './demo-organizations';
import { DEMO_GRANTS, DEMO_INVITATIONS, DEMO_PROFILES } from './demo-users';
import { makeUscc } from './uscc';
import { demoRounds } from './demo-rounds';
import { demoBriefings } from './demo-briefings';
import { demoAnnouncements } from './demo-announcements';
import { demoGroups } from './demo-groups';
import { refreshAllRecipients } from '../../cloudfunctions/kit/recipients';
import { PRIVACY_POLICY_VERSION } from '../../shared/privacy';

export type SeedDatabase = ReturnType<ReturnType<typeof tcb.init>['database']>;

export interface SeedCounts {
  organizations: number;
  users: number;
  grants: number;
  invitations: number;
  rounds: number;
}

const DAY = 24 * 60 * 60 * 1000;

/** How the identity function stores a one-time code (cloudfunctions/kit/ids.ts hashCode). */
export function invitationCodeHash(code: string): string {
  return createHash('sha256').update(code.trim().toUpperCase()).digest('hex');
}

export function organizationDoc(o: OrgSeed, serial: number, at: string): Record<string, unknown> & { _id: string } {
  return {
    _id: o._id,
    type: o.type,
    name: o.name,
    district: o.district,
    uscc: makeUscc(o.type, o.district, serial),
    ...(o.industry ? { industry: o.industry } : {}),
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

async function put(db: SeedDatabase, collection: string, docs: (Record<string, unknown> & { _id: string })[]): Promise<void> {
  const BATCH = 8;
  for (let i = 0; i < docs.length; i += BATCH) {
    await Promise.all(docs.slice(i, i + BATCH).map(({ _id, ...body }) => db.collection(collection).doc(_id).set(body)));
  }
}

export async function seedDemo(db: SeedDatabase, opts: { now?: Date } = {}): Promise<SeedCounts> {
  const now = opts.now ?? new Date();
  const at = now.toISOString();
  const orgs = DEMO_ORGANIZATIONS.map((o, i) => organizationDoc(o, 35_100_000 + i * 1_297, at));
  const users = DEMO_PROFILES.map((p) => ({
    _id: p.openid,
    openid: p.openid,
    name: p.name,
    ...(p.phone ? { phone: p.phone } : {}),
    // A demo person with a profile agreed to the privacy guide before saving it (the brand-new one has not).
    privacyConsent: { version: PRIVACY_POLICY_VERSION, at },
    createdAt: at,
    updatedAt: at,
    version: 1,
  }));
  const grants = DEMO_GRANTS.map((g) => ({ ...g, grantedAt: at }));
  const invitations = DEMO_INVITATIONS.map((inv) => ({
    _id: inv._id,
    codeHash: invitationCodeHash(inv.code),
    orgId: inv.orgId,
    role: inv.role,
    issuedBy: inv.issuedBy,
    expiresAt: new Date(now.getTime() + 365 * DAY).toISOString(),
    createdAt: at,
  }));
  await put(db, 'organizations', orgs);
  await put(db, 'users', users);
  await put(db, 'grants', grants);
  await put(db, 'invitations', invitations);
  const rounds = demoRounds(now).map((r) => ({ _id: r.id, ...r }));
  await put(db, 'rounds', rounds);
  for (const [collection, docs] of Object.entries(demoBriefings(now))) await put(db, collection, docs);
  for (const [collection, docs] of Object.entries(demoAnnouncements(now))) await put(db, collection, docs);
  for (const [collection, docs] of Object.entries(demoGroups(now))) await put(db, collection, docs as unknown as Parameters<typeof put>[2]);
  // Targeting reads one recipients document per person (cloudfunctions/kit/recipients.ts).
  await refreshAllRecipients(db as never, now);
  return { organizations: orgs.length, users: users.length, grants: grants.length, invitations: invitations.length, rounds: rounds.length };
}
