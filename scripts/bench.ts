/**
 * `npm run bench`: every benchmark in test/bench/, one after another (they would disturb each other on two
 * cores). Builds the production weapp and the H5 app first, then prints each bench's output and, at the
 * end, the JSON lines together so a run can be compared with another.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runNpmScript, step } from '../local/host/start-steps';

const root = join(__dirname, '..');
const benches = ['size.ts', 'functions.bench.ts', 'gateway.bench.ts', 'host.bench.ts', 'load.bench.ts', 'applications.bench.ts', 'eligibility.bench.ts', 'announcements.bench.ts', 'feed.bench.ts', 'groups.bench.ts', 'fcp.bench.ts'];

for (const script of ['build:functions', 'build:weapp', 'build:h5']) {
  const done = step(`npm run ${script}`);
  if (!runNpmScript(root, script)) process.exit(1);
  done();
}

const lines: string[] = [];
for (const b of benches) {
  const done = step(`test/bench/${b}`);
  const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), join(root, 'test', 'bench', b)], { cwd: root, encoding: 'utf8' });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  if (r.status !== 0) process.exit(r.status ?? 1);
  lines.push(...r.stdout.split('\n').filter((l) => l.startsWith('{"bench"')));
  done();
}
console.log('\n' + lines.join('\n'));
