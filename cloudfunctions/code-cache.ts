/**
 * V8's code cache for a built file, so that a cold start neither parses the megabyte of JavaScript nor compiles
 * again the functions its load runs (zod's schema constructors, the SDK's set-up).
 *
 * `withCodeCache(dir, 'index')` turns dir/index.js (the bundle) into three files:
 * - index.bundle.js: the bundle, unchanged;
 * - index.bundle.cache: V8's cached data for it, taken in a fresh Node process after the bundle has loaded once;
 * - index.js: a loader that compiles the bundle with that cache and runs it as Node would a CommonJS module.
 *
 * V8 checks the cache itself (its version, its flags, the source) and rejects one that does not fit; the bundle
 * then compiles as usual, so a function deployed to a Node other than the one that built it works, only without
 * the gain. The loader runs the bundle in the same context and with the same require, module and __dirname.
 */
import { spawnSync } from 'node:child_process';
import { renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const bundleFile = (entry: string) => `${entry}.bundle.js`;
export const cacheFile = (entry: string) => `${entry}.bundle.cache`;

/** What index.js (or exceljs.js) holds once the bundle has moved beside it. Plain CommonJS for any Node ≥ 16. */
export function loaderSource(entry: string): string {
  return `'use strict';
// Built by npm run build:functions (cloudfunctions/code-cache.ts): runs ${bundleFile(entry)} with V8's code cache for it.
const { readFileSync } = require('fs');
const { join } = require('path');
const { Script } = require('vm');
const { wrap } = require('module');
const file = join(__dirname, ${JSON.stringify(bundleFile(entry))});
let cachedData;
try {
  cachedData = readFileSync(join(__dirname, ${JSON.stringify(cacheFile(entry))}));
} catch {
  cachedData = undefined;
}
const script = new Script(wrap(readFileSync(file, 'utf8')), { filename: file, cachedData });
script.runInThisContext().call(module.exports, module.exports, require, module, file, __dirname);
`;
}

/** Runs in a fresh process: compile the bundle as the loader will, load it, then write what V8 compiled. */
const PRODUCE = `
const { readFileSync, writeFileSync } = require('fs');
const { dirname } = require('path');
const { Script } = require('vm');
const { wrap } = require('module');
const [file, out] = process.argv.slice(1);
const script = new Script(wrap(readFileSync(file, 'utf8')), { filename: file });
const m = { exports: {} };
script.runInThisContext().call(m.exports, m.exports, require, m, file, dirname(file));
writeFileSync(out, script.createCachedData());`;

/** dir/<entry>.js → the loader, the bundle and its cache. Returns the cache's size in bytes. */
export function withCodeCache(dir: string, entry: string): number {
  const bundle = join(dir, bundleFile(entry));
  renameSync(join(dir, `${entry}.js`), bundle);
  const out = join(dir, cacheFile(entry));
  const r = spawnSync(process.execPath, ['-e', PRODUCE, bundle, out], {
    encoding: 'utf8',
    env: { ...process.env, FUNCTION_LOG: 'off' },
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`code cache for ${bundle} failed: ${r.stderr || r.error?.message || `exit ${r.status}`}`);
  writeFileSync(join(dir, `${entry}.js`), loaderSource(entry));
  return statSync(out).size;
}
