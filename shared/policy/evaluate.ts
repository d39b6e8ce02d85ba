import { AppError } from '../errors/app-error';
import type { FieldIssue } from '../errors/app-error';
import type { Round } from './calendar';
import { MAX_PUBLISHED_ROUNDS, checkRound, chooseRound, nextGreenChannel, socializedCalendar } from './calendar';
import type { RoundChoice } from './calendar';
import { DOCUMENT, citation } from './clauses';
import type { RouteContext } from './context';
import { isNonPublic } from './context';
import type { IsoDate } from '../time/dates';
import { dateProblem } from './fields';
import type { InterpretationId } from './interpretations';
import { nextSteps } from './next-steps';
import type { Profile } from './profile';
import { checkProfile } from './profile';
import type { Ruleset } from './ruleset';
import { DEFAULT_RULESET, inForceFrom, lastReviewedOf, rulesetVersionAt } from './ruleset';
import { inForce, parameterAt } from './parameters';
import { article2Routes } from './routes/article2';
import { article7Routes } from './routes/article7';
import { article8DirectSeniorRoute, article8GreenRoutes } from './routes/article8';
import { ordinaryRoute } from './routes/ordinary';
import type { AppliedInterpretation, EligibilityResult, RouteDraft, RouteResult } from './types';
import { VERDICT_LABELS } from './types';
import { verdictOf, summaryOf } from './verdict';
import { SECTOR_LABELS } from './vocabulary';

export const DISCLAIMER =
  '以下结果是根据您填写的信息，按包人社办字〔2021〕82号和各系列默认规则作出的“可能符合”判断，不是人社部门的最终认定。业绩成果等条件由您自行申报，本程序无法核验；能否申报、能否通过，以当年的申报通知、《评审标准》和人社部门的审核、评审为准。';

export interface EvaluateOptions {
  /** The evaluation date: what "today" means; never read from the clock here. */
  asOf: IsoDate;
  /** The socialized round the person chose: seniority is counted to its cut-off date. */
  round?: Round;
  /**
   * The rounds the city has published (what `eligibility.rounds.list` returns). With no round chosen, seniority
   * is counted to the cut-off of the open one that closes first (interpretation seniority-counted-to-cutoff),
   * and the calendar names the open and coming rounds. Absent = not known (the result says so).
   */
  rounds?: readonly Round[];
  /** The person chose to count seniority to the evaluation date although a round is open. */
  countToAsOf?: boolean;
  ruleset?: Ruleset;
}

interface Checked {
  profile: Profile;
  round?: Round;
  rounds?: Round[];
}

/**
 * The engine: every route the policy opens to this person, each with a verdict and a trace. Pure and
 * deterministic. Invalid input (including dates after `asOf`) throws AppError('VALIDATION') with field issues.
 */
export function evaluate(profile: Profile, options: EvaluateOptions): EligibilityResult {
  const checked = checkEvaluation(profile, options);
  if (!checked.ok) throw new AppError('VALIDATION', undefined, checked.issues);
  return evaluateChecked(checked, options);
}

/** For the CLI and the function: raw input in, field issues or the result out. */
export function checkAndEvaluate(
  rawProfile: unknown,
  options: { asOf: IsoDate; round?: unknown; rounds?: unknown; countToAsOf?: boolean; ruleset?: Ruleset },
): { ok: true; value: EligibilityResult } | { ok: false; issues: FieldIssue[] } {
  const checked = checkEvaluation(rawProfile, options);
  if (!checked.ok) return checked;
  return { ok: true, value: evaluateChecked(checked, options) };
}

function checkEvaluation(
  rawProfile: unknown,
  options: { asOf: unknown; round?: unknown; rounds?: unknown; ruleset?: Ruleset },
): ({ ok: true } & Checked) | { ok: false; issues: FieldIssue[] } {
  const asOfProblem = typeof options.asOf === 'string' ? dateProblem(options.asOf) : '应为“年-月-日”格式，例如 2020-07-01';
  if (asOfProblem) return { ok: false, issues: [{ path: 'asOf', message: `评估日期${asOfProblem}` }] };
  const notYet = notYetInForce(options.asOf as IsoDate, options.ruleset ?? DEFAULT_RULESET);
  if (notYet) return { ok: false, issues: [{ path: 'asOf', message: notYet }] };
  const issues: FieldIssue[] = [];
  const profile = checkProfile(rawProfile, { asOf: options.asOf as IsoDate });
  if (!profile.ok) issues.push(...profile.issues);
  let round: Round | undefined;
  if (options.round !== undefined) {
    const r = checkRound(options.round);
    if (r.ok) round = r.value;
    else issues.push(...r.issues.map((i) => ({ path: i.path === '(整体)' ? 'round' : `round.${i.path}`, message: i.message })));
  }
  if (issues.length > 0 || !profile.ok) return { ok: false, issues };
  const rounds = publishedRounds(options.rounds);
  return { ok: true, profile: profile.value, ...(round ? { round } : {}), ...(rounds ? { rounds } : {}) };
}

