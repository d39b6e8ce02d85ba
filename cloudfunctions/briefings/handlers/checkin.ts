import { AppError } from '../../../shared/errors/app-error';
import type { CheckIn, Rating } from '../../../shared/briefings';
import { checkInId, currentCode, rate, ratingId, ratingSummary, SCORE_LABELS, validateCheckIn } from '../../../shared/briefings';
import { cloud } from '../../kit/cloud';
import type { Handler } from '../../kit/dispatch';
import { auditEntry } from '../../kit/audit';
import { isDuplicate, putDoc, readDoc } from '../../kit/docs';
import { C, isStaffOf, notFound, signer, visible } from '../store';

/** Check in with the typed code or the scanned scene; one insert-once document per person. */
export const checkInBriefing: Handler<'briefings', 'checkIn'> = async (input, ctx) => {
  const { s, r } = await visible(ctx, input.id);
  const id = checkInId(s.id, ctx.actor.openid);
  const already = !!(await readDoc<CheckIn>(ctx.db, C.checkins, id));
  const d = validateCheckIn(s, r, ctx.actor.openid, input.code, already, ctx.now, signer());
  if (!d.ok) throw new AppError(d.code, d.message, d.issues);
  try {
    await ctx.db.collection(C.checkins).add({ _id: id, ...d.checkIn });
  } catch (err) {
    if (isDuplicate(err)) throw new AppError('NOT_ALLOWED_NOW', '您已签到');
    throw err;
  }
  await putDoc(ctx.db, 'audit', {
    ...auditEntry({
      at: d.checkIn.at,
      actor: ctx.actor.openid,
      action: 'briefing.check_in',
      target: `briefings/${s.id}`,
      requestId: ctx.requestId,
    }),
  });
  return { checkedInAt: d.checkIn.at, topic: s.topic };
};

/** The organizer's current code; in the weapp a mini-program code (wxacode.getUnlimited) whose scene is `<id>.<code>`. */
export const checkInCode: Handler<'briefings', 'checkIn.code'> = async (input, ctx) => {
  const { s } = await visible(ctx, input.id);
  if (!isStaffOf(ctx.actor, s)) throw new AppError('FORBIDDEN', '只有主办部门可以查看签到码');
  if (s.status === 'cancelled') throw new AppError('NOT_ALLOWED_NOW', '这场宣讲已取消');
  const c = currentCode(s, ctx.now, signer());
  if (!c) throw new AppError('NOT_ALLOWED_NOW', '签到时间为宣讲开始前 30 分钟到结束后 30 分钟');
  let wxacodeBase64: string | undefined;
  try {
    const res = (await cloud().callWxOpenApi({
      apiName: '/wxa/getwxacodeunlimit',
      requestData: {
        scene: c.scene,
        page: 'packages/notices/checkin/index',
        check_path: false,
        env_version: process.env.WX_MINIPROGRAM_STATE === 'developer' ? 'develop' : 'release',
        width: 430,
      },
    })) as { result?: unknown };
    if (Buffer.isBuffer(res?.result)) wxacodeBase64 = res.result.toString('base64');
  } catch {
    // The typed code still works.
  }
  return { code: c.code, expiresAt: c.expiresAt, scene: c.scene, ...(wxacodeBase64 ? { wxacodeBase64 } : {}) };
};

export const rateBriefing: Handler<'briefings', 'rate'> = async (input, ctx) => {
  const { s } = await visible(ctx, input.id);
  const [checkIn, existing] = await Promise.all([
    readDoc<CheckIn>(ctx.db, C.checkins, checkInId(s.id, ctx.actor.openid)),
    readDoc<Rating>(ctx.db, C.ratings, ratingId(s.id, ctx.actor.openid)),
  ]);
  const d = rate(s, checkIn, existing, { score: input.score, ...(input.comment ? { comment: input.comment } : {}) }, ctx.now);
  if (!d.ok) throw new AppError(d.code, d.message, d.issues);
  try {
    await ctx.db.collection(C.ratings).add({ _id: ratingId(s.id, ctx.actor.openid), ...d.rating });
  } catch (err) {
    if (isDuplicate(err)) throw new AppError('NOT_ALLOWED_NOW', '您已评价过这场宣讲');
    throw err;
  }
  return { rated: true as const };
};

export const briefingRatings: Handler<'briefings', 'ratings.summary'> = async (input, ctx) => {
  const { s } = await visible(ctx, input.id);
  if (!isStaffOf(ctx.actor, s)) throw notFound();
  const res = await ctx.db.collection(C.ratings).where({ sessionId: s.id }).orderBy('at', 'desc').limit(500).get();
  const ratings = res.data as Rating[];
  return {
    summary: ratingSummary(ratings),
    comments: ratings
      .filter((x) => x.comment)
      .map((x) => ({ score: x.score, label: SCORE_LABELS[x.score], comment: x.comment!, at: x.at })),
  };
};
