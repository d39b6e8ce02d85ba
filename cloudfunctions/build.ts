/**
 * Bundle each cloud function (every folder here with an index.ts, except kit/) into
 * cloudfunctions/dist/<name>/{index.js, package.json}: the shape CloudBase deploys and the local host loads.
 *
 * A cold start requires index.js whole, so it carries only what every call may need:
 * - LAZY libraries (exceljs) are loaded with `await import()` in the handlers that need them and built as a file
 *   of their own beside index.js (dist/<name>/exceljs.js), required on the first export only. A static import of
 *   one fails the build.
 * - STUBS: parts of dependencies no function uses, replaced by a module that says so when called: zod's 40-odd
 *   locales (kit/zod-locale.ts uses zh-CN only) and @cloudbase/node-sdk's `app.ai()`, `app.models` and
 *   `app.mysql()` (with @cloudbase/ai, @cloudbase/app and the mini-program adapter they pull in).
 * - DEFERRED: libraries @cloudbase/node-sdk requires at load but uses only on some paths (custom-login tickets,
 *   uploads, storage XML, the metadata server, a debugging proxy): still bundled, but evaluated on first use instead of at load.
 * - Each function imports only its own contracts (defineFunction's second argument), so its bundle builds only
 *   its own schemas at load.
 *
 * Every file is then shipped with V8's code cache for it (code-cache.ts): index.js is a small loader, the bundle is
 * index.bundle.js beside its index.bundle.cache.
 */
import { build, type Plugin } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFile, withCodeCache } from './code-cache';

const root = __dirname;
const out = join(root, 'dist');

export const LAZY = ['exceljs'] as const;

const unused = (what: string) =>
  `() => { throw new Error(${JSON.stringify(`${what} 未打包进云函数（cloudfunctions/build.ts 的 STUBS）`)}); }`;
const STUBS: { filter: RegExp; contents: string }[] = [
  // kit/zod-locale.ts uses zhCN only; the namespace `z.locales` would otherwise carry all of them.
  { filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/, contents: "export { default as zhCN } from './zh-CN.js';" },
  { filter: /[\\/]@cloudbase[\\/]node-sdk[\\/]dist[\\/]ai[\\/]index\.js$/, contents: `exports.createAI = ${unused('app.ai()')};` },
  {
    filter: /[\\/]@cloudbase[\\/]wx-cloud-client-sdk[\\/]lib[\\/]wxCloudClientSDK\.cjs\.js$/,
    contents: `module.exports = { generateHTTPClient: ${unused('app.models')}, generateMySQLClient: ${unused('app.mysql()')} };`,
  },
];

const DEFERRED: { filter: RegExp; modules: string[] }[] = [
  { filter: /[\\/]@cloudbase[\\/]node-sdk[\\/]dist[\\/](cloudbase|utils[\\/]metadata)\.js$/, modules: ['axios'] },
  { filter: /[\\/]@cloudbase[\\/]node-sdk[\\/]dist[\\/]auth[\\/]index\.js$/, modules: ['jsonwebtoken'] },
  { filter: /[\\/]@cloudbase[\\/]node-sdk[\\/]dist[\\/]storage[\\/]index\.js$/, modules: ['xml2js'] },
  // The proxy agents only when a proxy is configured (debugging).
  { filter: /[\\/]@cloudbase[\\/]node-sdk[\\/]dist[\\/]utils[\\/]request-core\.js$/, modules: ['form-data', 'https-proxy-agent', 'http-proxy-agent'] },
];
/** The module's members are read through it (tsc's CJS output: `x_1.default.sign(…)`, `(0, x_1.parseString)(…)`). */
const LAZY_REQUIRE =
  'const __zctLazy = (load) => { let m; const get = () => (m ??= load()); return new Proxy({}, { get: (_, k) => get()[k], has: (_, k) => k in get() }); };\n';

export function functionNames(): string[] {
  return readdirSync(root).filter(
    (d) => d !== 'kit' && d !== 'dist' && statSync(join(root, d)).isDirectory() && existsSync(join(root, d, 'index.ts')),
  );
}