/**
 * Before the document's date no rule of it is in force: the engine does not judge by a rule that did not exist
 * yet (nor by a later value), it says so, citing the date.
 */
function notYetInForce(asOf: IsoDate, ruleset: Ruleset): string | null {
  const from = inForceFrom(ruleset);
  if (asOf >= from) return null;
  return `${DOCUMENT.number}自 ${from} 起施行，评估日期 ${asOf} 时尚未施行，不能按它判断；请选择 ${from} 或以后的日期`;
}

/**
 * The published list is not the person's answer: a round in it that does not pass the round schema (a
 * format this version cannot read) is left out rather than failing the person's evaluation.
 */
function publishedRounds(raw: unknown): Round[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const out: Round[] = [];
  for (const r of raw.slice(0, MAX_PUBLISHED_ROUNDS)) {
    const checked = checkListedRound(r);
    if (checked) out.push(checked);
  }
  return out;
}

/**
 * The same few published rounds come with every evaluation (the phone's list, the function's query): each
 * is validated once, remembered by its content (not its identity, so a changed round is checked again).
 */
const ROUNDS_KEPT = 64;
const listedRounds = new Map<string, Round | null>();

function checkListedRound(raw: unknown): Round | null {
  let key: string;
  try {
    key = JSON.stringify(raw) ?? '';
  } catch {
    return null;
  }
  const known = listedRounds.get(key);
  if (known !== undefined) return known && { ...known };
  const checked = checkRound(raw);
  const round = checked.ok ? checked.value : null;
  if (listedRounds.size >= ROUNDS_KEPT) listedRounds.delete(listedRounds.keys().next().value as string);
  listedRounds.set(key, round);
  return round && { ...round };
}

function evaluateChecked(checked: Checked, options: { asOf: IsoDate; countToAsOf?: boolean; ruleset?: Ruleset }): EligibilityResult {
  const { profile } = checked;
  const { asOf } = options;
  const ruleset = options.ruleset ?? DEFAULT_RULESET;
  const choice = chooseRound({ asOf, round: checked.round, rounds: checked.rounds, countToAsOf: options.countToAsOf }, ruleset);
  const round = choice.round;
  const countedTo = round ? round.seniorityCutoff : asOf;
  const green = nextGreenChannel(asOf, ruleset);
  const calendar = { greenChannel: green, socialized: socializedCalendar(choice, asOf, ruleset) };
  const ctx: RouteContext = {
    profile,
    ruleset,
    asOf,
    countedTo,
    countedToLabel: countedToLabel(choice),
    ...(round ? { round } : {}),
    calendar,
  };
  const nonPublic = isNonPublic(ctx);
  const later = ROUTE_CLAUSES.filter((id) => !inForce(ruleset, id, asOf));
  const drafts: RouteDraft[] = nonPublic
    ? [
        ...(later.includes('第二条') ? [] : article2Routes(ctx)),
        ...(later.includes('第七条') ? [] : article7Routes(ctx)),
        ...(later.includes('第八条') ? [] : [...article8GreenRoutes(ctx), article8DirectSeniorRoute(ctx)]),
        ordinaryRoute(ctx),
      ]
    : [ordinaryRoute(ctx)];
  const routes = drafts.map((d) => finish(ctx, d));
  const sixth = ruleset.clauses['第六条'];
  return {
    rulesetVersion: rulesetVersionAt(ruleset, asOf)!,
    lastReviewed: lastReviewedOf(ruleset),
    document: { number: DOCUMENT.number, title: DOCUMENT.title },
    asOf,
    countedTo: {
      date: countedTo,
      basis: round ? 'round_cutoff' : 'as_of',
      by: choice.by,
      ...(round ? { roundId: round.id } : {}),
      explanation: countedToExplanation(choice, asOf),
    },
    sector: { id: profile.sector, label: SECTOR_LABELS[profile.sector], nonPublic },
    disclaimer: DISCLAIMER,
    notices: nonPublic
      ? later.map(
          (id) => `${citation(id)}自 ${ruleset.clauses[id].effectiveFrom} 起施行，评估日期 ${asOf} 时尚未施行：这一条的途径暂不列出。`,
        )
      : [
          `您的单位性质是${SECTOR_LABELS[profile.sector]}，不属于非公领域：包人社办字〔2021〕82号第二条、第七条、第八条的专门途径不适用，请按所申报系列的《评审标准》申报。`,
        ],
    routes,
    interpretations: appliedInterpretations(ruleset, routes, green.applicationMonthIsNow),
    calendar,
    help: {
      hotlines: parameterAt(ruleset, '附件2 第三项', 'hotlines', asOf),
      services: parameterAt(ruleset, '第六条', 'services', asOf),
      clause: '第六条',
      citation: citation('第六条'),
      quote: sixth.quotes.services,
    },
  };
}

