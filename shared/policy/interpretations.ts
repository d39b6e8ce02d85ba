import type { ClauseId } from './clauses';
import type { EducationStanding, Sector, TitleLevel } from './vocabulary';

/**
 * Where the text is ambiguous, the product chooses a reading and shows it. Each reading is data an officer
 * can review and change: the statement of the question, the clause it reads, the chosen reading in plain
 * Chinese, the alternatives, and — where the engine depends on it — parameters the engine reads.
 */
export interface Interpretation<P = undefined> {
  id: string;
  title: string;
  /** The question the text leaves open. */
  statement: string;
  clauses: ClauseId[];
  reading: string;
  alternatives: string[];
  /** POLICY.md names it, or the product had to decide. */
  source: 'POLICY.md' | '产品决定';
  parameters: P;
  editable: true;
  lastReviewed: string;
}

const REVIEWED = '2026-11-24';

function reading<P = undefined>(
  i: Omit<Interpretation<P>, 'editable' | 'lastReviewed' | 'parameters'> & { parameters?: P },
): Interpretation<P> {
  return { ...i, parameters: i.parameters as P, editable: true, lastReviewed: REVIEWED };
}

export const INTERPRETATIONS = {
  'graduate-degree-counts-as-bachelor': reading({
    id: 'graduate-degree-counts-as-bachelor',
    title: '硕士、博士算“大学本科毕业”',
    statement: '第二条只写“大学本科毕业”“大学专科毕业”，学历更高的人是否满足？',
    clauses: ['第二条'],
    reading:
      '硕士、博士研究生视为满足“大学本科毕业”；本科及以上也满足“大学专科毕业”。技工院校各班次先按第七条换算成中专、大专、本科，再比较。',
    alternatives: ['只认本科学历本身（研究生须另有本科毕业证书）'],
    source: 'POLICY.md',
    parameters: {
      satisfies: {
        bachelor: ['bachelor', 'master', 'doctorate'],
        junior_college: ['junior_college', 'bachelor', 'master', 'doctorate'],
      } as Partial<Record<EducationStanding, EducationStanding[]>>,
    },
  }),
  'achievements-self-declared': reading({
    id: 'achievements-self-declared',
    title: '业绩成果条件由本人申报',
    statement:
      '“符合相关中级（副高级）职称业绩成果条件”“符合相应工程系列职称申报业绩成果要求”“业绩能力达到相应职称标准”来自各系列《评审标准》，本程序无法核验。',
    clauses: ['第二条', '第七条', '第八条', '附件1 第一项'],
    reading:
      '由您自行申报：申报“符合”的，按符合计算并注明“由您自行申报，本程序无法核验”；申报“不符合”的，该途径不符合；没有回答的，结果为“需要您确认”。',
    alternatives: ['逐项录入业绩（论文、项目、获奖）由程序比对评审标准——评审标准各系列不同且常更新，暂不做'],
    source: 'POLICY.md',
  }),
  'seniority-counted-to-cutoff': reading({
    id: 'seniority-counted-to-cutoff',
    title: '“满N年”算到评审轮次的截止日',
    statement: '“从事专业技术工作满5年”算到哪一天为止？没有选择评审轮次时又算到哪一天？',
    clauses: ['第二条', '第七条', '附件2 第一项', '附件2 第二项'],
    reading:
      '算到您要参加的评审轮次公布的“年限计算截止日”。您没有选择轮次时，算到市人社局发布的、正在申报的轮次的截止日（几轮同时在申报时，按最先截止的一轮），并在结果里写明是哪一轮；没有正在申报的轮次，或您选择不按轮次计算时，算到评估当天。截止日晚于今天的，假定您现在的工作一直持续到截止日。',
    alternatives: ['一律算到今天', '算到申报截止日', '没有选择轮次时一律算到今天'],
    source: 'POLICY.md',
    parameters: {
      /** With no round chosen: the open round closing first ('open_round_closing_first') or the as-of date ('as_of'). */
      whenNoneChosen: 'open_round_closing_first' as 'open_round_closing_first' | 'as_of',
    },
  }),
  'full-years-by-days': reading({
    id: 'full-years-by-days',
    title: '几段工作经历怎样合计“满N年”',
    statement: '工作经历分几段、中间有空档或有重叠时，不满一年的零头怎样相加？',
    clauses: ['第二条', '第七条'],
    reading:
      '每段经历按起止日期计算，开始和结束那天都算；几段重叠的日子只算一次；把各段的天数加起来，从第一段开始的那天起连续往后排，排满N个整年（到第N个周年日的前一天）就算“满N年”。例如 2016-07-01 起一直工作，到 2021-06-30 满5年；2021-06-29 还差一天。',
    alternatives: ['按月累计，不足一个月的零头不算', '按每年365天折算', '按周岁算法，到第N个周年日当天才算满（比本算法晚一天）'],
    source: '产品决定',
  }),
  'work-after-graduation': reading({
    id: 'work-after-graduation',
    title: '工作年限从毕业后算起',
    statement: '第二条写“大学本科毕业且从事专业技术工作满5年”，毕业前的工作算不算？',
    clauses: ['第二条'],
    reading: '只算最高学历毕业之后的专业技术工作（毕业当天算起），与各系列评审标准“毕业后从事本专业技术工作满N年”的通行写法一致。',
    alternatives: ['毕业前后的专业技术工作都算'],
    source: '产品决定',
    parameters: { afterGraduationOnly: true },
  }),
  'work-kinds-separate': reading({
    id: 'work-kinds-separate',
    title: '专业技术工作和技术技能工作分开算',
    statement: '第二条要求“从事专业技术工作”，第七条要求“从事技术技能工作”，一段经历算哪一种？',
    clauses: ['第二条', '第七条'],
    reading: '每段经历按您选择的性质只算一种：第二条只算“专业技术工作”，第七条只算取得技能等级之后的“技术技能工作”。',
    alternatives: ['两种工作年限互相通用'],
    source: '产品决定',
  }),
  'non-public-scope': reading({
    id: 'non-public-scope',
    title: '哪些人属于“非公领域”',
    statement: '本细则适用于“非公领域专技人员”，但没有列出哪些单位算非公领域。',
    clauses: ['第二条', '第七条', '第八条', '附件2 第一项'],
    reading:
      '非公有制企业、社会组织和灵活就业人员属于非公领域，可以用第二条、第七条、第八条的途径；事业单位、国有企业、机关的人员不适用这些途径，只能按各系列评审标准走普通的社会化评审。',
    alternatives: ['只限非公有制企业', '灵活就业人员只走附件2的社会化评审'],
    source: '产品决定',
    parameters: { nonPublicSectors: ['non_public_enterprise', 'social_organization', 'flexible_employment'] as Sector[] },
  }),
  'exam-levels': reading({
    id: 'exam-levels',
    title: '要考试的级别怎么办',
    statement: '第二条的副高级途径排除“考评结合的专业”；以考代评的级别，直接申报没有意义。',
    clauses: ['第二条', '第八条'],
    reading:
      '副高级按目录是“考评结合”的系列，不能按第二条直接申报副高级，请先参加考试；目录中“以考代评”的级别，任何直接申报途径都改为指向全国统一考试；其他途径遇到“考评结合”的级别，须先通过考试，结果为“需要您确认”。',
    alternatives: ['“考评结合的专业除外”同样适用于中级途径'],
    source: 'POLICY.md',
  }),
  'series-catalogue-defaults': reading({
    id: 'series-catalogue-defaults',
    title: '各系列的取得方式是默认值',
    statement: '评审、以考代评、考评结合的划分不在本细则中，来自全国通行做法。',
    clauses: ['第二条', '附件2 第一项'],
    reading: '按 POLICY.md 的系列目录作为默认值（正高级和职称名称按全国通行做法补充），每一项都标注“请向人社部门核实”，人社部门可以修改。',
    alternatives: [],
    source: 'POLICY.md',
  }),
  'higher-skill-counts-for-lower': reading({
    id: 'higher-skill-counts-for-lower',
    title: '技能等级高的也可走低一级的贯通途径',
    statement: '技师能否按“高级工满2年”申报助理工程师？本程序只问您最高的技能等级和取得时间。',
    clauses: ['第七条'],
    reading:
      '可以：较高的技能等级也满足较低等级的途径，年限从您现有最高等级的取得时间算起（较早等级的时间未问，按较晚的算，对您不会多算）。',
    alternatives: ['只看与现有等级对应的那一条途径'],
    source: '产品决定',
    parameters: { enabled: true },
  }),
  'direct-senior-is-deputy': reading({
    id: 'direct-senior-is-deputy',
    title: '“直接申报评审高级职称”指副高级',
    statement: '第八条“可直接申报评审高级职称”中的高级职称包括副高级和正高级，直接申报到哪一级？',
    clauses: ['第八条'],
    reading: '按副高级判断；能否直接申报正高级，请向市人社局咨询（一事一议）。',
    alternatives: ['可直接申报正高级'],
    source: '产品决定',
    parameters: { level: 'deputy_senior' as TitleLevel },
  }),
  'major-contribution-channel': reading({
    id: 'major-contribution-channel',
    title: '有重大贡献直接申报高级走哪个渠道',
    statement: '第八条第二句写在“绿色通道”这一条里，但附件1绿色通道的申报范围只有引进的高层次人才。',
    clauses: ['第八条', '附件1 第一项'],
    reading: '有重大贡献的人员通过社会化评审直接申报副高级；如果同时是经认定、由非公企业引进的高层次人才，也可以走绿色通道。',
    alternatives: ['一律走绿色通道'],
    source: '产品决定',
  }),
  'green-channel-scope': reading({
    id: 'green-channel-scope',
    title: '谁可以走绿色通道',
    statement:
      '第八条写“非公企业引进的高层次人才和我市重点行业、重点领域急需紧缺人才”，附件1只写“引进的符合《包头市高层次人才认定标准（2021）》规定的人才”。',
    clauses: ['第八条', '附件1 第一项'],
    reading:
      '经认定的高层次人才且由非公企业引进的，可以走绿色通道；重点行业、重点领域急需紧缺人才也列入，但是否属于急需紧缺、怎样评由人社部门一事一议，结果一律为“需要您确认”。',
    alternatives: ['只有引进的高层次人才可以走绿色通道'],
    source: '产品决定',
  }),
  'green-channel-level-by-achievements': reading({
    id: 'green-channel-level-by-achievements',
    title: '绿色通道申报哪一级',
    statement: '“如业绩能力达到相应职称标准，可直接申报相应职称”——相应职称是哪一级？',
    clauses: ['第八条', '附件1 第一项'],
    reading: '按您申报的业绩成果条件判断中级和副高级两级；正高级本程序不判断，请向人社部门咨询。',
    alternatives: [],
    source: '产品决定',
    parameters: {
      levels: [
        { level: 'intermediate', achievement: 'intermediate' },
        { level: 'deputy_senior', achievement: 'deputySenior' },
      ] as { level: TitleLevel; achievement: 'intermediate' | 'deputySenior' }[],
    },
  }),
  'green-channel-current-month': reading({
    id: 'green-channel-current-month',
    title: '本月就是申报月时怎么算',
    statement: '评估当天所在的月份正好是季度第一个月（申报月）时，“下一个申报月”是本月还是下个季度？',
    clauses: ['附件1 第二项'],
    reading: '算本月，并提示具体截止时间以申报通知为准，同时给出下一个季度的申报月，以防本月已经截止。',
    alternatives: ['一律给下一个季度'],
    source: '产品决定',
    parameters: { currentMonthCounts: true },
  }),
  'title-already-held': reading({
    id: 'title-already-held',
    title: '已有同系列同级或更高职称',
    statement: '“不受职称逐级申报要求的限制”是为了往上申报；已经取得同一系列同级或更高职称的人，这一级的途径还有没有意义？',
    clauses: ['第二条', '第七条', '第八条'],
    reading: '同一系列中不高于您现有职称的级别，各途径都显示为“不符合”（您已取得）；换系列申报不受此限。',
    alternatives: [],
    source: '产品决定',
  }),
};

export type InterpretationBook = typeof INTERPRETATIONS;
export type InterpretationId = keyof InterpretationBook;
