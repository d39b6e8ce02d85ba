/** The build steps of `npm start`: always the functions, the H5 client only when its build is missing or stale. */
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
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

/** Terminal colour codes (ESC [ … m), which Taro prints even into a pipe. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');

/**
 * What of Taro's build output `npm start` shows when it is not on a terminal: Taro's own lines (compiling,
 * compiled in N s, warnings, errors) but not its tip to turn on the cache, the spinner's line, empty lines,
 * or the webpack asset table it prints after every production build (two dozen lines of hashed file names).
 * A line for each call; null to drop it. Anything it does not know passes, and errors always do.
 */
export function quietBuildLines(): (line: string) => string | null {
  let mode: 'normal' | 'tips' | 'stats' = 'normal';
  return (line) => {
    const text = line.replace(ANSI, '').trimEnd();
    if (/\b(ERROR|Error|error)\b|✖|编译失败/.test(text)) return line;
    if (mode === 'tips') {
      if (/^\d+\. /.test(text) || text === '') return null;
      mode = 'normal';
    }
    if (mode === 'stats') {
      if (/^webpack [\d.]+ compiled/.test(text)) {
        mode = 'normal';
        return /warning/i.test(text) ? line : null;
      }
      return null;
    }
    if (text === '') return null;
    if (text === 'Tips:') {
      mode = 'tips';
      return null;
    }
    if (/^(assets? by |asset |Entrypoint |orphan modules |runtime modules |cacheable modules |modules by )/.test(text)) {
      mode = 'stats';
      return null;
    }
    if (/^webpack [\d.]+ compiled successfully/.test(text)) return null;
    if (/^- 即将开始启动编译/.test(text)) return null;
    return line;
  };
}

/**
 * `npm run <script>` with its output through quietBuildLines when stdout is not a terminal (on a terminal
 * Taro's progress bar redraws in place and is worth watching): resolves to whether it succeeded.
 */
export function runNpmScriptQuietly(root: string, script: string): Promise<boolean> {
  if (process.stdout.isTTY) return Promise.resolve(runNpmScript(root, script));
  const child = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', script], { cwd: root, stdio: ['inherit', 'pipe', 'pipe'] });
  // Taro's spinner writes to stderr: both streams go through the filter (each with its own state).
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    const keep = quietBuildLines();
    createInterface({ input: from }).on('line', (l) => {
      const out = keep(l);
      if (out !== null) to.write(`${out}\n`);
    });
  }
  return new Promise((resolve) => {
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
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
