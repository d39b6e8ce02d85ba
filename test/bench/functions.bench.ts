/**
 * Cold-start bench for the built functions: `npm run build:functions && npx tsx test/bench/functions.bench.ts
 * [--dir cloudfunctions/dist] [--samples 15]`. For each function, index.js's size and the time to `require` it in
 * a fresh Node process (one process per sample, so nothing is cached), as wall time and as the process's CPU time
 * (user + system: less disturbed by other work on the machine); medians. Files loaded on demand (exceljs.js) are
 * measured the same way, as what the first export pays. Prints a table and one JSON line `{"bench":"functions",...}`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

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

function requireTime(file: string): { wallMs: number; cpuMs: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const r = spawnSync(process.execPath, ['-e', PROBE, file], { encoding: 'utf8', env: { ...process.env, FUNCTION_LOG: 'off' } });
    if (r.status !== 0) throw new Error(`require ${file} failed: ${r.stderr}`);
    const m = JSON.parse(r.stdout) as { wall: number; cpu: number };
    wall.push(m.wall);
    cpu.push(m.cpu);
  }
  return { wallMs: round(median(wall)), cpuMs: round(median(cpu)) };
}

function main(): void {
  if (!existsSync(DIR)) throw new Error(`${DIR} is missing: run npm run build:functions`);
  const names = readdirSync(DIR).filter((d) => existsSync(join(DIR, d, 'index.js')));
  const rows: { name: string; file: string; kb: number; wallMs: number; cpuMs: number }[] = [];
  for (const name of names) {
    const files = readdirSync(join(DIR, name)).filter((f) => f.endsWith('.js'));
    for (const file of ['index.js', ...files.filter((f) => f !== 'index.js')]) {
      const path = join(DIR, name, file);
      rows.push({ name, file, kb: round(statSync(path).size / 1024), ...requireTime(path) });
    }
  }
  console.log(`require in a fresh process, median of ${SAMPLES} (budget for index.js: ≤ ${BUDGET.kb} KB, ≤ ${BUDGET.ms} ms)`);
  console.log('function       file            KB   wall ms   cpu ms');
  for (const r of rows)
    console.log(
      `${r.name.padEnd(15)}${r.file.padEnd(12)}${String(r.kb).padStart(8)}${String(r.wallMs).padStart(10)}${String(r.cpuMs).padStart(9)}`,
    );
  const index = rows.filter((r) => r.file === 'index.js');
  const out = {
    bench: 'functions',
    samples: SAMPLES,
    index: Object.fromEntries(index.map((r) => [r.name, { kb: r.kb, wallMs: r.wallMs, cpuMs: r.cpuMs }])),
    onDemand: Object.fromEntries(
      rows.filter((r) => r.file !== 'index.js').map((r) => [`${r.name}/${r.file}`, { kb: r.kb, wallMs: r.wallMs, cpuMs: r.cpuMs }]),
    ),
    maxIndexKb: Math.max(...index.map((r) => r.kb)),
    maxIndexWallMs: Math.max(...index.map((r) => r.wallMs)),
  };
  console.log(JSON.stringify(out));
}

main();
