import type { ClauseId } from '../clauses';
import { citation } from '../clauses';
import type { RouteContext } from '../context';
import { educationStanding, isNonPublic, satisfiesEducation, usesTechSchoolEquivalence } from '../context';
import type { InterpretationId } from '../interpretations';
import type { Method, SeriesId } from '../series';
import { METHOD_LABELS } from '../series';
import type { SeniorityCheck } from '../seniority';
import { formatDuration } from '../seniority';
import type { Condition, ConditionStatus, Redirect } from '../types';
import type { IsoDate } from '../../time/dates';
import type { EducationStanding, TitleLevel } from '../vocabulary';
import { EDUCATION_LABELS, SECTOR_LABELS, TITLE_LEVEL_LABELS, WORK_KIND_LABELS, levelRank } from '../vocabulary';

/** Condition builders shared by the routes. Each cites its clause and quotes the sentence it applies. */

type QuoteOf<C extends ClauseId> = keyof RouteContext['ruleset']['clauses'][C]['quotes'];

export function quoteOf<C extends ClauseId>(ctx: RouteContext, clause: C, key: QuoteOf<C>): string {
  return (ctx.ruleset.clauses[clause].quotes as Record<string, string>)[key as string];
}

export function condition<C extends ClauseId>(
  ctx: RouteContext,
  c: Omit<Condition, 'citation' | 'quote' | 'clause'> & { clause: C; quoteKey: QuoteOf<C> },
): Condition {
  // Built field by field (no object rest: the engine makes dozens of these per evaluation).
  const out: Condition = {
    id: c.id,
    label: c.label,
    status: c.status,
    kind: c.kind,
    clause: c.clause,
    citation: citation(c.clause),
    quote: quoteOf(ctx, c.clause, c.quoteKey),
    detail: c.detail,
  };
  if (c.eligibleFrom !== undefined) out.eligibleFrom = c.eligibleFrom;
  if (c.interpretations !== undefined) out.interpretations = c.interpretations;
  return out;
}

export const DECLARED_DETAIL = '由您自行申报，本程序无法核验';

export function nonPublicCondition<C extends ClauseId>(ctx: RouteContext, clause: C, quoteKey: QuoteOf<C>): Condition {
  const met = isNonPublic(ctx);
  return condition(ctx, {
    id: 'non-public',
    label: '在非公领域工作',
    status: met ? 'met' : 'unmet',
    kind: 'gate',
    clause,
    quoteKey,
    detail: `您的单位性质：${SECTOR_LABELS[ctx.profile.sector]}${met ? '，属于非公领域' : '，不属于非公领域，本条途径不适用'}。`,
    interpretations: ['non-public-scope'],
  });
}

/** Routes lead upward: a level at or below the person's title in the same series is already held. */
export function notHeldCondition<C extends ClauseId>(
  ctx: RouteContext,
  series: SeriesId,
  level: TitleLevel,
  clause: C,
  quoteKey: QuoteOf<C>,
): Condition {
  const t = ctx.profile.currentTitle;
  const held = t && t.series === series && levelRank(t.level) >= levelRank(level);
  return condition(ctx, {
    id: 'not-held',
    label: `尚未取得${ctx.ruleset.series[series].name}系列${TITLE_LEVEL_LABELS[level]}或更高职称`,
    status: held ? 'unmet' : 'met',
    kind: 'gate',
    clause,
    quoteKey,
    detail: held
      ? `您已于 ${t.obtainedOn} 取得${ctx.ruleset.series[series].name}系列${TITLE_LEVEL_LABELS[t.level]}职称，不需要再申报这一级。`
      : t
        ? `您现有职称：${ctx.ruleset.series[t.series].name}系列${TITLE_LEVEL_LABELS[t.level]}（${t.obtainedOn}）。`
        : '您目前没有职称；本途径不要求先取得低一级职称。',
    interpretations: ['title-already-held'],
  });
}

/**
 * How the catalogue says the level is obtained. Exam-only levels and excluded methods are unmet and carry a
 * redirect to the exam; an exam-plus-review level that is not excluded needs the exam first (unknown).
 */
export function methodCondition<C extends ClauseId>(
  ctx: RouteContext,
  series: SeriesId,
  level: TitleLevel,
  clause: C,
  quoteKey: QuoteOf<C>,
  excluded: readonly Method[] = [],
): { condition: Condition; redirect?: Redirect } {
  const s = ctx.ruleset.series[series];
  const l = s.levels[level];
  const base = {
    id: 'method',
    kind: 'gate' as const,
    clause,
    quoteKey,
    interpretations: ['exam-levels', 'series-catalogue-defaults'] as InterpretationId[],
  };
  const verify = s.verifyWithBureau ? '（系列目录为默认值，请向人社部门核实）' : '';
  if (!l) {
    return {
      condition: condition(ctx, {
        ...base,
        label: `${s.name}系列设有这一级`,
        status: 'unmet',
        detail: `${s.name}系列没有${TITLE_LEVEL_LABELS[level]}职称${verify}。`,
      }),
    };
  }
  const label = `${l.titleName}可以直接申报评审（不是考试取得）`;
  if (l.method === 'exam') {
    return {
      condition: condition(ctx, {
        ...base,
        label,
        status: 'unmet',
        detail: `${l.titleName}以考代评，直接申报没有意义，请报名参加全国统一考试${verify}。`,
      }),
      redirect: { kind: 'exam', text: `${l.titleName}通过全国统一考试取得（以考代评）：请关注当年的考试报名通知。` },
    };
  }
  if (excluded.includes(l.method)) {
    return {
      condition: condition(ctx, {
        ...base,
        label,
        status: 'unmet',
        detail: `${s.name}系列${TITLE_LEVEL_LABELS[level]}是${METHOD_LABELS[l.method]}，属于本途径排除的专业${verify}。`,
      }),
      redirect: { kind: 'exam_review', text: `${l.titleName}要先参加考试，成绩合格后再按《评审标准》申报评审。` },
    };
  }
  if (l.method === 'exam_review') {
    return {
      condition: condition(ctx, {
        ...base,
        label: `${l.titleName}的考试成绩合格`,
        status: 'unknown',
        detail: `${l.titleName}是${METHOD_LABELS.exam_review}：须先通过考试，本程序不知道您的考试成绩${verify}。`,
      }),
      redirect: { kind: 'exam_review', text: `${l.titleName}要先参加考试，成绩合格后再申报评审。` },
    };
  }
  return {
    condition: condition(ctx, { ...base, label, status: 'met', detail: `${l.titleName}通过${METHOD_LABELS[l.method]}取得${verify}。` }),
  };
}

