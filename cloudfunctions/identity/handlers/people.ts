import { createHash } from 'node:crypto';
import { canGrant } from '../../../shared/auth/policy';
import { manageableGrants, PEOPLE_PAGE, peopleQuery, personLabel, personMatches, searchReach } from '../../../shared/auth/people';
import type { Actor, Grant } from '../../../shared/auth/roles';
import { AppError } from '../../../shared/errors/app-error';
import { ORG_TYPES, staffRoleFor, type Organization } from '../../../shared/org/organizations';
import type { Database } from '../../kit/cloud';
import type { Handler } from '../../kit/dispatch';
import { pageOf } from '../../kit/paging';
import { orgIdsOf, orgsByIds } from '../repo';
import { grantView } from '../views';

export interface PersonDoc {
  _id: string;
  openid: string;
  name?: string;
  phone?: string;
  /** What people.search hands out instead of the openid (personRefOf), written the first time the person is found. */
  personRef?: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Deterministic, so two searches finding the same person at once write the same value. */
export function personRefOf(openid: string): string {
  return createHash('sha256').update(`zct-person:${openid}`).digest('hex').slice(0, 24);
}

/** The grants of these people that the actor may manage, with their organizations' names. */
async function manageableGrantsOf(db: Database, actor: Actor, openids: string[]) {
  if (!openids.length) return { grants: [] as Grant[], names: new Map<string, string>() };
  const _ = db.command;
  const grants = (await db.collection('grants').where({ openid: _.in(openids) }).limit(100).get()).data as Grant[];
  const orgs = new Map((await orgsByIds(db, orgIdsOf(grants))).map((o) => [o._id, o]));
  const names = new Map([...orgs.values()].map((o) => [o._id, o.name]));
  const mine = grants.filter((g) => canGrant(actor, { role: g.role, scope: g.scope, org: g.scope.kind === 'org' ? orgs.get(g.scope.orgId) : undefined }));
  return { grants: mine, names };
}

export const searchPeople: Handler<'identity', 'people.search'> = async (input, { actor, db }) => {
  const reach = searchReach(actor);
  if (!reach) throw new AppError('FORBIDDEN', '只有可以授予角色的工作人员才能查找人员');
  const parsed = peopleQuery(input.keyword, reach);
  if (!parsed.ok) throw new AppError('VALIDATION', parsed.message, [{ path: 'keyword', message: parsed.message }]);
  const q = parsed.query;
  const where =
    q.kind === 'phone'
      ? { phone: q.exact ? q.digits : db.RegExp({ regexp: `${escapeRegExp(q.digits)}$`, options: '' }) }
      : { name: q.exact ? q.name : db.RegExp({ regexp: escapeRegExp(q.name), options: '' }) };
  const found = (
    await db
      .collection('users')
      .where(where)
      .orderBy('_id', 'asc')
      .limit(PEOPLE_PAGE + 1)
      .field({ _id: true, openid: true, name: true, phone: true, personRef: true })
      .get()
  ).data as PersonDoc[];
  const people = found.filter((p) => personMatches(p, q)).slice(0, PEOPLE_PAGE);
  await Promise.all(
    people.filter((p) => p.personRef !== personRefOf(p._id)).map((p) => db.collection('users').doc(p._id).update({ personRef: personRefOf(p._id) })),
  );
  const { grants, names } = await manageableGrantsOf(db, actor, people.map((p) => p._id));
  return {
    items: people.map((p) => ({
      ref: personRefOf(p._id),
      ...personLabel({ ...p, openid: p._id }, q),
      roles: grants.filter((g) => g.openid === p._id).map((g) => grantView(g, names)),
    })),
    more: found.length > PEOPLE_PAGE,
  };
};

/** The person a reference from people.search names; NOT_FOUND when none (or the account is gone). */
export async function personByRef(db: Database, ref: string): Promise<PersonDoc> {
  const res = await db.collection('users').where({ personRef: ref }).limit(1).get();
  const person = res.data[0] as PersonDoc | undefined;
  if (!person) throw new AppError('NOT_FOUND', '找不到这个人，请重新搜索');
  return person;
}

export const listGrants: Handler<'identity', 'grants.list'> = async (input, { actor, db }) => {
  const shape = manageableGrants(actor);
  if (!shape) throw new AppError('FORBIDDEN', '只有可以授予角色的工作人员才能查看授权');
  const _ = db.command;
  const parts: object[] = [];
  if (!shape.all) parts.push({ role: _.in(shape.roles) });
  if (!shape.all && shape.orgDistricts) {
    const orgs = (
      await db
        .collection('organizations')
        .where({ district: _.in(shape.orgDistricts), type: _.in(ORG_TYPES.filter((t) => staffRoleFor(t) !== null)) })
        .field({ _id: true })
        .limit(1000)
        .get()
    ).data as Pick<Organization, '_id'>[];
    parts.push({ 'scope.orgId': _.in(orgs.map((o) => o._id)) });
  }
  if (input.role) parts.push({ role: input.role });
  if (input.orgId) parts.push({ 'scope.orgId': input.orgId });
  const where = parts.length ? _.and(parts as never) : {};
  const { items, total } = await pageOf<Grant>(db.collection('grants'), where, { field: 'grantedAt', direction: 'desc' }, input);
  const orgs = new Map((await orgsByIds(db, orgIdsOf(items))).map((o) => [o._id, o]));
  const names = new Map([...orgs.values()].map((o) => [o._id, o.name]));
  const openids = [...new Set(items.map((g) => g.openid))];
  const people = openids.length
    ? ((await db.collection('users').where({ _id: _.in(openids) }).field({ _id: true, name: true, phone: true }).limit(100).get()).data as PersonDoc[])
    : [];
  const byId = new Map(people.map((p) => [p._id, p]));
  return {
    items: items
      .filter((g) => canGrant(actor, { role: g.role, scope: g.scope, org: g.scope.kind === 'org' ? orgs.get(g.scope.orgId) : undefined }))
      .map((g) => ({
        ...grantView(g, names),
        person: personLabel({ ...(byId.get(g.openid) ?? {}), openid: g.openid }),
        grantedAt: g.grantedAt,
      })),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
};
