import type { RouteContext } from '../context';
import { titleSought } from '../context';
import type { Condition, ConditionStatus, RouteDraft, RouteId } from '../types';
import type { TitleLevel } from '../vocabulary';
import { MAJOR_CONTRIBUTION_LABELS, TITLE_LEVEL_LABELS } from '../vocabulary';
import { DECLARED_DETAIL, condition, declaredCondition, methodCondition, nonPublicCondition, notHeldCondition } from './conditions';

/** 第八条 and 附件1: the green channel for introduced high-level talent and key-industry talent. */
export function article8GreenRoutes(ctx: RouteContext): RouteDraft[] {
  return ctx.ruleset.interpretations['green-channel-level-by-achievements'].parameters.levels.map(({ level, achievement }) => {
    const series = ctx.profile.appliedSeries;
    const method = methodCondition(ctx, series, level, '第八条', 'greenChannel');
    return {
      id: greenRouteId(level),
      clause: '第八条',
      name: `第八条：绿色通道申报${TITLE_LEVEL_LABELS[level]}`,
      title: titleSought(ctx, series, level),
      conditions: [
        nonPublicCondition(ctx, '第八条', 'greenChannel'),
        talentCondition(ctx),
        condition(ctx, {
          id: 'seniority-relaxed',
          label: '资历、年限条件放宽',
          status: 'met',
          kind: 'gate',
          clause: '第八条',
          quoteKey: 'greenChannel',
          detail: '绿色通道可放宽资历、年限等条件，一事一议、一人一策，不按“满N年”计算。',
        }),
        notHeldCondition(ctx, series, level, '附件1 第一项', 'scope'),
        method.condition,
        declaredCondition(ctx, {
          id: 'achievements',
          label: `业绩能力达到${TITLE_LEVEL_LABELS[level]}职称标准`,
          answer: ctx.profile.achievements?.[achievement],
          clause: '附件1 第一项',
          quoteKey: 'scope',
        }),
      ],
      channels: ['green', 'socialized'],
      ...(method.redirect ? { redirect: method.redirect } : {}),
      interpretations: ['green-channel-level-by-achievements'],
    };
  });
}

function greenRouteId(level: TitleLevel): RouteId {
  if (level === 'intermediate') return 'art8-green-intermediate';
  if (level === 'deputy_senior') return 'art8-green-deputy-senior';
  throw new Error(`绿色通道级别 ${level} 没有对应的途径编号`);
}

/** Recognized and introduced by a non-public firm → met; key-industry talent → the bureau decides (unknown). */
function talentCondition(ctx: RouteContext): Condition {
  const t = ctx.profile.talent ?? {};
  const introduced: ConditionStatus =
    t.recognizedHighLevel === true && t.broughtInByNonPublicFirm === true
      ? 'met'
      : t.recognizedHighLevel === false || t.broughtInByNonPublicFirm === false
        ? 'unmet'
        : 'unknown';
  const keyIndustry: ConditionStatus =
    t.keyIndustryUrgentNeed === true ? 'unknown' : t.keyIndustryUrgentNeed === false ? 'unmet' : 'unknown';
  const status: ConditionStatus =
    introduced === 'met' ? 'met' : introduced === 'unknown' || keyIndustry === 'unknown' ? 'unknown' : 'unmet';
  let detail: string;
  if (status === 'met')
    detail = `您申报已按《包头市高层次人才认定标准（2021）》认定为高层次人才，并由非公企业引进（${DECLARED_DETAIL}，请准备认定证明）。`;
  else if (t.keyIndustryUrgentNeed === true)
    detail = '您申报属于重点行业、重点领域急需紧缺人才：是否属于、能否走绿色通道，由人社部门一事一议认定，请向市人社局确认。';
  else if (status === 'unknown') detail = '请回答：是否经认定为高层次人才、是否由非公企业引进、是否属于重点行业重点领域急需紧缺人才。';
  else detail = '您不是由非公企业引进的经认定高层次人才，也不是重点行业、重点领域急需紧缺人才。';
  return condition(ctx, {
    id: 'talent',
    label: '非公企业引进的高层次人才，或重点行业、重点领域急需紧缺人才',
    status,
    kind: 'declared',
    clause: '第八条',
    quoteKey: 'greenChannel',
    detail,
    interpretations: ['green-channel-scope'],
  });
}

/** 第八条 second sentence: a major contribution opens a direct application for a senior title. */
export function article8DirectSeniorRoute(ctx: RouteContext): RouteDraft {
  const { profile, ruleset } = ctx;
  const level = ruleset.interpretations['direct-senior-is-deputy'].parameters.level;
  const series = profile.appliedSeries;
  const method = methodCondition(ctx, series, level, '第八条', 'directSenior');
  const list = profile.majorContributions;
  const status: ConditionStatus = list === undefined ? 'unknown' : list.length > 0 ? 'met' : 'unmet';
  const t = profile.talent;
  const introduced = t?.recognizedHighLevel === true && t?.broughtInByNonPublicFirm === true;
  return {
    id: 'art8-direct-senior',
    clause: '第八条',
    name: '第八条：有重大贡献直接申报高级职称',
    title: titleSought(ctx, series, level),
    conditions: [
      nonPublicCondition(ctx, '第八条', 'directSenior'),
      condition(ctx, {
        id: 'major-contribution',
        label: '有第八条所列的重大突破、发明、成果转化或重大贡献',
        status,
        kind: 'declared',
        clause: '第八条',
        quoteKey: 'directSenior',
        detail:
          status === 'met'
            ? `您申报：${list!.map((c) => MAJOR_CONTRIBUTION_LABELS[c]).join('；')}（${DECLARED_DETAIL}，是否达到“重大”“显著”由评审认定）。`
            : status === 'unmet'
              ? '您没有选择任何一项重大贡献。'
              : '您还没有回答是否有第八条所列的重大贡献。',
        interpretations: ['achievements-self-declared'],
      }),
      notHeldCondition(ctx, series, level, '第八条', 'directSenior'),
      method.condition,
    ],
    channels: introduced ? ['socialized', 'green'] : ['socialized'],
    ...(method.redirect ? { redirect: method.redirect } : {}),
    interpretations: ['direct-senior-is-deputy', 'major-contribution-channel'],
  };
}
