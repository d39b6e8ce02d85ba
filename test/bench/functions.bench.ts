/**
 * Cold-start bench for the built functions: `npm run build:functions && npx tsx test/bench/functions.bench.ts
 * [--dir cloudfunctions/dist] [--samples 15]`. For each function, the bundle's size and the time to `require`
 * index.js in a fresh Node process (one process per sample, so nothing is cached but V8's code cache the build
 * ships), as wall time and as the process's CPU time (user + system: less disturbed by other work on the machine);
 * medians. In the same run, taking turns with it, the bundle itself is required without its code cache, which is
 * what a Node whose V8 differs from the build's pays. Files loaded on demand (exceljs.js) are measured the same way.
 * Prints a table and one JSON line `{"bench":"functions",...}`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { wrap } from 'node:module';
import { Script } from 'node:vm';
import { bundleFile, cacheFile } from '../../cloudfunctions/code-cache';

const argOf = (name: string, dflt: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const DIR = resolve(argOf('--dir', join(__dirname, '..', '..', 'cloudfunctions', 'dist')));
const SAMPLES = Number(argOf('--samples', '15'));
const BUDGET = { kb: 1536, ms: 100 };

/** Runs in the child: require the file, print wall and CPU milliseconds. */
const PROBE = `
const c0 = process.cpuUsage(), t0 = process.hrtime.bigint();
require(process.argv[1]);
const t = Number(process.hrtime.bigint() - t0) / 1e6, c = process.cpuUsage(c0);
process.stdout.write(JSON.stringify({ wall: t, cpu: (c.user + c.system) / 1000 }));
process.exit(0);`;

const round = (n: number) => Math.round(n * 10) / 10;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface Timing {
  wallMs: number;
  cpuMs: number;
}

function sample(file: string): { wall: number; cpu: number } {
  const r = spawnSync(process.execPath, ['-e', PROBE, file], { encoding: 'utf8', env: { ...process.env, FUNCTION_LOG: 'off' } });
  if (r.status !== 0) throw new Error(`require ${file} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { wall: number; cpu: number };
}

/** The two files take turns (which goes first alternates), so both see the same machine. */
function paired(a: string, b: string): [Timing, Timing] {
  const runs = [
    { wall: [] as number[], cpu: [] as number[] },
    { wall: [] as number[], cpu: [] as number[] },
  ];
  for (let i = 0; i < SAMPLES; i++) {
    const order = i % 2 ? [1, 0] : [0, 1];
    for (const k of order) {
      const m = sample(k === 0 ? a : b);
      runs[k].wall.push(m.wall);
      runs[k].cpu.push(m.cpu);
    }
  }
  const t = (k: number): Timing => ({ wallMs: round(median(runs[k].wall)), cpuMs: round(median(runs[k].cpu)) });
  return [t(0), t(1)];
}

/** Whether this Node's V8 takes the cache the build wrote (it refuses one from another version). */
function cacheAccepted(dir: string, entry: string): boolean {
  const source = wrap(readFileSync(join(dir, bundleFile(entry)), 'utf8'));
  const script = new Script(source, { filename: bundleFile(entry), cachedData: readFileSync(join(dir, cacheFile(entry))) });
  return script.cachedDataRejected === false;
}

interface Row {
  name: string;
  file: string;
  kb: number;
  cacheKb: number;
  accepted: boolean;
  cached: Timing;
  bare: Timing;
}

function main(): void {
  if (!existsSync(DIR)) throw new Error(`${DIR} is missing: run npm run build:functions`);
  const names = readdirSync(DIR).filter((d) => existsSync(join(DIR, d, bundleFile('index'))));
  if (names.length === 0) throw new Error(`${DIR} holds no built function (index.bundle.js): run npm run build:functions`);
  const rows: Row[] = [];
  for (const name of names) {
    const dir = join(DIR, name);
    const entries = readdirSync(dir)
      .filter((f) => f.endsWith('.bundle.js'))
      .map((f) => f.slice(0, -'.bundle.js'.length))
      .sort((x, y) => (x === 'index' ? -1 : y === 'index' ? 1 : x.localeCompare(y)));
    for (const entry of entries) {
      const [cached, bare] = paired(join(dir, `${entry}.js`), join(dir, bundleFile(entry)));
      rows.push({
        name,
        file: `${entry}.js`,
        kb: round(statSync(join(dir, bundleFile(entry))).size / 1024),
        cacheKb: round(statSync(join(dir, cacheFile(entry))).size / 1024),
        accepted: cacheAccepted(dir, entry),
        cached,
        bare,
      });
    }
  }
  console.log(`require in a fresh process, median of ${SAMPLES} (budget for index.js: bundle ≤ ${BUDGET.kb} KB, ≤ ${BUDGET.ms} ms)`);
  console.log('function       file          bundle KB  cache KB  cache ok   wall ms   cpu ms   without cache: wall ms  cpu ms');
  for (const r of rows)
    console.log(
      `${r.name.padEnd(15)}${r.file.padEnd(12)}${String(r.kb).padStart(11)}${String(r.cacheKb).padStart(10)}${(r.accepted ? 'yes' : 'NO').padStart(10)}` +
        `${String(r.cached.wallMs).padStart(10)}${String(r.cached.cpuMs).padStart(9)}${String(r.bare.wallMs).padStart(25)}${String(r.bare.cpuMs).padStart(8)}`,
    );
  const entry = (r: Row) => ({ kb: r.kb, cacheKb: r.cacheKb, cacheAccepted: r.accepted, ...r.cached, withoutCache: r.bare });
  const index = rows.filter((r) => r.file === 'index.js');
  const out = {
    bench: 'functions',
    samples: SAMPLES,
    index: Object.fromEntries(index.map((r) => [r.name, entry(r)])),
    onDemand: Object.fromEntries(rows.filter((r) => r.file !== 'index.js').map((r) => [`${r.name}/${r.file}`, entry(r)])),
    maxIndexKb: Math.max(...index.map((r) => r.kb)),
    maxIndexWallMs: Math.max(...index.map((r) => r.cached.wallMs)),
    maxIndexWallMsWithoutCache: Math.max(...index.map((r) => r.bare.wallMs)),
  };
  console.log(JSON.stringify(out));
}

main();
