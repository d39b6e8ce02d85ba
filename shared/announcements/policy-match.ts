import type { Round } from '../policy/calendar';
import { roundStatus } from '../policy/calendar';
import type { IsoDate } from '../time/dates';
import { daysBetween } from '../time/dates';
import type { SeriesId } from '../policy/series';
import { SERIES_CATALOGUE, SERIES_IDS } from '../policy/series';
import type { ChannelId, Verdict } from '../policy/types';
import type { TitleLevel } from '../policy/vocabulary';
import { TITLE_LEVEL_LABELS } from '../policy/vocabulary';
import { rule } from './rules';
import type { PolicyMessageId } from './subscriptions';

/**
 * 政策找人 (issue 8): a person who saved a self-check and agreed to be told gets a message when the policy
 * matters to them — (a) a published round opens that fits a route their latest check found likely, (b) the
 * date from which a route they do not yet meet may be met (eligible-from) arrives. Employer HR sees how many of
 * their staff are likely eligible, by series, as counts only. Every decision here is pure; the function
 * (cloudfunctions/eligibility/policy-match.ts) reads, writes and runs it in bounded batches from the notify timer.
 *
 * We always say 可能符合: the self-check is the person's own answers; only review decides.
 */

export const POLICY_MATCH_RULES = {
  consent: rule({
    id: 'policy-match-consent',
    title: '政策找人：谁会收到提醒',
    statement: '第六条要求为非公领域专技人才提供政策帮助和指导。程序能否根据一个人保存的自测结果主动告诉他“有适合您的申报机会”？',
    clauses: ['第六条'],
    reading:
      '只有本人在自测结果页明确同意（“有适合我的申报机会时通知我”）才会提醒，随时可以关闭；同意和关闭都记入日志。提醒按本人最近一次保存的自测结果计算，重新保存自测后按新结果。关闭后不再发送，也不保留用于匹配的自测摘要。',
    alternatives: ['保存自测结果即默认同意提醒（免申即享的做法）'],
    parameters: {},
  }),
  roundOpen: rule({
    id: 'policy-match-round-open',
    title: '政策找人：评审轮次开始申报时提醒谁',
    statement: '附件2 第二项：社会化评审的申报时间按自治区和我市当年的职称工作安排。一个轮次开始申报时，哪些同意提醒的人应当收到消息？',
    clauses: ['附件2 第二项', '第二条', '第七条', '第八条'],
    reading:
      '轮次进入申报期（已发布，且今天在申报开始和截止日之间，按北京时间）时，最近一次自测中有一条途径“很可能符合”、这条途径可以走社会化评审、且轮次覆盖它的系列和级别的人，每个轮次收到一条消息（几条途径都符合也只发一条，写最先列出的一条）。已发布的轮次不分系列和级别，覆盖全部；轮次写明了系列或级别时只覆盖这些。轮次开始后才同意或才保存自测的人不再补发：自测结果页已显示正在申报的轮次。',
    alternatives: ['轮次发布时（尚未开始申报）就提醒', '“需要您确认”的途径也提醒'],
    parameters: {
      verdicts: ['likely'] as Verdict[],
      /** Published rounds are the socialized review's (附件2 第二项). */
      roundChannel: 'socialized' as ChannelId,
    },
  }),
  eligibleFrom: rule({
    id: 'policy-match-eligible-from',
    title: '政策找人：满足年限的那一天提醒',
    statement: '第二条、第七条、第八条的年限条件随时间满足。自测算出“从某日起可能符合”的，那一天能否提醒本人？',
    clauses: ['第二条', '第七条', '第八条'],
    reading:
      '最近一次自测中“暂未满足年限”的途径算出的可能符合日期到来的当天（北京时间），提醒一次：“您从 2027-03-01 起可能符合申报工程师”。同一天几条途径合成一条。定时任务停过的，最多补发 7 天内的；更早的不再发送。假设现在的工作一直继续，结果以审核为准。',
    alternatives: ['提前一个月提醒准备材料'],
    parameters: { verdicts: ['not_yet'] as Verdict[], lateDays: 7 },
  }),
  staffCounts: rule({
    id: 'policy-match-staff-counts',
    title: '单位人事看到本单位多少人可能符合',
    statement: '第九条要求单位为本单位专技人才做好政策宣传和申报组织。单位人事能否知道本单位职工的自测情况？',
    clauses: ['第九条', '第六条'],
    reading:
      '单位人事只能看到本单位职工（在本单位申报或担任本单位人事的人）中，最近一次自测“很可能符合”的人数，按系列统计，不显示姓名和任何个人信息。某个系列少于 3 人时只显示“少于3人”，避免从人数推断出具体是谁。',
    alternatives: ['显示确切人数', '经本人同意后显示姓名'],
    parameters: { minShown: 3 },
  }),
};

