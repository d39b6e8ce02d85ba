/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are inspected loosely in tests */
/**
 * Durability of `npm start`: `kill -9` of its whole process group while API writes run, then a restart on
 * the same data folder — every acknowledged write is there. Three rounds on one data folder, each round
 * checking the writes of every round so far.
 *
 * The writes are real calls through `POST /api/fn/<fn>` as several demo users, one call at a time per user:
 * `eligibility.evaluate {save: true}` (a new document per call; its `savedId` must be in the caller's
 * `history`) and `identity.updateProfile` with a distinct phone (a modify; after the restart the phone is
 * the last acknowledged one, or the one still in flight when the group died). An answer other than `ok: true`
 * — `RATE_LIMITED` included — is not an acknowledgement. `npm start` runs with ZCT_SKIP_BUILD=1 on the
 * functions already built (built here first when missing).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_USERS } from '../../local/seed';
import { PRIVACY_POLICY_VERSION } from '../../shared/privacy';

// A hang guard, not a timing: three restarts of `npm start` take 30–50 s on a quiet 2-core machine, far longer under load.
jest.setTimeout(300_000);

const root = join(__dirname, '..', '..');
const ROUNDS = 3;
/** Calls per user per round (half evaluate, half updateProfile): well inside the per-minute write limits. */
const CALLS_PER_USER = 4;
/** The group is killed once this many writes of the round are acknowledged (others still in flight). */
const KILL_AFTER_ACKS = 16;
const START_DEADLINE_MS = 30_000;
const example = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'profiles', 'engineer-bachelor-6y.json'), 'utf8'));

/** Made in beforeAll (a run that filters this test out leaves nothing behind). */
let dataDir = '';
const users = DEMO_USERS.map((u) => ({ openid: u.openid, name: u.name }));

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<void>;
}
let running: Running | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function startNpmStart(): Promise<Running> {
  const [port, gatewayPort] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), join(root, 'local', 'start.ts')], {
    cwd: root,
    detached: true, // its own process group, killed as a whole
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port), GATEWAY_PORT: String(gatewayPort), DATA_DIR: dataDir, ZCT_SKIP_BUILD: '1' },
  });
  let out = '';
  const keep = (c: Buffer) => (out = (out + c.toString()).slice(-20_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let gone = false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => ((gone = true), resolve())));
  const r: Running = { child, url: `http://127.0.0.1:${port}`, output: () => out, exited };
  running = r;
  const deadline = Date.now() + START_DEADLINE_MS;
  while (Date.now() < deadline && !gone) {
    try {
      if ((await fetch(`${r.url}/dev/users`)).ok) return r;
    } catch {
      // not listening yet
    }
    await new Promise((res) => setTimeout(res, 200));
  }
  throw new Error(`npm start did not serve within ${START_DEADLINE_MS} ms${gone ? ' (it exited)' : ''}:\n${out}`);
}

