/**
 * Gateway benchmark: `npx tsx test/bench/gateway.bench.ts [--memory]`.
 * Starts the gateway in a child process (on a temp data dir, fsync on; --memory keeps it in memory),
 * inserts 100,000 documents through the SDK in batches of 1000 into a collection indexed on `k`, then
 * runs an indexed `where({ k })` query through the SDK, sequentially and from 16 concurrent clients.
 * Prints a table and one JSON line `{"bench":"gateway.where", ...}`.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tcb from '@cloudbase/node-sdk';
import { createGateway, type GatewayCredentials } from '../../local/gateway';

const DOCS = 100_000;
const BATCH = 1000;
const DISTINCT_KEYS = 10_000; // each where({ k }) matches 10 documents
const SEQUENTIAL_QUERIES = 2000;
const CLIENTS = 16;
const QUERIES_PER_CLIENT = 400;
const MANIFEST = { bench: { indexes: [{ name: 'k', keys: { k: 1 as const } }] } };

async function serve(dataDir: string | null): Promise<void> {
  const gateway = await createGateway({ dataDir, collections: MANIFEST, host: '127.0.0.1', port: 0 });
  // The parent signs its SDK requests with this in-memory gateway's credentials: hand them over on the pipe.
  process.stdout.write(`GATEWAY_URL ${gateway.url} ${JSON.stringify(gateway.credentials)}\n`);
  process.once('SIGTERM', () => void gateway.close().then(() => process.exit(0)));
}

function startGatewayProcess(dataDir: string | null): Promise<{ url: string; credentials: GatewayCredentials; stop(): Promise<void> }> {
  const args = ['--import', 'tsx', __filename, '--serve', dataDir ?? '-'];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c) => {
      out += c;
      const m = /GATEWAY_URL (\S+) (\{.*\})\n/.exec(out);
      if (m) resolve({ url: m[1], credentials: JSON.parse(m[2]) as GatewayCredentials, stop: () => new Promise<void>((r) => (child.once('exit', () => r()), child.kill('SIGTERM'))) });
    });
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code}`)));
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

interface Stats {
  ops: number;
  seconds: number;
  perSec: number;
  p50Ms: number;
  p95Ms: number;
}

function stats(latencies: number[], seconds: number, opsPerCall = 1): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { ops: latencies.length * opsPerCall, seconds: round(seconds), perSec: round((latencies.length * opsPerCall) / seconds), p50Ms: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)) };
}

async function timed(fn: () => Promise<unknown>, into: number[]): Promise<void> {
  const t0 = performance.now();
  await fn();
  into.push(performance.now() - t0);
}

async function main(): Promise<void> {
  process.env.TENCENTCLOUD = 'true';
  process.env.SILENCE = 'true';
  const memory = process.argv.includes('--memory');
  const dataDir = memory ? null : await mkdtemp(path.join(tmpdir(), 'gateway-bench-'));
  const gateway = await startGatewayProcess(dataDir);
  const client = () => tcb.init({ env: 'local', serviceUrl: gateway.url, secretId: gateway.credentials.secretId, secretKey: gateway.credentials.secretKey }).database();
  try {
    const db = client();
    const insertLat: number[] = [];
    const t0 = performance.now();
    for (let start = 0; start < DOCS; start += BATCH) {
      const docs = Array.from({ length: BATCH }, (_, j) => {
        const i = start + j;
        return { k: i % DISTINCT_KEYS, name: `doc-${i}`, group: i % 100, at: new Date(1_700_000_000_000 + i * 1000), tags: ['bench', `t${i % 7}`] };
      });
      await timed(() => db.collection('bench').add(docs), insertLat);
    }
    const insert = stats(insertLat, (performance.now() - t0) / 1000, BATCH);
    const count = (await db.collection('bench').count()).total;
    if (count !== DOCS) throw new Error(`expected ${DOCS} documents, found ${count}`);

    let key = 0;
    const query = async (d: ReturnType<typeof client>) => {
      const k = (key = (key + 7919) % DISTINCT_KEYS);
      const r = await d.collection('bench').where({ k }).get();
      if (r.data.length !== DOCS / DISTINCT_KEYS) throw new Error(`where({ k: ${k} }) returned ${r.data.length} documents`);
    };
    for (let i = 0; i < 200; i++) await query(db); // warm-up

    const seqLat: number[] = [];
    const t1 = performance.now();
    for (let i = 0; i < SEQUENTIAL_QUERIES; i++) await timed(() => query(db), seqLat);
    const sequential = stats(seqLat, (performance.now() - t1) / 1000);

    const conLat: number[] = [];
    const clients = Array.from({ length: CLIENTS }, client);
    const t2 = performance.now();
    await Promise.all(clients.map(async (c) => {
      for (let i = 0; i < QUERIES_PER_CLIENT; i++) await timed(() => query(c), conLat);
    }));
    const concurrent = stats(conLat, (performance.now() - t2) / 1000);

    const row = (name: string, s: Stats, unit: string) =>
      `${name.padEnd(28)}${String(s.ops).padStart(8)}${s.seconds.toFixed(2).padStart(9)}${s.perSec.toFixed(0).padStart(10)} ${unit.padEnd(6)}${s.p50Ms.toFixed(2).padStart(9)}${s.p95Ms.toFixed(2).padStart(9)}`;
    console.log(`gateway bench: ${DOCS} docs, index on k, ${memory ? 'in memory' : 'on disk with fsync'}, node ${process.version}`);
    console.log(`${'phase'.padEnd(28)}${'ops'.padStart(8)}${'secs'.padStart(9)}${'rate'.padStart(10)} ${''.padEnd(6)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}`);
    console.log(row(`insert (batches of ${BATCH})`, insert, 'docs/s'));
    console.log(row('where({k}) sequential', sequential, 'q/s'));
    console.log(row(`where({k}) ${CLIENTS} clients`, concurrent, 'q/s'));
    console.log('(insert latencies are per batch request)');
    console.log(
      JSON.stringify({
        bench: 'gateway.where',
        docs: DOCS,
        matchesPerQuery: DOCS / DISTINCT_KEYS,
        storage: memory ? 'memory' : 'disk+fsync',
        insert: { docsPerSec: insert.perSec, seconds: insert.seconds, batch: BATCH, p50BatchMs: insert.p50Ms, p95BatchMs: insert.p95Ms },
        sequential: { queries: sequential.ops, qps: sequential.perSec, p50Ms: sequential.p50Ms, p95Ms: sequential.p95Ms },
        concurrent: { clients: CLIENTS, queries: concurrent.ops, qps: concurrent.perSec, p50Ms: concurrent.p50Ms, p95Ms: concurrent.p95Ms },
      }),
    );
  } finally {
    await gateway.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

const serveAt = process.argv.indexOf('--serve');
if (serveAt >= 0) {
  const dir = process.argv[serveAt + 1];
  serve(dir && dir !== '-' ? dir : null).catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else {
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
