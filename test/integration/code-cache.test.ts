/**
 * A built function ships V8's code cache for its bundle (cloudfunctions/code-cache.ts): index.js is a loader that
 * compiles index.bundle.js with index.bundle.cache. A cold start in a fresh Node must take the cache when the Node
 * is the one that built it, and load the same function, unchanged, when the cache is refused, damaged or missing.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFunctions } from '../../cloudfunctions/build';

let out: string;
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'zct-cache-'));
  await buildFunctions({ names: ['eligibility', 'identity'], outDir: out });
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** In a fresh process: require the loader, report what it exports and whether V8 took the cache for its bundle. */
function coldStart(dir: string, entry = 'index'): { exports: string[]; mainIsFunction: boolean; cacheTaken: boolean | null } {
  const probe = `
const { readFileSync, existsSync } = require('fs');
const { join } = require('path');
const { Script } = require('vm');
const { wrap } = require('module');
const [dir, entry] = process.argv.slice(1);
const mod = require(join(dir, entry + '.js'));
const cache = join(dir, entry + '.bundle.cache');
let cacheTaken = null;
if (existsSync(cache)) {
  const s = new Script(wrap(readFileSync(join(dir, entry + '.bundle.js'), 'utf8')), { cachedData: readFileSync(cache) });
  cacheTaken = s.cachedDataRejected === false;
}
process.stdout.write(JSON.stringify({ exports: Object.keys(mod).sort(), mainIsFunction: typeof mod.main === 'function', cacheTaken }));`;
  const r = spawnSync(process.execPath, ['-e', probe, dir, entry], { encoding: 'utf8', env: { ...process.env, FUNCTION_LOG: 'off' } });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

function copyOf(name: string): string {
  const dir = mkdtempSync(join(out, `${name}-`));
  for (const f of readdirSync(join(out, name))) copyFileSync(join(out, name, f), join(dir, f));
  return dir;
}

test('each built file is a loader beside its bundle and the bundle’s code cache', () => {
  expect(readdirSync(join(out, 'eligibility')).sort()).toEqual(['index.bundle.cache', 'index.bundle.js', 'index.js', 'package.json']);
  expect(readdirSync(join(out, 'identity')).sort()).toEqual([
    'exceljs.bundle.cache',
    'exceljs.bundle.js',
    'exceljs.js',
    'index.bundle.cache',
    'index.bundle.js',
    'index.js',
    'package.json',
  ]);
});

test('a cold start on the Node that built it takes the cache and exports main', () => {
  expect(coldStart(join(out, 'eligibility'))).toEqual({ exports: ['main'], mainIsFunction: true, cacheTaken: true });
  // The spreadsheet library, loaded by the first export only, has its own cache.
  const excel = coldStart(join(out, 'identity'), 'exceljs');
  expect(excel.cacheTaken).toBe(true);
  expect(excel.exports).toEqual(expect.arrayContaining(['Workbook']));
});

test('a damaged cache is refused by V8 and the function loads as without one', () => {
  const dir = copyOf('eligibility');
  writeFileSync(join(dir, 'index.bundle.cache'), Buffer.from('not a code cache, e.g. from another Node version'));
  expect(coldStart(dir)).toEqual({ exports: ['main'], mainIsFunction: true, cacheTaken: false });
});

test('a cache for another bundle is refused (V8 checks the source it was made for)', () => {
  const dir = copyOf('eligibility');
  copyFileSync(join(out, 'identity', 'index.bundle.cache'), join(dir, 'index.bundle.cache'));
  expect(coldStart(dir)).toEqual({ exports: ['main'], mainIsFunction: true, cacheTaken: false });
});

test('without its cache file the function still loads', () => {
  const dir = copyOf('eligibility');
  unlinkSync(join(dir, 'index.bundle.cache'));
  expect(existsSync(join(dir, 'index.bundle.cache'))).toBe(false);
  expect(coldStart(dir)).toEqual({ exports: ['main'], mainIsFunction: true, cacheTaken: null });
});
