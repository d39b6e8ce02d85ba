/**
 * `npm run deploy:db`: create every collection of the manifest in a CloudBase environment, its indexes, and
 * its security rule (the manifest's `security`, applied with ModifySafeRule and read back with
 * DescribeSafeRule: clients get no direct access, only functions touch the data).
 * Credentials only from the environment: TCB_ENV_ID, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY.
 * `--dry-run` prints the plan without touching the cloud.
 */
import { dbPlan } from './db-plan';

interface CommonService {
  call(opts: { Action: string; Param: Record<string, unknown> }): Promise<Record<string, unknown>>;
}
interface Manager {
  database: any;
  /** A method in current @cloudbase/manager-node (`commonService(service = 'tcb')`), a getter in old ones. */
  commonService: CommonService | ((service?: string) => CommonService);
}

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
  let CloudBase: new (cfg: object) => Manager;
  try {
    CloudBase = require('@cloudbase/manager-node');
  } catch {
    console.error('需要 @cloudbase/manager-node：npm install --no-save @cloudbase/manager-node');
    process.exit(2);
  }
  const manager = new CloudBase({ secretId, secretKey, envId });
  const common = typeof manager.commonService === 'function' ? manager.commonService('tcb') : manager.commonService;
  for (const c of plan) {
    await manager.database.createCollectionIfNotExists(c.name);
    const existing: { IndexName: string }[] = (await manager.database.describeCollection(c.name)).Indexes ?? [];
    const missing = c.indexes.filter((ix) => !existing.some((e) => e.IndexName === ix.IndexName));
    if (missing.length) await manager.database.updateCollection(c.name, { CreateIndexes: missing });

    await common.call({ Action: 'ModifySafeRule', Param: { EnvId: envId, CollectionName: c.name, ...c.securityRule } });
    const applied = (await common.call({ Action: 'DescribeSafeRule', Param: { EnvId: envId, CollectionName: c.name } })) as {
      AclTag?: string;
      Rule?: string | null;
    };
    if (applied.AclTag !== c.securityRule.AclTag || !sameRule(applied.Rule, c.securityRule.Rule))
      throw new Error(`${c.name} 的安全规则读回为 ${applied.AclTag} ${applied.Rule ?? ''}，与清单 ${c.securityRule.Rule} 不符`);
    console.log(`✓ ${c.name}: ${c.indexes.length} 个索引（新建 ${missing.length} 个），安全规则 ${c.securityRule.Rule}`);
  }
  console.log('安全规则生效可能有几分钟的缓存延迟。');
}

function sameRule(applied: string | null | undefined, wanted: string): boolean {
  try {
    const a = JSON.parse(applied ?? '') as Record<string, unknown>;
    const w = JSON.parse(wanted) as Record<string, unknown>;
    return Object.keys(w).every((k) => a[k] === w[k]) && Object.keys(a).every((k) => k in w);
  } catch {
    return false;
  }
}

main().catch((e) => {
  console.error('部署数据库失败：', e?.message ?? e);
  process.exit(1);
});
