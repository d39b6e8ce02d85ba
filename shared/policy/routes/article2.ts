import type { Article2Path } from '../clauses';
import { parameterAt, valueAt } from '../parameters';
import type { RouteContext } from '../context';
import { titleSought } from '../context';
import { checkSeniority } from '../seniority';
import type { RouteDraft, RouteId } from '../types';
import { EDUCATION_LABELS, TITLE_LEVEL_LABELS } from '../vocabulary';
import {
  declaredCondition,
  educationCondition,
  methodCondition,
  nonPublicCondition,
  notHeldCondition,
  seniorityCondition,
} from './conditions';

/** 第二条: non-public staff may apply directly for 中级 or 副高级, skipping the ladder. */
export function article2Routes(ctx: RouteContext): RouteDraft[] {
  return parameterAt(ctx.ruleset, '第二条', 'paths', ctx.asOf).map((path) => article2Route(ctx, path));
}

const ROUTE_ID: Record<Article2Path['id'], RouteId> = { intermediate: 'art2-intermediate', deputy_senior: 'art2-deputy-senior' };

function article2Route(ctx: RouteContext, path: Article2Path): RouteDraft {
  const { profile, ruleset } = ctx;
  const series = profile.appliedSeries;
  const workKind = parameterAt(ruleset, '第二条', 'workKind', ctx.asOf);
  const afterGraduation = ruleset.interpretations['work-after-graduation'].parameters.afterGraduationOnly;
  const method = methodCondition(
    ctx,
    series,
    path.level,
    '第二条',
    path.excludedMethods.length > 0 ? 'exclusion' : path.quote,
    path.excludedMethods,
  );
  const education = educationCondition(ctx, path.options, path.quote);
  const since = afterGraduation ? profile.education.graduatedOn : undefined;
  const check = checkSeniority(profile.workPeriods, {
    kind: workKind,
    years: education.option.years,
    countedTo: ctx.countedTo,
    since,
  });
  const achievementLabel = `符合相关${TITLE_LEVEL_LABELS[path.level]}职称业绩成果条件`;
  return {
    id: ROUTE_ID[path.id],
    clause: '第二条',
    name: `第二条：直接申报${TITLE_LEVEL_LABELS[path.level]}`,
    title: titleSought(ctx, series, path.level),
    conditions: [
      nonPublicCondition(ctx, '第二条', 'scope'),
      notHeldCondition(ctx, series, path.level, '第二条', 'scope'),
      method.condition,
      education.condition,
      seniorityCondition(ctx, check, {
        label: `${EDUCATION_LABELS[education.option.education]}毕业后从事专业技术工作满 ${education.option.years} 年`,
        clause: '第二条',
        quoteKey: path.quote,
        sinceLabel: '毕业',
        interpretations: afterGraduation ? ['work-after-graduation'] : [],
        rule: valueAt(ruleset, '第二条', 'paths', ctx.asOf),
      }),
      declaredCondition(ctx, {
        id: 'achievements',
        label: achievementLabel,
        answer: profile.achievements?.[path.achievement],
        clause: '第二条',
        quoteKey: path.quote,
      }),
    ],
    channels: ['socialized'],
    ...(method.redirect ? { redirect: method.redirect } : {}),
    interpretations: [],
  };
}
