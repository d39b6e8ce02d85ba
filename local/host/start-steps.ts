/** The build steps of `npm start`: always the functions, the H5 client only when its build is missing or stale. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function step(msg: string): () => void {
  const t = Date.now();
  console.log(`▶ ${msg}…`);
  return () => console.log(`✓ ${msg}（${((Date.now() - t) / 1000).toFixed(1)} s）`);
}

export function runNpmScript(root: string, script: string): boolean {
  const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  return r.status === 0;
}

export function hasNpmScript(root: string, script: string): boolean {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  return typeof pkg.scripts?.[script] === 'string';
}

/** Newest modification time of any source file under the given folders (tests excluded; 0 when none exist). */
export function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules' && name !== 'dist' && !name.startsWith('.')) visit(join(p, name));
    } else if (!/\.test\.tsx?$/.test(p) && st.mtimeMs > newest) newest = st.mtimeMs;
  };
  paths.forEach(visit);
  return newest;
}

/** Why the H5 build must be (re)made, or null when it is current. */
export function h5BuildReason(root: string): string | null {
  const index = join(root, 'client', 'dist', 'h5', 'index.html');
  if (!existsSync(index)) return '尚未构建';
  const client = join(root, 'client');
  const envFiles = readdirSync(client).filter((n) => n.startsWith('.env')).map((n) => join(client, n));
  const sources = newestMtime([join(client, 'src'), join(client, 'config'), join(client, 'babel.config.js'), ...envFiles, join(root, 'shared')]);
  return sources > statSync(index).mtimeMs ? '源码比构建新' : null;
}
