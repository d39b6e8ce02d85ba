/**
 * What each clause sets, in plain words, read from the clause's own parameters (so an officer's edit of the
 * rule data shows here too). Clauses whose text says it all have none.
 */
import type { ClauseId } from '@shared/policy/clauses';
import { CLAUSES } from '@shared/policy/clauses';
import {
  EDUCATION_LABELS,
  MAJOR_CONTRIBUTION_LABELS,
  PAPER_REPLACEMENT_LABELS,
  SKILL_LABELS,
  TITLE_LEVEL_LABELS,
  WORK_KIND_LABELS,
} from '@shared/policy/vocabulary';
import type { EducationLevel } from '@shared/policy/vocabulary';

export function clauseFacts(id: ClauseId): string[] {
  switch (id) {
    case '第一条':
      return CLAUSES['第一条'].parameters.bodies.map((b, i) => `渠道${i + 1}：${b.name}`);
    case '第二条': {
      const p = CLAUSES['第二条'].parameters;
      return p.paths.map((path) => {
        const options = path.options
          .map((o) => `${EDUCATION_LABELS[o.education]}毕业、${WORK_KIND_LABELS[p.workKind]}满 ${o.years} 年`)
          .join('，或');
        const excluded = path.excludedMethods.length ? '（考评结合的专业除外）' : '';
        return `${options}，业绩达到${TITLE_LEVEL_LABELS[path.level]}条件 → 可直接申报${TITLE_LEVEL_LABELS[path.level]}${excluded}`;
      });
    }
    case '第三条':
      return [`可以代替论文的成果：${CLAUSES['第三条'].parameters.replacements.map((r) => PAPER_REPLACEMENT_LABELS[r]).join('、')}`];
    case '第四条':
      return ['继续教育学时：不作硬性要求'];
    case '第五条':
      return CLAUSES['第五条'].parameters.forms.map((f) => `评审方式：${f}`);
    case '第六条':
      return CLAUSES['第六条'].parameters.services.map((s) => `人社部门提供：${s}`);
    case '第七条': {
      const p = CLAUSES['第七条'].parameters;
      const bridges = p.bridges.map(
        (b) =>
          `${SKILL_LABELS[b.skill]} + ${WORK_KIND_LABELS[p.workKind]}满 ${b.years} 年 → 可申报${TITLE_LEVEL_LABELS[b.level]}（工程技术系列）`,
      );
      const eq = Object.entries(p.techSchoolEquivalence).map(
        ([from, to]) => `${EDUCATION_LABELS[from as EducationLevel]} = ${EDUCATION_LABELS[to as EducationLevel]}学历`,
      );
      return [...bridges, ...eq];
    }
    case '第八条': {
      const p = CLAUSES['第八条'].parameters;
      return [
        `绿色通道适用于：${p.greenChannelFor.join('；')}`,
        `可放宽：${p.relaxed.join('、')}条件`,
        `可直接申报高级职称：${p.majorContributions.map((c) => MAJOR_CONTRIBUTION_LABELS[c]).join('；')}`,
      ];
    }
    case '第九条':
      return [`单位要做好：${CLAUSES['第九条'].parameters.employerDuties.join('、')}`];
    case '附件1 第一项':
      return [`认定依据：${CLAUSES['附件1 第一项'].parameters.recognitionStandard}`, '可以转系列评审；也可以选择社会化评审'];
    case '附件1 第二项': {
      const p = CLAUSES['附件1 第二项'].parameters;
      const months = (k: number) => [0, 3, 6, 9].map((q) => `${q + k}月`).join('、');
      return [
        `每年 ${p.roundsPerYear} 次，每季度一次`,
        `申报：${months(p.applicationMonthOfQuarter)}`,
        `评审：${months(p.reviewMonthOfQuarter)}`,
        `核准结果、发证书：${months(p.certificateMonthOfQuarter)}`,
      ];
    }
    case '附件1 第三项': {
      const p = CLAUSES['附件1 第三项'].parameters;
      return [`网上申报：${p.website}（内蒙古人才信息库）`, `评审：${p.reviewer}`, `服务热线：${p.hotlines.join('、')}`];
    }
    case '附件2 第一项':
      return [`要看的条件：${CLAUSES['附件2 第一项'].parameters.conditions.join('、')}`];
    case '附件2 第二项':
      return [`时间：${CLAUSES['附件2 第二项'].parameters.setBy}`];
    case '附件2 第三项': {
      const p = CLAUSES['附件2 第三项'].parameters;
      return [
        `高级职称评审：${p.seniorReviewer}`,
        `中级、初级职称评审：${p.juniorReviewer}`,
        `${p.defenseLevels.map((l) => TITLE_LEVEL_LABELS[l]).join('、')}要参加答辩，答辩通知提前 ${p.defenseNoticeDaysBefore} 天发布`,
        `服务热线：${p.hotlines.join('、')}`,
      ];
    }
  }
}

/** The service hotlines (附件1 and 附件2), each once. */
export function hotlines(): string[] {
  return [...new Set([...CLAUSES['附件1 第三项'].parameters.hotlines, ...CLAUSES['附件2 第三项'].parameters.hotlines])];
}
