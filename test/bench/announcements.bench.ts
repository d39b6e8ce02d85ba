/**
 * Announcement fan-out benchmark: `npx tsx test/bench/announcements.bench.ts [--people N]`.
 * A gateway (in memory, the real collection manifest) and the function host on the built functions
 * (cloudfunctions/dist, each call cut off at its cloudbaserc.json timeout, as CloudBase does). 10,000 people
 * of 昆都仑区 are seeded through the collections the real target reads: employers (organizations), one
 * application each (applications: applicantOpenid → employerOrgId) and their `recipients` documents built by
 * the domain's own recipientProfile/recipientKeys (what kit/recipients.ts refreshRecipients writes). The
 * district officer then publishes one announcement to 昆都仑区 through the host (`announcements.publish`
 * runs the first pages within its budget), and the notify timer (`{ Type: 'Timer' }`, back to back instead of
 * once a minute) resumes the job until it is done. Reports the time until every recipient is enqueued,
 * outbox rows/s, invocations and pages, and checks exactly N outbox rows, one per person.
 * Prints one JSON line {"bench":"announcements.fanout",…}.
 *
 *   npm run build:functions && npx tsx test/bench/announcements.bench.ts
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import tcb from '@cloudbase/node-sdk';
import { createGateway } from '../../local/gateway';
import { createHost } from '../../local/host';
import { LOCAL_ENV_ID } from '../../local/host/context';
import { COLLECTIONS } from '../../shared/db/collections';
import { fanoutJobId, recipientKeys, recipientProfile, type OrgFacts } from '../../shared/announcements';

const argN = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const root = resolve(__dirname, '..', '..');
const PEOPLE = argN('--people', 10_000);
const EMPLOYERS = Math.max(1, Math.round(PEOPLE / 100));
const KDL = '150203' as const;
const OFFICER = 'bench-kdl-officer';
const BATCH = 1000;
const MAX_TICKS = 500;
const round = (n: number) => Math.round(n * 100) / 100;

/* eslint-disable @typescript-eslint/no-explicit-any -- envelopes are inspected loosely here */
async function main(): Promise<void> {
  const dist = join(root, 'cloudfunctions', 'dist');
  if (!existsSync(join(dist, 'announcements', 'index.js'))) throw new Error('cloudfunctions/dist is missing: run npm run build:functions');
  process.env.TENCENTCLOUD = 'true';
  const started = performance.now();
  const gateway = await createGateway({ dataDir: null, collections: COLLECTIONS, host: '127.0.0.1', port: 0 });
  const host = await createHost({
    gatewayUrl: gateway.url,
    gatewayCredentials: gateway.credentials,
    functionsDir: dist,
    adminOpenids: [],
    log: false,
    instanceEnv: { FUNCTION_LOG: 'off' },
  });
  const db = tcb.init({ env: LOCAL_ENV_ID, serviceUrl: gateway.url, ...gateway.credentials }).database();
  try {
    // ---- the people the target reaches, in the collections it reads
    const t0 = performance.now();
    const orgs: Record<string, OrgFacts> = {};
    const orgDocs = Array.from({ length: EMPLOYERS }, (_, i) => {
      orgs[`bench-emp-${i}`] = { type: 'employer', district: KDL, industry: '钢铁' };
      return { _id: `bench-emp-${i}`, type: 'employer', name: `包头测试企业${i}有限公司`, district: KDL, industry: '钢铁', version: 1 };
    });
    for (let s = 0; s < orgDocs.length; s += BATCH) await db.collection('organizations').add(orgDocs.slice(s, s + BATCH));
    await db.collection('grants').add({ openid: OFFICER, role: 'district_officer', scope: { kind: 'district', district: KDL } });
    const at = new Date().toISOString();
    for (let s = 0; s < PEOPLE; s += BATCH) {
      const n = Math.min(BATCH, PEOPLE - s);
      const openid = (i: number) => `bench-p-${String(s + i).padStart(6, '0')}`;
      const emp = (i: number) => `bench-emp-${(s + i) % EMPLOYERS}`;
      await db.collection('applications').add(
        Array.from({ length: n }, (_, i) => ({ _id: `bench-app-${s + i}`, applicantOpenid: openid(i), employerOrgId: emp(i), bodyOrgId: null, open: true, updatedAt: at })),
      );
      await db.collection('recipients').add(
        Array.from({ length: n }, (_, i) => {
          const p = recipientProfile({ openid: openid(i), grants: [{ role: 'applicant', scope: { kind: 'self' } }], applications: [{ employerOrgId: emp(i) }], orgs, latestCheck: [] });
          return { _id: p.openid, ...recipientKeys(p), latestCheck: [], updatedAt: at };
        }),
      );
    }
    const seedSeconds = round((performance.now() - t0) / 1000);
    console.log(`seeded ${PEOPLE} recipients (${EMPLOYERS} employers) in ${seedSeconds} s`);

    // ---- publish through the host, then the timer until the job is done
    const call = async (action: string, input: unknown) => {
      const r = (await host.invoke('announcements', { action, input }, { openid: OFFICER })) as any;
      if (!r?.ok) throw new Error(`${action}: ${JSON.stringify(r)}`);
      return r.data;
    };
    const publisher = { role: 'district_officer', scope: { kind: 'district', district: KDL } };
    const content = {
      title: '昆都仑区2026年度职称申报通知',
      category: 'application_notice',
      body: [{ type: 'paragraph', content: [{ text: '请各单位按时组织申报，详见' }, { text: '第六条', link: { kind: 'clause', clause: '第六条' } }] }],
      target: { districts: [KDL] },
    };
    const draft = await call('draft.save', { publisher, content });
    const tPublish = performance.now();
    const pub = await call('publish', { id: draft.announcement.id, expectedVersion: draft.announcement.version });
    const publishMs = round(performance.now() - tPublish);
    const id: string = pub.announcement.id;
    const jobId = fanoutJobId(id, 1);
    const jobOf = async () => ((await db.collection('fanout_jobs').doc(jobId).get()).data as any[])[0];
    let job = await jobOf();
    const afterPublish = { pages: job.pages, enqueued: job.enqueued };
    let ticks = 0;
    let timeouts = 0;
    const tickMs: number[] = [];
    while (!job.done && ticks < MAX_TICKS) {
      const t = performance.now();
      const r = (await host.invoke('notify', { Type: 'Timer', TriggerName: 'outbox-sender', Time: new Date().toISOString() }, { trigger: 'timer' })) as any;
      tickMs.push(performance.now() - t);
      if (!r?.ok) timeouts++;
      ticks++;
      job = await jobOf();
    }
    const enqueueSeconds = round((performance.now() - tPublish) / 1000);
    if (!job.done) throw new Error(`fan-out not done after ${ticks} timer runs: ${JSON.stringify(job)}`);

    // ---- exactly one outbox row per person
    const _ = db.command;
    const rows = (await db.collection('outbox').where({ announcementId: id }).count()).total;
    const seen = new Set<string>();
    let after = '';
    for (;;) {
      const page = (await db.collection('outbox').where({ announcementId: id, _id: _.gt(after) }).orderBy('_id', 'asc').field({ _id: true, touser: true }).limit(1000).get()).data as any[];
      for (const r of page) seen.add(r.touser);
      if (page.length < 1000) break;
      after = page[page.length - 1]._id;
    }
    const deliveries = (await db.collection('announcement_deliveries').where({ announcementId: id }).count()).total;
    const exact = rows === PEOPLE && seen.size === PEOPLE && deliveries === PEOPLE;
    const sorted = [...tickMs].sort((a, b) => a - b);
    const out = {
      bench: 'announcements.fanout',
      people: PEOPLE,
      reach: pub.reach,
      seedSeconds,
      publishMs,
      enqueueSeconds,
      outboxRowsPerSec: round(rows / enqueueSeconds),
      invocations: 1 + ticks,
      timerRuns: ticks,
      failedRuns: timeouts,
      pages: job.pages,
      firstInvocation: afterPublish,
      timerRunMsMedian: round(sorted[Math.floor(sorted.length / 2)] ?? 0),
      timerRunMsMax: round(sorted[sorted.length - 1] ?? 0),
      /** In CloudBase the timer runs once a minute: the same runs take this long in minutes there. */
      productionMinutesAtOneTickPerMinute: ticks,
      outboxRows: rows,
      distinctRecipients: seen.size,
      deliveries,
      exact,
      totalSeconds: round((performance.now() - started) / 1000),
    };
    console.log(`published in ${publishMs} ms (first ${afterPublish.pages} pages, ${afterPublish.enqueued} enqueued in the publish call)`);
    console.log(`all ${rows} enqueued after ${enqueueSeconds} s: ${out.outboxRowsPerSec} rows/s, ${out.invocations} invocations, ${job.pages} pages; distinct ${seen.size}`);
    console.log(JSON.stringify(out));
    if (!exact) throw new Error(`expected exactly ${PEOPLE} outbox rows and deliveries, one per person: rows ${rows}, distinct ${seen.size}, deliveries ${deliveries}`);
  } finally {
    await host.close();
    await gateway.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
