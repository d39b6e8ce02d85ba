import fc from 'fast-check';
import { Query } from 'mingo';
import type { Actor, Role, Scope } from '../../shared/auth/roles';
import type { DistrictCode } from '../../shared/org/districts';
import { managesGroup, mayCreateGroup, mayJoinAs, overseesGroup, questionVisible, questionVisibleWhere, rosterViewFor, runsGroup } from '../../shared/groups/access';
import type { GroupQuestionDoc, LiaisonGroupDoc, MemberStatus } from '../../shared/groups/model';

/**
 * shared/groups/access.ts (第六条's liaison groups) against the rule written out on its own: who manages a group,
 * which roster view a caller gets, and that questionVisible and the query shape questionVisibleWhere (as a handler
 * puts it to the database, here evaluated by mingo) say the same for every question of the group.
 */

const KDL = '150203' as DistrictCode;
const GX = '150271' as DistrictCode;
const districts: DistrictCode[] = [KDL, GX, '150202' as DistrictCode];
const openids = ['o-officer-1', 'o-officer-2', 'o-hr-1', 'o-hr-2', 'o-person'];
const orgs = ['emp-1', 'emp-2', 'assoc-1'];

type Grant = { role: Role; scope: Scope };
const grantArb: fc.Arbitrary<Grant> = fc.oneof(
  fc.constantFrom(...orgs).map((orgId) => ({ role: 'employer_hr' as const, scope: { kind: 'org' as const, orgId } })),
  fc.constantFrom(...orgs).map((orgId) => ({ role: 'recommender' as const, scope: { kind: 'org' as const, orgId } })),
  fc.constantFrom(...districts).map((district) => ({ role: 'district_officer' as const, scope: { kind: 'district' as const, district } })),
  fc.constant({ role: 'city_officer' as const, scope: { kind: 'city' as const } }),
  fc.constant({ role: 'admin' as const, scope: { kind: 'city' as const } }),
);
/** A signed-in person with up to three grants, or a visitor (no openid, no grants beyond the implicit one). */
const actorArb: fc.Arbitrary<Actor> = fc.oneof(
  { weight: 9, arbitrary: fc.record({ openid: fc.constantFrom(...openids), grants: fc.array(grantArb, { maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.constant({ openid: '', grants: [] as Grant[] }) },
).map((a) => ({ openid: a.openid, grants: [{ role: 'applicant' as const, scope: { kind: 'self' as const } }, ...a.grants] }));

const groupArb: fc.Arbitrary<LiaisonGroupDoc> = fc
  .record({
    district: fc.option(fc.constantFrom(...districts), { nil: null }),
    officers: fc.uniqueArray(fc.constantFrom(...openids), { minLength: 1, maxLength: 3 }),
  })
  .map(({ district, officers }) => ({
    _id: 'grp-1',
    name: '联络群',
    district,
    officers,
    opengid: null,
    boundAt: null,
    boundBy: null,
    status: 'active',
    createdBy: officers[0],
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    version: 1,
  }));
const membershipArb: fc.Arbitrary<{ status: MemberStatus } | null> = fc.option(fc.constantFrom('active' as const, 'removed' as const).map((status) => ({ status })), { nil: null });

type Q = Pick<GroupQuestionDoc, '_id' | 'askedBy' | 'private' | 'status'>;
const questionsArb: fc.Arbitrary<Q[]> = fc.array(
  fc.record({ askedBy: fc.constantFrom(...openids), private: fc.boolean(), status: fc.constantFrom('open' as const, 'answered' as const) }),
  { minLength: 1, maxLength: 12 },
).map((qs) => qs.map((q, i) => ({ _id: `q-${i}`, ...q })));

// ---------------------------------------------------------------- the rule written out independently

const has = (a: Actor, role: Role) => a.grants.some((g) => g.role === role);
const cityWide = (a: Actor) => has(a, 'city_officer') || has(a, 'admin');
const officerOf = (a: Actor, d: DistrictCode) => a.grants.some((g) => g.role === 'district_officer' && g.scope.kind === 'district' && g.scope.district === d);
/** 第六条: each bureau keeps its own groups; the city oversees every district's; the officers listed run it. */
const oracleManages = (a: Actor, g: LiaisonGroupDoc) =>
  (a.openid !== '' && g.officers.includes(a.openid)) || cityWide(a) || (g.district !== null && officerOf(a, g.district));
const oracleSees = (a: Actor, q: Q, g: LiaisonGroupDoc, m: { status: MemberStatus } | null) =>
  (a.openid !== '' && q.askedBy === a.openid) || oracleManages(a, g) || (m?.status === 'active' && !q.private && q.status === 'answered');

/** questionVisibleWhere as a handler puts it to the database over one group's questions. */
function asMongo(w: ReturnType<typeof questionVisibleWhere>): Record<string, unknown> {
  if (w.all) return {};
  const own = { askedBy: { $eq: w.own } };
  return w.publicAnswered ? { $or: [own, { private: { $eq: false }, status: { $eq: 'answered' } }] } : own;
}

describe('who manages a liaison group', () => {
  it('those who run it, its district’s officers, the city and admins — nobody else', () => {
    fc.assert(
      fc.property(actorArb, groupArb, (actor, group) => {
        expect(managesGroup(actor, group)).toBe(oracleManages(actor, group));
        expect(managesGroup(actor, group)).toBe(runsGroup(actor, group) || overseesGroup(actor, group));
      }),
      { numRuns: 3000 },
    );
  });

  it('a district officer oversees their district’s groups, not another district’s nor the city’s own', () => {
    const kdlOfficer: Actor = { openid: 'o-officer-1', grants: [{ role: 'district_officer', scope: { kind: 'district', district: KDL } }] };
    const group = (district: DistrictCode | null, officers = ['o-officer-2']) => ({ district, officers });
    expect(managesGroup(kdlOfficer, group(KDL))).toBe(true);
    expect(managesGroup(kdlOfficer, group(GX))).toBe(false);
    expect(managesGroup(kdlOfficer, group(null))).toBe(false);
    // …unless listed among the officers who run it.
    expect(managesGroup(kdlOfficer, group(GX, ['o-officer-1']))).toBe(true);
    const visitor: Actor = { openid: '', grants: [] };
    expect(managesGroup(visitor, group(KDL, ['']))).toBe(false);
  });

  it('creating: a district officer for their district; the city for the city or any district', () => {
    fc.assert(
      fc.property(actorArb, fc.option(fc.constantFrom(...districts), { nil: null }), (actor, district) => {
        expect(mayCreateGroup(actor, district)).toBe(district === null ? cityWide(actor) : cityWide(actor) || officerOf(actor, district));
      }),
      { numRuns: 2000 },
    );
  });

  it('joining: only as employer HR of that organization (a recommender of it may not)', () => {
    fc.assert(
      fc.property(actorArb, fc.constantFrom(...orgs), (actor, orgId) => {
        expect(mayJoinAs(actor, orgId)).toBe(actor.grants.some((g) => g.role === 'employer_hr' && g.scope.kind === 'org' && g.scope.orgId === orgId));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the roster view', () => {
  it('contacts for those who manage the group, enterprises for an active member, nothing for others (a removed member too)', () => {
    fc.assert(
      fc.property(actorArb, groupArb, membershipArb, (actor, group, membership) => {
        const expected = oracleManages(actor, group) ? 'contacts' : membership?.status === 'active' ? 'enterprises' : null;
        expect(rosterViewFor(actor, group, membership)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('one visibility rule for questions: the predicate, the query shape and the rule agree', () => {
  it('for random groups × random actors × random questions', () => {
    fc.assert(
      fc.property(actorArb, groupArb, membershipArb, questionsArb, (actor, group, membership, questions) => {
        const query = new Query(asMongo(questionVisibleWhere(actor, group, membership)));
        for (const q of questions) {
          const predicate = questionVisible(actor, q, group, membership);
          expect({ q, predicate }).toEqual({ q, predicate: query.test(q) });
          expect({ q, predicate }).toEqual({ q, predicate: oracleSees(actor, q, group, membership) });
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('a private question: its asker and those who manage the group only, answered or not', () => {
    fc.assert(
      fc.property(actorArb, groupArb, membershipArb, questionsArb, (actor, group, membership, questions) => {
        for (const q of questions.map((x) => ({ ...x, private: true }))) {
          expect(questionVisible(actor, q, group, membership)).toBe(q.askedBy === actor.openid || oracleManages(actor, group));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('an open question is not shown to the other members until answered', () => {
    const group = { district: KDL, officers: ['o-officer-1'] };
    const hr: Actor = { openid: 'o-hr-1', grants: [{ role: 'employer_hr', scope: { kind: 'org', orgId: 'emp-1' } }] };
    const q = (askedBy: string, status: 'open' | 'answered', priv = false) => ({ askedBy, status, private: priv });
    const active = { status: 'active' as const };
    expect(questionVisible(hr, q('o-hr-2', 'open'), group, active)).toBe(false);
    expect(questionVisible(hr, q('o-hr-2', 'answered'), group, active)).toBe(true);
    expect(questionVisible(hr, q('o-hr-2', 'answered'), group, { status: 'removed' })).toBe(false);
    expect(questionVisible(hr, q('o-hr-2', 'answered', true), group, active)).toBe(false);
    expect(questionVisible(hr, q('o-hr-1', 'open', true), group, { status: 'removed' })).toBe(true);
  });

  it('a visitor (no openid) matches no one’s own questions, whatever the shape says', () => {
    const visitor: Actor = { openid: '', grants: [{ role: 'applicant', scope: { kind: 'self' } }] };
    const w = questionVisibleWhere(visitor, { district: KDL, officers: ['o-officer-1'] }, null);
    expect(w).toEqual({ all: false, own: '', publicAnswered: false });
    expect(new Query(asMongo(w)).test({ askedBy: 'o-hr-1', private: false, status: 'answered' })).toBe(false);
  });
});
