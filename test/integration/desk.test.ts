/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are inspected loosely in tests */
/**
 * applications.desk (工作台) through the real SDK against a fresh local gateway: each role's queues, counted in
 * the caller's scope only (HR their employer, a body its files, a district its district, the city everything),
 * overdue counted as the queue's overdue filter does, drafts and closed files never counted — and every card's
 * numbers equal what the queue list filtered to that stage (and to overdue) reports.
 */
import { addDays, chinaDate } from '../../shared/time/dates';
import { create, deskQueues, type Application, type Stage } from '../../shared/workflow';
import { routeInput } from '../fixtures/workflow';
import { toDoc } from '../../cloudfunctions/applications/documents';
import { strip } from '../../cloudfunctions/applications/act';
import { ok, startCloud, type Cloud } from '../support/cloud';
import { arrange, GX, KDL, ORGS, U } from '../support/fixtures';

let cloud: Cloud;
const call = (action: string, input: unknown, openid?: string) => cloud.call('applications', action, input, openid);

const EMPLOYERS: Record<string, { orgId: string; name: string; district: string }> = Object.fromEntries(
  ORGS.filter((o) => o.type === 'employer').map((o) => [o._id, { orgId: o._id, name: o.name, district: o.district }]),
);
const BODIES = {
  'assoc-kdl': { kind: 'social_org', orgId: 'assoc-kdl', name: '包头市稀土行业协会' },
  'assoc-gx': { kind: 'social_org', orgId: 'assoc-gx', name: '稀土高新区新材料行业协会' },
} as const;

interface FileSpec {
  employer: string;
  stage: Stage;
  overdue?: boolean;
  body?: keyof typeof BODIES;
  applicant?: string;
}

/** [id, spec]: the world every test counts over. */
const FILES: [string, FileSpec][] = [
  ['er-kdl-1', { employer: 'emp-kdl', stage: 'employer_review', overdue: true }],
  ['er-kdl-2', { employer: 'emp-kdl', stage: 'employer_review' }],
  ['er-kdl2', { employer: 'emp-kdl-2', stage: 'employer_review' }],
  ['er-gx', { employer: 'emp-gx', stage: 'employer_review', overdue: true }],
  ['rec-kdl', { employer: 'emp-kdl', stage: 'recommendation' }],
  ['br-kdl', { employer: 'emp-kdl', stage: 'body_review', body: 'assoc-kdl' }],
  ['br-kdl2', { employer: 'emp-kdl-2', stage: 'body_review', body: 'assoc-kdl', overdue: true }],
  ['br-gx', { employer: 'emp-gx', stage: 'body_review', body: 'assoc-gx' }],
  ['bc-kdl', { employer: 'emp-kdl', stage: 'bureau_check', body: 'assoc-kdl' }],
  ['bc-gx', { employer: 'emp-gx', stage: 'bureau_check', body: 'assoc-gx', overdue: true }],
  ['cc-gx', { employer: 'emp-gx', stage: 'city_check' }],
  ['done-kdl', { employer: 'emp-kdl', stage: 'completed' }],
  ['draft-kdl', { employer: 'emp-kdl', stage: 'draft' }],
  // HR's own file at their employer: in the queue list (the applicant sees their own), so on the card too.
  ['er-kdl-hr', { employer: 'emp-kdl', stage: 'employer_review', applicant: U.hrKdl }],
];

function file(id: string, spec: FileSpec, t0: Date): Application {
  const applicant = spec.applicant ?? `appl-${id}`;
  const made = create(
    { id, workflow: 'socialized', applicantName: '钱同事', employer: EMPLOYERS[spec.employer] as any, route: routeInput('intermediate') },
    { openid: applicant, grants: [{ role: 'applicant', scope: { kind: 'self' } }] },
    t0,
  );
  if (!made.ok) throw new Error(`create ${id}: ${made.message}`);
  return { ...made.next, stage: spec.stage, ...(spec.body ? { recommendingBody: BODIES[spec.body] as any } : {}) };
}

