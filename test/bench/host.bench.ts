/**
 * Function-host benchmark: `identity.whoami` as a demo user through HTTP → host → worker instance →
 * @cloudbase/node-sdk → gateway. p50/p95 over sequential calls, then requests/s under 16 concurrent clients
 * (autocannon, in a child process). Prints one JSON line {"bench":"host.whoami",…}.
 *
 *   npm run build:functions && npx tsx test/bench/host.bench.ts
 *   BENCH_FN=echo npx tsx test/bench/host.bench.ts     (the fixture, when identity is not built)
 * Env: BENCH_CALLS (500) · BENCH_SECONDS (10) · BENCH_CONNECTIONS (16) · BENCH_INSTANCES (4)
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createGateway } from '../../local/gateway';
import { createHost } from '../../local/host';
import { DEMO_ADMIN_OPENIDS, DEMO_USERS, gatewayDatabase, seedDemo, seedSyntheticOrganizations } from '../../local/seed';
import { COLLECTIONS } from '../../shared/db/collections';

interface AutocannonResult {
  requests: { average: number; mean: number; total: number };
  latency: { p50: number; p90: number; p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** autocannon in its own process, so the load generator does not share the host's event loop. */
function autocannon(o: {
  url: string;
  headers: Record<string, string>;
  body: string;
  connections: number;
  duration: number;
}): Promise<AutocannonResult> {
  const bin = require.resolve('autocannon/autocannon.js');
  const args = [bin, '-j', '-c', String(o.connections), '-d', String(o.duration), '-m', 'POST', '-b', o.body];
  for (const [k, v] of Object.entries(o.headers)) args.push('-H', `${k}=${v}`);
  args.push(o.url);
  return new Promise((resolvePromise, reject) => {
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 }, (err, stdout) => {
      if (err) reject(err);
      else resolvePromise(JSON.parse(stdout) as AutocannonResult);
    });
  });
}

const root = resolve(__dirname, '..', '..');
const CALLS = Number(process.env.BENCH_CALLS || 500);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 16);
const INSTANCES = Number(process.env.BENCH_INSTANCES || 4);
const AS = 'demo-hr-1';

function pickFunction(): { fn: string; action: string; dir: string } {
  const wanted = process.env.BENCH_FN;
  const built = join(root, 'cloudfunctions', 'dist');
  if (wanted !== 'echo' && existsSync(join(built, 'identity', 'index.js'))) return { fn: 'identity', action: 'whoami', dir: built };
  if (wanted === 'identity') throw new Error('cloudfunctions/dist/identity is missing: run npm run build:functions');
  if (wanted !== 'echo') console.error('! cloudfunctions/dist/identity not built: benchmarking the echo fixture instead');
  return { fn: 'echo', action: 'whoami', dir: join(root, 'test', 'fixtures', 'functions') };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const round = (n: number) => Math.round(n * 100) / 100;

async function main(): Promise<void> {
  const { fn, action, dir } = pickFunction();
  const dataDir = mkdtempSync(join(tmpdir(), 'zct-bench-'));
  const gateway = await createGateway({
    dataDir: join(dataDir, 'db'),
    collections: COLLECTIONS,
    port: 0,
  });
  const db = gatewayDatabase(gateway.url, gateway.credentials);
  await seedDemo(db);
  await seedSyntheticOrganizations(db, 200);
  const host = await createHost({
    gatewayUrl: gateway.url,
    gatewayCredentials: gateway.credentials,
    functionsDir: dir,
    adminOpenids: DEMO_ADMIN_OPENIDS,
    devUsers: async () => DEMO_USERS,
    maxInstances: INSTANCES,
    instanceEnv: { FUNCTION_LOG: 'off' },
    log: false,
  });
  try {
    const signin = await fetch(`${host.url}/dev/signin`, { method: 'POST', body: JSON.stringify({ openid: AS }) });
    const { token } = (await signin.json()) as { token: string };
    const url = `${host.url}/api/fn/${fn}`;
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
    const body = JSON.stringify({ action, input: {} });
    const call = async () => {
      const res = await fetch(url, { method: 'POST', headers, body });
      const env = (await res.json()) as { ok: boolean; code?: string };
      if (!env.ok) throw new Error(`${fn}.${action} answered ${env.code}`);
    };

    for (let i = 0; i < 30; i++) await call(); // warm the instance and the SDK's connections
    const times: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const t = performance.now();
      await call();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);

    // Warm every instance before the load run, so it measures serving rather than cold starts.
    await Promise.all(Array.from({ length: INSTANCES * 2 }, call));
    const load = await autocannon({ url, headers, body, connections: CONNECTIONS, duration: SECONDS });
    await call();

    console.log(
      JSON.stringify({
        bench: `host.${action}`,
        function: fn,
        as: 'employer_hr',
        sequential: {
          calls: CALLS,
          p50Ms: round(pct(times, 50)),
          p95Ms: round(pct(times, 95)),
          p99Ms: round(pct(times, 99)),
          meanMs: round(times.reduce((a, b) => a + b, 0) / times.length),
        },
        concurrent: {
          connections: CONNECTIONS,
          instances: INSTANCES,
          seconds: SECONDS,
          rps: round(load.requests.average),
          total: load.requests.total,
          latencyP50Ms: load.latency.p50,
          latencyP99Ms: load.latency.p99,
          errors: load.errors,
          timeouts: load.timeouts,
          non2xx: load.non2xx,
        },
        node: process.version,
      }),
    );
  } finally {
    await host.close();
    await gateway.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
