/** Build the cloud functions, and the H5 app when it is missing or stale (the same rule as `npm start`). */
import { join } from 'node:path';
import { h5BuildReason, runNpmScript, step } from '../local/host/start-steps';

const root = join(__dirname, '..');

export function ensureBuilt(opts: { h5: boolean }): void {
  let done = step('构建云函数 (npm run build:functions)');
  if (!runNpmScript(root, 'build:functions')) throw new Error('云函数构建失败');
  done();
  const reason = opts.h5 ? h5BuildReason(root) : null;
  if (reason) {
    done = step(`构建 H5 前端（${reason}），约 20–60 秒`);
    if (!runNpmScript(root, 'build:h5')) throw new Error('H5 构建失败');
    done();
  }
}
