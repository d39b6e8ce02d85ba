/**
 * `npm test`: build what the suites need (functions always; the H5 app when stale), make sure the browser
 * tests have a browser, run every Jest project, and end with one plain line `N passed, N failed` summing
 * every suite. Extra arguments go to Jest (`--selectProjects unit`, a file path, …).
 *
 * On a fresh machine: when the browser tests are selected and Chromium is missing (CHROMIUM_PATH or
 * /usr/bin/chromium), and this runs as root on Debian (as CI does), Debian's Chromium is installed with
 * apt-get (bounded by CHROMIUM_INSTALL_TIMEOUT_MIN, 10). Otherwise — not root, no apt, CHROMIUM_PATH pointing
 * at nothing, CHROMIUM_INSTALL=0 — it says so and the browser suites fail fast with the same message.
 * The Jest run is bounded by TEST_TIMEOUT_MIN (30): past it, Jest's whole process group is killed and the
 * final line still comes, with the run counted as failed. Nothing here can hang.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runBounded } from './bounded';
import { ensureBuilt } from './ensure-built';

const root = join(__dirname, '..');
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Whether these Jest arguments select the e2e project (no selection at all runs every project). */
export function selectsE2e(args: string[]): boolean {
  const i = args.indexOf('--selectProjects');
  if (i >= 0) {
    const names: string[] = [];
    for (let j = i + 1; j < args.length && !args[j].startsWith('-'); j++) names.push(args[j]);
    return names.includes('e2e');
  }
  const inline = args.find((a) => a.startsWith('--selectProjects='));
  if (inline) return inline.slice('--selectProjects='.length).split(',').includes('e2e');
  const paths = args.filter((a) => !a.startsWith('-'));
  return paths.length === 0 || paths.some((a) => a.includes('e2e'));
}

export interface ChromiumCheck {
  ok: boolean;
  path: string;
  /** What went wrong, in Chinese and English, when not ok. */
  problem?: string;
}

const say = (zh: string, en: string) => console.log(`${zh}\n  ${en}`);

export interface ChromiumProbes {
  env: Record<string, string | undefined>;
  exists(path: string): boolean;
  isRoot: boolean;
  /** Run `apt-get update && apt-get install -y chromium`, bounded; resolves to what happened. */
  aptInstall(timeoutMs: number): Promise<{ status: number | null; timedOut: boolean; ms: number }>;
}

const realProbes = (): ChromiumProbes => ({
  env: process.env,
  exists: existsSync,
  isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
  aptInstall: (timeoutMs) =>
    runBounded('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
      cwd: root,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      timeoutMs,
    }),
});

