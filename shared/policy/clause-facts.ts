/**
 * What each clause sets, in plain words (the points the policy page lists under a clause), read from the
 * clause's own parameters as they stand on a date (the page passes today), so a dated change of the rule data
 * shows there from its date. One entry per clause.
 */
import type { IsoDate } from '../time/dates';
import type { ClauseBook, ClauseId } from './clauses';
import { CLAUSES } from './clauses';
import type { ParametersOf } from './parameters';
import { parameterAt, parametersAt } from './parameters';
import { greenChannelMonths } from './quarters';
import type { GreenChannelMonth } from './quarters';
import {
  EDUCATION_LABELS,
  MAJOR_CONTRIBUTION_LABELS,
  PAPER_REPLACEMENT_LABELS,
  SKILL_LABELS,
  TITLE_LEVEL_LABELS,
  WORK_KIND_LABELS,
} from './vocabulary';
import type { EducationLevel } from './vocabulary';

type FactsOf = { [K in ClauseId]: (parameters: ParametersOf<K>, clauses: ClauseBook, asOf: IsoDate) => string[] };

const FACTS: FactsOf = {
  第一条: (p) => p.bodies.map((b, i) => `渠道${i + 1}：${b.name}`),
  第二条: (p) =>
    p.paths.map((path) => {
      const options = path.options
        .map((o) => `${EDUCATION_LABELS[o.education]}毕业、${WORK_KIND_LABELS[p.workKind]}满 ${o.years} 年`)
        .join('，或');
      const excluded = path.excludedMethods.length ? '（考评结合的专业除外）' : '';
      return `${options}，业绩达到${TITLE_LEVEL_LABELS[path.level]}条件 → 可直接申报${TITLE_LEVEL_LABELS[path.level]}${excluded}`;
    }),
  第三条: (p) => [`可以代替论文的成果：${p.replacements.map((r) => PAPER_REPLACEMENT_LABELS[r]).join('、')}`],
  第四条: (p) => [p.continuingEducationRequired ? '继续教育学时：按规定要求' : '继续教育学时：不作硬性要求'],
  第五条: (p) => p.forms.map((f) => `评审方式：${f}`),
  第六条: (p) => p.services.map((s) => `人社部门提供：${s}`),
  第七条: (p) => [
    ...p.bridges.map(
      (b) =>
        `${SKILL_LABELS[b.skill]} + ${WORK_KIND_LABELS[p.workKind]}满 ${b.years} 年 → 可申报${TITLE_LEVEL_LABELS[b.level]}（工程技术系列）`,
    ),
    ...Object.entries(p.techSchoolEquivalence).map(
      ([from, to]) => `${EDUCATION_LABELS[from as EducationLevel]} = ${EDUCATION_LABELS[to as EducationLevel]}学历`,
    ),
  ],
  第八条: (p) => [
    `绿色通道适用于：${p.greenChannelFor.join('；')}`,
    `可放宽：${p.relaxed.join('、')}条件`,
    `可直接申报高级职称：${p.majorContributions.map((c) => MAJOR_CONTRIBUTION_LABELS[c]).join('；')}`,
  ],
  第九条: (p) => [`单位要做好：${p.employerDuties.join('、')}`],
  '附件1 第一项': (p) => [
    `认定依据：${p.recognitionStandard}`,
    `${p.includesSeriesChange ? '可以转系列评审；' : ''}${p.mayChooseSocialized ? '也可以选择社会化评审' : ''}`,
  ],
  '附件1 第二项': (p, clauses, asOf) => {
    const months = (what: GreenChannelMonth) =>
      greenChannelMonths(what, asOf, clauses)
        .map((m) => `${m}月`)
        .join('、');
    return [
      `每年 ${p.roundsPerYear} 次，每季度一次`,
      `申报：${months('application')}`,
      `评审：${months('review')}`,
      `核准结果、发证书：${months('certificate')}`,
    ];
  },
  '附件1 第三项': (p) => [`网上申报：${p.website}（内蒙古人才信息库）`, `评审：${p.reviewer}`, `服务热线：${p.hotlines.join('、')}`],
  '附件2 第一项': (p) => [`要看的条件：${p.conditions.join('、')}`],
  '附件2 第二项': (p) => [`时间：${p.setBy}`],
  '附件2 第三项': (p) => [
    `高级职称评审：${p.seniorReviewer}`,
    `中级、初级职称评审：${p.juniorReviewer}`,
    `${p.defenseLevels.map((l) => TITLE_LEVEL_LABELS[l]).join('、')}要参加答辩，答辩通知提前 ${p.defenseNoticeDaysBefore} 天发布`,
    `服务热线：${p.hotlines.join('、')}`,
  ],
};

/** What a clause sets on `asOf`; none before the clause is in force. */
export function clauseFacts(id: ClauseId, asOf: IsoDate, clauses: ClauseBook = CLAUSES): string[] {
  if (clauses[id].effectiveFrom > asOf) return [];
  const facts = FACTS[id] as (parameters: unknown, clauses: ClauseBook, asOf: IsoDate) => string[];
  return facts(parametersAt({ clauses }, id, asOf), clauses, asOf);
}

/** The service hotlines (附件1 and 附件2) on `asOf`, each once. */
export function hotlines(asOf: IsoDate, clauses: ClauseBook = CLAUSES): string[] {
  const rules = { clauses };
  return [...new Set([...parameterAt(rules, '附件1 第三项', 'hotlines', asOf), ...parameterAt(rules, '附件2 第三项', 'hotlines', asOf)])];
}
