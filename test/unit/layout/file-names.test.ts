/**
 * One naming convention for files (README "代码结构"): folders and files are kebab-case; a file whose job is a React
 * component is PascalCase (`ActionButton.tsx`, its styles `ActionButton.scss`); a platform's variant adds `.h5` / `.weapp` before the extension.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const TREES = ['client/src', 'client/config', 'cloudfunctions', 'local', 'scripts', 'shared', 'test'];
const SKIP = new Set(['node_modules', 'dist', '.scratch']);

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COMPONENT = /^[A-Z][A-Za-z0-9]*((\.(h5|weapp))?\.tsx|\.scss)$/;
const MODULE = /^[a-z0-9]+(-[a-z0-9]+)*(\.(h5|weapp|test|bench|config|worker|fixture|d))*\.[a-z0-9]+$/;
/** Names fixed by a tool or a standard. */
const FIXED = new Set(['README.md']);

function walk(dir: string, out: { dirs: string[]; files: string[] }) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(e.name)) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      out.dirs.push(path);
      walk(path, out);
    } else out.files.push(path);
  }
  return out;
}

const found = TREES.map((t) => walk(join(root, t), { dirs: [], files: [] }));
const name = (p: string) => p.slice(p.lastIndexOf('/') + 1);

test('every folder is kebab-case', () => {
  const bad = found.flatMap((f) => f.dirs).filter((d) => !KEBAB.test(name(d)));
  expect(bad.map((d) => relative(root, d))).toEqual([]);
});

test('every file is kebab-case, or PascalCase when it is a React component', () => {
  const bad = found.flatMap((f) => f.files).filter((p) => !FIXED.has(name(p)) && !MODULE.test(name(p)) && !COMPONENT.test(name(p)));
  expect(bad.map((p) => relative(root, p))).toEqual([]);
});
