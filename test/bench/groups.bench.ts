/**
 * Liaison groups benchmark (第六条, issue 9): `npx tsx test/bench/groups.bench.ts [--questions N] [--groups G]
 * [--enterprises E] [--covered F]`. A gateway in a child process (in memory, the real collection manifest); inserted
 * directly in batches with model.ts's shapes:
 * - G liaison groups (default 20) over three districts (昆都仑区, 稀土高新区, 青山区), each run by its district's officer;
 * - E enterprises in 昆都仑区 (default 5,000 organizations of type 'employer', plus a fifth as many in each of the
 *   two others and some non-employer organizations), a fraction F (default 0.45) of each district's enterprises with
 *   an active HR in some group (a few in another district's group, some with two HR), and some removed members on
 *   uncovered ones;
 * - N questions (default 10,000) spread over the groups, asked by their members: 60 % answered, 25 % open on time,
 *   15 % overdue, one in ten private.
 * Then the median and p95 of the `groups` function's `main` in-process (buildCallContext) — `questions.list` view
 * queue for the 昆都仑区 officer (first page; status overdue), view group for a member; `coverage` of 昆都仑区 (first
 * page of uncovered) and `coverage.city` — beside the raw gateway reads the handler must do at minimum, and the
 * ratio of the p95s (the two alternate call by call, so a busy machine slows both alike); the queue also beside the
 * raw page with the contract's totals. Coverage is rate-limited per caller (30 a minute): the calls rotate over a pool of officers.
 * Prints one JSON line {"bench":"groups",…}. BENCH_RUNS (default 100) calls per measure.
 */
import tcb from '@cloudbase/node-sdk';
import { runBench, startGatewayProcess } from './support/gateway-process';
import { buildCallContext, instanceEnv, LOCAL_ENV_ID } from '../../local/host/context';
import type { DistrictCode } from '../../shared/org/districts';
import type { GroupMemberDoc, GroupQuestionDoc, LiaisonGroupDoc } from '../../shared/groups/model';
import { uscc } from '../support/fixtures';

const argN = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const QUESTIONS = argN('--questions', 10_000);
const GROUPS = argN('--groups', 20);
const ENTERPRISES = argN('--enterprises', 5000);
const COVERED = argN('--covered', 0.45);
const RUNS = Number(process.env.BENCH_RUNS || 100);
const BATCH = 1000;
const PAGE_SIZE = 20;
const POOL = 40;
const KDL = '150203' as DistrictCode;
const GX = '150271' as DistrictCode;
const QS = '150204' as DistrictCode;
const BENCH_DISTRICTS = [KDL, GX, QS];
const HOUR = 3_600_000;

const round = (n: number) => Math.round(n * 100) / 100;
interface Stats {
  p50: number;
  p95: number;
}
function stats(lat: number[]): Stats {
  const s = [...lat].sort((a, b) => a - b);
  const at = (q: number) => round(s[Math.min(s.length - 1, Math.floor(q * s.length))]);
  return { p50: at(0.5), p95: at(0.95) };
}
type Job = (i: number) => Promise<unknown>;
const timed = (f: Job): Job => f;
/** The function's call and its raw reads alternately, so a busy shared machine slows both alike. */
async function measurePair(n: number, a: Job, b: Job): Promise<[Stats, Stats]> {
  for (let i = 0; i < 5; i++) await Promise.all([a(i), b(i)]); // warm-up
  const la: number[] = [];
  const lb: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const [f, lat] of i % 2 ? ([[b, lb], [a, la]] as const) : ([[a, la], [b, lb]] as const)) {
      const t0 = performance.now();
      await f(i);
      lat.push(performance.now() - t0);
    }
  }
  return [stats(la), stats(lb)];
}

async function insertAll(db: ReturnType<ReturnType<typeof tcb.init>['database']>, name: string, docs: object[]): Promise<void> {
  for (let s = 0; s < docs.length; s += BATCH) await db.collection(name).add(docs.slice(s, s + BATCH));
}