// ---------------------------------------------------------------- what is kept of a person

/** One route of the latest saved check, as matching reads it. */
export interface WatchLine {
  series: SeriesId;
  level: TitleLevel;
  titleName: string;
  verdict: Verdict;
  channels: ChannelId[];
  eligibleFrom?: IsoDate;
}

/** A person's consent and what matching needs of their latest saved check: one document per openid (`policy_watches`). */
export interface PolicyWatch {
  openid: string;
  consent: boolean;
  /** When consent was last given or withdrawn. */
  consentAt: string;
  /** The latest saved check's routes (empty when consent is off). */
  lines: WatchLine[];
  /** The saved check the lines come from. */
  checkId: string | null;
  /** The next eligible-from date not yet told (the query key of the daily pass); null = none. */
  dueFrom: IsoDate | null;
  /** Compare-and-set version. */
  rev: number;
  updatedAt: string;
}

interface RouteLike {
  verdict: Verdict;
  channels?: readonly ChannelId[];
  eligibleFrom?: IsoDate;
  title: { series: SeriesId; level: TitleLevel; titleName: string };
}

/** The lines of a saved check's result. */
export function watchLines(result: { routes: readonly RouteLike[] } | null | undefined): WatchLine[] {
  return (result?.routes ?? []).map((r) => ({
    series: r.title.series,
    level: r.title.level,
    titleName: r.title.titleName,
    verdict: r.verdict,
    channels: [...(r.channels ?? [])],
    ...(r.eligibleFrom ? { eligibleFrom: r.eligibleFrom } : {}),
  }));
}

/** The earliest eligible-from date on or after `from` of the lines the rule tells about; null if none. */
export function nextDue(lines: readonly WatchLine[], from: IsoDate): IsoDate | null {
  const verdicts = POLICY_MATCH_RULES.eligibleFrom.parameters.verdicts;
  const dates = lines.filter((l) => verdicts.includes(l.verdict) && l.eligibleFrom && l.eligibleFrom >= from).map((l) => l.eligibleFrom!);
  return dates.length ? dates.sort()[0] : null;
}

/** The watch after consent was given or withdrawn (or a new check saved), as of China date `today`. */
export function nextWatch(
  prev: PolicyWatch | null,
  openid: string,
  change: { consent?: boolean; check?: { id: string; lines: WatchLine[] } | null },
  today: IsoDate,
  now: Date,
): PolicyWatch {
  const at = now.toISOString();
  const consent = change.consent ?? prev?.consent ?? false;
  const consentChanged = change.consent !== undefined && change.consent !== prev?.consent;
  const check = change.check !== undefined ? change.check : prev ? { id: prev.checkId ?? '', lines: prev.lines } : null;
  const lines = consent && check ? check.lines : [];
  return {
    openid,
    consent,
    consentAt: consentChanged || !prev ? at : prev.consentAt,
    lines,
    checkId: consent && check?.id ? check.id : null,
    dueFrom: consent ? nextDue(lines, today) : null,
    rev: (prev?.rev ?? 0) + 1,
    updatedAt: at,
  };
}

// ---------------------------------------------------------------- the messages

export type PolicyMatchReason = PolicyMessageId;

export interface PolicyMatch {
  /** The marker's id, also the outbox row's (idempotent per person × reason × round/date). */
  id: string;
  openid: string;
  reason: PolicyMatchReason;
  /** The round id (round_open) or the date (eligible_from). */
  key: string;
  /** The inbox line. */
  title: string;
  text: string;
  /** The policy_match template's fields (title, date, note). */
  data: { title: string; date: string; note: string };
  roundId?: string;
}

