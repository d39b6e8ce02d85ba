import { districtName, DISTRICTS } from '../org/districts';
import type { ClauseId } from '../policy/clauses';
import type { Application, ApplicationStatus, Holder, Workflow } from './application';
import { levelClass, openCorrection, rulesDateOf } from './application';

/**
 * Where a file can be, who holds it there, and how long that is expected to take. The socialized steps are
 * 附件2 第三项's five, the green-channel steps 附件1 第三项's five, both opened up into what each party does.
 */
export const STAGES = [
  'draft',
  'employer_review',
  'notice_ready',
  'public_notice',
  'recommendation',
  'body_review',
  'bureau_check',
  'city_collection',
  'city_check',
  'awaiting_defense',
  'defense_scheduled',
  'review',
  'region_review',
  'approved',
  'archiving',
  'correction',
  'completed',
  'not_passed',
  'withdrawn',
] as const;
export type Stage = (typeof STAGES)[number];

export const SOCIALIZED_STAGES: readonly Stage[] = [
  'draft',
  'employer_review',
  'notice_ready',
  'public_notice',
  'recommendation',
  'body_review',
  'bureau_check',
  'city_collection',
  'region_review',
  'awaiting_defense',
  'defense_scheduled',
  'review',
  'approved',
  'archiving',
  'correction',
  'completed',
  'not_passed',
  'withdrawn',
];

export const GREEN_CHANNEL_STAGES: readonly Stage[] = [
  'draft',
  'employer_review',
  'notice_ready',
  'public_notice',
  'city_check',
  'region_review',
  'approved',
  'correction',
  'completed',
  'not_passed',
  'withdrawn',
];

export const WORKFLOW_STAGES: Record<Workflow, readonly Stage[]> = { socialized: SOCIALIZED_STAGES, green_channel: GREEN_CHANNEL_STAGES };

export const TERMINAL_STAGES: readonly Stage[] = ['completed', 'not_passed', 'withdrawn'];
export function isTerminal(stage: Stage): boolean {
  return TERMINAL_STAGES.includes(stage);
}

/** Who holds the file in a stage; resolved against the application by `holderOf`. */
export type HolderRule =
  | 'applicant'
  | 'employer'
  | 'body'
  | 'district'
  | 'city'
  | 'region'
  /** The bureau that reviewed: the city for senior titles and the green channel, else the district. */
  | 'reviewing_bureau'
  | 'correction_party'
  | 'none';

/** The expected duration of a stage. `working_days` are service targets of this program, not the policy's. */
export type ExpectationRule =
  | { kind: 'working_days'; days: number; text: string }
  | { kind: 'notice'; text: string }
  | { kind: 'green_month'; month: 'applicationMonth' | 'reviewMonth' | 'certificateMonth'; text: string }
  | { kind: 'round'; field: 'applyTo' | 'defenseFrom'; text: string }
  | { kind: 'defense'; text: string }
  | { kind: 'open'; text: string };

export interface StageInfo {
  id: Stage;
  label: string;
  /** What happens in this stage, per workflow where they differ. */
  description: Record<Workflow, string>;
  holder: HolderRule;
  expect: Record<Workflow, ExpectationRule>;
  clause: Record<Workflow, ClauseId>;
}

const both = <T>(value: T): Record<Workflow, T> => ({ socialized: value, green_channel: value });
const NOT_IN_GREEN = '（绿色通道无此环节）';