/** The clauses that open routes of their own; one not yet in force on the evaluation date opens none. */
const ROUTE_CLAUSES = ['第二条', '第七条', '第八条'] as const;

/** The date seniority is counted to, in the words of each condition's detail (「截至 2026-06-30（…）」). */
function countedToLabel(choice: RoundChoice): string {
  if (choice.round)
    return choice.by === 'default' ? `正在申报的“${choice.round.name}”的年限计算截止日` : `“${choice.round.name}”的年限计算截止日`;
  if (choice.by === 'choice') return '评估当天；您选择了不按评审轮次计算';
  return choice.roundsKnown ? '评估当天；目前没有正在申报的评审轮次' : '评估当天；尚未选择评审轮次';
}

/** Which date "满 N 年" was counted to and why; says so when the person chose, and which rounds are open. */
function countedToExplanation(choice: RoundChoice, asOf: IsoDate): string {
  const { round, by, open } = choice;
  const atRound = '正式申报时以当轮公布的截止日为准。';
  if (round && by === 'choice') return `工作年限计算到您选择的“${round.name}”公布的年限计算截止日 ${round.seniorityCutoff}。`;
  if (round) {
    const others = open.filter((r) => r.id !== round.id);
    return `您没有选择评审轮次。“${round.name}”正在申报（${round.applyFrom} 至 ${round.applyTo}），工作年限按它公布的年限计算截止日 ${round.seniorityCutoff} 计算${others.length ? `；同时在申报的还有${others.map((r) => `“${r.name}”`).join('、')}` : ''}。如要按别的轮次或按评估当天计算，可以修改答案另选。`;
  }
  if (by === 'choice') {
    return `您选择了不按评审轮次，工作年限计算到评估当天 ${asOf}${open.length ? `（正在申报的“${open[0].name}”的年限计算截止日是 ${open[0].seniorityCutoff}）` : ''}；${atRound}`;
  }
  if (choice.roundsKnown) return `目前没有正在申报的评审轮次，工作年限暂时计算到评估当天 ${asOf}；${atRound}`;
  return `还没有选择评审轮次，工作年限暂时计算到评估当天 ${asOf}；${atRound}`;
}

function finish(ctx: RouteContext, draft: RouteDraft): RouteResult {
  const { verdict, eligibleFrom } = verdictOf(draft.conditions);
  const used = new Set<InterpretationId>(draft.interpretations);
  for (const c of draft.conditions) if (c.interpretations) for (const i of c.interpretations) used.add(i);
  // Field by field rather than {...draft}: a spread of drafts of several shapes is slow in the engine's loop.
  const result: RouteResult = {
    id: draft.id,
    clause: draft.clause,
    name: draft.name,
    title: draft.title,
    conditions: draft.conditions,
    channels: draft.channels,
    interpretations: [...used],
    verdict,
    verdictLabel: VERDICT_LABELS[verdict],
    summary: summaryOf(draft, verdict, eligibleFrom),
  };
  if (draft.redirect) result.redirect = draft.redirect;
  if (eligibleFrom) result.eligibleFrom = eligibleFrom;
  if (verdict !== 'not_eligible') result.nextSteps = nextSteps(ctx, draft);
  return result;
}

const interpretationIds = new WeakMap<Ruleset, InterpretationId[]>();

function appliedInterpretations(ruleset: Ruleset, routes: RouteResult[], greenMonthIsNow: boolean): AppliedInterpretation[] {
  const used = new Set<InterpretationId>();
  for (const r of routes) for (const i of r.interpretations) used.add(i);
  if (greenMonthIsNow) used.add('green-channel-current-month');
  let ids = interpretationIds.get(ruleset);
  if (!ids) interpretationIds.set(ruleset, (ids = Object.keys(ruleset.interpretations) as InterpretationId[]));
  return ids
    .filter((id) => used.has(id) || id === 'seniority-counted-to-cutoff')
    .map((id) => {
      const i = ruleset.interpretations[id];
      return { id, title: i.title, reading: i.reading, clauses: i.clauses, lastReviewed: i.lastReviewed };
    });
}
