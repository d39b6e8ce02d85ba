import type { EducationLevel, EducationStanding, SkillLevel, TitleLevel, WorkKind } from './vocabulary';
import { MAJOR_CONTRIBUTIONS, PAPER_REPLACEMENTS } from './vocabulary';
import type { Method, SeriesId } from './series';
import type { Dated, DatedDraft, DatedParameters } from './dated';
import { earliestFrom, referenced, since } from './dated';

/**
 * 包人社办字〔2021〕82号 as data: each clause with its original text (quoted exactly from the published
 * document, see source.ts), named sentences that results quote, a plain explanation for a worker, and the
 * parameters the engine reads, each as its values by date (dated.ts; read with parameterAt at the evaluation
 * date). A change of policy is a new dated value with its reference, not an edit; no code branch repeats a number.
 */
export const DOCUMENT = {
  number: '包人社办字〔2021〕82号',
  title: '包头市关于畅通非公领域专技人员职称评审渠道实施细则',
  issuer: '包头市人力资源和社会保障局',
  issuedOn: '2021-05-08',
} as const;

/** The document took effect on issue (此件公开发布, no later date is set): every shipped value is from it. */
const ISSUED = DOCUMENT.issuedOn;
const REVIEWED = '2026-11-24';

export const CLAUSE_IDS = [
  '第一条',
  '第二条',
  '第三条',
  '第四条',
  '第五条',
  '第六条',
  '第七条',
  '第八条',
  '第九条',
  '附件1 第一项',
  '附件1 第二项',
  '附件1 第三项',
  '附件2 第一项',
  '附件2 第二项',
  '附件2 第三项',
] as const;
export type ClauseId = (typeof CLAUSE_IDS)[number];

export interface Clause<P = Record<string, unknown>, Q extends string = string> {
  id: ClauseId;
  citation: string;
  heading: string;
  /** The earliest date any of its parameters has a value from: before it the clause is not in force. */
  effectiveFrom: string;
  /** The clause's original text, exactly as published. */
  text: string;
  /** Sentences of `text` that results quote, by name. */
  quotes: Record<Q, string>;
  plain: string;
  /** Each parameter's values by date; read one with parameterAt (parameters.ts). */
  parameters: DatedParameters<P>;
  lastReviewed: string;
}

type ClauseDraft<P, Q extends string> = Omit<Clause<P, Q>, 'citation' | 'effectiveFrom' | 'lastReviewed' | 'parameters'> & {
  parameters: { [K in keyof P]: DatedDraft<P[K]> };
};

function clause<P, Q extends string>(c: ClauseDraft<P, Q>): Clause<P, Q> {
  const ref = citation(c.id);
  const parameters = referenced<P>(c.parameters, ref);
  const effectiveFrom = earliestFrom(parameters as Record<string, Dated<unknown>>) ?? ISSUED;
  return { ...c, citation: ref, parameters, effectiveFrom, lastReviewed: REVIEWED };
}

/** 第一条's channels: a talent centre, the district's bureau, a social organization, a service point. */
export const SUBMISSION_BODY_IDS = ['talent_centre', 'district_bureau', 'social_org', 'service_point'] as const;
export type SubmissionBodyId = (typeof SUBMISSION_BODY_IDS)[number];

export interface Article2Path {
  id: 'intermediate' | 'deputy_senior';
  level: TitleLevel;
  /** Any one option suffices. */
  options: { education: EducationStanding; years: number }[];
  achievement: 'intermediate' | 'deputySenior';
  /** Levels obtained this way are excluded from the direct path. */
  excludedMethods: Method[];
  quote: 'intermediate' | 'deputySenior';
}

export interface Article7Bridge {
  skill: SkillLevel;
  years: number;
  level: TitleLevel;
  quote: 'seniorWorker' | 'technician' | 'seniorTechnician';
}

