/**
 * Load benchmark of the local CloudBase as `npm start` runs it: `identity.whoami` and `applications.mine`
 * through the host's HTTP endpoint (`POST /api/fn/<fn>`) at 16 and 64 connections, signed in as a demo
 * applicant who has three applications (two withdrawn, one draft, made through the API). `npm start` runs in
 * its own process group on a temp data folder (ZCT_SKIP_BUILD=1: `npm run bench` has built the functions),
 * autocannon in another process; everything on 127.0.0.1. Prints a table and one JSON line per case
 * {"bench":"load.<action>","connections":…}.
 *
 *   npm run build:functions && npx tsx test/bench/load.bench.ts
 * Env: BENCH_SECONDS (5 per case) · BENCH_CONNECTIONS ("16,64")
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const SECONDS = Number(process.env.BENCH_SECONDS || 5);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS || '16,64').split(',').map(Number);
const APPLICANT = 'demo-applicant-1';
const EMPLOYER = 'org-emp-01';
const ROUND = 'round-demo-engineering';
const START_DEADLINE_MS = 60_000;

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

function autocannon(o: { url: string; headers: Record<string, string>; body: string; connections: number }): Promise<AutocannonResult> {
  const bin = require.resolve('autocannon/autocannon.js');
  const args = [bin, '-j', '-c', String(o.connections), '-d', String(SECONDS), '-m', 'POST', '-b', o.body];
  for (const [k, v] of Object.entries(o.headers)) args.push('-H', `${k}=${v}`);
  args.push(o.url);
  return new Promise((res, rej) => {
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024, timeout: (SECONDS + 30) * 1000 }, (err, stdout) =>
      err ? rej(err) : res(JSON.parse(stdout) as AutocannonResult),
    );
  });
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are inspected loosely here */
async function post(url: string, body: unknown, token?: string): Promise<any> {
  const r = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  return r.json();
}
async function fn(url: string, name: string, action: string, input: unknown, token: string): Promise<any> {
  const r = await post(`${url}/api/fn/${name}`, { action, input }, token);
  if (!r?.ok) throw new Error(`${name}.${action}: ${JSON.stringify(r)}`);
  return r.data;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

let child: ChildProcess | undefined;
const killGroup = () => {
  if (child?.pid)
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // gone already
    }
};
process.once('exit', killGroup);
for (const s of ['SIGINT', 'SIGTERM'] as const) process.once(s, () => process.exit(1));

async function startLocal(dataDir: string): Promise<string> {
  const [port, gatewayPort] = [await freePort(), await freePort()];
  child = spawn(process.execPath, [require.resolve('tsx/cli'), join(root, 'local', 'start.ts')], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port), GATEWAY_PORT: String(gatewayPort), DATA_DIR: dataDir, ZCT_SKIP_BUILD: '1' },
  });
  let out = '';
  const keep = (c: Buffer) => (out = (out + c.toString()).slice(-8_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_DEADLINE_MS;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${url}/dev/users`)).ok) return url;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`npm start did not serve within ${START_DEADLINE_MS / 1000} s:\n${out}`);
}

const round = (n: number) => Math.round(n * 100) / 100;

async function main(): Promise<void> {
  if (!existsSync(join(root, 'cloudfunctions', 'dist', 'applications', 'index.js')))
    throw new Error('cloudfunctions/dist is missing: run npm run build:functions');
  const dataDir = mkdtempSync(join(tmpdir(), 'zct-load-'));
  try {
    const url = await startLocal(dataDir);
    const { token } = await post(`${url}/dev/signin`, { openid: APPLICANT });

    // Three applications: a draft is withdrawn twice (one open application per title), the third stays open.
    const profile = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'profiles', 'engineer-bachelor-6y.json'), 'utf8'));
    for (let k = 0; k < 3; k++) {
      const { savedId } = await fn(url, 'eligibility', 'evaluate', { profile, save: true, roundId: ROUND }, token);
      const { application } = await fn(
        url,
        'applications',
        'create',
        { checkId: savedId, routeId: 'art2-intermediate', workflow: 'socialized', employerOrgId: EMPLOYER, roundId: ROUND },
        token,
      );
      if (k < 2)
        await fn(
          url,
          'applications',
          'transition',
          { id: application.id, action: 'withdraw', input: {}, expectedVersion: application.version },
          token,
        );
    }
    const seeded = (await fn(url, 'applications', 'mine', {}, token)).items.length;

    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
    const cases = [
      { name: 'identity', action: 'whoami' },
      { name: 'applications', action: 'mine' },
    ];
    const rows: Record<string, unknown>[] = [];
    for (const c of cases) {
      // Warm every instance of the function (4 by default) before measuring serving rather than cold starts.
      await Promise.all(Array.from({ length: 8 }, () => fn(url, c.name, c.action, {}, token)));
      for (const connections of CONNECTIONS) {
        const r = await autocannon({
          url: `${url}/api/fn/${c.name}`,
          headers,
          body: JSON.stringify({ action: c.action, input: {} }),
          connections,
        });
        await fn(url, c.name, c.action, {}, token); // still answering correctly after the run
        rows.push({
          bench: `load.${c.action}`,
          function: `${c.name}.${c.action}`,
          connections,
          seconds: SECONDS,
          rps: round(r.requests.average),
          total: r.requests.total,
          p50Ms: r.latency.p50,
          p99Ms: r.latency.p99,
          errors: r.errors,
          timeouts: r.timeouts,
          non2xx: r.non2xx,
          ...(c.action === 'mine' ? { applications: seeded } : {}),
          node: process.version,
        });
      }
    }

    console.log(`\ncase (as ${APPLICANT}, ${seeded} applications)   conn    req/s   p50 ms   p99 ms   errors  non-2xx`);
    for (const r of rows)
      console.log(
        `${String(r.function).padEnd(40)}${String(r.connections).padStart(5)}${String(r.rps).padStart(9)}${String(r.p50Ms).padStart(9)}${String(r.p99Ms).padStart(9)}` +
          `${String(Number(r.errors) + Number(r.timeouts)).padStart(9)}${String(r.non2xx).padStart(9)}`,
      );
    for (const r of rows) console.log(JSON.stringify(r));
  } finally {
    killGroup();
    await new Promise<void>((r) => {
      if (!child || child.exitCode !== null || child.signalCode !== null) return r();
      child.once('exit', () => r());
      setTimeout(r, 3_000).unref();
    });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
