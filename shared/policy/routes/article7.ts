import type { Article7Bridge } from '../clauses';
import { parameterAt, valueAt } from '../parameters';
import type { RouteContext } from '../context';
import { titleSought } from '../context';
import { checkSeniority } from '../seniority';
import type { RouteDraft, RouteId } from '../types';
import type { TitleLevel } from '../vocabulary';
import { SKILL_LABELS, SKILL_LEVELS, TITLE_LEVEL_LABELS } from '../vocabulary';
import { condition, declaredCondition, methodCondition, nonPublicCondition, notHeldCondition, seniorityCondition } from './conditions';

/** 第七条: skilled workers into the engineering series, by skill level and years of technical-skill work. */
export function article7Routes(ctx: RouteContext): RouteDraft[] {
  if (!ctx.profile.skill) return [];
  return parameterAt(ctx.ruleset, '第七条', 'bridges', ctx.asOf).map((bridge) => article7Route(ctx, bridge));
}

const ROUTE_ID: Partial<Record<TitleLevel, RouteId>> = {
  assistant: 'art7-assistant',
  intermediate: 'art7-intermediate',
  deputy_senior: 'art7-deputy-senior',
};

function routeId(bridge: Article7Bridge): RouteId {
  const id = ROUTE_ID[bridge.level];
  if (!id) throw new Error(`第七条的贯通级别 ${bridge.level} 没有对应的途径编号`);
  return id;
}

function article7Route(ctx: RouteContext, bridge: Article7Bridge): RouteDraft {
  const { profile, ruleset } = ctx;
  const skill = profile.skill!;
  const params = {
    series: parameterAt(ruleset, '第七条', 'series', ctx.asOf),
    workKind: parameterAt(ruleset, '第七条', 'workKind', ctx.asOf),
  };
  const title = titleSought(ctx, params.series, bridge.level);
  const higherCounts = ruleset.interpretations['higher-skill-counts-for-lower'].parameters.enabled;
  const held = SKILL_LEVELS.indexOf(skill.level);
  const needed = SKILL_LEVELS.indexOf(bridge.skill);
  const skillMet = held === needed || (higherCounts && held > needed);
  const engineering = ruleset.series[params.series].name;
  const check = checkSeniority(profile.workPeriods, {
    kind: params.workKind,
    years: bridge.years,
    countedTo: ctx.countedTo,
    since: skill.obtainedOn,
  });
  const method = methodCondition(ctx, params.series, bridge.level, '第七条', bridge.quote);
  return {
    id: routeId(bridge),
    clause: '第七条',
    name: `第七条：${SKILL_LABELS[bridge.skill]}申报${title.titleName}`,
    title,
    conditions: [
      nonPublicCondition(ctx, '第七条', 'scope'),
      condition(ctx, {
        id: 'series',
        label: `申报${engineering}系列`,
        status: profile.appliedSeries === params.series ? 'met' : 'unmet',
        kind: 'gate',
        clause: '第七条',
        quoteKey: 'scope',
        detail:
          profile.appliedSeries === params.series
            ? `您申报的是${engineering}系列。`
            : `第七条只贯通到${engineering}系列；您选择的是${ruleset.series[profile.appliedSeries].name}系列。改为申报${engineering}系列时可以走这条途径。`,
      }),
      notHeldCondition(ctx, params.series, bridge.level, '第七条', bridge.quote),
      condition(ctx, {
        id: 'skill-level',
        label: `取得${SKILL_LABELS[bridge.skill]}职业资格或职业技能等级`,
        status: skillMet ? 'met' : 'unmet',
        kind: 'gate',
        clause: '第七条',
        quoteKey: bridge.quote,
        detail: skillMet
          ? `您于 ${skill.obtainedOn} 取得${SKILL_LABELS[skill.level]}${held > needed ? `（高于${SKILL_LABELS[bridge.skill]}，年限从${SKILL_LABELS[skill.level]}取得之日算起）` : ''}。`
          : `您的技能等级是${SKILL_LABELS[skill.level]}，本途径要求${SKILL_LABELS[bridge.skill]}。`,
        ...(held > needed ? { interpretations: ['higher-skill-counts-for-lower' as const] } : {}),
      }),
      seniorityCondition(ctx, check, {
        label: `取得技能等级后从事技术技能工作满 ${bridge.years} 年`,
        clause: '第七条',
        quoteKey: bridge.quote,
        sinceLabel: '取得技能等级',
        interpretations: [],
        rule: valueAt(ruleset, '第七条', 'bridges', ctx.asOf),
      }),
      declaredCondition(ctx, {
        id: 'achievements',
        label: `符合工程系列${TITLE_LEVEL_LABELS[bridge.level]}职称申报业绩成果要求`,
        answer: profile.achievements?.engineering,
        clause: '第七条',
        quoteKey: 'achievements',
      }),
      method.condition,
    ],
    channels: ['socialized'],
    ...(method.redirect ? { redirect: method.redirect } : {}),
    interpretations: [],
  };
}