export const STAGE_INFO: Record<Stage, StageInfo> = {
  draft: {
    id: 'draft',
    label: '个人申报',
    description: {
      socialized: '在内蒙古人才信息库注册、上传信息和照片，下载并填写评审表、送审表，证明材料复印件装订成册',
      green_channel: '从内蒙古人才信息库绿色通道入口网上申报，选择包头市人社局，导出打印评审表、送审表，按目录单装订材料',
    },
    holder: 'applicant',
    expect: {
      socialized: { kind: 'round', field: 'applyTo', text: '在本轮申报截止日前提交' },
      green_channel: { kind: 'green_month', month: 'applicationMonth', text: '季度第一个月内申报' },
    },
    clause: { socialized: '附件2 第三项', green_channel: '附件1 第三项' },
  },
  employer_review: {
    id: 'employer_review',
    label: '单位审核',
    description: {
      socialized: '单位审核申报材料',
      green_channel: '单位审核申报材料的合法性、真实性、完整性和时效性，在《申报人员花名册》上加盖公章',
    },
    holder: 'employer',
    expect: {
      socialized: { kind: 'working_days', days: 5, text: '参考时限 5 个工作日' },
      green_channel: { kind: 'green_month', month: 'applicationMonth', text: '季度第一个月内完成' },
    },
    clause: { socialized: '附件2 第三项', green_channel: '附件1 第三项' },
  },
  notice_ready: {
    id: 'notice_ready',
    label: '待公示',
    description: both('单位审核通过，等待在本单位公示'),
    holder: 'employer',
    expect: {
      socialized: { kind: 'working_days', days: 3, text: '参考时限 3 个工作日' },
      green_channel: { kind: 'green_month', month: 'applicationMonth', text: '季度第一个月内完成' },
    },
    clause: { socialized: '附件2 第三项', green_channel: '附件1 第三项' },
  },
  public_notice: {
    id: 'public_notice',
    label: '单位公示',
    description: {
      socialized: '在本单位公示《专业技术资格送审表》，公示无异议后上报',
      green_channel: '在本单位公示，公示无异议后推荐上报',
    },
    holder: 'employer',
    expect: both({ kind: 'notice', text: '公示期按工作日计算（法定节假日不计，调休上班日计入）' }),
    clause: { socialized: '附件2 第三项', green_channel: '附件1 第三项' },
  },
  recommendation: {
    id: 'recommendation',
    label: '推荐报送',
    description: {
      socialized: '单位选择推荐报送渠道：人才交流服务机构、所在地区人社部门、社会组织或申报受理服务点',
      green_channel: NOT_IN_GREEN,
    },
    holder: 'employer',
    expect: both({ kind: 'working_days', days: 5, text: '参考时限 5 个工作日' }),
    clause: both('第一条'),
  },
  body_review: {
    id: 'body_review',
    label: '推荐单位受理',
    description: { socialized: '推荐单位受理并报送人社部门', green_channel: NOT_IN_GREEN },
    holder: 'body',
    expect: both({ kind: 'working_days', days: 5, text: '“应及时受理”，参考时限 5 个工作日' }),
    clause: both('第一条'),
  },
  bureau_check: {
    id: 'bureau_check',
    label: '人社部门审核受理',
    description: { socialized: '市人社局或所在旗县区人社局审核申报材料，审核合格后接收', green_channel: NOT_IN_GREEN },
    holder: 'district',
    expect: both({ kind: 'working_days', days: 10, text: '参考时限 10 个工作日' }),
    clause: both('附件2 第三项'),
  },
  city_collection: {
    id: 'city_collection',
    label: '市人社局汇总报自治区',
    description: { socialized: '高级职称由市人社局统一汇总后报自治区', green_channel: NOT_IN_GREEN },
    holder: 'city',
    expect: both({ kind: 'open', text: '按全区职称工作安排汇总报送' }),
    clause: both('附件2 第三项'),
  },
  city_check: {
    id: 'city_check',
    label: '市人社局审核',
    description: { socialized: '（社会化评审无此环节）', green_channel: '包头市人社局审核报送材料的原件，同时完成网上确认' },
    holder: 'city',
    expect: both({ kind: 'green_month', month: 'applicationMonth', text: '季度第一个月内完成' }),
    clause: both('附件1 第三项'),
  },
  awaiting_defense: {
    id: 'awaiting_defense',
    label: '待安排答辩',
    description: { socialized: '申报中级职称的须参加评审答辩，答辩通知提前一周发布', green_channel: NOT_IN_GREEN },
    holder: 'district',
    expect: both({ kind: 'round', field: 'defenseFrom', text: '按本轮答辩安排，答辩通知至少提前一周发布' }),
    clause: both('附件2 第三项'),
  },
  defense_scheduled: {
    id: 'defense_scheduled',
    label: '待答辩',
    description: { socialized: '按答辩通知的时间、地点参加答辩', green_channel: NOT_IN_GREEN },
    holder: 'district',
    expect: both({ kind: 'defense', text: '答辩当天' }),
    clause: both('附件2 第三项'),
  },
  review: {
    id: 'review',
    label: '组织评审',
    description: { socialized: '中、初级职称由包头市人社局（或旗县区人社局）组织评审', green_channel: NOT_IN_GREEN },
    holder: 'district',
    expect: both({ kind: 'open', text: '按市（旗县区）评审安排' }),
    clause: both('附件2 第三项'),
  },
  region_review: {
    id: 'region_review',
    label: '自治区评审',
    description: { socialized: '高级职称由自治区各高评委组织评审', green_channel: '由自治区人力资源和社会保障厅组织评审' },
    holder: 'region',
    expect: {
      socialized: { kind: 'open', text: '按自治区高评委评审安排' },
      green_channel: { kind: 'green_month', month: 'reviewMonth', text: '季度第二个月评审' },
    },
    clause: { socialized: '附件2 第三项', green_channel: '附件1 第二项' },
  },
  approved: {
    id: 'approved',
    label: '评审通过',
    description: {
      socialized: '评审通过后，登录内蒙古人才信息库自行打印电子证书',
      green_channel: '核准结果，发放证书',
    },
    holder: 'reviewing_bureau',
    expect: {
      socialized: { kind: 'working_days', days: 10, text: '参考时限 10 个工作日' },
      green_channel: { kind: 'green_month', month: 'certificateMonth', text: '季度第三个月核准结果、发放证书' },
    },
    clause: { socialized: '附件2 第三项', green_channel: '附件1 第二项' },
  },
  archiving: {
    id: 'archiving',
    label: '评审表归档',
    description: { socialized: '评审表通过申报单位返给申报人，存入本人人事档案', green_channel: NOT_IN_GREEN },
    holder: 'employer',
    expect: both({ kind: 'working_days', days: 10, text: '参考时限 10 个工作日' }),
    clause: both('附件2 第三项'),
  },
  correction: {
    id: 'correction',
    label: '退回补正',
    description: both('按退回原因补正材料后重新提交'),
    holder: 'correction_party',
    expect: both({ kind: 'open', text: '补正后重新提交' }),
    clause: { socialized: '附件2 第三项', green_channel: '附件1 第三项' },
  },
  completed: {
    id: 'completed',
    label: '已办结',
    description: both('申报已办结'),
    holder: 'none',
    expect: both({ kind: 'open', text: '' }),
    clause: { socialized: '附件2 第三项', green_channel: '附件1 第二项' },
  },
  not_passed: {
    id: 'not_passed',
    label: '未通过',
    description: both('本次申报未通过'),
    holder: 'none',
    expect: both({ kind: 'open', text: '' }),
    clause: { socialized: '附件2 第三项', green_channel: '附件1 第三项' },
  },
  withdrawn: {
    id: 'withdrawn',
    label: '已撤回',
    description: both('申报人已撤回申报'),
    holder: 'none',
    expect: both({ kind: 'open', text: '' }),
    clause: { socialized: '附件2 第三项', green_channel: '附件1 第三项' },
  },
};

