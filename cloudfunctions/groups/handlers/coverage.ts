import { AppError } from '../../../shared/errors/app-error';
import { maskUscc } from '../../../shared/auth/mask';
import type { DistrictCode } from '../../../shared/org/districts';
import { countsOf, coverageDistricts, coverageOf, coveragePlan, coverageRowOf, mayViewCoverage, summaryOf } from '../../../shared/groups/coverage';
import type { Handler } from '../../kit/dispatch';
import { GC, readAll } from '../store';

/**
 * Coverage of 第六条's groups (shared/groups/coverage): a district's enterprises by id (name order), the
 * organizations of the district with an active member, both read in pages of 1,000 fields-only on their indexes;
 * the uncovered page's names read last for those ids only.
 */
export const districtCoverage: Handler<'groups', 'coverage'> = async (input, ctx) => {
  if (!mayViewCoverage(ctx.actor, input.district)) throw new AppError('FORBIDDEN', '您只能查看本辖区的联络群覆盖情况');
  const { db } = ctx;
  const _ = db.command;
  const e = coveragePlan.enterprises(input.district);
  const m = coveragePlan.members(input.district);
  const [enterprises, members, groups] = await Promise.all([
    readAll<{ _id: string }>(db, e.collection, e.where, e.order, e.fields),
    readAll<{ orgId: string }>(db, m.collection, m.where, m.order, m.fields),
    db.collection(GC.groups).where({ district: input.district, status: 'active' }).count(),
  ]);
  const c = coverageOf(
    enterprises.map((o) => o._id),
    members.map((x) => x.orgId),
  );
  const start = (input.page - 1) * input.pageSize;
  const pageIds = c.uncoveredIds.slice(start, start + input.pageSize);
  const named = pageIds.length
    ? ((await db.collection('organizations').where({ _id: _.in(pageIds) }).field({ _id: true, name: true, industry: true, uscc: true }).limit(pageIds.length).get()).data as {
        _id: string;
        name: string;
        industry?: string;
        uscc?: string;
      }[])
    : [];
  const byId = new Map(named.map((o) => [o._id, o]));
  const { uncoveredIds, ...counts } = c;
  void uncoveredIds;
  return {
    row: coverageRowOf(input.district, counts, groups.total),
    uncovered: pageIds.flatMap((id) => {
      const o = byId.get(id);
      return o ? [{ orgId: id, name: o.name, industry: o.industry ?? null, usccMasked: maskUscc(o.uscc ?? '') }] : [];
    }),
    total: c.uncovered,
  };
};

/** Every district in three grouped queries (enterprises, distinct covered organizations, active groups), not one per district. */
export const cityCoverage: Handler<'groups', 'coverage.city'> = async (_input, ctx) => {
  const districts = coverageDistricts(ctx.actor);
  if (districts.length === 0) throw new AppError('FORBIDDEN', '只有人社部门工作人员可以查看联络群覆盖情况');
  const { db } = ctx;
  const _ = db.command;
  const $ = db.command.aggregate;
  const scope = { district: _.in(districts) };
  const [orgs, covered, groups] = await Promise.all([
    db.collection(coveragePlan.cityEnterprises.collection).aggregate().match({ ...coveragePlan.cityEnterprises.match, ...scope }).group({ _id: '$district', n: $.sum(1) }).limit(100).end(),
    db
      .collection(coveragePlan.cityMembers.collection)
      .aggregate()
      .match({ ...coveragePlan.cityMembers.match, orgDistrict: _.in(districts) })
      .group({ _id: { d: '$orgDistrict', o: '$orgId' } })
      .group({ _id: '$_id.d', n: $.sum(1) })
      .limit(100)
      .end(),
    db.collection(GC.groups).aggregate().match({ status: 'active', ...scope }).group({ _id: '$district', n: $.sum(1) }).limit(100).end(),
  ]);
  const count = (res: { data: unknown }) => new Map((res.data as { _id: DistrictCode; n: number }[]).map((r) => [r._id, r.n]));
  const [e, c, g] = [count(orgs), count(covered), count(groups)];
  const rows = districts.map((d) => {
    const n = e.get(d) ?? 0;
    // Joining checks the enterprise is an employer of that district; an organization changed since is not counted twice.
    return coverageRowOf(d, countsOf(n, Math.min(c.get(d) ?? 0, n)), g.get(d) ?? 0);
  });
  return { rows, summary: summaryOf(rows) };
};
