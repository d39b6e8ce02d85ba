/** Build the cloud functions, and the H5 app when it is missing or older than its sources. */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');

function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist') continue;
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export function h5IsStale(): boolean {
  const index = join(root, 'client/dist/h5/index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return [join(root, 'client/src'), join(root, 'client/config'), join(root, 'shared')].some((d) => newest(d) > built);
}

export function ensureBuilt(opts: { h5: boolean; log?: (line: string) => void }): void {
  const log = opts.log ?? ((l: string) => console.log(l));
  log('▸ 构建云函数 (npm run build:functions)');
  execSync('npm run --silent build:functions', { cwd: root, stdio: 'inherit' });
  if (opts.h5 && h5IsStale()) {
    log('▸ 构建 H5 前端 (npm run build:h5)，约 20–60 秒');
    execSync('npm run --silent build:h5', { cwd: root, stdio: 'inherit' });
  }
}