export function stageLabel(stage: Stage): string {
  return STAGE_INFO[stage].label;
}

export const STAGE_STATUS: Record<Stage, ApplicationStatus> = {
  draft: 'draft',
  employer_review: 'in_progress',
  notice_ready: 'in_progress',
  public_notice: 'in_progress',
  recommendation: 'in_progress',
  body_review: 'in_progress',
  bureau_check: 'in_progress',
  city_collection: 'in_progress',
  city_check: 'in_progress',
  awaiting_defense: 'in_progress',
  defense_scheduled: 'in_progress',
  review: 'in_progress',
  region_review: 'in_progress',
  approved: 'passed',
  archiving: 'passed',
  correction: 'returned',
  completed: 'completed',
  not_passed: 'not_passed',
  withdrawn: 'withdrawn',
};

type HolderApp = Pick<
  Application,
  'workflow' | 'applicant' | 'employer' | 'recommendingBody' | 'title' | 'stage' | 'corrections' | 'createdAt'
>;

function partyHolder(app: HolderApp, rule: 'applicant' | 'employer' | 'body' | 'district' | 'city'): Holder | null {
  switch (rule) {
    case 'applicant':
      return { role: 'applicant', scope: { kind: 'self' }, openid: app.applicant.openid, label: `申报人 ${app.applicant.name}` };
    case 'employer':
      return { role: 'employer_hr', scope: { kind: 'org', orgId: app.employer.orgId }, label: `${app.employer.name}人事部门` };
    case 'body': {
      const body = app.recommendingBody;
      if (body?.kind === 'district_bureau' || !body?.orgId) return partyHolder(app, 'district');
      return { role: 'recommender', scope: { kind: 'org', orgId: body.orgId }, label: body.name };
    }
    case 'district': {
      const bureau = DISTRICTS.find((d) => d.code === app.employer.district)?.bureau ?? `${districtName(app.employer.district)}人社局`;
      return { role: 'district_officer', scope: { kind: 'district', district: app.employer.district }, label: `${bureau}（或市人社局）` };
    }
    case 'city':
      return { role: 'city_officer', scope: { kind: 'city' }, label: '包头市人社局' };
  }
}

