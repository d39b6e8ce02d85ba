/**
 * `npm start`: the whole local CloudBase on this machine. Builds the functions (and the H5 client when it is
 * missing or stale), starts the database gateway on the persistent data folder, seeds the demo data once,
 * and serves the app with the function host and dev sign-in. Ctrl-C stops everything; data stays.
 *
 * Env: PORT (host, 5180) · GATEWAY_PORT (5181) · DATA_DIR (.local-data) · ADMIN_OPENIDS (extra admins).
 * ZCT_SKIP_BUILD=1 starts on the existing builds without rebuilding (tests that restart it several times).
 */
import { join, resolve } from 'node:path';
import { createGateway } from './gateway';
import { LOCAL_ENV_ID } from './host/context';
import { createHost, type Host } from './host';
import { DEMO_ADMIN_OPENIDS, DEMO_INVITATIONS, DEMO_USERS, seedOnce } from './seed';
import { COLLECTIONS } from '../shared/db/collections';
import { h5BuildReason, hasNpmScript, runNpmScript, runNpmScriptQuietly, step } from './host/start-steps';

const root = resolve(__dirname, '..');
const dataDir = resolve(root, process.env.DATA_DIR || '.local-data');
const port = Number(process.env.PORT || 5180);
const gatewayPort = Number(process.env.GATEWAY_PORT || 5181);
const extraAdmins = (process.env.ADMIN_OPENIDS ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

async function main(): Promise<void> {
  console.log('职称通 · 本地 CloudBase\n');

  let done = () => {};
  const skipBuild = process.env.ZCT_SKIP_BUILD === '1';
  if (skipBuild) console.log('✓ 跳过构建云函数 (ZCT_SKIP_BUILD=1)：使用现有的 cloudfunctions/dist');
  else {
    done = step('构建云函数 (npm run build:functions)');
    if (!runNpmScript(root, 'build:functions')) throw new Error('云函数构建失败，见上方输出');
    done();
  }

  const reason = skipBuild ? null : h5BuildReason(root);
  if (skipBuild) console.log('✓ 跳过构建 H5 客户端 (ZCT_SKIP_BUILD=1)：提供现有的 client/dist/h5（若有）');
  else if (!reason) console.log('✓ H5 客户端已是最新 (client/dist/h5)');
  else if (!hasNpmScript(root, 'build:h5')) console.log(`! H5 客户端${reason}，且没有 build:h5 脚本：先只提供云函数与开发登录`);
  else {
    done = step(`构建 H5 客户端 (npm run build:h5，${reason})`);
    if (await runNpmScriptQuietly(root, 'build:h5')) done();
    else console.log('✗ H5 客户端构建失败（见上方输出）：继续启动，先只提供云函数与开发登录');
  }

  done = step(`启动数据库网关 (数据目录 ${dataDir})`);
  const gateway = await listenOrExplain('GATEWAY_PORT', gatewayPort, () =>
    createGateway({
      dataDir: join(dataDir, 'db'),
      collections: COLLECTIONS,
      host: '127.0.0.1',
      port: gatewayPort,
    }),
  );
  done();

  const running: { host?: Host } = {};
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      console.log('再次收到信号，立即退出');
      process.exit(1);
    }
    stopping = true;
    console.log(`\n收到 ${signal}，正在停止…`);
    await running.host?.close().catch(() => undefined);
    await gateway.close().catch(() => undefined);
    console.log('已停止。数据保留在', dataDir);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  done = step('演示数据');
  const seed = await seedOnce({ gatewayUrl: gateway.url, gatewayCredentials: gateway.credentials, dataDir });
  if (seed.seeded)
    console.log(
      `  已写入 ${seed.counts.organizations} 个单位、${seed.counts.users} 位用户、${seed.counts.grants} 条授权、${seed.counts.invitations} 个邀请码、${seed.counts.rounds} 个评审轮次`,
    );
  else console.log(`  已于 ${seed.at} 写入过，保留现有数据（npm run reset 可清空重来）`);
  done();

  done = step('启动云函数宿主');
  const host = await listenOrExplain('PORT', port, () =>
    createHost({
      gatewayUrl: gateway.url,
      gatewayCredentials: gateway.credentials,
      functionsDir: join(root, 'cloudfunctions', 'dist'),
      adminOpenids: [...new Set([...DEMO_ADMIN_OPENIDS, ...extraAdmins])],
      h5Dir: join(root, 'client', 'dist', 'h5'),
      host: '127.0.0.1',
      port,
      sessionsFile: join(dataDir, 'sessions.json'),
      clockFile: join(dataDir, 'clock.json'),
      outbox: async () => (await gateway.outbox()) as unknown[],
      devUsers: async () => DEMO_USERS,
    }),
  );
  running.host = host;
  done();

  // The outbox sender: in CloudBase a timer trigger runs `notify`; here the host calls it every 15 s.
  const sender = setInterval(() => void host.invoke('notify', { Type: 'Timer', TriggerName: 'outbox-sender', Time: new Date().toISOString() }, { trigger: 'timer' }).catch(() => undefined), 15_000);
  sender.unref();

  printBanner(host.url, gateway.url, gateway.credentialsFile ?? '');
}

async function listenOrExplain<T>(envName: string, p: number, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (err) {
    if ((err as NodeJS.ErrnoException)?.code === 'EADDRINUSE') {
      throw new Error(`端口 ${p} 已被占用（是否已有一个 npm start 在运行？）。可用 ${envName}=<端口> 换一个。`);
    }
    throw err;
  }
}

function printBanner(appUrl: string, gatewayUrl: string, credentialsFile: string): void {
  const w = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].reduce((k, c) => k + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
  console.log(`
────────────────────────────────────────────────────────────
  应用（H5）     ${appUrl}
  数据库网关     ${gatewayUrl}
  数据库网关凭据：${credentialsFile}
                 （只接受用这对 secretId/secretKey 签名的请求；勿提交、勿外传；npm run reset 后重新生成）
  Node 脚本连接：process.env.TENCENTCLOUD = 'true';
                 const { secretId, secretKey } = JSON.parse(fs.readFileSync('${credentialsFile}', 'utf8'));
                 tcb.init({ env: '${LOCAL_ENV_ID}', serviceUrl: '${gatewayUrl}', secretId, secretKey })
  云函数调用     POST ${appUrl}/api/fn/<函数名>  { action, input }  + Authorization: Bearer <token>
  开发登录       GET ${appUrl}/dev/users · POST ${appUrl}/dev/signin { openid } · GET ${appUrl}/dev/outbox
  开发时钟       GET ${appUrl}/dev/clock · POST ${appUrl}/dev/clock { advanceDays }
────────────────────────────────────────────────────────────
  演示账号（在应用的「开发登录」中选择）`);
  for (const u of DEMO_USERS) console.log(`  ${w(u.openid, 20)} ${w(u.roleLabel, 16)} ${w(u.name, 8)} ${u.description}`);
  console.log('  演示邀请码：');
  for (const inv of DEMO_INVITATIONS)
    console.log(`  ${inv.code}  → ${inv.orgName}（${inv.role === 'employer_hr' ? '单位人事' : '推荐单位'}）`);
  console.log('────────────────────────────────────────────────────────────\n  按 Ctrl-C 停止；数据保留（npm run reset 清空）。\n');
}

main().catch((err) => {
  console.error(`✗ ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
