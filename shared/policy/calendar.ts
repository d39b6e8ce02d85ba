import { z } from 'zod';
import type { IsoDate } from '../time/dates';
import { isIsoDate, isoMonth, monthOf } from '../time/dates';
import { dateField, fieldIssues, text } from './fields';
import type { CheckResult } from './profile';
import type { Ruleset } from './ruleset';
import { DEFAULT_RULESET } from './ruleset';
import { DOCUMENT, citation } from './clauses';
import { parametersAt } from './parameters';
import type { GreenChannelMonth, Quarter } from './quarters';
import { MONTH_OF_QUARTER_LABELS, greenChannelMonthOfQuarter, monthInItsQuarter, monthOfYear, quarterOfMonth } from './quarters';

/** 附件1 第二项: four green-channel rounds a year; in each quarter one month to apply, one to review, one to certify. */
export interface GreenChannelWindow {
  year: number;
  quarter: Quarter;
  label: string;
  applicationMonth: string;
  reviewMonth: string;
  certificateMonth: string;
}

/** A quarter's round, by 附件1 第二项 as it stands on `on` (by default the quarter's first day). */
export function greenChannelWindow(
  year: number,
  quarter: Quarter,
  ruleset: Ruleset = DEFAULT_RULESET,
  on: IsoDate = `${isoMonth(year, monthOfYear(quarter, 1))}-01`,
): GreenChannelWindow {
  const month = (what: GreenChannelMonth) => isoMonth(year, monthOfYear(quarter, greenChannelMonthOfQuarter(what, on, ruleset.clauses)));
  return {
    year,
    quarter,
    label: `${year}年第${quarter}季度`,
    applicationMonth: month('application'),
    reviewMonth: month('review'),
    certificateMonth: month('certificate'),
  };
}

/** The round of the quarter a date falls in. */
export function greenChannelWindowAt(date: IsoDate, ruleset: Ruleset = DEFAULT_RULESET): GreenChannelWindow {
  const { year, month } = monthOf(date);
  return greenChannelWindow(year, quarterOfMonth(month), ruleset, date);
}

/** The round after a round. */
export function followingGreenChannel(w: GreenChannelWindow, ruleset: Ruleset = DEFAULT_RULESET): GreenChannelWindow {
  return w.quarter === 4 ? greenChannelWindow(w.year + 1, 1, ruleset) : greenChannelWindow(w.year, (w.quarter + 1) as Quarter, ruleset);
}

/** Where a month falls in its quarter's green-channel round (附件1 第二项). */
export const GREEN_CHANNEL_PHASES = ['application', 'review', 'certificate', 'none'] as const;
export type GreenChannelPhase = (typeof GREEN_CHANNEL_PHASES)[number];
export const GREEN_CHANNEL_PHASE_LABELS: Record<GreenChannelPhase, string> = {
  application: '申报月',
  review: '评审月',
  certificate: '核准结果、发放证书月',
  none: '本季度这个月没有安排',
};

export interface GreenChannelToday {
  /** The as-of date: a date in China (UTC+8), as the function and the phone both count it. */
  date: IsoDate;
  month: string;
  quarter: GreenChannelWindow;
  monthOfQuarter: 1 | 2 | 3;
  phase: GreenChannelPhase;
  phaseLabel: string;
  note: string;
}

export interface GreenChannelCalendar {
  /** The next application month from the as-of date. */
  next: GreenChannelWindow;
  /** The as-of date falls in `next`'s application month (interpretation green-channel-current-month). */
  applicationMonthIsNow: boolean;
  /** The round after `next`, in case this month's application has already closed. */
  following?: GreenChannelWindow;
  /** Where the as-of date falls: this quarter's application, review or certificate month. */
  today: GreenChannelToday;
  note: string;
  clause: '附件1 第二项';
  citation: string;
  quote: string;
}

