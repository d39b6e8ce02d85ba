/**
 * Applications benchmark: `npx tsx test/bench/applications.bench.ts [--apps N]`.
 * A gateway in a child process (in memory) with the real collection manifest; 10,000 employers and
 * 100,000 applications inserted through the SDK in batches; then p95 of an applicant's status query
 * (mine, get), a district officer's filtered queue page and the city dashboard — through the `applications`
 * function's `main` in-process (as the tests call it) and as the same database queries raw against the
 * gateway — printing both and the ratio (the two taken in turns), and one JSON line `{"bench":"applications",...}`. The dashboard reads the
 * counters (rebuilt once after loading, as a deployment backfills them); its "raw" column is the one-pass aggregate
 * over every file that it ran before the counters.
 */
import tcb from '@cloudbase/node-sdk';
import { runBench, startGatewayProcess } from './support/gateway-process';
import { buildCallContext, instanceEnv, LOCAL_ENV_ID } from '../../local/host/context';
import { DISTRICT_CODES } from '../../shared/org/districts';
import { create, transition, type Application } from '../../shared/workflow';
import type { Actor } from '../../shared/auth/roles';

const argN = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const APPS = argN('--apps', 100_000);
const EMPLOYERS = Math.max(10, Math.round(APPS / 10));
const BATCH = 1000;
/** Applications are ~2–3 KB of JSON each: the SDK's 1 MB request limit allows a few hundred per batch. */
const APP_BATCH = 250;
const RUNS = { mine: 200, get: 200, queue: 200, dashboard: 5 };

const round = (n: number) => Math.round(n * 100) / 100;
function pct(lat: number[], q: number): number {
  const s = [...lat].sort((a, b) => a - b);
  return round(s[Math.min(s.length - 1, Math.floor(q * s.length))]);
}
interface Figures {
  p50: number;
  p95: number;
}
/**
 * The function and the same raw query, taken in turns (which goes first alternates) after a warm-up of each:
 * drift in the machine's load and the JIT warming up weigh on both alike, so their ratio is fair.
 */
async function paired(
  n: number,
  fn: (i: number) => Promise<unknown>,
  raw: (i: number) => Promise<unknown>,
): Promise<{ fn: Figures; raw: Figures }> {
  const warm = Math.min(20, n);
  for (let i = 0; i < warm; i++) await Promise.all([fn(i), raw(i)]);
  const lat = { fn: [] as number[], raw: [] as number[] };
  const time = async (which: 'fn' | 'raw', i: number) => {
    const t0 = performance.now();
    await (which === 'fn' ? fn : raw)(i);
    lat[which].push(performance.now() - t0);
  };
  for (let i = 0; i < n; i++) {
    const [a, b] = i % 2 ? (['raw', 'fn'] as const) : (['fn', 'raw'] as const);
    await time(a, i);
    await time(b, i);
  }
  const figures = (l: number[]) => ({ p50: pct(l, 0.5), p95: pct(l, 0.95) });
  return { fn: figures(lat.fn), raw: figures(lat.raw) };
}

const STAGES_BY_WEIGHT = [
  'employer_review',
  'notice_ready',
  'public_notice',
  'recommendation',
  'bureau_check',
  'review',
  'approved',
  'completed',
];
const ROUTE = {
  id: 'art2-intermediate',
  name: '直接申报中级职称',
  clause: '第二条',
  verdict: 'likely',
  channels: ['socialized'],
  title: { series: 'engineering', seriesName: '工程技术', level: 'intermediate', levelName: '中级', titleName: '工程师' },
};

