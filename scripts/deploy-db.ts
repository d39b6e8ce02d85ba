/**
 * `npm run deploy:db`: create every collection of the manifest in a CloudBase environment and its indexes.
 * Credentials only from the environment: TCB_ENV_ID, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY.
 * `--dry-run` prints the plan without touching the cloud.
 */
import { dbPlan } from './db-plan';

async function main() {
  const plan = dbPlan();
  if (process.argv.includes('--dry-run')) {
    console.log(JSON.stringify(plan, null, 2));
    return;
  }
  const { TCB_ENV_ID: envId, TENCENTCLOUD_SECRETID: secretId, TENCENTCLOUD_SECRETKEY: secretKey } = process.env;
  if (!envId || !secretId || !secretKey) {
    console.error('请设置环境变量 TCB_ENV_ID、TENCENTCLOUD_SECRETID、TENCENTCLOUD_SECRETKEY 后再部署数据库（或加 --dry-run 只查看计划）');
    process.exit(2);
  }
  let CloudBase: new (cfg: object) => { database: any };
  try {
    CloudBase = require('@cloudbase/manager-node');
  } catch {
    console.error('需要 @cloudbase/manager-node：npm install --no-save @cloudbase/manager-node');
    process.exit(2);
  }
  const manager = new CloudBase({ secretId, secretKey, envId });
  for (const c of plan) {
    await manager.database.createCollectionIfNotExists(c.name);
    const existing: { IndexName: string }[] = (await manager.database.describeCollection(c.name)).Indexes ?? [];
    const missing = c.indexes.filter((ix) => !existing.some((e) => e.IndexName === ix.IndexName));
    if (missing.length) await manager.database.updateCollection(c.name, { CreateIndexes: missing });
    console.log(`✓ ${c.name}: ${c.indexes.length} 个索引（新建 ${missing.length} 个）`);
  }
}

main().catch((e) => {
  console.error('部署数据库失败：', e?.message ?? e);
  process.exit(1);
});