export function nextGreenChannel(asOf: IsoDate, ruleset: Ruleset = DEFAULT_RULESET): GreenChannelCalendar {
  const { year, month } = monthOf(asOf);
  const here = greenChannelWindowAt(asOf, ruleset);
  const thisMonth = isoMonth(year, month);
  const currentCounts = ruleset.interpretations['green-channel-current-month'].parameters.currentMonthCounts;
  const later = (w: GreenChannelWindow) => followingGreenChannel(w, ruleset);
  const isNow = here.applicationMonth === thisMonth && currentCounts;
  const next = here.applicationMonth > thisMonth || isNow ? here : later(here);
  const clause = ruleset.clauses['附件1 第二项'];
  return {
    next,
    applicationMonthIsNow: isNow,
    ...(isNow ? { following: later(next) } : {}),
    today: greenChannelToday(asOf, here, ruleset),
    note: isNow
      ? `本月（${thisMonth}）就是绿色通道申报月，具体截止时间以申报通知和网站为准；如本月已截止，下一次申报在 ${later(next).applicationMonth}。`
      : `下一次绿色通道申报在 ${next.applicationMonth}，${next.reviewMonth} 评审，${next.certificateMonth} 核准结果、发放证书；具体时间以申报通知和网站为准。`,
    clause: '附件1 第二项',
    citation: citation('附件1 第二项'),
    quote: clause.quotes.calendar,
  };
}

