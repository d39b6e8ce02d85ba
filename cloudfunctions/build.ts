/**
 * Bundle each cloud function (every folder here with an index.ts, except kit/) into
 * cloudfunctions/dist/<name>/{index.js, package.json}: the shape CloudBase deploys and the local host loads.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = __dirname;
const out = join(root, 'dist');

export function functionNames(): string[] {
  return readdirSync(root).filter(
    (d) => d !== 'kit' && d !== 'dist' && statSync(join(root, d)).isDirectory() && existsSync(join(root, d, 'index.ts')),
  );
}

export async function buildFunctions(opts: { minify?: boolean } = {}): Promise<{ name: string; bytes: number }[]> {
  const results: { name: string; bytes: number }[] = [];
  for (const name of functionNames()) {
    const dir = join(out, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    await build({
      entryPoints: [join(root, name, 'index.ts')],
      outfile: join(dir, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      minify: opts.minify ?? true,
      sourcemap: false,
      legalComments: 'none',
      logLevel: 'warning',
    });
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name, version: '1.0.0', private: true, main: 'index.js', description: `职称通云函数 ${name}（由 npm run build:functions 生成）` }, null, 2),
    );
    results.push({ name, bytes: statSync(join(dir, 'index.js')).size });
  }
  return results;
}

if (require.main === module) {
  const t = Date.now();
  buildFunctions({ minify: !process.argv.includes('--no-minify') })
    .then((r) => {
      for (const f of r) console.log(`  ✓ ${f.name.padEnd(12)} ${(f.bytes / 1024).toFixed(0)} KB → cloudfunctions/dist/${f.name}/`);
      console.log(`云函数构建完成 (${Date.now() - t} ms)`);
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