/** Records which LAZY libraries a function loads; each becomes `require('./<lib>.js')` at call time. */
function lazyLibraries(used: Set<string>): Plugin {
  const filter = new RegExp(`^(${LAZY.join('|')})$`);
  return {
    name: 'lazy-libraries',
    setup(b) {
      b.onResolve({ filter }, (args) => {
        if (args.kind !== 'dynamic-import')
          return {
            errors: [{ text: `${args.path} 只能在用到它的处理函数里以 await import('${args.path}') 加载（见 cloudfunctions/build.ts）` }],
          };
        used.add(args.path);
        return { path: `./${args.path}.js`, external: true };
      });
    },
  };
}

const stubs: Plugin = {
  name: 'stubs',
  setup(b) {
    for (const s of STUBS)
      b.onLoad({ filter: s.filter }, (args) => ({ contents: s.contents, loader: 'js', resolveDir: join(args.path, '..') }));
  },
};

const deferred: Plugin = {
  name: 'deferred',
  setup(b) {
    for (const d of DEFERRED)
      b.onLoad({ filter: d.filter }, (args) => {
        let js = readFileSync(args.path, 'utf8');
        for (const m of d.modules) {
          const re = new RegExp(`^const (\\w+) = (__importDefault\\()?require\\("${m}"\\)(\\))?;$`, 'm');
          const hit = re.exec(js);
          if (!hit) throw new Error(`cloudfunctions/build.ts DEFERRED: no top-level require("${m}") in ${args.path} (did the SDK change?)`);
          js = js.replace(re, `const $1 = __zctLazy(() => ${hit[2] ?? ''}require("${m}")${hit[3] ?? ''});`);
        }
        return { contents: LAZY_REQUIRE + js, loader: 'js', resolveDir: join(args.path, '..') };
      });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node16',
  format: 'cjs',
  // A loaded file runs as a vm.Script (code-cache.ts), where import() has no loader: `await import('exceljs')`
  // becomes a require of ./exceljs.js, loaded at the same moment.
  supported: { 'dynamic-import': false },
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
} as const;

export interface BuiltFile {
  /** What is required: index.js, exceljs.js (a loader). */
  file: string;
  /** The bundle it loads (index.bundle.js) and its size. */
  bundle: string;
  bytes: number;
  /** V8's code cache for the bundle (index.bundle.cache). */
  cacheBytes: number;
}

export interface BuiltFunction extends BuiltFile {
  name: string;
  /** Files beside it, loaded by the handlers that need them (exceljs.js). */
  lazy: BuiltFile[];
}

function finish(dir: string, entry: string): BuiltFile {
  const cacheBytes = withCodeCache(dir, entry);
  return { file: `${entry}.js`, bundle: bundleFile(entry), bytes: statSync(join(dir, bundleFile(entry))).size, cacheBytes };
}

export async function buildFunctions(opts: { minify?: boolean; names?: string[]; outDir?: string } = {}): Promise<BuiltFunction[]> {
  const results: BuiltFunction[] = [];
  const minify = opts.minify ?? true;
  for (const name of opts.names ?? functionNames()) {
    const dir = join(opts.outDir ?? out, name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const used = new Set<string>();
    await build({
      ...common,
      entryPoints: [join(root, name, 'index.ts')],
      outfile: join(dir, 'index.js'),
      minify,
      plugins: [lazyLibraries(used), stubs, deferred],
    });
    const lazy: BuiltFile[] = [];
    for (const lib of used) {
      const file = `${lib}.js`;
      await build({
        ...common,
        stdin: { contents: `module.exports = require(${JSON.stringify(lib)});`, resolveDir: root, loader: 'js', sourcefile: file },
        outfile: join(dir, file),
        minify,
      });
      lazy.push(finish(dir, lib));
    }
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify(
        { name, version: '1.0.0', private: true, main: 'index.js', description: `职称通云函数 ${name}（由 npm run build:functions 生成）` },
        null,
        2,
      ),
    );
    results.push({ name, ...finish(dir, 'index'), lazy });
  }
  return results;
}

if (require.main === module) {
  const t = Date.now();
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  buildFunctions({ minify: !process.argv.includes('--no-minify') })
    .then((r) => {
      for (const f of r) {
        const lazy = f.lazy.map((l) => ` + ${l.file} ${kb(l.bytes)}（按需加载）`).join('');
        console.log(
          `  ✓ ${f.name.padEnd(13)} ${kb(f.bytes).padStart(7)}（代码缓存 ${kb(f.cacheBytes)}）${lazy} → cloudfunctions/dist/${f.name}/`,
        );
      }
      console.log(`云函数构建完成 (${Date.now() - t} ms)`);
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
