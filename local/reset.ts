/**
 * `npm run reset`: wipe the local data folder (.local-data/, or DATA_DIR), the gateway's credentials with it;
 * the next `npm start` reseeds and generates new credentials.
 */
import { existsSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { homedir } from 'node:os';
import { resolve } from 'node:path';

const root = resolve(__dirname, '..');
const dataDir = resolve(root, process.env.DATA_DIR || '.local-data');
const gatewayPort = Number(process.env.GATEWAY_PORT || 5181);

function listening(port: number): Promise<boolean> {
  return new Promise((done) => {
    const s = connect({ host: '127.0.0.1', port });
    s.setTimeout(300);
    s.once('connect', () => (s.destroy(), done(true)));
    s.once('timeout', () => (s.destroy(), done(false)));
    s.once('error', () => done(false));
  });
}

async function main(): Promise<void> {
  if ([resolve('/'), root, homedir()].includes(dataDir)) throw new Error(`拒绝删除 ${dataDir}：DATA_DIR 应指向专用的数据目录`);
  if (await listening(gatewayPort)) throw new Error(`端口 ${gatewayPort} 上有服务在运行：请先停止 npm start（Ctrl-C），再清空数据`);
  if (!existsSync(dataDir)) {
    console.log(`数据目录 ${dataDir} 不存在，无需清空。`);
    return;
  }
  rmSync(dataDir, { recursive: true, force: true });
  console.log(
    `已清空本地数据 ${dataDir}（数据库、数据库网关凭据、登录会话、演示数据标记）。下次 npm start 会重新写入演示数据并生成新的网关凭据，连本地数据库的脚本需重新读取凭据文件。`,
  );
}

main().catch((err) => {
  console.error(`✗ ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