async function main(): Promise<void> {
  process.env.TENCENTCLOUD = 'true';
  const started = performance.now();
  const gateway = await startGatewayProcess();
  Object.assign(process.env, instanceEnv(gateway.url, gateway.credentials, { FUNCTION_LOG: 'off' }));
  const { main: fn } = await import('../../cloudfunctions/applications');
  const { toDoc } = await import('../../cloudfunctions/applications/documents');
  const { rebuildCounters } = await import('../../cloudfunctions/applications/counters');
  const db = tcb
    .init({ env: LOCAL_ENV_ID, serviceUrl: gateway.url, secretId: gateway.credentials.secretId, secretKey: gateway.credentials.secretKey })
    .database();
  const _ = db.command;
  try {
    // ---- data: employers, grants, applications (a real draft from the domain, moved to a spread of stages)
    const t0 = performance.now();
    for (let s = 0; s < EMPLOYERS; s += BATCH) {
      const docs = Array.from({ length: Math.min(BATCH, EMPLOYERS - s) }, (_, j) => {
        const i = s + j;
        return {
          _id: `emp-${i}`,
          type: 'employer',
          name: `包头测试企业${i}有限公司`,
          district: DISTRICT_CODES[i % DISTRICT_CODES.length],
          version: 1,
        };
      });
      await db.collection('organizations').add(docs);
    }
    await db.collection('grants').add([
      { openid: 'bench-city-01', role: 'city_officer', scope: { kind: 'city' } },
      { openid: 'bench-kdl-001', role: 'district_officer', scope: { kind: 'district', district: '150203' } },
    ]);
    const base = new Date('2026-04-01T02:00:00Z');
    const applicant: Actor = { openid: 'bench-applicant-0', grants: [{ role: 'applicant', scope: { kind: 'self' } }] };
    const draft = create(
      {
        id: 'tmpl',
        workflow: 'socialized',
        applicantName: '王建国',
        employer: { orgId: 'emp-0', name: '包头测试企业0有限公司', district: '150202' },
        route: ROUTE,
      },
      applicant,
      base,
    );
    if (!draft.ok) throw new Error(draft.message);
    // The act handler passes the actor's profile name, so files it writes carry it on each line.
    const submitted = transition(draft.next, 'submit', applicant, base, { materialsBound: true }, { actorName: '王建国' });
    if (!submitted.ok) throw new Error(submitted.message);
    const tmpl: Application = submitted.next;
    const applicants = Math.round(APPS * 0.8);
    console.log(`application document: ${JSON.stringify(toDoc(tmpl)).length} bytes`);
    for (let s = 0; s < APPS; s += APP_BATCH) {
      const docs = Array.from({ length: Math.min(APP_BATCH, APPS - s) }, (_, j) => {
        const i = s + j;
        const e = i % EMPLOYERS;
        const at = new Date(base.getTime() + i * 60_000).toISOString();
        const app: Application = {
          ...tmpl,
          id: `app-${i}`,
          stage: STAGES_BY_WEIGHT[i % STAGES_BY_WEIGHT.length] as Application['stage'],
          applicant: { openid: `bench-applicant-${i % applicants}`, name: `申报人${i}` },
          employer: { orgId: `emp-${e}`, name: `包头测试企业${e}有限公司`, district: DISTRICT_CODES[e % DISTRICT_CODES.length] },
          createdAt: at,
          updatedAt: at,
        };
        return toDoc(app);
      });
      await db.collection('applications').add(docs);
    }
    const loadSeconds = round((performance.now() - t0) / 1000);
    console.log(`loaded ${EMPLOYERS} employers and ${APPS} applications in ${loadSeconds} s`);
    // Inserted around the functions: the dashboard counters are backfilled the way a deployment does it once.
    const t1 = performance.now();
    const rebuilt = await rebuildCounters(db as unknown as Parameters<typeof rebuildCounters>[0]);
    const rebuildSeconds = round((performance.now() - t1) / 1000);
    console.log(`counters rebuilt (${rebuilt.counters} from ${rebuilt.applications} applications) in ${rebuildSeconds} s`);

    const call = (action: string, input: unknown, openid: string) =>
      fn({ action, input }, buildCallContext('applications', { openid })).then((r) => {
        if (!r.ok) throw new Error(`${action}: ${r.code} ${r.message}`);
        return r;
      });
    const who = (i: number) => `bench-applicant-${(i * 7919) % applicants}`;
    const appOf = (i: number) => `app-${(i * 7919) % applicants}`;

    const apps = db.collection('applications');
    const $ = _.aggregate;
    const d = '2026-11-24';
    // ---- each query through the function and raw against the gateway, in turns
    const mine = await paired(
      RUNS.mine,
      (i) => call('mine', {}, who(i)),
      (i) =>
        apps
          .where({ applicantOpenid: who(i) })
          .orderBy('updatedAt', 'desc')
          .limit(50)
          .get(),
    );
    const get = await paired(
      RUNS.get,
      (i) => call('get', { id: appOf(i) }, who(i)),
      (i) => apps.doc(appOf(i)).get(),
    );
    const queue = await paired(
      RUNS.queue,
      (i) => call('queue', { stage: STAGES_BY_WEIGHT[i % 6], page: 1 + (i % 5), pageSize: 20 }, 'bench-kdl-001'),
      (i) => {
        const where = _.and([{ district: _.in(['150203']) }, { stage: STAGES_BY_WEIGHT[i % 6] }]);
        return Promise.all([
          apps.where(where).count(),
          apps
            .where(where)
            .orderBy('updatedAt', 'desc')
            .skip((i % 5) * 20)
            .limit(20)
            .get(),
        ]);
      },
    );
    const dashboard = await paired(
      RUNS.dashboard,
      () => call('dashboard', {}, 'bench-city-01'),
      () =>
        apps
          .aggregate()
          .match({})
          .group({
            _id: {
              stage: '$stage',
              district: '$district',
              series: '$series',
              routeId: '$routeId',
              created: $.substr(['$createdAt', 0, 7]),
              closed: $.cond({ if: $.gt(['$closedAt', '']), then: $.substr(['$closedAt', 0, 7]), else: null }),
            },
            count: $.sum(1),
            overdue: $.sum($.cond({ if: $.and([$.eq(['$open', true]), $.gt(['$dueBy', '']), $.lt(['$dueBy', d])]), then: 1, else: 0 })),
          })
          .end(),
    );

    const rows = [
      ['mine (applicant status)', mine],
      ['get (one file)', get],
      ['queue (district, stage, page)', queue],
      ['dashboard (city)', dashboard],
    ] as const;
    console.log('\nquery (ms)                      fn p50   raw p50   fn p95   raw p95   p95 ratio');
    for (const [name, r] of rows)
      console.log(
        `${name.padEnd(30)}${[r.fn.p50, r.raw.p50, r.fn.p95, r.raw.p95].map((x) => String(x).padStart(9)).join('')}${String(round(r.fn.p95 / r.raw.p95)).padStart(12)}`,
      );
    const out = {
      bench: 'applications',
      apps: APPS,
      employers: EMPLOYERS,
      loadSeconds,
      rebuildSeconds,
      ms: Object.fromEntries(
        rows.map(([name, r]) => [
          name.split(' ')[0],
          { ...r, p95Ratio: round(r.fn.p95 / r.raw.p95), p50Ratio: round(r.fn.p50 / r.raw.p50) },
        ]),
      ),
      totalSeconds: round((performance.now() - started) / 1000),
    };
    console.log(JSON.stringify(out));
  } finally {
    await gateway.stop();
  }
}

runBench(main);
