/**
 * `npm test` itself on a fresh machine: a browser suite without a browser fails clearly and Jest exits (it
 * used to hang on the host the suite had started); the runner's hard timeout kills a hung process tree; the
 * Chromium decision (install with apt-get as root on Debian, explain otherwise); project selection.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBounded } from '../../scripts/bounded';
import { ensureChromium, selectsE2e, type ChromiumProbes } from '../../scripts/test';

const root = join(__dirname, '..', '..');

/** Alive = has a /proc entry that is not a zombie (a container's PID 1 may never reap). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

test('a browser suite without a browser fails with a clear message and Jest exits (no hang)', async () => {
  const config = {
    rootDir: root,
    testMatch: ['<rootDir>/test/fixtures/e2e-without-browser/*.fixture.ts'],
    testEnvironment: 'node',
    transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2020' } }] },
  };
  const dir = mkdtempSync(join(tmpdir(), 'zct-runner-'));
  const log = join(dir, 'out.log');
  try {
    const r = await runBounded(
      'sh',
      ['-c', `"${process.execPath}" "${require.resolve('jest/bin/jest')}" --ci --config '${JSON.stringify(config)}' > "${log}" 2>&1`],
      { cwd: root, env: { ...process.env, CHROMIUM_PATH: join(dir, 'no-chromium') }, timeoutMs: 40_000, graceMs: 1_000 },
    );
    const out = readFileSync(log, 'utf8');
    expect({ timedOut: r.timedOut, hung: out.includes('did not exit') }).toEqual({ timedOut: false, hung: false });
    expect(r.status).toBe(1);
    expect(out).toContain('找不到 Chromium');
    expect(out).toContain('Chromium not found');
    expect(out).toMatch(/Tests:\s+1 failed, 1 total/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test('the hard timeout kills the whole process group, grandchildren included', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zct-bounded-'));
  const pidFile = join(dir, 'grandchild.pid');
  const script = [
    "const { spawn } = require('node:child_process');",
    "const g = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });",
    `require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(g.pid));`,
    "process.on('SIGTERM', () => {});", // a leader that ignores SIGTERM: SIGKILL after the grace period
    'setInterval(() => {}, 1000);',
  ].join('\n');
  let timeouts = 0;
  try {
    const r = await runBounded(process.execPath, ['-e', script], {
      stdio: 'ignore',
      timeoutMs: 1_500,
      graceMs: 500,
      onTimeout: () => timeouts++,
    });
    expect(r.timedOut).toBe(true);
    expect(timeouts).toBe(1);
    expect(r.ms).toBeLessThan(6_000);
    expect(existsSync(pidFile)).toBe(true);
    const grandchild = Number(readFileSync(pidFile, 'utf8'));
    for (let i = 0; i < 20 && alive(grandchild); i++) await new Promise((res) => setTimeout(res, 100));
    expect(alive(grandchild)).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 20_000);

test('a command that finishes in time is not touched', async () => {
  const r = await runBounded(process.execPath, ['-e', 'process.exit(3)'], { stdio: 'ignore', timeoutMs: 10_000 });
  expect(r).toMatchObject({ status: 3, timedOut: false });
  expect(await runBounded('/no/such/command', [], { stdio: 'ignore', timeoutMs: 1_000 })).toMatchObject({ status: 127, timedOut: false });
});

describe('Chromium for the browser tests', () => {
  beforeEach(() => jest.spyOn(console, 'log').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());
  const probes = (o: Partial<ChromiumProbes> & { files?: string[] }): ChromiumProbes & { installs: number } => {
    const files = new Set(o.files ?? []);
    const p = {
      env: o.env ?? {},
      isRoot: o.isRoot ?? true,
      exists: (f: string) => files.has(f),
      installs: 0,
      aptInstall:
        o.aptInstall ??
        (async () => {
          p.installs++;
          files.add('/usr/bin/chromium');
          return { status: 0, timedOut: false, ms: 1 };
        }),
    };
    return p;
  };
  const debian = ['/etc/debian_version', '/usr/bin/apt-get'];

  test('present: nothing to do', async () => {
    const p = probes({ files: ['/usr/bin/chromium'] });
    expect(await ensureChromium(p)).toEqual({ ok: true, path: '/usr/bin/chromium' });
    expect(p.installs).toBe(0);
  });

  test('missing, root on Debian: installed with apt-get', async () => {
    const p = probes({ files: debian });
    expect(await ensureChromium(p)).toEqual({ ok: true, path: '/usr/bin/chromium' });
    expect(p.installs).toBe(1);
  });

  test('missing and cannot be installed: a reason in Chinese and English, no install attempt', async () => {
    for (const [p, says] of [
      [probes({ files: debian, isRoot: false }), '不是 root'],
      [probes({ files: [] }), 'Debian'],
      [probes({ files: debian, env: { CHROMIUM_PATH: '/opt/none/chrome' } }), 'CHROMIUM_PATH=/opt/none/chrome'],
      [probes({ files: debian, env: { CHROMIUM_INSTALL: '0' } }), 'CHROMIUM_INSTALL=0'],
    ] as const) {
      const r = await ensureChromium(p);
      expect(r.ok).toBe(false);
      expect(r.problem).toContain(says);
      expect(r.problem).toMatch(/[\u4e00-\u9fff].*\/ [a-zA-Z]/);
      expect(p.installs).toBe(0);
    }
  });

  test('apt-get fails or runs out of time: not ok, and why', async () => {
    const failed = await ensureChromium(probes({ files: debian, aptInstall: async () => ({ status: 100, timedOut: false, ms: 1 }) }));
    expect(failed).toMatchObject({ ok: false, problem: expect.stringContaining('apt-get exit 100') });
    const slow = await ensureChromium(probes({ files: debian, aptInstall: async () => ({ status: null, timedOut: true, ms: 1 }) }));
    expect(slow).toMatchObject({ ok: false, problem: expect.stringContaining('CHROMIUM_INSTALL_TIMEOUT_MIN') });
  });
});

test('which arguments select the browser suites', () => {
  expect(selectsE2e([])).toBe(true);
  expect(selectsE2e(['--ci'])).toBe(true);
  expect(selectsE2e(['--selectProjects', 'unit'])).toBe(false);
  expect(selectsE2e(['--selectProjects', 'unit', 'e2e'])).toBe(true);
  expect(selectsE2e(['--selectProjects=integration,e2e'])).toBe(true);
  expect(selectsE2e(['test/integration/host.test.ts'])).toBe(false);
  expect(selectsE2e(['test/e2e/me.test.ts'])).toBe(true);
});
