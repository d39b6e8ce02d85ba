import { AppError } from '../../../shared/errors/app-error';
import { refreshQuietly } from '../../kit/recipients';
import type { EligibilityResult } from '../../../shared/policy';
import { chinaDate } from '../../../shared/time/dates';
import type { GreenWindowException } from '../../../shared/workflow';
import { create, greenWindowOf, openGreenOutsideWindow } from '../../../shared/workflow';
import type { Handler } from '../../kit/dispatch';
import { putDoc, readDoc } from '../../kit/docs';
import { newId } from '../../kit/ids';
import { inTransaction } from '../../kit/transaction';
import { deliverOutbox } from '../deliver';
import { strip } from '../act';
import { detailFor } from '../views';
import { loadApp, toDoc } from '../documents';
import { writeEffects } from '../effects';
import { countChange } from '../counters';

interface CheckDoc {
  _id: string;
  openid: string;
  result: EligibilityResult;
}
interface OrgDoc {
  _id: string;
  type: string;
  name: string;
  district: string;
}

async function employerOf(db: Parameters<typeof readDoc>[0], orgId: string) {
  const org = await readDoc<OrgDoc>(db, 'organizations', orgId);
  if (!org || org.type !== 'employer') {
    throw new AppError('NOT_FOUND', '申报单位不存在或不是已登记的用人单位', [{ path: 'employerOrgId', message: '请选择已登记的申报单位' }]);
  }
  return { orgId, name: org.name, district: org.district };
}

/** Start an application from the caller's own saved self-check; the route comes from the server's saved result. */
export const createApplication: Handler<'applications', 'create'> = async (input, ctx) => {
  const { actor, db, now } = ctx;
  const check = await readDoc<CheckDoc>(db, 'eligibility_checks', input.checkId);
  if (!check || check.openid !== actor.openid) throw new AppError('NOT_FOUND', '这条自测记录不存在', [{ path: 'checkId', message: '请先完成自测并保存' }]);
  const route = check.result.routes.find((r) => r.id === input.routeId);
  if (!route) throw new AppError('VALIDATION', '自测结果里没有这条申报路径', [{ path: 'routeId', message: '请从自测结果中选择申报路径' }]);
  const users = await db.collection('users').where({ openid: actor.openid }).limit(1).get();
  const user = users.data[0] as { name?: string } | undefined;
  if (!user?.name) throw new AppError('NOT_ALLOWED_NOW', '请先在“我的”中填写姓名');
  const employer = await employerOf(db, input.employerOrgId);

  const _ = db.command;
  const open = await db
    .collection('applications')
    .where({ applicantOpenid: actor.openid, open: true, series: route.title.series, 'title.level': route.title.level })
    .count();
  if (open.total > 0) throw new AppError('NOT_ALLOWED_NOW', `您已有一份“${route.title.titleName}”的申报正在办理，不能重复申报`);

  let round: Record<string, unknown> | undefined;
  if (input.roundId) {
    const r = await readDoc<Record<string, unknown>>(db, 'rounds', input.roundId);
    if (!r) throw new AppError('NOT_FOUND', '该评审轮次不存在或已撤下', [{ path: 'roundId', message: '请重新选择评审轮次' }]);
    round = { id: input.roundId, name: r.name, applyFrom: r.applyFrom, applyTo: r.applyTo, ...(r.defenseFrom ? { defenseFrom: r.defenseFrom, defenseTo: r.defenseTo } : {}) };
  }

  let exception: GreenWindowException | undefined;
  const today = chinaDate(now);
  if (input.workflow === 'green_channel' && !greenWindowOf(today).open) {
    const ex = await db
      .collection('green_exceptions')
      .where({ applicantOpenid: actor.openid, 'employer.orgId': employer.orgId, validUntil: _.gte(today), usedBy: null })
      .orderBy('grantedAt', 'desc')
      .limit(1)
      .get();
    const found = ex.data[0] as (GreenWindowException & { _id: string }) | undefined;
    if (found) exception = { ...found, id: found._id };
  }

  const id = newId();
  const r = create(
    { id, workflow: input.workflow, applicantName: user.name, employer, route, checkId: input.checkId, rulesetVersion: check.result.rulesetVersion, ...(round ? { round } : {}) },
    actor,
    now,
    { exception },
  );
  if (!r.ok) throw new AppError(r.code, r.message, r.issues);
  const lockId = `${actor.openid}:${route.title.series}:${route.title.level}`;
  const outboxIds = await inTransaction(db, async (tx) => {
    // One open application per person and title, also under concurrent creates: a lock document per title.
    const lock = await readDoc<{ applicationId: string }>(tx, 'open_titles', lockId);
    if (lock) {
      const held = await loadApp(tx, lock.applicationId);
      if (held?.open) throw new AppError('NOT_ALLOWED_NOW', `您已有一份“${route.title.titleName}”的申报正在办理，不能重复申报`);
    }
    await putDoc(tx, 'open_titles', { _id: lockId, applicationId: id, at: now.toISOString() });
    const doc = toDoc(r.next);
    await tx.collection('applications').doc(id).set(strip(doc));
    await countChange(tx, null, doc);
    if (exception) await tx.collection('green_exceptions').doc(exception.id).update({ usedBy: id });
    return writeEffects(tx, db, r.effects, { requestId: ctx.requestId, now, applicationId: id });
  });
  if (outboxIds.length) await deliverOutbox(db, now, { ids: outboxIds }).catch(() => undefined);
  // The employer applied through now ties the person to its district and industry (targeting).
  await refreshQuietly(db, [actor.openid], now);
  return detailFor(ctx, r.next);
};

/** 第八条 一事一议: an officer records the exception that lets one person apply by green channel outside its month. */
export const openGreenException: Handler<'applications', 'greenException.open'> = async (input, ctx) => {
  const { actor, db, now } = ctx;
  const employer = await employerOf(db, input.employerOrgId);
  const id = newId();
  const r = openGreenOutsideWindow(actor, now, {
    id,
    applicantOpenid: input.applicantOpenid,
    employer,
    reason: input.reason,
    ...(input.validDays ? { validDays: input.validDays } : {}),
  });
  if (!r.ok) throw new AppError(r.code, r.message, r.issues);
  const { id: _id, ...body } = r.next;
  const outboxIds = await inTransaction(db, async (tx) => {
    await putDoc(tx, 'green_exceptions', { _id: id, ...body, usedBy: null });
    return writeEffects(tx, db, r.effects, { requestId: ctx.requestId, now });
  });
  if (outboxIds.length) await deliverOutbox(db, now, { ids: outboxIds }).catch(() => undefined);
  return { id, validUntil: r.next.validUntil };
};
