import { DISTRICTS } from '../org/districts';
import type { ClauseId } from './clauses';
import { citation } from './clauses';
import type { RouteContext } from './context';
import { isNonPublic } from './context';
import { parameterAt, parametersAt } from './parameters';
import type { ChannelId, Cited, NextSteps, RouteDraft, SubmissionBody } from './types';
import { PAPER_REPLACEMENT_LABELS, isSeniorLevel } from './vocabulary';

/** What to do next on a route: channel, who submits, who reviews, defense, privileges, checklist, calendar. */
export function nextSteps(ctx: RouteContext, route: RouteDraft): NextSteps {
  const common = commonSteps(ctx);
  const nonPublic = common.nonPublic;
  const level = route.title.level;
  const socialized = route.channels.includes('socialized');
  const green = route.channels.includes('green');
  const round = ctx.round;
  const socializedSteps = parametersAt(ctx.ruleset, '附件2 第三项', ctx.asOf);
  const defenseRequired = socialized && socializedSteps.defenseLevels.includes(level);
  return {
    channels: route.channels.map((id) =>
      id === 'green'
        ? { id, name: '引进高层次人才绿色通道（附件1）', ...cite(ctx, '附件1 第一项', 'choice') }
        : { id, name: '社会化职称评审（附件2）', ...cite(ctx, '附件2 第一项', 'scope') },
    ),
    submissionBodies: common.submissionBodies,
    reviewer: [
      ...(green
        ? [
            {
              channel: 'green' as const,
              body: parameterAt(ctx.ruleset, '附件1 第三项', 'reviewer', ctx.asOf),
              ...cite(ctx, '附件1 第三项', 'review'),
            },
          ]
        : []),
      ...(socialized
        ? [
            isSeniorLevel(level)
              ? {
                  channel: 'socialized' as const,
                  body: socializedSteps.seniorReviewer,
                  ...cite(ctx, '附件2 第三项', 'seniorReview'),
                }
              : {
                  channel: 'socialized' as const,
                  body: socializedSteps.juniorReviewer,
                  ...cite(ctx, '附件2 第三项', 'juniorReview'),
                },
          ]
        : []),
    ],
    defense: {
      required: defenseRequired,
      detail: defenseRequired
        ? `走社会化评审申报中级，须参加评审答辩；答辩通知提前 ${socializedSteps.defenseNoticeDaysBefore} 天（一周）在包头市人才资源和社会保障网发布${round?.defenseFrom ? `。本轮答辩安排在 ${round.defenseFrom} 至 ${round.defenseTo}` : ''}。${green ? '绿色通道的流程没有规定答辩。' : ''}`
        : '这一级不需要参加社会化评审的中级答辩。',
      ...(defenseRequired && round?.defenseFrom ? { from: round.defenseFrom, to: round.defenseTo } : {}),
      ...cite(ctx, '附件2 第三项', 'defense'),
    },
    continuingEducation: common.continuingEducation,
    papersReplaceable: common.papersReplaceable,
    separateGrouping: common.separateGrouping,
    checklist: checklist(ctx, route, nonPublic),
    calendar: {
      ...(green ? { greenChannel: ctx.calendar.greenChannel } : {}),
      ...(socialized ? { socialized: ctx.calendar.socialized } : {}),
    },
  };
}

type Common = Pick<NextSteps, 'submissionBodies' | 'continuingEducation' | 'papersReplaceable' | 'separateGrouping'> & {
  nonPublic: boolean;
};
const commonOf = new WeakMap<RouteContext, Common>();

/** The parts of the next steps that depend on the person, not on the route: worked out once per evaluation. */
function commonSteps(ctx: RouteContext): Common {
  const known = commonOf.get(ctx);
  if (known) return known;
  const nonPublic = isNonPublic(ctx);
  const common: Common = {
    nonPublic,
    submissionBodies: nonPublic ? submissionBodies(ctx) : [employerBody(ctx)],
    continuingEducation: nonPublic
      ? {
          required: parameterAt(ctx.ruleset, '第四条', 'continuingEducationRequired', ctx.asOf),
          detail: '非公领域专业技术人才申报职称，不硬性要求继续教育学时。',
          ...cite(ctx, '第四条', 'exempt'),
        }
      : null,
    papersReplaceable: nonPublic
      ? {
          by: parameterAt(ctx.ruleset, '第三条', 'replacements', ctx.asOf).map((r) => PAPER_REPLACEMENT_LABELS[r]),
          yours: (ctx.profile.paperReplacements ?? []).map((r) => PAPER_REPLACEMENT_LABELS[r]),
          ...cite(ctx, '第三条', 'replace'),
        }
      : null,
    separateGrouping: nonPublic
      ? {
          marker: '非公领域',
          detail: '申报材料标注“非公领域”，有条件的地区和高评委会单独分组、单独评审或开展专项评审。',
          ...cite(ctx, '第五条', 'grouping'),
        }
      : null,
  };
  commonOf.set(ctx, common);
  return common;
}

function cite(ctx: RouteContext, clause: ClauseId, key: string): Cited {
  return { clause, citation: citation(clause), quote: (ctx.ruleset.clauses[clause].quotes as Record<string, string>)[key] };
}

const HIGH_TECH_ZONE = '150271';

