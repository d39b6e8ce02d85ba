import { POLICY_MATCH_RULES, nextWatch, staffCounts, type PolicyWatch } from '../../../shared/announcements/policy-match';
import { staffOrgIds } from '../../../shared/auth/policy';
import { AppError } from '../../../shared/errors/app-error';
import { chinaDate } from '../../../shared/policy';
import { auditEntry } from '../../kit/audit';
import type { Handler } from '../../kit/dispatch';
import { putDoc, readDoc } from '../../kit/docs';
import { inTransaction } from '../../kit/transaction';
import { latestCheck, POLICY_WATCHES, readWatch } from '../policy-match';

/** What the person sees of their consent. */
function view(w: PolicyWatch | null, hasCheck: boolean) {
  const consent = !!w?.consent;
  const text = !consent
    ? '未开启：有适合您的申报机会时不会提醒您。'
    : !hasCheck
      ? '已开启：保存自测结果后，按结果提醒您。'
      : `已开启：有适合您的评审轮次开始申报${w?.dueFrom ? `，或到 ${w.dueFrom} 您可能符合申报条件时` : ''}，会提醒您（结果以审核为准）。`;
  return { consent, consentAt: w?.consentAt ?? null, hasCheck, dueFrom: consent ? (w?.dueFrom ?? null) : null, text };
}

export const getPolicyMatch: Handler<'eligibility', 'policyMatch.get'> = async (_input, { actor, db }) => {
  const w = await readWatch(db, actor.openid);
  const has = (await db.collection('eligibility_checks').where({ openid: actor.openid }).limit(1).count()).total > 0;
  return view(w, has);
};

/** Agree or withdraw: one document per person (id = the caller's OPENID), audited like the profile. */
export const setPolicyMatch: Handler<'eligibility', 'policyMatch.set'> = async (input, { actor, db, now, requestId }) => {
  const check = input.consent ? await latestCheck(db, actor.openid) : null;
  const at = now.toISOString();
  let saved: PolicyWatch | null = null;
  await inTransaction(db, async (tx) => {
    const prev = await readDoc<PolicyWatch>(tx, POLICY_WATCHES, actor.openid);
    const next = nextWatch(prev, actor.openid, { consent: input.consent, check }, chinaDate(now), now);
    await putDoc(tx, POLICY_WATCHES, { _id: actor.openid, ...next });
    if (prev?.consent !== next.consent)
      await putDoc(tx, 'audit', {
        ...auditEntry({ at, actor: actor.openid, action: 'eligibility.policyMatch.set', target: `${POLICY_WATCHES}/${actor.openid}`, from: { consent: !!prev?.consent }, to: { consent: next.consent }, requestId }),
      });
    saved = next;
  });
  return view(saved, !!check || (await db.collection('eligibility_checks').where({ openid: actor.openid }).limit(1).count()).total > 0);
};

/**
 * Employer HR of `orgId` only (rule policy-match-staff-counts): how many of the staff (recipients tied to the
 * employer) are likely eligible, by series. Counts only, small counts masked; authorized before any read.
 */
export const staffCountsHandler: Handler<'eligibility', 'staff.counts'> = async (input, { actor, db }) => {
  if (!staffOrgIds(actor, 'employer_hr').includes(input.orgId)) throw new AppError('FORBIDDEN', '只有本单位的人事可以查看本单位职工的自测统计');
  const org = await readDoc<{ name: string; type: string }>(db, 'organizations', input.orgId);
  if (!org) throw new AppError('NOT_FOUND', '单位不存在');
  const _ = db.command;
  const rows: { openid: string; eligibility?: string[]; titles?: string[] }[] = [];
  let after = '';
  // Bounded: 10 pages of 1,000 (CloudBase's query limit), i.e. up to 10,000 staff.
  for (let i = 0; i < 10; i++) {
    const res = await db
      .collection('recipients')
      .where({ employers: input.orgId, openid: _.gt(after) })
      .orderBy('openid', 'asc')
      .limit(1000)
      .field({ openid: true, eligibility: true, titles: true })
      .get();
    const page = res.data as typeof rows;
    rows.push(...page);
    if (page.length < 1000) break;
    after = page[page.length - 1].openid;
  }
  const r = POLICY_MATCH_RULES.staffCounts;
  return { orgName: org.name, ...staffCounts(rows), rule: { id: r.id, title: r.title, reading: r.reading } };
};
