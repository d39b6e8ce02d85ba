import type { RouteContext } from '../context';
import { titleSought } from '../context';
import { levelsOf, nextLevel } from '../series';
import { countFullYears, formatDuration } from '../seniority';
import type { Redirect, RouteDraft, TitleSought } from '../types';
import type { TitleLevel } from '../vocabulary';
import { TITLE_LEVEL_LABELS } from '../vocabulary';
import { condition, notHeldCondition } from './conditions';

/**
 * The ordinary route: the next level by the series' 评审标准 (附件2). The product cannot judge it — education,
 * years since the lower title, specialty match and achievements are in standards it does not hold — so the
 * route always asks the person to confirm, and says what to check.
 */
export function ordinaryRoute(ctx: RouteContext): RouteDraft {
  const { profile, ruleset } = ctx;
  const series = profile.appliedSeries;
  const level = ordinaryTarget(ctx);
  const t = profile.currentTitle;
  const title = withJuniorGrades(ctx, titleSought(ctx, series, level), !t || t.series !== series);
  const sinceTitle =
    t && t.obtainedOn <= ctx.countedTo
      ? `您取得现有职称（${ruleset.series[t.series].name}系列${TITLE_LEVEL_LABELS[t.level]}）至 ${ctx.countedTo} 已 ${formatDuration(countFullYears([{ from: t.obtainedOn, to: null }], ctx.countedTo))}；`
      : '您目前没有职称；';
  const redirect: Redirect =
    title.method === 'exam'
      ? { kind: 'exam', text: `${title.titleName}通过全国统一考试取得（以考代评）：请关注当年的考试报名通知和报考条件。` }
      : title.method === 'exam_review'
        ? { kind: 'exam_review', text: `${title.titleName}要先参加考试，成绩合格后再按《评审标准》申报评审。` }
        : {
            kind: 'standards',
            text: `请对照自治区人社网或内蒙古人才信息库公布的${title.seriesName}系列《评审标准》，逐项核对申报${title.titleName}的条件。`,
          };
  return {
    id: 'ordinary',
    clause: '附件2 第一项',
    name: `按评审标准申报${title.titleName}（社会化评审）`,
    title,
    conditions: [
      notHeldCondition(ctx, series, level, '附件2 第一项', 'conditions'),
      condition(ctx, {
        id: 'standards',
        label: `符合${title.seriesName}系列《评审标准》中${title.titleName}的申报条件`,
        status: 'unknown',
        kind: 'declared',
        clause: '附件2 第一项',
        quoteKey: 'standards',
        detail: `${sinceTitle}学历、资历（工作年限、取得下一级职称的时间）、专业是否对口、能力业绩是否达标，都要按《评审标准》逐项核对，本程序无法判断。`,
        interpretations: ['series-catalogue-defaults'],
      }),
      condition(ctx, {
        id: 'conditions',
        label: '学历、资历、专业、能力业绩四类条件',
        status: 'unknown',
        kind: 'declared',
        clause: '附件2 第一项',
        quoteKey: 'conditions',
        detail: '四类条件的具体要求因系列、级别而不同，请向单位人事部门或人社部门确认。',
      }),
    ],
    channels: ['socialized'],
    redirect,
    interpretations: [],
  };
}

/** Without a title in the series, the first title is 初级: name both grades, the standards decide which. */
function withJuniorGrades(ctx: RouteContext, title: TitleSought, noTitle: boolean): TitleSought {
  if (!noTitle || (title.level !== 'junior_staff' && title.level !== 'assistant')) return title;
  const grades = (['junior_staff', 'assistant'] as const)
    .map((l) => ctx.ruleset.series[title.series].levels[l]?.titleName)
    .filter((n) => n !== undefined);
  return { ...title, titleName: grades.join('或') };
}

/** The level above the current title in the same series; for a change of series, the same level if it exists. */
function ordinaryTarget(ctx: RouteContext): TitleLevel {
  const { profile, ruleset } = ctx;
  const series = profile.appliedSeries;
  const t = profile.currentTitle;
  const levels = levelsOf(ruleset.series, series);
  if (t && t.series !== series && levels.includes(t.level)) return t.level;
  const current = t && t.series === series ? t.level : undefined;
  return nextLevel(ruleset.series, series, current) ?? levels[levels.length - 1];
}