/** Find the browser the e2e suites will launch, installing Debian's Chromium when that is possible. */
export async function ensureChromium(probes: ChromiumProbes = realProbes()): Promise<ChromiumCheck> {
  const { env, exists } = probes;
  const override = env.CHROMIUM_PATH;
  const path = override || DEBIAN_CHROMIUM;
  if (exists(path)) return { ok: true, path };
  const how = 'sudo apt-get update && sudo apt-get install -y chromium';
  if (override)
    return {
      ok: false,
      path,
      problem: `CHROMIUM_PATH=${override} 不存在，不自动安装。/ CHROMIUM_PATH=${override} does not exist; not installing anything.`,
    };
  if (env.CHROMIUM_INSTALL === '0')
    return {
      ok: false,
      path,
      problem: `没有 ${path}，且 CHROMIUM_INSTALL=0：请手动安装：${how} / no ${path} and CHROMIUM_INSTALL=0: install it: ${how}`,
    };
  const apt = exists('/etc/debian_version') && exists('/usr/bin/apt-get');
  if (!apt)
    return {
      ok: false,
      path,
      problem: `没有 ${path}，且这不是带 apt-get 的 Debian 系统：请安装 Chromium 并用 CHROMIUM_PATH 指向它。/ no ${path} and no Debian apt-get here: install Chromium and set CHROMIUM_PATH.`,
    };
  if (!probes.isRoot)
    return {
      ok: false,
      path,
      problem: `没有 ${path}，且不是 root，无法自动安装：请运行 ${how}，或用 CHROMIUM_PATH 指向已有的浏览器。/ no ${path} and not root, so it cannot be installed automatically: run ${how}, or set CHROMIUM_PATH.`,
    };

  const minutes = Number(env.CHROMIUM_INSTALL_TIMEOUT_MIN || 10);
  say(
    `▶ 浏览器测试需要 Chromium，本机没有 ${path}：正在安装 Debian 的 Chromium（apt-get update && apt-get install -y chromium，约 20 秒，最长 ${minutes} 分钟）…`,
    `The browser tests need Chromium and ${path} is missing: installing Debian's chromium with apt-get (about 20 s, at most ${minutes} min)…`,
  );
  const r = await probes.aptInstall(minutes * 60_000);
  if (r.status === 0 && exists(path)) {
    console.log(`✓ 已安装 Chromium（${path}，${(r.ms / 1000).toFixed(1)} s）/ installed Chromium`);
    return { ok: true, path };
  }
  return {
    ok: false,
    path,
    problem: r.timedOut
      ? `安装 Chromium 超过 ${minutes} 分钟，已终止。/ installing Chromium took longer than ${minutes} min and was stopped (CHROMIUM_INSTALL_TIMEOUT_MIN).`
      : `安装 Chromium 失败（apt-get 退出码 ${r.status}，见上方输出）。/ installing Chromium failed (apt-get exit ${r.status}, see above).`,
  };
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function readResults(file: string): Counts | null {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    return {
      passed: r.numPassedTests,
      failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0),
      skipped: r.numPendingTests + r.numTodoTests,
    };
  } catch {
    return null;
  }
}

function finish(c: Counts, ok: boolean, notes: string[]): never {
  for (const n of notes) console.log(n);
  const failed = !ok && c.failed === 0 ? 1 : c.failed;
  console.log(`\n${c.passed} passed, ${failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`);
  process.exit(ok && failed === 0 ? 0 : 1);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const e2e = selectsE2e(args);
  const notes: string[] = [];
  const none = { passed: 0, failed: 0, skipped: 0 };

  try {
    await ensureBuilt({ h5: e2e });
  } catch (err) {
    finish(none, false, [`✗ ${err instanceof Error ? err.message : String(err)}`]);
  }

  if (e2e) {
    const chromium = await ensureChromium();
    if (!chromium.ok) {
      const note = `✗ 浏览器测试（e2e）没有可用的 Chromium，这些测试会失败 / the browser tests (e2e) have no Chromium and fail:\n  ${chromium.problem}`;
      console.log(note);
      notes.push(note);
    }
  }

  const outDir = join(root, '.ci-results');
  mkdirSync(outDir, { recursive: true });
  const outFile = join(outDir, 'jest.json');
  rmSync(outFile, { force: true });
  const minutes = Number(process.env.TEST_TIMEOUT_MIN || 30);
  const jest = await runBounded(process.execPath, [require.resolve('jest/bin/jest'), '--json', `--outputFile=${outFile}`, ...args], {
    cwd: root,
    timeoutMs: minutes * 60_000,
    onTimeout: () =>
      console.log(
        `\n✗ Jest 超过 ${minutes} 分钟仍未结束，正在终止它的整个进程组（TEST_TIMEOUT_MIN）\n  Jest ran past ${minutes} min: killing its process group (TEST_TIMEOUT_MIN)`,
      ),
  });
  if (jest.timedOut) notes.push(`✗ 测试运行超时（${minutes} 分钟）/ the test run timed out after ${minutes} min`);

  const counts = readResults(outFile);
  if (!counts) notes.push('✗ 没有 Jest 的结果文件 / Jest wrote no results');
  finish(counts ?? none, !jest.timedOut && jest.status === 0 && counts !== null, notes);
}

if (require.main === module) void main();
