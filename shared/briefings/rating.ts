import { z } from 'zod';
import type { Refusal } from '../workflow/refusal';
import { refuse } from '../workflow/refusal';
import type { CheckIn } from './checkin';
import { BRIEFING_RULES } from './rules';
import type { Session } from './session';

/**
 * Rating a session (好差评, the State Council's 2019 practice for government services): five levels, one
 * rating per person who checked in, with a reason required for the two lowest (rule `briefing-rating`).
 */
export const SCORES = [5, 4, 3, 2, 1] as const;
export type Score = (typeof SCORES)[number];
export const SCORE_LABELS: Record<Score, string> = { 5: '非常满意', 4: '满意', 3: '基本满意', 2: '不满意', 1: '非常不满意' };

const P = BRIEFING_RULES.rating.parameters;
const DAY = 86_400_000;

/** The fields of a rating, and the rule that the two lowest need a reason (for schemas that add fields, e.g. the contract's id). */
export const RATING_SHAPE = {
  score: z.union(SCORES.map((s) => z.literal(s)) as unknown as [z.ZodLiteral<5>, z.ZodLiteral<4>, z.ZodLiteral<3>, z.ZodLiteral<2>, z.ZodLiteral<1>], {
    error: '请选择评价：非常满意、满意、基本满意、不满意或非常不满意',
  }),
  comment: z
    .string({ error: '评价内容应为文字' })
    .trim()
    .max(P.commentMax, `评价内容不超过 ${P.commentMax} 个字`)
    .optional(),
};
export function commentRequired(v: { score: Score; comment?: string }, ctx: z.RefinementCtx): void {
  if (v.score <= P.commentRequiredAtOrBelow && !v.comment) ctx.addIssue({ code: 'custom', path: ['comment'], message: `评“${SCORE_LABELS[v.score]}”请写明原因，帮助我们改进` });
}
export const ratingInputSchema = z.strictObject(RATING_SHAPE).superRefine(commentRequired);
export type RatingInput = z.input<typeof ratingInputSchema>;

export interface Rating {
  sessionId: string;
  openid: string;
  score: Score;
  comment?: string;
  at: string;
}

/** One rating document per person and session (`ratingId`): inserting a second fails. */
export function ratingId(sessionId: string, openid: string): string {
  return `${sessionId}:${openid}`;
}

/** Why `openid` may not rate `s` now, or null. */
export function ratingClosed(s: Pick<Session, 'status' | 'endsAt'>, checkIn: CheckIn | null, existing: Rating | null, now: Date, p = P): string | null {
  if (s.status === 'cancelled') return '这场宣讲已取消';
  if (!checkIn) return '签到后才能评价';
  if (existing) return '您已评价过这场宣讲';
  if (now.getTime() < Date.parse(s.endsAt)) return '宣讲结束后才能评价';
  if (now.getTime() > Date.parse(s.endsAt) + p.windowDays * DAY) return `宣讲结束 ${p.windowDays} 天后不能再评价`;
  return null;
}

export function rate(s: Session, checkIn: CheckIn | null, existing: Rating | null, input: unknown, now: Date, p = P): { ok: true; rating: Rating } | Refusal {
  const closed = ratingClosed(s, checkIn, existing, now, p);
  if (closed) return refuse(checkIn ? 'NOT_ALLOWED_NOW' : 'FORBIDDEN', closed);
  const parsed = ratingInputSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    return refuse('VALIDATION', i.message, [{ path: i.path.join('.') || 'score', message: i.message }]);
  }
  const { score, comment } = parsed.data;
  return { ok: true, rating: { sessionId: s.id, openid: checkIn!.openid, score, ...(comment ? { comment } : {}), at: now.toISOString() } };
}

export interface RatingSummary {
  count: number;
  /** One decimal; null with no ratings. */
  average: number | null;
  distribution: Record<Score, number>;
  /** (非常满意 + 满意 + 基本满意) ÷ count, as a whole percent; null with no ratings. */
  satisfiedPercent: number | null;
}

export function ratingSummary(ratings: readonly Pick<Rating, 'score'>[], p = P): RatingSummary {
  const distribution = { 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 } as Record<Score, number>;
  for (const r of ratings) distribution[r.score]++;
  const count = ratings.length;
  const sum = ratings.reduce((n, r) => n + r.score, 0);
  const satisfied = ratings.filter((r) => r.score >= p.satisfiedAtOrAbove).length;
  return {
    count,
    average: count ? Math.round((sum / count) * 10) / 10 : null,
    distribution,
    satisfiedPercent: count ? Math.round((satisfied / count) * 100) : null,
  };
}
