/**
 * Client size bench: `npx tsx test/bench/size.ts [--check]` after `npm run build:weapp` and `npm run build:h5`.
 * - weapp (client/dist/weapp): main package = every file not under a subpackage root from app.json; each
 *   subpackage; total. WeChat's limit is 2048 KB per package; our budget for the main package is 600 KB.
 * - H5 (client/dist/h5): total JS (*.js, not the LICENSE files) and everything.
 * Prints one JSON line `{"bench":"size",...}` (KB = 1024 bytes, one decimal). With --check, exits 1 when a
 * budget is exceeded.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const WEAPP = path.join(ROOT, 'client', 'dist', 'weapp');
const H5 = path.join(ROOT, 'client', 'dist', 'h5');
const MAIN_BUDGET_KB = 600;
const PACKAGE_LIMIT_KB = 2048;

function files(dir: string): { rel: string; bytes: number }[] {
  const out: { rel: string; bytes: number }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else out.push({ rel: path.relative(dir, p).split(path.sep).join('/'), bytes: st.size });
    }
  };
  walk(dir);
  return out;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const sum = (xs: { bytes: number }[]) => xs.reduce((n, f) => n + f.bytes, 0);

function weapp() {
  if (!existsSync(path.join(WEAPP, 'app.json'))) return null;
  const app = JSON.parse(readFileSync(path.join(WEAPP, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[];
    subpackages?: { root: string }[];
  };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/?$/, '/'));
  const all = files(WEAPP).filter((f) => !f.rel.endsWith('.map'));
  const subpackages: Record<string, number> = {};
  for (const r of roots) subpackages[r.replace(/\/$/, '')] = kb(sum(all.filter((f) => f.rel.startsWith(r))));
  const main = all.filter((f) => !roots.some((r) => f.rel.startsWith(r)));
  return { mainKB: kb(sum(main)), totalKB: kb(sum(all)), subpackages, files: all.length };
}

function h5() {
  if (!existsSync(H5)) return null;
  const all = files(H5).filter((f) => !f.rel.endsWith('.map'));
  const js = all.filter((f) => f.rel.endsWith('.js'));
  const entry = readFileSync(path.join(H5, 'index.html'), 'utf8');
  const initial = js.filter((f) => entry.includes(f.rel));
  return { jsKB: kb(sum(js)), initialJsKB: kb(sum(initial)), totalKB: kb(sum(all)), jsFiles: js.length };
}

const w = weapp();
const h = h5();
const withinBudget =
  w !== null && w.mainKB <= MAIN_BUDGET_KB && Object.values(w.subpackages).every((s) => s <= PACKAGE_LIMIT_KB) && w.totalKB <= 20 * 1024;
console.log(
  JSON.stringify({
    bench: 'size',
    weapp: w,
    h5: h,
    budget: { weappMainKB: MAIN_BUDGET_KB, weappPackageLimitKB: PACKAGE_LIMIT_KB },
    withinBudget,
  }),
);
if (!w || !h) console.error(`missing build output: ${[!w && 'client/dist/weapp', !h && 'client/dist/h5'].filter(Boolean).join(', ')}`);
if (process.argv.includes('--check') && (!withinBudget || !w || !h)) process.exit(1);