let today: string;
beforeAll(async () => {
  cloud = await startCloud();
  await arrange(cloud);
  const now = new Date(Date.now() + cloud.clockOffsetMs);
  today = chinaDate(now);
  for (const [id, spec] of FILES) {
    const doc: any = strip(toDoc(file(id, spec, new Date(now.getTime() - 30 * 86_400_000))));
    // The stored due date is what both the list's overdue filter and the desk read.
    if (doc.open) doc.dueBy = spec.overdue ? addDays(today, -3) : addDays(today, 5);
    await cloud.db.collection('applications').doc(id).set(doc);
  }
});
afterAll(() => cloud.close());

const counts = (queues: any[]) =>
  Object.fromEntries(queues.filter((q) => q.count || q.overdue).map((q) => [q.stage, [q.count, q.overdue]]));

describe('applications.desk', () => {
  it('HR: their employer’s steps only, own district’s other employer and other districts left out', async () => {
    const hr = ok(await call('desk', {}, U.hrKdl));
    expect(hr.queues.map((q: any) => q.label)).toEqual(['待单位审核', '待开始公示', '公示中', '待推荐报送', '待评审表归档']);
    expect(counts(hr.queues)).toEqual({ employer_review: [3, 1], recommendation: [1, 0] });
    expect(counts(ok(await call('desk', {}, U.hrGx)).queues)).toEqual({ employer_review: [1, 1] });
  });

  it('a recommending body: the files sent to it, whichever employer', async () => {
    const body = ok(await call('desk', {}, U.assoc));
    expect(body.queues.map((q: any) => q.stage)).toEqual(['body_review']);
    expect(counts(body.queues)).toEqual({ body_review: [2, 1] });
  });

  it('a district: the bureau’s steps in its own district; the city: its own steps first, then every district’s', async () => {
    const kdl = ok(await call('desk', {}, U.kdl));
    expect(kdl.queues.map((q: any) => q.stage)).toEqual(['bureau_check', 'awaiting_defense', 'defense_scheduled', 'review', 'approved']);
    expect(counts(kdl.queues)).toEqual({ bureau_check: [1, 0] });
    expect(counts(ok(await call('desk', {}, U.gx)).queues)).toEqual({ bureau_check: [1, 1] });
    const city = ok(await call('desk', {}, U.city));
    expect(city.queues.map((q: any) => q.stage).slice(0, 4)).toEqual(['city_collection', 'city_check', 'region_review', 'bureau_check']);
    expect(counts(city.queues)).toEqual({ city_check: [1, 0], bureau_check: [2, 1] });
  });

  it('an applicant has no desk: FORBIDDEN, as for the queue list', async () => {
    expect(await call('desk', {}, U.alice)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('queue', { page: 1, pageSize: 20 }, U.alice)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call('desk', {}, undefined)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('every card is the queue list it opens: same count, same overdue count', async () => {
    for (const who of [U.hrKdl, U.hrGx, U.assoc, U.kdl, U.gx, U.city]) {
      const { queues } = ok(await call('desk', {}, who));
      for (const q of queues) {
        const list = ok(await call('queue', { stage: q.stage, page: 1, pageSize: 50 }, who));
        const late = ok(await call('queue', { stage: q.stage, overdue: true, page: 1, pageSize: 50 }, who));
        expect([who, q.stage, q.count, q.overdue]).toEqual([who, q.stage, list.total, late.total]);
      }
    }
  });

  it('the shared queue table gives the same queues for the same grants', () => {
    expect(
      deskQueues({ openid: 'x', grants: [{ role: 'district_officer', scope: { kind: 'district', district: KDL } }] }).map((q) => q.stage),
    ).toContain('bureau_check');
    expect(
      deskQueues({
        openid: 'x',
        grants: [
          { role: 'district_officer', scope: { kind: 'district', district: GX } },
          { role: 'city_officer', scope: { kind: 'city' } },
        ],
      })[0].stage,
    ).toBe('city_collection');
    expect(deskQueues({ openid: 'x', grants: [{ role: 'applicant', scope: { kind: 'self' } }] })).toEqual([]);
  });
});