/** Which month of its quarter the as-of date is in, and what that month is for (附件1 第二项's parameters). */
function greenChannelToday(asOf: IsoDate, quarter: GreenChannelWindow, ruleset: Ruleset): GreenChannelToday {
  const p = parametersAt(ruleset, '附件1 第二项', asOf);
  const { year, month } = monthOf(asOf);
  const monthOfQuarter = monthInItsQuarter(month);
  const phase: GreenChannelPhase =
    monthOfQuarter === p.applicationMonthOfQuarter
      ? 'application'
      : monthOfQuarter === p.reviewMonthOfQuarter
        ? 'review'
        : monthOfQuarter === p.certificateMonthOfQuarter
          ? 'certificate'
          : 'none';
  const where = `${asOf}（北京时间）在${quarter.label}的${MONTH_OF_QUARTER_LABELS[monthOfQuarter]}`;
  // When the next application is, is the calendar's own note; this one says what this month is for.
  const note =
    phase === 'application'
      ? `${where}，是绿色通道的申报月；本季度的评审在 ${quarter.reviewMonth}，${quarter.certificateMonth} 核准结果、发放证书。`
      : phase === 'review'
        ? `${where}，是绿色通道的评审月：本季度的申报已在 ${quarter.applicationMonth} 结束，${quarter.certificateMonth} 核准结果、发放证书。`
        : phase === 'certificate'
          ? `${where}，是绿色通道核准结果、发放证书的月份；本季度的申报已在 ${quarter.applicationMonth} 结束。`
          : `${where}，绿色通道本月没有安排。`;
  return {
    date: asOf,
    month: isoMonth(year, month),
    quarter,
    monthOfQuarter,
    phase,
    phaseLabel: GREEN_CHANNEL_PHASE_LABELS[phase],
    note,
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

export const ROUND_STATUSES = ['upcoming', 'open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = { upcoming: '尚未开始', open: '正在申报', closed: '已截止' };

export function roundStatus(round: Pick<Round, 'applyFrom' | 'applyTo'>, asOf: IsoDate): RoundStatus {
  if (asOf < round.applyFrom) return 'upcoming';
  return asOf <= round.applyTo ? 'open' : 'closed';
}

/**
 * What "满 N 年" is counted to (interpretation seniority-counted-to-cutoff): the round the person chose, or the
 * as-of date when they chose not to count to a round; with no choice, the open round that closes first.
 */
export interface RoundChoice {
  /** The round whose cut-off the years are counted to; absent → the as-of date. */
  round?: Round;
  /** The person chose (a round, or the as-of date), or the engine took the default. */
  by: 'choice' | 'default';
  /** Published rounds open for applications on the as-of date, the one closing first first. */
  open: Round[];
  /** Published rounds whose application has not started yet, the earliest first. */
  upcoming: Round[];
  /** Whether the caller knew the published rounds at all (the phone offline does not). */
  roundsKnown: boolean;
}

/** How many published rounds the engine looks at (the function lists at most 100). */
export const MAX_PUBLISHED_ROUNDS = 100;

export function chooseRound(
  options: { asOf: IsoDate; round?: Round; rounds?: readonly Round[]; countToAsOf?: boolean },
  ruleset: Ruleset = DEFAULT_RULESET,
): RoundChoice {
  const { asOf, round } = options;
  const published = options.rounds ? options.rounds.slice(0, MAX_PUBLISHED_ROUNDS) : [];
  const open = published
    .filter((r) => roundStatus(r, asOf) === 'open')
    .sort((a, b) => cmp(a.applyTo, b.applyTo) || cmp(a.applyFrom, b.applyFrom) || cmp(a.id, b.id));
  const upcoming = published
    .filter((r) => roundStatus(r, asOf) === 'upcoming')
    .sort((a, b) => cmp(a.applyFrom, b.applyFrom) || cmp(a.id, b.id));
  const lists = { open, upcoming, roundsKnown: options.rounds !== undefined };
  if (round) return { round, by: 'choice', ...lists };
  if (options.countToAsOf) return { by: 'choice', ...lists };
  const byDefault = ruleset.interpretations['seniority-counted-to-cutoff'].parameters.whenNoneChosen;
  return byDefault === 'open_round_closing_first' && open[0] ? { round: open[0], by: 'default', ...lists } : { by: 'default', ...lists };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface SocializedCalendar {
  /** The round the years are counted to (chosen, or the open one by default); null if none. */
  round: Round | null;
  status?: RoundStatus;
  by: RoundChoice['by'];
  /** Published rounds open for applications on the as-of date. */
  open: Round[];
  upcoming: Round[];
  roundsKnown: boolean;
  note: string;
  clause: '附件2 第二项';
  citation: string;
  quote: string;
}

const roundLine = (r: Round) =>
  `“${r.name}”（申报 ${r.applyFrom} 至 ${r.applyTo}，工作年限算到 ${r.seniorityCutoff}${r.defenseFrom ? `，答辩 ${r.defenseFrom} 至 ${r.defenseTo}` : ''}）`;

export function socializedCalendar(choice: RoundChoice, asOf: IsoDate, ruleset: Ruleset = DEFAULT_RULESET): SocializedCalendar {
  const cited = {
    clause: '附件2 第二项' as const,
    citation: citation('附件2 第二项'),
    quote: ruleset.clauses['附件2 第二项'].quotes.timing,
  };
  const { round, by, open, upcoming, roundsKnown } = choice;
  const lists = { by, open, upcoming, roundsKnown };
  const arrangement = '申报时间按自治区和我市当年的职称工作安排，请留意人社部门通知。';
  const published = [
    open.length ? `正在申报：${open.map(roundLine).join('；')}。` : roundsKnown ? '目前没有正在申报的评审轮次。' : '',
    upcoming.length ? `即将开始：${upcoming.map(roundLine).join('；')}。` : '',
  ].join('');
  if (!round) {
    const note = !roundsKnown
      ? `没有取得市人社局在本程序发布的评审轮次（联网后再看可以看到）；${arrangement}`
      : open.length === 0 && upcoming.length === 0
        ? `市人社局还没有在本程序发布正在申报或即将开始的社会化评审轮次；${arrangement}`
        : `${published}${by === 'choice' ? '您选择了不按评审轮次，工作年限算到评估当天。' : '工作年限暂时算到评估当天。'}`;
    return { round: null, ...lists, note, ...cited };
  }
  const status = roundStatus(round, asOf);
  const defense = round.defenseFrom ? `；答辩 ${round.defenseFrom} 至 ${round.defenseTo}` : '';
  const counted =
    by === 'default'
      ? `您没有选择评审轮次，本结果按正在申报的“${round.name}”计算：工作年限算到 ${round.seniorityCutoff}。`
      : `${round.name}：申报 ${round.applyFrom} 至 ${round.applyTo}（${ROUND_STATUS_LABELS[status]}），工作年限计算到 ${round.seniorityCutoff}${defense}。`;
  const others = by === 'default' ? published : otherRounds(round, open, upcoming);
  return { round, status, ...lists, note: by === 'default' ? `${others}${counted}` : `${counted}${others}`, ...cited };
}

/** Besides the chosen round, what else is open or coming. */
function otherRounds(chosen: Round, open: Round[], upcoming: Round[]): string {
  const o = open.filter((r) => r.id !== chosen.id);
  const u = upcoming.filter((r) => r.id !== chosen.id);
  return [
    o.length ? `另有正在申报的：${o.map(roundLine).join('；')}。` : '',
    u.length ? `即将开始的：${u.map(roundLine).join('；')}。` : '',
  ].join('');
}
