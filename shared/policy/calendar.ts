import { z } from 'zod';
import type { IsoDate } from './dates';
import { isIsoDate, isoMonth, monthOf } from './dates';
import { dateField, fieldIssues, text } from './fields';
import type { CheckResult } from './profile';
import type { Ruleset } from './ruleset';
import { DEFAULT_RULESET } from './ruleset';
import { DOCUMENT } from './clauses';

/** 附件1 第二项: four green-channel rounds a year; in each quarter one month to apply, one to review, one to certify. */
export interface GreenChannelWindow {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  label: string;
  applicationMonth: string;
  reviewMonth: string;
  certificateMonth: string;
}

export function greenChannelWindow(year: number, quarter: 1 | 2 | 3 | 4, ruleset: Ruleset = DEFAULT_RULESET): GreenChannelWindow {
  const p = ruleset.clauses['附件1 第二项'].parameters;
  const first = (quarter - 1) * 3;
  return {
    year,
    quarter,
    label: `${year}年第${quarter}季度`,
    applicationMonth: isoMonth(year, first + p.applicationMonthOfQuarter),
    reviewMonth: isoMonth(year, first + p.reviewMonthOfQuarter),
    certificateMonth: isoMonth(year, first + p.certificateMonthOfQuarter),
  };
}

export interface GreenChannelCalendar {
  /** The next application month from the as-of date. */
  next: GreenChannelWindow;
  /** The as-of date falls in `next`'s application month (interpretation green-channel-current-month). */
  applicationMonthIsNow: boolean;
  /** The round after `next`, in case this month's application has already closed. */
  following?: GreenChannelWindow;
  note: string;
  clause: '附件1 第二项';
  quote: string;
}

export function nextGreenChannel(asOf: IsoDate, ruleset: Ruleset = DEFAULT_RULESET): GreenChannelCalendar {
  const { year, month } = monthOf(asOf);
  const quarter = Math.ceil(month / 3) as 1 | 2 | 3 | 4;
  const here = greenChannelWindow(year, quarter, ruleset);
  const thisMonth = isoMonth(year, month);
  const currentCounts = ruleset.interpretations['green-channel-current-month'].parameters.currentMonthCounts;
  const later = (w: GreenChannelWindow) =>
    w.quarter === 4 ? greenChannelWindow(w.year + 1, 1, ruleset) : greenChannelWindow(w.year, (w.quarter + 1) as 1 | 2 | 3 | 4, ruleset);
  const isNow = here.applicationMonth === thisMonth && currentCounts;
  const next = here.applicationMonth > thisMonth || isNow ? here : later(here);
  const clause = ruleset.clauses['附件1 第二项'];
  return {
    next,
    applicationMonthIsNow: isNow,
    ...(isNow ? { following: later(next) } : {}),
    note: isNow
      ? `本月（${thisMonth}）就是绿色通道申报月，具体截止时间以申报通知和网站为准；如本月已截止，下一次申报在 ${later(next).applicationMonth}。`
      : `下一次绿色通道申报在 ${next.applicationMonth}，${next.reviewMonth} 评审，${next.certificateMonth} 核准结果、发放证书；具体时间以申报通知和网站为准。`,
    clause: '附件1 第二项',
    quote: clause.quotes.calendar,
  };
}

/**
 * A socialized round as a city officer publishes it (附件2 第二项: dates follow the region's and the city's
 * annual arrangement). The seniority cut-off is the date "满 N 年" is counted to.
 */
function publishedAtProblem(value: string): string | null {
  if (isIsoDate(value)) return null;
  const m = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.exec(value);
  return m && isIsoDate(m[1]) && !Number.isNaN(Date.parse(value))
    ? null
    : '发布时间应为日期（2026-03-01）或带时区的时间（2026-03-01T09:00:00+08:00）';
}

