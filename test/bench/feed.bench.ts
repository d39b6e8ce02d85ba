/**
 * Announcement feed benchmark: `npx tsx test/bench/feed.bench.ts [--anns N] [--reads M]`.
 * A gateway in a child process (in memory, the real collection manifest); 10,000 published announcements
 * (made by the domain's createDraft + publish, stored with the function's own toDoc: city-wide, 昆都仑区,
 * other districts and industries, a few pinned, some expired) and 100,000 read marks (announcement_reads,
 * 1,000 people × 100) inserted directly in batches. Then p95 of a person's `feed` (first page; a category;
 * the second page) through the `announcements` function's `main` in-process, beside the same database reads
 * raw against the gateway (the newest 200 that reach the person in FEED_ORDER, keys only; their read marks;
 * the page's documents by id), and the ratio. Prints one JSON line {"bench":"announcements.feed",…}.
 */
import tcb from '@cloudbase/node-sdk';
import { runBench, startGatewayProcess } from './support/gateway-process';
import { buildCallContext, instanceEnv, LOCAL_ENV_ID } from '../../local/host/context';
import { DISTRICT_CODES } from '../../shared/org/districts';
import { INDUSTRIES } from '../../shared/org/organizations';
import { CATEGORIES } from '../../shared/announcements/categories';
import {
  createDraft,
  FEED_ORDER,
  feedCondition,
  publisherOf,
  readId,
  recipientKeys,
  recipientProfile,
  transition,
  type Announcement,
  type OrgFacts,
  type Recipient,
} from '../../shared/announcements';
import type { Actor } from '../../shared/auth/roles';

const argN = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const ANNS = argN('--anns', 10_000);
const READS = argN('--reads', 100_000);
const PEOPLE = 1000;
const READS_PER_PERSON = Math.min(ANNS, Math.ceil(READS / PEOPLE));
const RUNS = Number(process.env.BENCH_RUNS || 200);
const KDL = '150203' as const;
const ANN_BATCH = 200;
const BATCH = 1000;

const round = (n: number) => Math.round(n * 100) / 100;
function p95(lat: number[]): number {
  const s = [...lat].sort((a, b) => a - b);
  return round(s[Math.min(s.length - 1, Math.floor(0.95 * s.length))]);
}
async function measure(n: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 5; i++) await fn(i); // warm-up
  const lat: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    lat.push(performance.now() - t0);
  }
  return p95(lat);
}

/** A published announcement from the domain, then varied per index (target, category, time, pin, expiry). */
function template(now: Date): Announcement {
  const actor: Actor = { openid: 'bench-city-01', grants: [{ role: 'city_officer', scope: { kind: 'city' } }] };
  const publisher = publisherOf({ role: 'city_officer', scope: { kind: 'city' } });
  const d = createDraft(
    {
      id: 'tmpl',
      publisher,
      content: {
        title: '关于开展2026年度职称申报工作的通知',
        category: 'application_notice',
        body: [{ type: 'paragraph', content: [{ text: '请各单位按时组织申报，详见' }, { text: '第六条', link: { kind: 'clause', clause: '第六条' } }] }],
        target: {},
      },
    },
    actor,
    now,
  );
  if (!d.ok) throw new Error(d.message);
  const p = transition(d.next, 'publish', actor, now, {}, { expectedVersion: d.next.version, reachCount: 1 });
  if (!p.ok) throw new Error(p.message);
  return p.next;
}