export function policyMatchId(reason: PolicyMatchReason, key: string, openid: string): string {
  return `pm:${reason}:${key}:${openid}`;
}

const titleOf = (l: WatchLine) => l.titleName || `${SERIES_CATALOGUE[l.series]?.name ?? l.series}${TITLE_LEVEL_LABELS[l.level] ?? ''}`;

/** A round with optional series / levels (a published round today names neither: it covers all). */
export type RoundLike = Pick<Round, 'id' | 'name' | 'applyFrom' | 'applyTo'> & { series?: readonly string[]; levels?: readonly string[] };

/** Whether the round covers this line (rule policy-match-round-open). */
export function roundCovers(round: RoundLike, line: WatchLine): boolean {
  const p = POLICY_MATCH_RULES.roundOpen.parameters;
  if (!line.channels.includes(p.roundChannel)) return false;
  if (round.series?.length && !round.series.includes(line.series)) return false;
  if (round.levels?.length && !round.levels.includes(line.level)) return false;
  return true;
}

/** Rounds whose application is open on `today` (China date): the ones whose opening is told. */
export function openRounds<R extends RoundLike>(rounds: readonly R[], today: IsoDate): R[] {
  return rounds.filter((r) => roundStatus(r, today) === 'open');
}

/** (a) The message for one consenting person when `round` is open, or null. */
export function matchRound(w: Pick<PolicyWatch, 'openid' | 'consent' | 'lines'>, round: RoundLike, today: IsoDate): PolicyMatch | null {
  if (!w.consent || roundStatus(round, today) !== 'open') return null;
  const verdicts = POLICY_MATCH_RULES.roundOpen.parameters.verdicts;
  const line = w.lines.find((l) => verdicts.includes(l.verdict) && roundCovers(round, l));
  if (!line) return null;
  const title = titleOf(line);
  return {
    id: policyMatchId('round_open', round.id, w.openid),
    openid: w.openid,
    reason: 'round_open',
    key: round.id,
    roundId: round.id,
    title: '有适合您的申报机会',
    text: `“${round.name}”正在申报（截止 ${round.applyTo}），按您最近一次自测，您可能符合申报${title}。结果以审核为准。`,
    data: { title: round.name, date: round.applyTo, note: `可能符合申报${title}` },
  };
}

/**
 * (b) The daily pass for one person whose `dueFrom` has come: the message for that date (null when consent is
 * off, or the date is more than `lateDays` past), and the next date to wait for.
 */
export function matchEligibleFrom(w: Pick<PolicyWatch, 'openid' | 'consent' | 'lines' | 'dueFrom'>, today: IsoDate): { match: PolicyMatch | null; dueFrom: IsoDate | null } {
  const p = POLICY_MATCH_RULES.eligibleFrom.parameters;
  const date = w.dueFrom;
  if (!w.consent || !date) return { match: null, dueFrom: null };
  if (date > today) return { match: null, dueFrom: date };
  const after = nextDue(w.lines.filter((l) => l.eligibleFrom !== undefined && l.eligibleFrom > date), date);
  if (daysBetween(date, today) > p.lateDays) return { match: null, dueFrom: after };
  const lines = w.lines.filter((l) => p.verdicts.includes(l.verdict) && l.eligibleFrom === date);
  if (!lines.length) return { match: null, dueFrom: after };
  const titles = [...new Set(lines.map(titleOf))];
  return {
    match: {
      id: policyMatchId('eligible_from', date, w.openid),
      openid: w.openid,
      reason: 'eligible_from',
      key: date,
      title: '您可能符合申报条件了',
      text: `您从 ${date} 起可能符合申报${titles.join('、')}（按您最近一次自测，假设现在的工作一直继续）。结果以审核为准。`,
      data: { title: '您可能符合申报条件了', date, note: `可能符合申报${titles[0]}` },
    },
    dueFrom: after,
  };
}

// ---------------------------------------------------------------- the round pass: a resumable job per round

