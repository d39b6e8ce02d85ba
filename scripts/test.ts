/**
 * `npm test`: build what the suites need (functions always; the H5 app when stale), run every Jest project,
 * and end with one plain line `N passed, N failed` summing every suite. Extra arguments go to Jest.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt } from './ensure-built';

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const wantsE2e = args.length === 0 || args.some((a) => a.includes('e2e'));

ensureBuilt({ h5: wantsE2e });

const outDir = join(root, '.ci-results');
mkdirSync(outDir, { recursive: true });
const outFile = join(outDir, 'jest.json');
const jest = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--json', `--outputFile=${outFile}`, ...args], {
  cwd: root,
  stdio: 'inherit',
});

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const r = JSON.parse(readFileSync(outFile, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  skipped = r.numPendingTests + r.numTodoTests;
} catch {
  failed = Math.max(1, failed);
}
const status = jest.status ?? 1;
if (status !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