async function main(): Promise<void> {
  process.env.TENCENTCLOUD = 'true';
  const started = performance.now();
  const gateway = await startGatewayProcess();
  Object.assign(process.env, instanceEnv(gateway.url, gateway.credentials, { FUNCTION_LOG: 'off' }));
  const { main: fn } = await import('../../cloudfunctions/groups');
  const db = tcb.init({ env: LOCAL_ENV_ID, serviceUrl: gateway.url, ...gateway.credentials }).database();
  const _ = db.command;
  const $ = _.aggregate;
  try {
    const now = new Date();
    const iso = (ms: number) => new Date(now.getTime() + ms).toISOString();
    const t0 = performance.now();

    // ---- officers: one who runs each district's groups; a pool per district (and the city) for the rate-limited coverage
    const officer = (d: DistrictCode) => `bench-officer-${d}`;
    const kdlPool = Array.from({ length: POOL }, (_, i) => `bench-kdl-pool-${String(i).padStart(2, '0')}`);
    const cityPool = Array.from({ length: POOL }, (_, i) => `bench-city-pool-${String(i).padStart(2, '0')}`);
    const grants = [
      ...BENCH_DISTRICTS.map((d) => ({ openid: officer(d), role: 'district_officer', scope: { kind: 'district', district: d } })),
      ...kdlPool.map((openid) => ({ openid, role: 'district_officer', scope: { kind: 'district', district: KDL } })),
      ...cityPool.map((openid) => ({ openid, role: 'city_officer', scope: { kind: 'city' } })),
    ].map((g) => ({ ...g, grantedBy: 'bench', grantedAt: iso(-400 * 24 * HOUR) }));
    await insertAll(db, 'grants', grants);
    await insertAll(db, 'users', grants.map((g) => ({ _id: g.openid, openid: g.openid, name: '测试专员', version: 1 })));

    // ---- groups, round-robin over the three districts
    const groups: (LiaisonGroupDoc & { _id: string })[] = Array.from({ length: GROUPS }, (_, i) => {
      const district = BENCH_DISTRICTS[i % 3];
      return {
        _id: `bench-grp-${String(i).padStart(3, '0')}`,
        name: `测试联络群${i}`,
        district,
        officers: [officer(district)],
        opengid: `bench-opengid-${i}`,
        boundAt: iso(-300 * 24 * HOUR),
        boundBy: officer(district),
        status: 'active',
        createdBy: officer(district),
        createdAt: iso(-300 * 24 * HOUR),
        updatedAt: iso(-300 * 24 * HOUR),
        version: 1,
      };
    });
    await insertAll(db, 'liaison_groups', groups);
    const groupsOf = (d: DistrictCode) => groups.filter((g) => g.district === d);

    // ---- enterprises: E in 昆都仑区, E/5 in each other district, and non-employer organizations (not counted)
    const sizes: Record<string, number> = { [KDL]: ENTERPRISES, [GX]: Math.ceil(ENTERPRISES / 5), [QS]: Math.ceil(ENTERPRISES / 5) };
    const orgs: { _id: string; type: string; name: string; district: DistrictCode; uscc: string; industry: string; version: number }[] = [];
    for (const d of BENCH_DISTRICTS)
      for (let i = 0; i < sizes[d] * 1.05; i++) {
        const employer = i < sizes[d];
        orgs.push({
          _id: `bench-org-${d}-${String(i).padStart(5, '0')}`,
          type: employer ? 'employer' : 'social_org',
          name: `包头测试${employer ? '企业' : '协会'}${d}-${String((i * 7919) % 100_000).padStart(5, '0')}`,
          district: d,
          uscc: uscc(d, String(300_000_000 + i)),
          industry: '钢铁',
          version: 1,
        });
      }
    await insertAll(db, 'organizations', orgs);

    // ---- members: a fraction of each district's enterprises covered (5 % through another district's group, one in
    // ten with a second HR), some removed HR on uncovered ones
    const members: (GroupMemberDoc & { _id: string })[] = [];
    const byGroup = new Map<string, GroupMemberDoc[]>();
    const member = (g: LiaisonGroupDoc & { _id: string }, o: (typeof orgs)[number], k: number, status: 'active' | 'removed') => {
      const openid = `bench-hr-${o._id.slice(9)}-${k}`;
      const m: GroupMemberDoc & { _id: string } = {
        _id: `${g._id}:${openid}`,
        groupId: g._id,
        groupDistrict: g.district,
        openid,
        orgId: o._id,
        orgName: o.name,
        orgDistrict: o.district,
        name: '测试人事',
        phone: '13900000000',
        status,
        joinedAt: iso(-200 * 24 * HOUR),
        ...(status === 'removed' ? { removedAt: iso(-100 * 24 * HOUR), removedBy: g.officers[0], removedReason: '已离职' } : {}),
      };
      members.push(m);
      if (status === 'active') byGroup.set(g._id, [...(byGroup.get(g._id) ?? []), m]);
    };
    const coveredIds = new Set<string>();
    for (const d of BENCH_DISTRICTS) {
      const employers = orgs.filter((o) => o.district === d && o.type === 'employer');
      const own = groupsOf(d);
      const other = groups.filter((g) => g.district !== d);
      employers.forEach((o, i) => {
        const covered = (i * 37) % 100 < COVERED * 100;
        if (covered) {
          coveredIds.add(o._id);
          const g = i % 20 === 0 && other.length ? other[i % other.length] : own[i % own.length];
          member(g, o, 1, 'active');
          if (i % 10 === 3) member(own[(i + 1) % own.length], o, 2, 'active');
        } else if (i % 20 === 7) member(own[i % own.length], o, 1, 'removed');
      });
    }
    await insertAll(db, 'group_members', members);

    // ---- questions: spread over the groups, asked by their active members
    const questions: (GroupQuestionDoc & { _id: string })[] = Array.from({ length: QUESTIONS }, (_, i) => {
      const g = groups[i % groups.length];
      const ms = byGroup.get(g._id) ?? [];
      const m = ms[(i * 7) % Math.max(1, ms.length)];
      const r = i % 20;
      const status = r < 8 ? 'open' : 'answered';
      const askedMs = -((i + 1) * 37 * 60_000) % (200 * 24 * HOUR);
      const dueMs = r < 3 ? -((i % 72) + 1) * HOUR : r < 8 ? ((i % 48) + 1) * HOUR : askedMs + 48 * HOUR;
      return {
        _id: `bench-q-${String(i).padStart(5, '0')}`,
        groupId: g._id,
        groupDistrict: g.district,
        askedBy: m?.openid ?? 'bench-hr-none',
        orgId: m?.orgId ?? 'bench-org-none',
        orgName: m?.orgName ?? '包头测试企业',
        text: `请问第${i}个问题：中级职称申报需要准备哪些材料，业绩证明由谁盖章？`,
        private: i % 10 === 0,
        status,
        askedAt: iso(r < 8 ? Math.min(askedMs, dueMs - 48 * HOUR) : askedMs),
        dueAt: iso(dueMs),
        serviceDays: 2,
        remindedAt: r < 3 ? iso(dueMs - 4 * HOUR) : null,
        overdueNotifiedAt: r < 3 ? iso(dueMs) : null,
        answer: status === 'answered' ? { text: '请按通知附件1准备申报材料。', clauses: ['第二条'], by: g.officers[0], byName: '测试专员', at: iso(askedMs + 24 * HOUR) } : null,
        helpful: i % 5,
        faqId: null,
        version: status === 'answered' ? 2 : 1,
      };
    });
    await insertAll(db, 'group_questions', questions);
    const loadSeconds = round((performance.now() - t0) / 1000);
    const kdlEmployers = orgs.filter((o) => o.district === KDL && o.type === 'employer').length;
    const kdlCovered = orgs.filter((o) => o.district === KDL && o.type === 'employer' && coveredIds.has(o._id)).length;
    console.log(
      `loaded ${groups.length} groups, ${orgs.length} organizations (${kdlEmployers} enterprises in 昆都仑区, ${kdlCovered} covered), ` +
        `${members.length} members and ${questions.length} questions in ${loadSeconds} s`,
    );

    // ---- through the function
    const call = async <T>(action: string, input: unknown, who: string): Promise<T> => {
      const r = await fn({ action, input }, buildCallContext('groups', { openid: who }));
      if (!r.ok) throw new Error(`${action}: ${r.code} ${r.message}`);
      return r.data as T;
    };
    type List = { items: { id: string }[]; total: number; counts: { open: number; overdue: number } };
    const memberGroup = groups[0];
    const aMember = byGroup.get(memberGroup._id)![0].openid;
    const queue = await call<List>('questions.list', { view: 'queue', pageSize: PAGE_SIZE }, officer(KDL));
    const overdue = await call<List>('questions.list', { view: 'queue', status: 'overdue', pageSize: PAGE_SIZE }, officer(KDL));
    const group = await call<List>('questions.list', { view: 'group', groupId: memberGroup._id, pageSize: PAGE_SIZE }, aMember);
    type Coverage = { row: { enterprises: number; covered: number; uncovered: number; percent: number | null }; uncovered: { orgId: string }[]; total: number };
    const coverage = await call<Coverage>('coverage', { district: KDL, pageSize: PAGE_SIZE }, kdlPool[0]);
    const city = await call<{ rows: { district: string; enterprises: number; covered: number }[] }>('coverage.city', {}, cityPool[0]);
    console.log(
      `queue: ${queue.total} questions (${queue.counts.open} open, ${queue.counts.overdue} overdue); overdue page ${overdue.items.length}; ` +
        `a member's group view: ${group.total}; coverage of 昆都仑区: ${coverage.row.covered}/${coverage.row.enterprises} (${coverage.row.percent} %), ` +
        `city rows ${city.rows.length}`,
    );
    if (coverage.row.enterprises !== kdlEmployers || coverage.row.covered !== kdlCovered) throw new Error(`coverage says ${coverage.row.covered}/${coverage.row.enterprises}, the data ${kdlCovered}/${kdlEmployers}`);

    const fnQueue = timed(() => call('questions.list', { view: 'queue', pageSize: PAGE_SIZE }, officer(KDL)));
    const fnOverdue = timed(() => call('questions.list', { view: 'queue', status: 'overdue', pageSize: PAGE_SIZE }, officer(KDL)));
    const fnGroup = timed(() => call('questions.list', { view: 'group', groupId: memberGroup._id, pageSize: PAGE_SIZE }, aMember));
    const fnCoverage = timed((i) => call('coverage', { district: KDL, pageSize: PAGE_SIZE }, kdlPool[i % POOL]));
    const fnCity = timed((i) => call('coverage.city', {}, cityPool[i % POOL]));

    // ---- the same reads, raw: what the handlers must ask the database at minimum
    const qs = db.collection('group_questions');
    const ITEM = { _id: true, groupId: true, askedBy: true, orgName: true, text: true, private: true, status: true, askedAt: true, dueAt: true, helpful: true, faqId: true, 'answer.at': true };
    // The officer's queue: their district's groups or those they run; open first, the earliest due first.
    const queueWhere = _.or([{ groupDistrict: _.in([KDL]) }, { groupId: _.in(groupsOf(KDL).map((g) => g._id)) }]);
    const rawQueue = timed(() => qs.where(queueWhere).orderBy('status', 'desc').orderBy('dueAt', 'asc').limit(PAGE_SIZE).field(ITEM).get());
    const rawOverdue = timed(() =>
      qs
        .where(_.and([queueWhere, { status: 'open', dueAt: _.lt(new Date().toISOString()) }]))
        .orderBy('status', 'desc')
        .orderBy('dueAt', 'asc')
        .limit(PAGE_SIZE)
        .field(ITEM)
        .get(),
    );
    // With the totals the contract answers too (the view's total, open, overdue).
    const rawQueueCounts = timed(() =>
      Promise.all([
        qs.where(queueWhere).orderBy('status', 'desc').orderBy('dueAt', 'asc').limit(PAGE_SIZE).field(ITEM).get(),
        qs.where(queueWhere).count(),
        qs.where(_.and([queueWhere, { status: 'open' }])).count(),
        qs.where(_.and([queueWhere, { status: 'open', dueAt: _.lt(new Date().toISOString()) }])).count(),
      ]),
    );
    // A member: their own questions and the group's public answered ones, newest first.
    const groupWhere = _.or([{ groupId: memberGroup._id, askedBy: aMember }, { groupId: memberGroup._id, private: false, status: 'answered' }]);
    const rawGroup = timed(() => qs.where(groupWhere).orderBy('askedAt', 'desc').limit(PAGE_SIZE).field(ITEM).get());
    // Coverage: the count of the district's enterprises, the covered organizations' ids (pages of 1,000), the first uncovered page.
    const orgsColl = db.collection('organizations');
    const membersColl = db.collection('group_members');
    const coveredOf = async (where: object) => {
      const n = (await membersColl.where(where).count()).total;
      const pages = await Promise.all(Array.from({ length: Math.ceil(n / 1000) }, (_, p) => membersColl.where(where).orderBy('_id', 'asc').skip(p * 1000).limit(1000).field({ orgId: true }).get()));
      return [...new Set(pages.flatMap((r) => (r.data as { orgId: string }[]).map((m) => m.orgId)))];
    };
    // The first uncovered page: the district's enterprise ids in name order, a page of 1,000 at a time, only until 20
    // uncovered are found (a `_id: nin(covered ids)` query instead is several times slower on the gateway), then their names.
    const rawCoverage = timed(async () => {
      const enterprises = { type: 'employer', district: KDL };
      const [, ids] = await Promise.all([orgsColl.where(enterprises).count(), coveredOf({ orgDistrict: KDL, status: 'active' })]);
      const covered = new Set(ids);
      const page: string[] = [];
      for (let p = 0; page.length < PAGE_SIZE; p++) {
        const got = (await orgsColl.where(enterprises).orderBy('name', 'asc').skip(p * 1000).limit(1000).field({ _id: true }).get()).data as { _id: string }[];
        page.push(...got.map((o) => o._id).filter((id) => !covered.has(id)).slice(0, PAGE_SIZE - page.length));
        if (got.length < 1000) break;
      }
      await orgsColl.where({ _id: _.in(page) }).limit(page.length).field({ _id: true, name: true, industry: true, uscc: true }).get();
    });
    // The city: enterprises per district, distinct covered organizations per district, active groups per district.
    const rawCity = timed(() =>
      Promise.all([
        orgsColl.aggregate().match({ type: 'employer' }).group({ _id: '$district', n: $.sum(1) }).limit(100).end(),
        membersColl.aggregate().match({ status: 'active' }).group({ _id: { d: '$orgDistrict', o: '$orgId' } }).group({ _id: '$_id.d', n: $.sum(1) }).limit(100).end(),
        db.collection('liaison_groups').aggregate().match({ status: 'active' }).group({ _id: '$district', n: $.sum(1) }).limit(100).end(),
      ]),
    );

    const pairs = [
      ['queue (officer, page 1)', fnQueue, rawQueue],
      ['queue+counts (raw with the totals)', fnQueue, rawQueueCounts],
      ['overdue (officer, status overdue)', fnOverdue, rawOverdue],
      ['group (member, page 1)', fnGroup, rawGroup],
      ['coverage (KDL, uncovered page 1)', fnCoverage, rawCoverage],
      ['city (coverage.city)', fnCity, rawCity],
    ] as const;
    const rows: [string, Stats, Stats][] = [];
    for (const [name, f, r] of pairs) rows.push([name, ...(await measurePair(RUNS, f, r))]);
    console.log(`\n${'query'.padEnd(38)}${'fn p50'.padStart(8)}${'fn p95'.padStart(8)}${'raw p50'.padStart(9)}${'raw p95'.padStart(9)}${'ratio'.padStart(7)}   (ms; ratio of p95)`);
    for (const [name, f, r] of rows)
      console.log(`${name.padEnd(38)}${String(f.p50).padStart(8)}${String(f.p95).padStart(8)}${String(r.p50).padStart(9)}${String(r.p95).padStart(9)}${String(round(f.p95 / r.p95)).padStart(7)}`);
    const out = {
      bench: 'groups',
      questions: QUESTIONS,
      groups: GROUPS,
      enterprises: kdlEmployers,
      covered: kdlCovered,
      members: members.length,
      runs: RUNS,
      loadSeconds,
      ms: Object.fromEntries(rows.map(([name, f, r]) => [name.split(' ')[0], { fnP50: f.p50, fnP95: f.p95, rawP50: r.p50, rawP95: r.p95, ratio: round(f.p95 / r.p95) }])),
      totalSeconds: round((performance.now() - started) / 1000),
    };
    console.log(JSON.stringify(out));
  } finally {
    await gateway.stop();
  }
}

runBench(main);