export const roundSchema = z
  .strictObject(
    {
      id: z.string({ error: '请填写轮次编号' }).trim().min(1, '请填写轮次编号').max(64, '轮次编号不超过 64 个字符'),
      name: text('轮次名称', 60).pipe(z.string().min(2, '轮次名称至少 2 个字')),
      applyFrom: dateField('申报开始日期'),
      applyTo: dateField('申报截止日期'),
      seniorityCutoff: dateField('年限计算截止日'),
      defenseFrom: dateField('答辩开始日期').optional(),
      defenseTo: dateField('答辩结束日期').optional(),
      publishedBy: text('发布单位', 60).pipe(z.string().min(2, '请填写发布单位')),
      publishedAt: z
        .string({ error: '请填写发布时间' })
        .max(40, '发布时间格式不正确')
        .superRefine((v, ctx) => {
          const problem = publishedAtProblem(v);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
    },
    { error: '请填写评审轮次' },
  )
  .superRefine((r, ctx) => {
    const ok = (d: unknown): d is string => isIsoDate(d);
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (ok(r.applyFrom) && ok(r.applyTo) && r.applyTo < r.applyFrom) issue('applyTo', '申报截止日期不能早于申报开始日期');
    if (ok(r.applyTo) && r.applyTo < DOCUMENT.issuedOn) issue('applyTo', `申报截止日期不能早于政策施行日 ${DOCUMENT.issuedOn}`);
    if (ok(r.seniorityCutoff) && ok(r.applyTo) && r.seniorityCutoff > r.applyTo)
      issue('seniorityCutoff', '年限计算截止日不能晚于申报截止日期');
    if ((r.defenseFrom === undefined) !== (r.defenseTo === undefined)) {
      issue(r.defenseFrom === undefined ? 'defenseFrom' : 'defenseTo', '答辩开始和结束日期要一起填写');
    }
    if (ok(r.defenseFrom) && ok(r.defenseTo) && r.defenseTo < r.defenseFrom) issue('defenseTo', '答辩结束日期不能早于答辩开始日期');
    if (ok(r.defenseFrom) && ok(r.applyTo) && r.defenseFrom <= r.applyTo) issue('defenseFrom', '答辩应安排在申报截止之后');
  });

export type Round = z.output<typeof roundSchema>;
export type RoundInput = z.input<typeof roundSchema>;

export function checkRound(input: unknown): CheckResult<Round> {
  const r = roundSchema.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: fieldIssues(r.error) };
}

export type RoundStatus = 'upcoming' | 'open' | 'closed';
export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = { upcoming: '尚未开始', open: '正在申报', closed: '已截止' };

export function roundStatus(round: Pick<Round, 'applyFrom' | 'applyTo'>, asOf: IsoDate): RoundStatus {
  if (asOf < round.applyFrom) return 'upcoming';
  return asOf <= round.applyTo ? 'open' : 'closed';
}

export interface SocializedCalendar {
  round: Round | null;
  status?: RoundStatus;
  note: string;
  clause: '附件2 第二项';
  quote: string;
}

export function socializedCalendar(round: Round | undefined, asOf: IsoDate, ruleset: Ruleset = DEFAULT_RULESET): SocializedCalendar {
  const quote = ruleset.clauses['附件2 第二项'].quotes.timing;
  if (!round) {
    return {
      round: null,
      note: '市人社局还没有在本程序发布社会化评审轮次；申报时间按自治区和我市当年的职称工作安排，请留意人社部门通知。',
      clause: '附件2 第二项',
      quote,
    };
  }
  const status = roundStatus(round, asOf);
  const defense = round.defenseFrom ? `；答辩 ${round.defenseFrom} 至 ${round.defenseTo}` : '';
  return {
    round,
    status,
    note: `${round.name}：申报 ${round.applyFrom} 至 ${round.applyTo}（${ROUND_STATUS_LABELS[status]}），工作年限计算到 ${round.seniorityCutoff}${defense}。`,
    clause: '附件2 第二项',
    quote,
  };
}