/** 第一条's four bodies, best fit first; ties keep the document's order. */
export function submissionBodies(ctx: RouteContext): SubmissionBody[] {
  const p = ctx.profile;
  const district = DISTRICTS.find((d) => d.code === p.employerDistrict);
  const flexible = p.sector === 'flexible_employment';
  const scored = parameterAt(ctx.ruleset, '第一条', 'bodies', ctx.asOf).map((body, order) => {
    let score = 0;
    let reason: string;
    let name = body.name;
    switch (body.id) {
      case 'talent_centre':
        if (p.archiveHeldBy === 'talent_centre') [score, reason] = [40, '您的档案存放在人才交流服务机构，可由它直接推荐报送。'];
        else if (flexible) [score, reason] = [35, '灵活就业人员没有单位集中申报，一般通过存放档案的人才交流服务机构申报。'];
        else reason = '如果您的档案存放在人才交流服务机构，也可以由它推荐报送。';
        break;
      case 'district_bureau':
        if (district)
          [score, reason, name] = [30, `按属地就近原则，由单位所在地的${district.bureau}受理。`, `${body.name}（${district.bureau}）`];
        else [score, reason] = [20, '单位所在旗县区的人社部门（填写单位所在旗县区后可以指明是哪一个）。'];
        break;
      case 'service_point':
        if (p.employerInPark === true) [score, reason] = [35, '您的单位在园区或孵化基地，可就近到园区的职称申报受理服务点（如已设立）。'];
        else if (p.employerDistrict === HIGH_TECH_ZONE)
          [score, reason] = [25, '稀土高新区是高新技术开发区，可先问问园区是否设立了职称申报受理服务点。'];
        else [score, reason] = [5, '有条件的旗县区会在孵化基地、高新区、科技园区设立受理服务点。'];
        break;
      case 'social_org':
        if (p.sector === 'social_organization')
          [score, reason] = [15, '您在社会组织工作，可通过相关的工商联、行业协会、商会或学会推荐报送。'];
        else [score, reason] = [10, '如果您的单位是工商联、行业协会、商会或学会的会员，也可以由它们推荐报送。'];
        break;
    }
    return { score, order, body: { id: body.id, name, bestFit: false, reason: reason!, ...cite(ctx, '第一条', body.id) } };
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map((s, i) => ({ ...s.body, bestFit: i === 0 }));
}

function employerBody(ctx: RouteContext): SubmissionBody {
  return {
    id: 'employer',
    name: '本单位人力资源部门',
    bestFit: true,
    reason: '第一条的四个推荐渠道是为非公领域设的；您所在单位的人力资源部门统一汇总后报人社部门。',
    ...cite(ctx, '附件2 第三项', 'submit'),
  };
}

function checklist(ctx: RouteContext, route: RouteDraft, nonPublic: boolean): NextSteps['checklist'] {
  const items: NextSteps['checklist'] = [];
  const add = (item: string, clause: ClauseId, key: string, channel?: ChannelId) =>
    items.push({ item, ...(channel ? { channel } : {}), ...cite(ctx, clause, key) });
  const p = ctx.profile;
  const flexible = p.sector === 'flexible_employment';
  if (nonPublic) {
    add(flexible ? '通过存放档案的人才交流服务机构等推荐渠道集中申报' : '向所在单位提出申请，单位审核把关后集中申报', '第一条', 'apply');
    if (!flexible) add('请单位做好政策宣传、材料审核、能力水平和业绩成果评价（单位的职责）', '第九条', 'duties');
  }
  if (route.channels.includes('green')) {
    add('在“内蒙古人才信息库”（www.nmgrck.cn）通过引进人才绿色通道入口网上申报', '附件1 第三项', 'online', 'green');
    add('填写单位全称，选择包头市人力资源和社会保障局；提交后导出打印评审表、送审表', '附件1 第三项', 'submit', 'green');
    add(
      '按《专业技术资格送评资格材料目录单》准备书面材料，A4 纸装订成册；《申报人员花名册》一份加盖单位公章',
      '附件1 第三项',
      'bind',
      'green',
    );
    add('单位审核材料的合法性、真实性、完整性和时效性，公示无异议后推荐上报', '附件1 第三项', 'employer', 'green');
    add('高层次人才认定证明', '附件1 第一项', 'scope', 'green');
  }
  if (route.channels.includes('socialized')) {
    add('在“内蒙古人才信息库”（www.nmgrck.cn）完成单位注册和个人注册，上传基本信息和照片', '附件2 第三项', 'register', 'socialized');
    add('下载并线下填写《专业技术资格评审表》《专业技术资格送审表》', '附件2 第三项', 'register', 'socialized');
    add('其他佐证材料复印件装订成册（种类和要求以当年的职称工作安排为准）', '附件2 第三项', 'bind', 'socialized');
    add('单位审核，并把《专业技术资格送审表》在本单位公示，无异议后上报', '附件2 第三项', 'notice', 'socialized');
  }
  add('最高学历毕业证书', '附件2 第一项', 'conditions');
  if (route.clause === '第七条') add('职业资格证书或职业技能等级证书，以及取得后从事技术技能工作的年限证明', '第七条', 'scope');
  if (route.clause === '第二条')
    add('从事专业技术工作的年限证明', '第二条', route.id === 'art2-intermediate' ? 'intermediate' : 'deputySenior');
  if (p.currentTitle) add('现有职称证书', '附件2 第一项', 'conditions');
  if (route.id === 'art8-direct-senior') add('重大突破、发明、成果转化或重大贡献的证明材料', '第八条', 'directSenior');
  add('业绩成果证明材料（按本系列《评审标准》）', '附件2 第一项', 'conditions');
  if (nonPublic && (p.paperReplacements?.length ?? 0) > 0) {
    add(`可替代论文的成果材料：${p.paperReplacements!.map((r) => PAPER_REPLACEMENT_LABELS[r]).join('、')}`, '第三条', 'replace');
  }
  return items;
}