async function killGroup(r: Running | undefined): Promise<void> {
  if (!r?.child.pid) return;
  try {
    process.kill(-r.child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([r.exited, new Promise((res) => (timer = setTimeout(res, 5_000)))]);
  clearTimeout(timer);
  if (running === r) running = undefined;
}

async function post(url: string, body: unknown, token?: string): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  return res.json();
}

async function signIn(url: string, openid: string): Promise<string> {
  const r = await post(`${url}/dev/signin`, { openid });
  if (!r?.token) throw new Error(`sign-in as ${openid}: ${JSON.stringify(r)}`);
  return r.token;
}

const call = (url: string, fn: string, action: string, input: unknown, token: string) =>
  post(`${url}/api/fn/${fn}`, { action, input }, token);

/** Everything acknowledged so far, over all rounds. */
const savedChecks: { openid: string; id: string }[] = [];
const phones = new Map<string, { acked?: string; inFlight?: string }>();
const notAcked: Record<string, number> = {};

afterAll(async () => {
  await killGroup(running);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'zct-durability-'));
  if (
    !existsSync(join(root, 'cloudfunctions', 'dist', 'eligibility', 'index.js')) ||
    !existsSync(join(root, 'cloudfunctions', 'dist', 'identity', 'index.js'))
  ) {
    const b = spawnSync('npm', ['run', '--silent', 'build:functions'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    if (b.status !== 0) throw new Error(`build:functions failed:\n${b.stdout}\n${b.stderr}`);
  }
});

/** One round: writes from every user at once until enough are acknowledged, then SIGKILL of the group. */
async function writeAndKill(r: Running, round: number): Promise<number> {
  const tokens = await Promise.all(users.map((u) => signIn(r.url, u.openid)));
  // A profile is saved only after consent to the privacy guide (the brand-new demo user has none yet).
  await Promise.all(tokens.map((t) => call(r.url, 'identity', 'privacy.consent', { version: PRIVACY_POLICY_VERSION }, t)));
  let acks = 0;
  let killed: Promise<void> | undefined;
  const kill = () => (killed ??= killGroup(r));
  const writer = async (i: number) => {
    const u = users[i];
    const phone = phones.get(u.openid) ?? {};
    phones.set(u.openid, phone);
    for (let n = 0; n < CALLS_PER_USER && !killed; n++) {
      let answer: any;
      let value: string | undefined;
      try {
        if (n % 2 === 0) {
          answer = await call(r.url, 'eligibility', 'evaluate', { profile: example, save: true }, tokens[i]);
          if (answer?.ok) savedChecks.push({ openid: u.openid, id: answer.data.savedId });
        } else {
          value = `139${round}${String(i).padStart(2, '0')}${String(n).padStart(5, '0')}`;
          phone.inFlight = value;
          answer = await call(r.url, 'identity', 'updateProfile', { name: u.name, phone: value }, tokens[i]);
          if (answer?.ok) phone.acked = value;
          phone.inFlight = undefined;
        }
      } catch {
        return; // the connection died with the group: this call is not acknowledged
      }
      if (!answer?.ok) {
        const code = String(answer?.code ?? 'no answer');
        if (code !== 'RATE_LIMITED') throw new Error(`${u.openid}: unexpected ${JSON.stringify(answer)}`);
        notAcked[code] = (notAcked[code] ?? 0) + 1;
        if (value) phone.inFlight = undefined;
        continue;
      }
      if (++acks >= KILL_AFTER_ACKS) void kill();
    }
  };
  await Promise.all(users.map((_, i) => writer(i)));
  await kill(); // every writer finished before the threshold: kill anyway (the round still counts)
  return acks;
}

/** After a restart: every acknowledged evaluate is readable, and every profile holds an allowed phone. */
async function checkEverything(r: Running): Promise<void> {
  const tokens = new Map(await Promise.all(users.map(async (u) => [u.openid, await signIn(r.url, u.openid)] as const)));
  const missing: string[] = [];
  await Promise.all(
    users.map(async (u) => {
      const mine = savedChecks.filter((c) => c.openid === u.openid);
      if (mine.length) {
        const got = await call(r.url, 'eligibility', 'history', { page: 1, pageSize: 50 }, tokens.get(u.openid)!);
        if (!got?.ok) missing.push(`${u.openid} history: ${JSON.stringify(got).slice(0, 200)}`);
        else {
          const listed = new Set((got.data.items as { id: string }[]).map((c) => c.id));
          for (const c of mine) if (!listed.has(c.id)) missing.push(`${u.openid} check ${c.id} is gone`);
        }
      }
      const p = phones.get(u.openid);
      if (!p?.acked) return;
      const me = await call(r.url, 'identity', 'whoami', {}, tokens.get(u.openid)!);
      const allowed = [p.acked, p.inFlight].filter(Boolean);
      const now = me?.data?.profile?.phone;
      if (!allowed.includes(now)) missing.push(`${u.openid} phone ${now} ∉ ${allowed.join(',')}`);
      else {
        // What survived is now the acknowledged state.
        p.acked = now;
        p.inFlight = undefined;
      }
    }),
  );
  expect(missing).toEqual([]);
}

test(`kill -9 of the npm start group during writes, ${ROUNDS} rounds: every acknowledged write is there after restart`, async () => {
  const perRound: number[] = [];
  const timings: string[] = [];
  const timed = async <T>(label: string, f: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    const v = await f();
    timings.push(`${label} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return v;
  };
  for (let round = 1; round <= ROUNDS; round++) {
    const r = await timed(`start ${round}`, startNpmStart);
    if (round > 1) await timed('check', () => checkEverything(r));
    perRound.push(await timed('write+kill', () => writeAndKill(r, round)));
    expect(r.child.exitCode === null && r.child.signalCode === null).toBe(false);
  }
  const last = await timed('restart', startNpmStart);
  await timed('check', () => checkEverything(last));
  await killGroup(last);
  expect(savedChecks.length).toBeGreaterThan(0);
  expect(perRound.every((n) => n > 0)).toBe(true);
  console.log(
    `durability: acknowledged per round ${perRound.join(', ')}; ${savedChecks.length} saved checks checked; not acknowledged ${JSON.stringify(notAcked)}; ${timings.join(' · ')}`,
  );
});