export const CLAUSES = {
  第一条: clause({
    id: '第一条',
    heading: '拓宽非公领域专技人员职称的申报渠道',
    text: '一、拓宽非公领域专技人员职称的申报渠道。按照属地就近原则，专业技术人员本人向所在单位提出申请，经单位审核把关后，采取集中申报的方式，可通过以下任一（单位）部门推荐报送。\n\n（1）存放档案的人才交流服务机构。\n\n（2）工作单位所在地区人力资源社会保障部门。\n\n（3）工商联、行业协会、商会、学会等社会组织。\n\n（4）有条件的旗县区可以在非公有制专业技术人员密集的创业孵化基地、高新技术开发区、科技园区等地设立职称申报受理服务点。\n\n上述部门（单位）应及时受理非公有制专业技术人才的职称申报，并按有关程序逐级报送至旗县区、市人力资源和社会保障部门。',
    quotes: {
      apply: '专业技术人员本人向所在单位提出申请，经单位审核把关后，采取集中申报的方式，可通过以下任一（单位）部门推荐报送。',
      talent_centre: '（1）存放档案的人才交流服务机构。',
      district_bureau: '（2）工作单位所在地区人力资源社会保障部门。',
      social_org: '（3）工商联、行业协会、商会、学会等社会组织。',
      service_point:
        '（4）有条件的旗县区可以在非公有制专业技术人员密集的创业孵化基地、高新技术开发区、科技园区等地设立职称申报受理服务点。',
      forward: '上述部门（单位）应及时受理非公有制专业技术人才的职称申报，并按有关程序逐级报送至旗县区、市人力资源和社会保障部门。',
    },
    plain:
      '先向自己的单位提出申请，单位审核后集中申报。可以从下面四个地方中任选一个帮您推荐报送：存放您档案的人才交流服务机构；单位所在地的旗县区人社部门；工商联、行业协会、商会、学会；园区、孵化基地里的职称申报受理服务点。它们会一级一级报到旗县区和市人社局。',
    parameters: {
      bodies: since(ISSUED, [
        { id: 'talent_centre', name: '存放档案的人才交流服务机构' },
        { id: 'district_bureau', name: '工作单位所在地区人力资源社会保障部门' },
        { id: 'social_org', name: '工商联、行业协会、商会、学会等社会组织' },
        { id: 'service_point', name: '职称申报受理服务点（创业孵化基地、高新技术开发区、科技园区）' },
      ] as { id: SubmissionBodyId; name: string }[]),
      forwardTo: since(ISSUED, ['旗县区人力资源和社会保障部门', '市人力资源和社会保障部门']),
    },
  }),
  第二条: clause({
    id: '第二条',
    heading: '打破资历条件限制',
    text: '二、打破资历条件限制。非公有制领域专业技术人才可不受职称逐级申报要求的限制，满足下列条件直接申报相应专业职称。大学本科毕业且从事专业技术工作满5年或大学专科毕业且从事专业技术工作满8年的专业技术人员，符合相关中级职称业绩成果条件，可以直接申报中级职称；大学本科毕业且从事专业技术工作满12年的专业技术人员，符合相关副高级职称业绩成果条件，可以直接申报副高级职称（考评结合的专业除外）。',
    quotes: {
      scope: '非公有制领域专业技术人才可不受职称逐级申报要求的限制，满足下列条件直接申报相应专业职称。',
      intermediate:
        '大学本科毕业且从事专业技术工作满5年或大学专科毕业且从事专业技术工作满8年的专业技术人员，符合相关中级职称业绩成果条件，可以直接申报中级职称',
      deputySenior:
        '大学本科毕业且从事专业技术工作满12年的专业技术人员，符合相关副高级职称业绩成果条件，可以直接申报副高级职称（考评结合的专业除外）',
      exclusion: '（考评结合的专业除外）',
    },
    plain:
      '在非公领域工作的专业技术人员，不用先评初级、再评中级一级一级往上走。本科毕业、做专业技术工作满5年（或大专毕业满8年），业绩也够中级的标准，可以直接申报中级；本科毕业满12年，业绩够副高级的标准，可以直接申报副高级——但要“先考试再评审”的专业不能这样直接申报副高级。',
    parameters: {
      workKind: since(ISSUED, 'professional_technical' as WorkKind),
      paths: since(ISSUED, [
        {
          id: 'intermediate',
          level: 'intermediate',
          options: [
            { education: 'bachelor', years: 5 },
            { education: 'junior_college', years: 8 },
          ],
          achievement: 'intermediate',
          excludedMethods: [],
          quote: 'intermediate',
        },
        {
          id: 'deputy_senior',
          level: 'deputy_senior',
          options: [{ education: 'bachelor', years: 12 }],
          achievement: 'deputySenior',
          excludedMethods: ['exam_review'],
          quote: 'deputySenior',
        },
      ] as Article2Path[]),
    },
  }),
  第三条: clause({
    id: '第三条',
    heading: '打破论文条件的限制',
    text: '三、打破论文条件的限制。对非公有制领域专业技术人才突出工作能力和业绩考核，注重市场认可和对企业的实际贡献。探索用专利成果、技术突破、工艺流程、标准开发、成果转化等替代论文，作为职称评审的重要内容。',
    quotes: {
      focus: '对非公有制领域专业技术人才突出工作能力和业绩考核，注重市场认可和对企业的实际贡献。',
      replace: '探索用专利成果、技术突破、工艺流程、标准开发、成果转化等替代论文，作为职称评审的重要内容。',
    },
    plain:
      '评职称更看重您的工作能力、业绩和对企业的实际贡献。没有论文也可以用专利、技术突破、工艺流程、参与制定的标准、成果转化等材料来代替。',
    parameters: { replacements: since(ISSUED, [...PAPER_REPLACEMENTS]) },
  }),
  第四条: clause({
    id: '第四条',
    heading: '免除继续教育学时',
    text: '四、免除继续教育学时。对非公有制领域专业技术人才继续教育不作硬性要求。',
    quotes: { exempt: '对非公有制领域专业技术人才继续教育不作硬性要求。' },
    plain: '非公领域的专业技术人员申报职称，不硬性要求继续教育学时。',
    parameters: { continuingEducationRequired: since(ISSUED, false as const) },
  }),
  第五条: clause({
    id: '第五条',
    heading: '健全完善非公有制职称评审机构',
    text: '五、健全完善非公有制职称评审机构。探索有条件的地区和高评委会对非公有制专业技术人员实行单独分组、单独评审，或组织开展非公有制领域专项评审。',
    quotes: { grouping: '探索有条件的地区和高评委会对非公有制专业技术人员实行单独分组、单独评审，或组织开展非公有制领域专项评审。' },
    plain: '有条件的地方会把非公领域的申报人单独分组、单独评审，或者专门组织非公领域的评审，不和公有单位的人混在一起比。',
    parameters: { separateGrouping: since(ISSUED, true), forms: since(ISSUED, ['单独分组、单独评审', '非公有制领域专项评审']) },
  }),
  第六条: clause({
    id: '第六条',
    heading: '职称政策宣讲和微信交流群',
    text: '六、市、区（旗县）两级人社职称部门要建立“职称政策定期宣讲制度”和工作人员与非公企业联系“微信交流群”制度，为非公企业人力资源部门申报职称提供帮助和指导。',
    quotes: {
      services:
        '市、区（旗县）两级人社职称部门要建立“职称政策定期宣讲制度”和工作人员与非公企业联系“微信交流群”制度，为非公企业人力资源部门申报职称提供帮助和指导。',
    },
    plain: '市里和旗县区的人社部门会定期宣讲职称政策，并和非公企业建微信交流群，帮企业人事部门办好职称申报。',
    parameters: { services: since(ISSUED, ['职称政策定期宣讲制度', '工作人员与非公企业联系“微信交流群”制度']) },
  }),
  第七条: clause({
    id: '第七条',
    heading: '高技能人才与工程技术人才职业发展贯通',
    text: '七、实现高技能人才与工程技术人才职业发展贯通，符合条件的高技能人才可申报工程技术系列职称评价。高技能人才在符合相应工程系列职称申报业绩成果要求的基础上，获得高级工职业资格或职业技能等级后从事技术技能工作满2年，可申报评审相应专业助理工程师；获得技师职业资格或职业技能等级后从事技术技能工作满3年，可申报评审相应专业工程师；获得高级技师职业资格或职业技能等级后从事技术技能工作满4年，可申报评审相应专业高级工程师。技工院校中级工班、高级工班、预备技师（技师）班毕业，可分别按相当于中专、大专、本科学历申报职称评审。并且根据国家相关政策进一步扩大范围。',
    quotes: {
      scope: '符合条件的高技能人才可申报工程技术系列职称评价。',
      achievements: '高技能人才在符合相应工程系列职称申报业绩成果要求的基础上',
      seniorWorker: '获得高级工职业资格或职业技能等级后从事技术技能工作满2年，可申报评审相应专业助理工程师',
      technician: '获得技师职业资格或职业技能等级后从事技术技能工作满3年，可申报评审相应专业工程师',
      seniorTechnician: '获得高级技师职业资格或职业技能等级后从事技术技能工作满4年，可申报评审相应专业高级工程师',
      techSchool: '技工院校中级工班、高级工班、预备技师（技师）班毕业，可分别按相当于中专、大专、本科学历申报职称评审。',
      widen: '并且根据国家相关政策进一步扩大范围。',
    },
    plain:
      '有技能等级证书的技术工人可以评工程技术系列职称：拿到高级工后做技术技能工作满2年，可以申报助理工程师；技师满3年，可以申报工程师；高级技师满4年，可以申报高级工程师（业绩也要达到工程系列的要求）。技工院校中级工班毕业算中专，高级工班算大专，预备技师（技师）班算本科。',
    parameters: {
      series: since(ISSUED, 'engineering' as SeriesId),
      workKind: since(ISSUED, 'technical_skill' as WorkKind),
      bridges: since(ISSUED, [
        { skill: 'senior_worker', years: 2, level: 'assistant', quote: 'seniorWorker' },
        { skill: 'technician', years: 3, level: 'intermediate', quote: 'technician' },
        { skill: 'senior_technician', years: 4, level: 'deputy_senior', quote: 'seniorTechnician' },
      ] as Article7Bridge[]),
      techSchoolEquivalence: since(ISSUED, {
        tech_school_intermediate: 'secondary_vocational',
        tech_school_senior: 'junior_college',
        tech_school_preparatory_technician: 'bachelor',
      } as Partial<Record<EducationLevel, EducationStanding>>),
    },
  }),
  第八条: clause({
    id: '第八条',
    heading: '畅通绿色通道申报职称评审',
    text: '八、畅通绿色通道申报职称评审。对非公企业引进的高层次人才和我市重点行业、重点领域急需紧缺人才，可放宽资历、年限等待条件限制，采取网上申报、网上评审、一事一议、一人一策的方式，破格评定相应职称。取得重大基础研究和前沿技术突破、解决重大工程技术难题、具有重大发明创造、转化科技成果取得显著成绩、在经济社会各项事业发展中作出重大贡献的专业技术人才，可直接申报评审高级职称。',
    quotes: {
      greenChannel:
        '对非公企业引进的高层次人才和我市重点行业、重点领域急需紧缺人才，可放宽资历、年限等待条件限制，采取网上申报、网上评审、一事一议、一人一策的方式，破格评定相应职称。',
      directSenior:
        '取得重大基础研究和前沿技术突破、解决重大工程技术难题、具有重大发明创造、转化科技成果取得显著成绩、在经济社会各项事业发展中作出重大贡献的专业技术人才，可直接申报评审高级职称。',
    },
    plain:
      '非公企业引进的高层次人才，以及我市重点行业、重点领域急需紧缺的人才，可以走绿色通道：放宽资历和年限要求，网上申报、网上评审，一人一议，破格评定。有重大研究突破、解决重大工程技术难题、重大发明创造、科技成果转化成绩显著、或对经济社会发展有重大贡献的，可以直接申报高级职称。',
    parameters: {
      relaxed: since(ISSUED, ['资历', '年限']),
      greenChannelFor: since(ISSUED, ['非公企业引进的高层次人才', '我市重点行业、重点领域急需紧缺人才']),
      majorContributions: since(ISSUED, [...MAJOR_CONTRIBUTIONS]),
    },
  }),
  第九条: clause({
    id: '第九条',
    heading: '提升用人主体服务积极性',
    text: '九、提升用人主体为本单位专技人才服务的积极性。各非公企业要高度重视本单位专技人才队伍建设工作，积极主动为单位专技人才申报职称做好政策宣传、材料审核、能力水平和业绩成果评价等相关服务工作。',
    quotes: { duties: '积极主动为单位专技人才申报职称做好政策宣传、材料审核、能力水平和业绩成果评价等相关服务工作。' },
    plain: '您所在的非公企业应当主动帮您：讲解政策、审核材料、评价您的能力水平和业绩成果。',
    parameters: { employerDuties: since(ISSUED, ['政策宣传', '材料审核', '能力水平和业绩成果评价']) },
  }),
  '附件1 第一项': clause({
    id: '附件1 第一项',
    heading: '绿色通道申报范围',
    text: '一、申报范围：引进的符合《包头市高层次人才认定标准（2021）》规定的人才，如业绩能力达到相应职称标准，可直接申报相应职称（含转系列评审）。引进高层次人才可通过绿色通道申报职称，也可选择社会化评审（流程见《社会化职称申报工作流程》）。',
    quotes: {
      scope: '引进的符合《包头市高层次人才认定标准（2021）》规定的人才，如业绩能力达到相应职称标准，可直接申报相应职称（含转系列评审）。',
      choice: '引进高层次人才可通过绿色通道申报职称，也可选择社会化评审（流程见《社会化职称申报工作流程》）。',
    },
    plain:
      '按《包头市高层次人才认定标准（2021）》认定的引进人才，业绩能力达到哪一级职称的标准，就可以直接申报那一级（也可以换到别的系列评审）。可以走绿色通道，也可以走普通的社会化评审。',
    parameters: {
      recognitionStandard: since(ISSUED, '《包头市高层次人才认定标准（2021）》'),
      includesSeriesChange: since(ISSUED, true),
      mayChooseSocialized: since(ISSUED, true),
    },
  }),
  '附件1 第二项': clause({
    id: '附件1 第二项',
    heading: '绿色通道评审时间',
    text: '二、评审时间：引进人才绿色通道职称评审一年四次，每个季度组织申报一次，每季度第一月申报，第二个月评审，第三个月核准结果发放证书，具体时间以申报通知和网站时间为准。',
    quotes: {
      calendar:
        '引进人才绿色通道职称评审一年四次，每个季度组织申报一次，每季度第一月申报，第二个月评审，第三个月核准结果发放证书，具体时间以申报通知和网站时间为准。',
    },
    plain:
      '绿色通道一年评四次，每个季度一次：季度第一个月（1、4、7、10月）申报，第二个月评审，第三个月公布结果、发证书。具体日期看当次的申报通知。',
    parameters: {
      roundsPerYear: since(ISSUED, 4),
      applicationMonthOfQuarter: since(ISSUED, 1),
      reviewMonthOfQuarter: since(ISSUED, 2),
      certificateMonthOfQuarter: since(ISSUED, 3),
    },
  }),
  '附件1 第三项': clause({
    id: '附件1 第三项',
    heading: '绿色通道申报程序',
    text: '三、申报程序：\n\n1、个人申报。网上注册，填报信息，下载表格。申报人登录“内蒙古人才信息库”（网址“www.nmgrck.cn），通过引进人才绿色通道职称评审申报入口申报。系统注册并登陆后，按要求填写申报信息，扫描上传相关材料。提交申报材料时，填写申报人工作单位全称，并选择包头市人力资源和社会保障局。材料提交后，导出打印评审表、送审表。\n\n2、装订材料。申报人员按照《专业技术资格送评资格材料目录单》准备书面材料，附件材料一律用 A4 纸装订成册。提供《申报人员花名册》一份，加盖单位公章。\n\n3、单位审核。所在单位审核申报材料的合法性、真实性、完整性和时效性，经公示无异议后，推荐上报。\n\n \n4、人社部门审核。包头市人力资源和社会保障局审核报送材料的原件同时完成网上确认。\n\n5、组织评审。由自治区人办资源和社会保障厅组织评审。\n\n服务热线： 0472-6169341 0472-6169343',
    quotes: {
      online: '申报人登录“内蒙古人才信息库”（网址“www.nmgrck.cn），通过引进人才绿色通道职称评审申报入口申报。',
      submit: '提交申报材料时，填写申报人工作单位全称，并选择包头市人力资源和社会保障局。材料提交后，导出打印评审表、送审表。',
      bind: '申报人员按照《专业技术资格送评资格材料目录单》准备书面材料，附件材料一律用 A4 纸装订成册。提供《申报人员花名册》一份，加盖单位公章。',
      employer: '所在单位审核申报材料的合法性、真实性、完整性和时效性，经公示无异议后，推荐上报。',
      bureau: '包头市人力资源和社会保障局审核报送材料的原件同时完成网上确认。',
      review: '由自治区人办资源和社会保障厅组织评审。',
      hotline: '服务热线： 0472-6169341 0472-6169343',
    },
    plain:
      '在“内蒙古人才信息库”网站（www.nmgrck.cn）从绿色通道入口网上申报，选包头市人社局，导出打印评审表、送审表；材料按目录单用A4纸装订，附单位盖章的花名册；单位审核、公示无异议后推荐上报；市人社局核对原件并网上确认；由自治区人力资源和社会保障厅组织评审（原文写作“人办资源”，系笔误）。',
    parameters: {
      website: since(ISSUED, 'www.nmgrck.cn'),
      hotlines: since(ISSUED, ['0472-6169341', '0472-6169343']),
      reviewer: since(ISSUED, '自治区人力资源和社会保障厅'),
    },
  }),
  '附件2 第一项': clause({
    id: '附件2 第一项',
    heading: '社会化评审人员范围和申报条件',
    text: '一、人员范围：符合职称申报条件的企、事业单位和灵活就业人员。申报条件主要包括：学历条件、资历条件（工作年限、下一级资格的时间）、专业条件（所学专业、从事工作、申报职称专业一致或相近）、能力业绩条件等。各系列（专业）各级别职称申报的具体条件见自治区人力资源和社会保障网或内蒙古人才信息库公布的《评审标准》和当年的全区或全市职称工作安排。',
    quotes: {
      scope: '符合职称申报条件的企、事业单位和灵活就业人员。',
      conditions:
        '申报条件主要包括：学历条件、资历条件（工作年限、下一级资格的时间）、专业条件（所学专业、从事工作、申报职称专业一致或相近）、能力业绩条件等。',
      standards:
        '各系列（专业）各级别职称申报的具体条件见自治区人力资源和社会保障网或内蒙古人才信息库公布的《评审标准》和当年的全区或全市职称工作安排。',
    },
    plain:
      '企业、事业单位的人和灵活就业的人都可以参加社会化评审。要看四样：学历、资历（工作年限、取得下一级职称的时间）、专业是否对口、能力业绩。每个系列每一级的具体条件，看自治区人社网或内蒙古人才信息库公布的《评审标准》和当年的职称工作安排。',
    parameters: { conditions: since(ISSUED, ['学历条件', '资历条件', '专业条件', '能力业绩条件']) },
  }),
  '附件2 第二项': clause({
    id: '附件2 第二项',
    heading: '社会化评审时间安排',
    text: '二、时间安排：根据自治区和我市的工作安排进行。',
    quotes: { timing: '根据自治区和我市的工作安排进行。' },
    plain: '社会化评审什么时候申报、什么时候答辩，按自治区和包头市每年公布的安排进行。',
    parameters: { setBy: since(ISSUED, '自治区和包头市的年度职称工作安排') },
  }),
  '附件2 第三项': clause({
    id: '附件2 第三项',
    heading: '社会化评审流程',
    text: '三、评审流程：\n\n1、个人申请。网上注册、线下填报、装订材料。登录“内蒙古人才信息库”（网址“www.nmgrck.cn）,单位注册后，个人注册，上传本人基本信息和照片，下载《专业技术资格评审表》和《专业技术资格送审表》，并完成线下填写申报工作。除上述两种表格外，其它佐证材料（复印件）全部装订成册（材料种类和要求见当年的职称工作安排）。\n\n2、申报单位审核公示。单位对申报材料审核，并将所有申报人员的《专业技术资格送审表》在本单位公示，公示无异议后上报。\n\n3、上报人社部门。由本人所在单位人力资源部门（存放档案的人才交流中心、行业学会协会）统一汇总后，携带申报材料到市人社局或所在旗县区人社局审核，审核合格后，接收申报材料。高级职称最后由市人社局统一汇总后报自治区。\n\n4、组织评审。高级职称由自治区各高评委组织评审。中、初级职称由包头市人社局（或旗县区人社局）组织评审，其中申报中级职称的参评人员需参加评审答辩，答辩前一周通过包头市人才资源和社会保障网发布答辩通知。\n\n5、证书打印。评审通过后，登录“内蒙古人才信息库”（网址“www.nmgrck.cn），自行打印电子证书。评审表通过申报单位返给申报人，存入本人人事档案。\n\n服务热线： 0472-6169343 0472-6169341',
    quotes: {
      register:
        '登录“内蒙古人才信息库”（网址“www.nmgrck.cn）,单位注册后，个人注册，上传本人基本信息和照片，下载《专业技术资格评审表》和《专业技术资格送审表》，并完成线下填写申报工作。',
      bind: '除上述两种表格外，其它佐证材料（复印件）全部装订成册（材料种类和要求见当年的职称工作安排）。',
      notice: '单位对申报材料审核，并将所有申报人员的《专业技术资格送审表》在本单位公示，公示无异议后上报。',
      submit:
        '由本人所在单位人力资源部门（存放档案的人才交流中心、行业学会协会）统一汇总后，携带申报材料到市人社局或所在旗县区人社局审核，审核合格后，接收申报材料。',
      seniorForward: '高级职称最后由市人社局统一汇总后报自治区。',
      seniorReview: '高级职称由自治区各高评委组织评审。',
      juniorReview: '中、初级职称由包头市人社局（或旗县区人社局）组织评审',
      defense: '其中申报中级职称的参评人员需参加评审答辩，答辩前一周通过包头市人才资源和社会保障网发布答辩通知。',
      certificate:
        '评审通过后，登录“内蒙古人才信息库”（网址“www.nmgrck.cn），自行打印电子证书。评审表通过申报单位返给申报人，存入本人人事档案。',
      hotline: '服务热线： 0472-6169343 0472-6169341',
    },
    plain:
      '单位和个人先在“内蒙古人才信息库”注册，上传信息和照片，下载并填写评审表、送审表，证明材料复印件装订成册；单位审核并在单位内公示送审表；单位人事部门（或档案所在的人才交流中心、行业学会协会）把材料送到市或旗县区人社局；高级职称由自治区高评委评审，中级和初级由市（旗县区）人社局评审，申报中级的要参加答辩，答辩通知提前一周在包头市人社网发布；通过后自己上网打印电子证书。',
    parameters: {
      website: since(ISSUED, 'www.nmgrck.cn'),
      hotlines: since(ISSUED, ['0472-6169343', '0472-6169341']),
      seniorReviewer: since(ISSUED, '自治区各高评委'),
      juniorReviewer: since(ISSUED, '包头市人社局（或旗县区人社局）'),
      defenseLevels: since(ISSUED, ['intermediate'] as TitleLevel[]),
      defenseNoticeDaysBefore: since(ISSUED, 7),
    },
  }),
} satisfies Record<ClauseId, Clause<unknown>>;

export type ClauseBook = typeof CLAUSES;

export function citation(id: ClauseId): string {
  return `${DOCUMENT.number} ${id}`;
}
