/**
 * Build the cloud functions, and the H5 app when it is missing or stale (the same rule as `npm start`).
 * Each build is bounded (BUILD_TIMEOUT_MIN, 10 minutes): a stuck build is killed with its process group.
 */
import { join } from 'node:path';
import { h5BuildReason, step } from '../local/host/start-steps';
import { runBounded } from './bounded';

const root = join(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

async function build(script: string, label: string): Promise<void> {
  const minutes = Number(process.env.BUILD_TIMEOUT_MIN || 10);
  const done = step(label);
  const r = await runBounded(npm, ['run', '--silent', script], { cwd: root, timeoutMs: minutes * 60_000 });
  if (r.timedOut)
    throw new Error(`npm run ${script} 超过 ${minutes} 分钟未完成，已终止 / did not finish within ${minutes} min (BUILD_TIMEOUT_MIN)`);
  if (r.status !== 0) throw new Error(`npm run ${script} 失败（见上方输出）/ failed (see above)`);
  done();
}

export async function ensureBuilt(opts: { h5: boolean }): Promise<void> {
  await build('build:functions', '构建云函数 (npm run build:functions)');
  const reason = opts.h5 ? h5BuildReason(root) : null;
  if (reason) await build('build:h5', `构建 H5 前端（${reason}），约 20–60 秒`);
}
