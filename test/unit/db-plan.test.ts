import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { cloudSafeRule, dbPlan } from '../../scripts/db-plan';
import { COLLECTIONS, FUNCTIONS_ONLY } from '../../shared/db/collections';

describe('the collection manifest at deploy time', () => {
  it('creates every declared collection with every index, in CloudBase’s index shape', () => {
    const plan = dbPlan();
    expect(plan.map((c) => c.name)).toEqual(Object.keys(COLLECTIONS));
    const users = plan.find((c) => c.name === 'users')!;
    expect(users.indexes[0]).toEqual({ IndexName: 'openid_unique', MgoKeySchema: { MgoIndexKeys: [{ Name: 'openid', Direction: '1' }], MgoIsUnique: true } });
    expect(users.indexes.map((i) => i.IndexName)).toEqual(['openid_unique', 'name', 'phone', 'person_ref']);
    const audit = plan.find((c) => c.name === 'audit')!;
    expect(audit.indexes[1].MgoKeySchema.MgoIndexKeys).toEqual([
      { Name: 'target', Direction: '1' },
      { Name: 'at', Direction: '-1' },
    ]);
  });

  it('gives every collection the security rule “no direct client access” (functions only), as ModifySafeRule takes it', () => {
    for (const [name, spec] of Object.entries(COLLECTIONS)) expect([name, spec.security]).toEqual([name, { read: false, write: false }]);
    for (const c of dbPlan()) {
      expect(c.securityRule).toEqual({ AclTag: 'CUSTOM', Rule: '{"read":false,"write":false}' });
      // JSON booleans, not the strings "false" (CloudBase accepts only the former).
      expect(JSON.parse(c.securityRule.Rule)).toStrictEqual({ read: false, write: false });
    }
  });

  it('takes the rule from the manifest, the one place it is declared', () => {
    const plan = dbPlan({
      notes: { indexes: [], security: { read: 'auth.openid == doc._openid', write: false } },
      locked: { indexes: [], security: FUNCTIONS_ONLY },
    });
    expect(plan.map((c) => c.securityRule)).toEqual([
      { AclTag: 'CUSTOM', Rule: '{"read":"auth.openid == doc._openid","write":false}' },
      cloudSafeRule(FUNCTIONS_ONLY),
    ]);
  });

  it('`npm run deploy:db -- --dry-run` prints the plan with each collection’s rule and touches nothing', () => {
    const root = path.resolve(__dirname, '../..');
    const env = { ...process.env, TCB_ENV_ID: '', TENCENTCLOUD_SECRETID: '', TENCENTCLOUD_SECRETKEY: '' };
    const out = execFileSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/deploy-db.ts', '--dry-run'], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    const printed = JSON.parse(out) as { name: string; securityRule: unknown }[];
    expect(printed).toEqual(dbPlan());
    expect(
      printed.every((c) => JSON.stringify(c.securityRule) === JSON.stringify({ AclTag: 'CUSTOM', Rule: '{"read":false,"write":false}' })),
    ).toBe(true);
  }, 30_000);
});