async function main(): Promise<void> {
  process.env.TENCENTCLOUD = 'true';
  const started = performance.now();
  const gateway = await startGatewayProcess();
  Object.assign(process.env, instanceEnv(gateway.url, gateway.credentials, { FUNCTION_LOG: 'off' }));
  const { main: fn } = await import('../../cloudfunctions/announcements');
  const { toDoc } = await import('../../cloudfunctions/announcements/store');
  const db = tcb.init({ env: LOCAL_ENV_ID, serviceUrl: gateway.url, ...gateway.credentials }).database();
  const _ = db.command;
  try {
    const now = new Date();
    const t0 = performance.now();
    // ---- people: 1,000 applicants at 昆都仑区 钢铁 employers (applications + recipients documents)
    const orgs: Record<string, OrgFacts> = {};
    const orgDocs = Array.from({ length: 10 }, (_, i) => {
      orgs[`bench-emp-${i}`] = { type: 'employer', district: KDL, industry: '钢铁' };
      return { _id: `bench-emp-${i}`, type: 'employer', name: `包头测试企业${i}有限公司`, district: KDL, industry: '钢铁', version: 1 };
    });
    await db.collection('organizations').add(orgDocs);
    const openid = (i: number) => `bench-p-${String(i).padStart(4, '0')}`;
    const profiles: Recipient[] = Array.from({ length: PEOPLE }, (_, i) =>
      recipientProfile({ openid: openid(i), grants: [{ role: 'applicant', scope: { kind: 'self' } }], applications: [{ employerOrgId: `bench-emp-${i % 10}` }], orgs, latestCheck: [] }),
    );
    const at = now.toISOString();
    await db.collection('applications').add(profiles.map((p, i) => ({ _id: `bench-app-${i}`, applicantOpenid: p.openid, employerOrgId: `bench-emp-${i % 10}`, bodyOrgId: null, open: true, updatedAt: at })));
    await db.collection('recipients').add(profiles.map((p) => ({ _id: p.openid, ...recipientKeys(p), latestCheck: [], updatedAt: at })));

    // ---- 10,000 announcements: 40 % city-wide, 30 % 昆都仑区, 30 % elsewhere (other districts / industries)
    const tmpl = template(new Date(now.getTime() - 400 * 86_400_000));
    const others = DISTRICT_CODES.filter((d) => d !== KDL);
    const otherIndustries = INDUSTRIES.filter((x) => x !== '钢铁');
    for (let s = 0; s < ANNS; s += ANN_BATCH) {
      const docs = Array.from({ length: Math.min(ANN_BATCH, ANNS - s) }, (_, j) => {
        const i = s + j;
        const publishAt = new Date(now.getTime() - (i + 1) * 45 * 60_000).toISOString();
        const r = i % 10;
        const target = r < 4 ? {} : r < 7 ? { districts: [KDL] } : r < 9 ? { districts: [others[i % others.length]] } : { industries: [otherIndustries[i % otherIndustries.length]] };
        const a: Announcement = {
          ...tmpl,
          id: `ann-${String(i).padStart(5, '0')}`,
          content: {
            ...tmpl.content,
            title: `${tmpl.content.title}（第${i}号）`,
            category: CATEGORIES[i % CATEGORIES.length],
            target,
            publishAt,
            expiresAt: i % 7 === 0 ? new Date(now.getTime() - 86_400_000).toISOString() : null,
            pinned: i % 100 === 3,
          },
          createdAt: publishAt,
          updatedAt: publishAt,
        };
        return { _id: a.id, ...toDoc(a) };
      });
      await db.collection('announcements').add(docs);
    }
    // ---- 100,000 read marks: each person read 100 announcements (spread over the whole range)
    for (let s = 0; s < PEOPLE * READS_PER_PERSON; s += BATCH) {
      const docs = Array.from({ length: Math.min(BATCH, PEOPLE * READS_PER_PERSON - s) }, (_, j) => {
        const k = s + j;
        const person = openid(Math.floor(k / READS_PER_PERSON));
        const annId = `ann-${String(((k % READS_PER_PERSON) * 97 + Math.floor(k / READS_PER_PERSON)) % ANNS).padStart(5, '0')}`;
        return { _id: readId(annId, person), announcementId: annId, openid: person, version: 1, at };
      });
      await db.collection('announcement_reads').add(docs);
    }
    const loadSeconds = round((performance.now() - t0) / 1000);
    console.log(`loaded ${ANNS} announcements and ${PEOPLE * READS_PER_PERSON} read marks in ${loadSeconds} s`);

    const call = (input: unknown, who: string) =>
      fn({ action: 'feed', input }, buildCallContext('announcements', { openid: who })).then((r) => {
        if (!r.ok) throw new Error(`feed: ${r.code} ${r.message}`);
        return r.data as { items: { id: string; pinned: boolean; publishAt: string }[]; next: { pinned: boolean; publishAt: string; id: string } | null; unread: number };
      });
    const who = (i: number) => openid((i * 7919) % PEOPLE);
    const first = await call({ pageSize: 20 }, who(0));
    console.log(`feed of one person: ${first.items.length} items on the first page, ${first.unread} unread of the newest 200`);
    const cursor = first.next!;

    // ---- through the function
    const fnFirst = await measure(RUNS, (i) => call({ pageSize: 20 }, who(i)));
    const fnCategory = await measure(RUNS, (i) => call({ pageSize: 20, category: CATEGORIES[i % CATEGORIES.length] }, who(i)));
    const fnNext = await measure(RUNS, (i) => call({ pageSize: 20, after: cursor }, who(i)));

    // ---- the same reads, raw (what handlers/read.ts feed asks the database)
    const { toWhere } = await import('../../cloudfunctions/kit/where');
    const anns = db.collection('announcements');
    const reads = db.collection('announcement_reads');
    // One ordered scan of the newest 200 that reach the person (keys only), their read marks, the page's documents by id.
    const raw = async (i: number, extra: object[]) => {
      const p = profiles[(i * 7919) % PEOPLE];
      const base = [toWhere(db as never, feedCondition(p, new Date())), ...extra.filter((e) => !('after' in e))];
      let q = anns.where(_.and(base as never));
      for (const o of FEED_ORDER) q = q.orderBy(o.key, o.direction);
      const live = (await q.limit(200).field({ _id: true, notifyVersion: true, pinned: true, publishAt: true }).get()).data as { _id: string; pinned: boolean; publishAt: string }[];
      await reads.where({ _id: _.in(live.map((a) => readId(a._id, p.openid))) }).limit(1000).get();
      const from = extra.some((e) => 'after' in e) ? live.findIndex((a) => a._id === cursor.id) + 1 : 0;
      const ids = live.slice(from, from + 21).map((a) => a._id);
      await anns.where({ _id: _.in(ids) }).limit(ids.length).get();
    };
    const rawFirst = await measure(RUNS, (i) => raw(i, []));
    const rawCategory = await measure(RUNS, (i) => raw(i, [{ 'content.category': CATEGORIES[i % CATEGORIES.length] }]));
    const rawNext = await measure(RUNS, (i) => raw(i, [{ after: true }]));

    const rows = [
      ['first (page 1, 20 items)', fnFirst, rawFirst],
      ['category (one category)', fnCategory, rawCategory],
      ['next (page 2, keyset)', fnNext, rawNext],
    ] as const;
    console.log('\nquery                           fn p95 ms   raw p95 ms   ratio');
    for (const [name, f, r] of rows) console.log(`${name.padEnd(32)}${String(f).padStart(9)}${String(r).padStart(13)}${String(round(f / r)).padStart(8)}`);
    const out = {
      bench: 'announcements.feed',
      announcements: ANNS,
      reads: PEOPLE * READS_PER_PERSON,
      loadSeconds,
      p95Ms: Object.fromEntries(rows.map(([name, f, r]) => [name.split(' ')[0], { fn: f, raw: r, ratio: round(f / r) }])),
      totalSeconds: round((performance.now() - started) / 1000),
    };
    console.log(JSON.stringify(out));
  } finally {
    await gateway.stop();
  }
}

runBench(main);