export interface RoundMatchJob {
  id: string;
  roundId: string;
  /** Resume after this openid (null: from the start). */
  after: string | null;
  done: boolean;
  enqueued: number;
  pages: number;
  lease: { owner: string; until: string } | null;
  rev: number;
  updatedAt: string;
}

export const roundMatchJobId = (roundId: string) => `pm-round:${roundId}`;

export function newRoundMatchJob(roundId: string, now: Date): RoundMatchJob {
  return { id: roundMatchJobId(roundId), roundId, after: null, done: false, enqueued: 0, pages: 0, lease: null, rev: 1, updatedAt: now.toISOString() };
}

/** Take the job for a run unless finished or held by a live run (the fan-out's lease, fanout.ts claimFanout). */
export function claimRoundMatch(job: RoundMatchJob, owner: string, now: Date, leaseMs: number): RoundMatchJob | null {
  const at = now.toISOString();
  if (job.done) return null;
  if (job.lease && job.lease.until > at && job.lease.owner !== owner) return null;
  return { ...job, lease: { owner, until: new Date(now.getTime() + leaseMs).toISOString() }, rev: job.rev + 1, updatedAt: at };
}

/** One page of consenting people (openid order): the messages, and the job after the page. */
export function planRoundPage(
  job: RoundMatchJob,
  round: RoundLike,
  page: readonly Pick<PolicyWatch, 'openid' | 'consent' | 'lines'>[],
  today: IsoDate,
  pageSize: number,
  now: Date,
): { matches: PolicyMatch[]; next: RoundMatchJob } {
  const matches: PolicyMatch[] = [];
  for (const w of page) {
    if (job.after !== null && w.openid <= job.after) continue;
    const m = matchRound(w, round, today);
    if (m) matches.push(m);
  }
  const end = page.length < pageSize;
  return {
    matches,
    next: {
      ...job,
      after: page.length ? page[page.length - 1].openid : job.after,
      done: end,
      enqueued: job.enqueued + matches.length,
      pages: job.pages + 1,
      lease: end ? null : job.lease,
      rev: job.rev + 1,
      updatedAt: now.toISOString(),
    },
  };
}

// ---------------------------------------------------------------- HR: counts only

export interface StaffCountItem {
  series: SeriesId;
  seriesName: string;
  /** The count, or null when below `minShown` (shown as 少于N人). */
  count: number | null;
  text: string;
}

export interface StaffCounts {
  /** Staff with a saved self-check (masked the same way). */
  checked: { count: number | null; text: string };
  /** Series with at least `minShown` likely people, most first. */
  items: StaffCountItem[];
  /** What the list leaves out. */
  note: string;
}

const shown = (n: number, min: number) => (n >= min ? { count: n, text: `${n} 人` } : { count: null, text: `少于${min}人` });

/**
 * From the staff's recipient keys (`eligibility`: `likely:<series>:<level|*>`; `titles`: what the check looked at):
 * per series, how many are likely for some level of it. A person counts once per series.
 */
export function staffCounts(rows: readonly { eligibility?: readonly string[]; titles?: readonly string[] }[]): StaffCounts {
  const min = POLICY_MATCH_RULES.staffCounts.parameters.minShown;
  const per = new Map<SeriesId, number>();
  let checked = 0;
  for (const r of rows) {
    if ((r.titles ?? []).length) checked++;
    const series = new Set((r.eligibility ?? []).filter((k) => k.startsWith('likely:') && k.endsWith(':*')).map((k) => k.split(':')[1] as SeriesId));
    for (const s of series) if ((SERIES_IDS as readonly string[]).includes(s)) per.set(s, (per.get(s) ?? 0) + 1);
  }
  const items = [...per.entries()]
    .filter(([, n]) => n >= min)
    .sort((a, b) => b[1] - a[1] || SERIES_IDS.indexOf(a[0]) - SERIES_IDS.indexOf(b[0]))
    .map(([series, n]) => ({ series, seriesName: SERIES_CATALOGUE[series].name, ...shown(n, min) }));
  return {
    checked: shown(checked, min),
    items,
    note: `只统计人数，不显示姓名；未列出的系列各少于${min}人（含 0 人），为避免推断出具体是谁不显示确切人数。结果来自职工本人的自测，“可能符合”以审核为准。`,
  };
}