/** Who holds the file in its current stage (null once it is closed). */
export function holderOf(app: HolderApp): Holder | null {
  const rule = STAGE_INFO[app.stage].holder;
  switch (rule) {
    case 'none':
      return null;
    case 'region':
      return { role: 'region', label: app.workflow === 'green_channel' ? '自治区人社厅' : '自治区高评委' };
    case 'reviewing_bureau':
      return partyHolder(
        app,
        app.workflow === 'green_channel' || levelClass(app.title.level, rulesDateOf(app)) === 'senior' ? 'city' : 'district',
      );
    case 'correction_party': {
      const c = openCorrection(app as Application);
      if (!c) return null;
      return partyHolder(app, c.returnTo === 'recommender' ? 'body' : c.returnTo);
    }
    default:
      return partyHolder(app, rule);
  }
}

/**
 * The stages a file goes through from the start to completion on its expected path, given its workflow,
 * level and (once chosen) recommending body.
 */
export function mainPath(app: Pick<Application, 'workflow' | 'title' | 'recommendingBody' | 'createdAt'>): Stage[] {
  if (app.workflow === 'green_channel') {
    return ['draft', 'employer_review', 'notice_ready', 'public_notice', 'city_check', 'region_review', 'approved', 'completed'];
  }
  const viaBody: Stage[] = app.recommendingBody?.kind === 'district_bureau' ? [] : ['body_review'];
  const review: Record<ReturnType<typeof levelClass>, Stage[]> = {
    senior: ['city_collection', 'region_review'],
    intermediate: ['awaiting_defense', 'defense_scheduled', 'review'],
    junior: ['review'],
  };
  return [
    'draft',
    'employer_review',
    'notice_ready',
    'public_notice',
    'recommendation',
    ...viaBody,
    'bureau_check',
    ...review[levelClass(app.title.level, rulesDateOf(app))],
    'approved',
    'archiving',
    'completed',
  ];
}

/** The current step as the 进度 page shows it: label, what happens, the clause, who holds the file. */
export function currentStep(app: Application) {
  const info = STAGE_INFO[app.stage];
  return {
    stage: app.stage,
    label: info.label,
    description: info.description[app.workflow],
    clause: info.clause[app.workflow],
    holder: app.holder,
  };
}