/** A yes/no the person declared about achievements we cannot verify (interpretation achievements-self-declared). */
export function declaredCondition<C extends ClauseId>(
  ctx: RouteContext,
  c: { id: string; label: string; answer: boolean | null | undefined; clause: C; quoteKey: QuoteOf<C> },
): Condition {
  const status: ConditionStatus = c.answer === true ? 'met' : c.answer === false ? 'unmet' : 'unknown';
  const detail =
    status === 'met'
      ? `${DECLARED_DETAIL}。`
      : status === 'unmet'
        ? '您申报不符合这项条件。'
        : `您还没有回答这一项；请对照本系列《评审标准》确认后填写（${DECLARED_DETAIL}）。`;
  return condition(ctx, {
    id: c.id,
    label: c.label,
    status,
    kind: 'declared',
    clause: c.clause,
    quoteKey: c.quoteKey,
    detail,
    interpretations: ['achievements-self-declared'],
  });
}

/** Education for a 第二条 path: the first option the person's standing satisfies, else the last. */
export function educationCondition(
  ctx: RouteContext,
  options: readonly { education: EducationStanding; years: number }[],
  quoteKey: QuoteOf<'第二条'>,
): { condition: Condition; option: { education: EducationStanding; years: number } } {
  const option = options.find((o) => satisfiesEducation(ctx, o.education));
  const level = ctx.profile.education.level;
  const standing = educationStanding(ctx);
  const wanted = options.map((o) => EDUCATION_LABELS[o.education]).join('或');
  const equivalence = usesTechSchoolEquivalence(ctx);
  const interpretations: InterpretationId[] = ['graduate-degree-counts-as-bachelor'];
  const detail = option
    ? `您的最高学历：${EDUCATION_LABELS[level]}${equivalence ? `，按第七条相当于${EDUCATION_LABELS[standing]}学历` : ''}，满足“${EDUCATION_LABELS[option.education]}毕业”，需从事专业技术工作满 ${option.years} 年。`
    : `您的最高学历：${EDUCATION_LABELS[level]}${equivalence ? `（按第七条相当于${EDUCATION_LABELS[standing]}学历）` : ''}，本途径要求${wanted}毕业。`;
  const c = equivalence
    ? condition(ctx, {
        id: 'education',
        label: `${wanted}毕业`,
        status: option ? 'met' : 'unmet',
        kind: 'gate',
        clause: '第七条',
        quoteKey: 'techSchool',
        detail,
        interpretations,
      })
    : condition(ctx, {
        id: 'education',
        label: `${wanted}毕业`,
        status: option ? 'met' : 'unmet',
        kind: 'gate',
        clause: '第二条',
        quoteKey,
        detail,
        interpretations,
      });
  return { condition: c, option: option ?? options[options.length - 1] };
}

export function seniorityCondition<C extends ClauseId>(
  ctx: RouteContext,
  check: SeniorityCheck,
  c: {
    label: string;
    clause: C;
    quoteKey: QuoteOf<C>;
    sinceLabel?: string;
    interpretations: InterpretationId[];
    /** The dated value that set the years, when the years are a clause parameter. */
    rule?: { from: IsoDate; ref: string };
  },
): Condition {
  const work = WORK_KIND_LABELS[check.kind];
  const since = check.since && c.sinceLabel ? `（只算${c.sinceLabel} ${check.since} 之后的${work}）` : '';
  // A value later than the clause's own date is a change of policy: the detail names the text that made it.
  const changed = c.rule && c.rule.from > ctx.ruleset.clauses[c.clause].effectiveFrom ? `（自 ${c.rule.from} 起按${c.rule.ref}）` : '';
  const counted = `截至 ${check.countedTo}（${ctx.countedToLabel}），您累计${work} ${formatDuration(check.count)}${since}，需要满 ${check.requiredYears} 年${changed}`;
  let tail: string;
  if (check.met) tail = '，已满足。';
  else if (check.reachedOn)
    tail = `，还不够。假定您现在的${work}一直持续，${check.reachedOn} 起满 ${check.requiredYears} 年（年限截止日不早于这一天的评审轮次才能用上）。`;
  else tail = `，还不够。您目前没有正在进行的${work}，恢复工作后才会继续累计。`;
  const out = condition(ctx, {
    id: 'seniority',
    label: c.label,
    status: check.met ? 'met' : 'unmet',
    kind: 'seniority',
    clause: c.clause,
    quoteKey: c.quoteKey,
    detail: counted + tail,
    ...(!check.met && check.reachedOn ? { eligibleFrom: check.reachedOn } : {}),
    interpretations: ['seniority-counted-to-cutoff', 'full-years-by-days', 'work-kinds-separate', ...c.interpretations],
  });
  if (c.rule) out.rule = { from: c.rule.from, ref: c.rule.ref };
  return out;
}
