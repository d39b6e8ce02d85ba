import { dbPlan } from '../../scripts/db-plan';
import { COLLECTIONS } from '../../shared/db/collections';

describe('the collection manifest at deploy time', () => {
  it('creates every declared collection with every index, in CloudBase’s index shape', () => {
    const plan = dbPlan();
    expect(plan.map((c) => c.name)).toEqual(Object.keys(COLLECTIONS));
    const users = plan.find((c) => c.name === 'users')!;
    expect(users.indexes).toEqual([
      { IndexName: 'openid_unique', MgoKeySchema: { MgoIndexKeys: [{ Name: 'openid', Direction: '1' }], MgoIsUnique: true } },
    ]);
    const audit = plan.find((c) => c.name === 'audit')!;
    expect(audit.indexes[1].MgoKeySchema.MgoIndexKeys).toEqual([
      { Name: 'target', Direction: '1' },
      { Name: 'at', Direction: '-1' },
    ]);
  });
});
