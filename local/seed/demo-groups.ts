/**
 * Demo 微信交流群 (第六条) so `npm start` shows the feature at work: the liaison groups of 昆都仑区 and 稀土高新区,
 * each bound to a simulated WeChat chat (shared/groups/dev-chats.ts; opengid = opengidOf(chat), so opening a card
 * "from" that chat on H5 lands in the same group), rosters covering about half of each district's enterprises,
 * questions open, answered (citing 第二条 / 第七条 …) and overdue, 常见问题 promoted from answers, one open 群待办
 * with some enterprises done, and the service setting (2 working days). Shapes: shared/groups/model.ts.
 */
import { opengidOf } from '../host/open-data';
import { DEFAULT_REMINDER_HOURS, dueOf } from '../../shared/groups/service-clock';
import type {
  FaqEntryDoc,
  GroupBindingDoc,
  GroupMemberDoc,
  GroupQuestionDoc,
  GroupSettingsDoc,
  GroupTaskDoc,
  GroupTaskDoneDoc,
  HelpfulMarkDoc,
  LiaisonGroupDoc,
} from '../../shared/groups/model';
import type { ClauseId } from '../../shared/policy/clauses';
import type { DistrictCode } from '../../shared/org/districts';
import { addDays, chinaDate } from '../../shared/time/dates';
import { addWorkdays } from '../../shared/time/workdays';
import { chinaInstant } from '../../shared/time/instants';
import { DEMO_ORGANIZATIONS, EMPLOYER_IDS, KDL, XTGX } from './demo-organizations';
import { DEMO_PROFILES } from './demo-users';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The simulated chats the demo groups are bound to (keys of shared/groups/dev-chats.ts). */
export const DEMO_GROUP_CHATS = { 'demo-group-kdl': 'wx-kdl-liaison', 'demo-group-xtgx': 'wx-xt-liaison' } as const;

type GroupId = keyof typeof DEMO_GROUP_CHATS;

export interface DemoGroups {
  liaison_groups: LiaisonGroupDoc[];
  group_bindings: GroupBindingDoc[];
  group_members: GroupMemberDoc[];
  group_questions: GroupQuestionDoc[];
  faq_entries: FaqEntryDoc[];
  helpful_marks: HelpfulMarkDoc[];
  group_tasks: GroupTaskDoc[];
  group_task_done: GroupTaskDoneDoc[];
  group_settings: GroupSettingsDoc[];
}

const org = (id: string) => {
  const o = DEMO_ORGANIZATIONS.find((x) => x._id === id);
  if (!o) throw new Error(`demo groups: no organization ${id}`);
  return o;
};
const profile = (openid: string) => DEMO_PROFILES.find((p) => p.openid === openid)!;

/** Roster entries: [group, openid, organization, name, phone, joined days ago, removed?]. Demo HR first. */
const MEMBERS: [GroupId, string, string, string, string | null, number, string?][] = [
  // 昆都仑区: 钢联特钢, 恒泰机械, 云聚数据 of its six enterprises (3/6), and a 青山区 enterprise that asked to join.
  ['demo-group-kdl', 'demo-hr-2', EMPLOYER_IDS[8], profile('demo-hr-2').name, profile('demo-hr-2').phone ?? null, 40],
  ['demo-group-kdl', 'demo-ghr-kdl-11a', EMPLOYER_IDS[10], '韩晓东', '13900011101', 38],
  ['demo-group-kdl', 'demo-ghr-kdl-11b', EMPLOYER_IDS[10], '郭雅琴', '13900011102', 21],
  ['demo-group-kdl', 'demo-ghr-kdl-14', EMPLOYER_IDS[13], '白振宇', '13900011401', 30],
  ['demo-group-kdl', 'demo-ghr-qs-15', EMPLOYER_IDS[14], '乔丽华', null, 12],
  // 稀土高新区: 瑞科稀土, 天衡磁材, 稀宝抛光, 晶阳光伏, 联创电子 of its eight (5/8); 启元氢能's contact left.
  ['demo-group-xtgx', 'demo-hr-1', EMPLOYER_IDS[0], profile('demo-hr-1').name, profile('demo-hr-1').phone ?? null, 45],
  ['demo-group-xtgx', 'demo-ghr-xt-02', EMPLOYER_IDS[1], '苏建平', '13900020201', 44],
  ['demo-group-xtgx', 'demo-ghr-xt-04', EMPLOYER_IDS[3], '武文静', '13900020401', 35],
  ['demo-group-xtgx', 'demo-ghr-xt-06', EMPLOYER_IDS[5], '邢国强', '13900020601', 28],
  ['demo-group-xtgx', 'demo-ghr-xt-08', EMPLOYER_IDS[7], '吕佳', '13900020801', 9],
  ['demo-group-xtgx', 'demo-ghr-xt-07', EMPLOYER_IDS[6], '任涛', '13900020701', 50, '已离职，人事工作改由他人负责'],
];

interface QuestionSeed {
  id: string;
  group: GroupId;
  by: string;
  text: string;
  private?: boolean;
  /** When it was asked: working days before today (China date) at a China time, or hours before now. */
  asked: { workdaysAgo: number; at: string } | { hoursAgo: number };
  answer?: { text: string; clauses: ClauseId[]; workdaysLater: number; at: string };
  faq?: { id: string; helpfulBy: string[] };
}

const QUESTIONS: QuestionSeed[] = [
  {
    id: 'demo-gq-kdl-1',
    group: 'demo-group-kdl',
    by: 'demo-ghr-kdl-11a',
    text: '我们公司有位技术员大学本科毕业，做机械设计已经6年了，目前还没有任何职称，能不能直接申报中级工程师？',
    asked: { workdaysAgo: 9, at: '09:20' },
    answer: {
      text: '可以。按82号文第二条，非公企业的专业技术人员不受逐级申报限制：本科毕业且从事专业技术工作满5年，业绩成果达到中级标准，就可以直接申报中级职称，不用先评助理工程师。请准备好学历证书、从事专业技术工作年限的证明和近年的业绩材料。',
      clauses: ['第二条'],
      workdaysLater: 1,
      at: '15:10',
    },
    faq: { id: 'demo-faq-1', helpfulBy: ['demo-ghr-kdl-14', 'demo-ghr-xt-02'] },
  },
  {
    id: 'demo-gq-kdl-2',
    group: 'demo-group-kdl',
    by: 'demo-hr-2',
    text: '车间有几位老师傅取得了技师职业资格，干了四年多，能评工程师吗？需要走哪个系列？',
    asked: { workdaysAgo: 7, at: '10:05' },
    answer: {
      text: '可以申报工程技术系列。按第七条，取得技师职业资格或职业技能等级后从事技术技能工作满3年，且业绩成果符合工程系列要求，可以申报相应专业的工程师；高级工满2年可申报助理工程师，高级技师满4年可申报高级工程师。申报时附上技能等级证书和从事技术技能工作的证明。',
      clauses: ['第七条'],
      workdaysLater: 2,
      at: '11:30',
    },
    faq: { id: 'demo-faq-2', helpfulBy: ['demo-ghr-kdl-11b'] },
  },
  {
    id: 'demo-gq-kdl-3',
    group: 'demo-group-kdl',
    by: 'demo-ghr-kdl-14',
    text: '我们一位员工的工作年限证明由原单位开具，原单位已经注销了，这种情况怎么证明他的专业技术工作年限？',
    private: true,
    asked: { workdaysAgo: 6, at: '16:40' },
    answer: {
      text: '原单位注销的，可以用社保缴费记录、劳动合同等材料佐证工作年限，并由现单位出具情况说明。具体材料请带到区人社局职称窗口当面核对，我们帮您看。',
      clauses: ['第二条'],
      workdaysLater: 1,
      at: '09:45',
    },
  },
  {
    id: 'demo-gq-kdl-4',
    group: 'demo-group-kdl',
    by: 'demo-ghr-kdl-11b',
    text: '破格申报副高级职称，除了本科满12年，业绩成果具体要达到什么程度？有没有参考标准？',
    asked: { workdaysAgo: 5, at: '10:15' },
  },
  {
    id: 'demo-gq-kdl-5',
    group: 'demo-group-kdl',
    by: 'demo-hr-2',
    text: '今年的职称申报大概什么时候开始受理？单位需要提前准备哪些材料？',
    asked: { hoursAgo: 1 },
  },
  {
    id: 'demo-gq-xt-1',
    group: 'demo-group-xtgx',
    by: 'demo-hr-1',
    text: '我们研发部的工程师没有发表过论文，但有三项发明专利，评高级工程师时专利能代替论文吗？',
    asked: { workdaysAgo: 10, at: '14:00' },
    answer: {
      text: '可以。第三条明确，对非公企业专业技术人才注重能力业绩和对企业的实际贡献，可用专利成果、技术突破、工艺流程、标准开发、成果转化等替代论文。请把专利证书和专利在企业中的应用、转化情况一并整理进业绩材料。',
      clauses: ['第三条'],
      workdaysLater: 1,
      at: '10:20',
    },
    faq: { id: 'demo-faq-3', helpfulBy: ['demo-ghr-xt-04', 'demo-ghr-xt-06', 'demo-ghr-kdl-11a'] },
  },
  {
    id: 'demo-gq-xt-2',
    group: 'demo-group-xtgx',
    by: 'demo-ghr-xt-02',
    text: '公司今年从外地引进了一位稀土永磁方向的博士，年限还不够，可以走绿色通道申报吗？',
    asked: { workdaysAgo: 8, at: '11:00' },
    answer: {
      text: '可以申请。第八条规定，对非公企业引进的高层次人才和我市重点行业、重点领域急需紧缺人才，可放宽资历、年限等条件，网上申报、网上评审，一事一议、一人一策。稀土新材料属于我市重点产业，请先把引进协议、学历学位和研究成果材料报到高新区组织人社部，我们协助对接。',
      clauses: ['第八条', '第二条'],
      workdaysLater: 2,
      at: '16:00',
    },
    faq: { id: 'demo-faq-4', helpfulBy: [] },
  },
  {
    id: 'demo-gq-xt-3',
    group: 'demo-group-xtgx',
    by: 'demo-ghr-xt-06',
    text: '技工院校预备技师班毕业的员工，申报职称时学历按什么算？',
    asked: { workdaysAgo: 5, at: '09:30' },
  },
  {
    id: 'demo-gq-xt-4',
    group: 'demo-group-xtgx',
    by: 'demo-ghr-xt-04',
    text: '非公企业的专业技术人员申报职称，还需要继续教育学时证明吗？',
    asked: { hoursAgo: 3 },
  },
];

const OFFICERS: Record<GroupId, { openid: string; name: string; district: DistrictCode; groupName: string }> = {
  'demo-group-kdl': { openid: 'demo-district-kdl', name: profile('demo-district-kdl').name, district: KDL, groupName: '昆都仑区职称工作联络群' },
  'demo-group-xtgx': { openid: 'demo-district-xtgx', name: profile('demo-district-xtgx').name, district: XTGX, groupName: '稀土高新区职称工作联络群' },
};

export function demoGroups(now: Date): DemoGroups {
  const iso = (ms: number) => new Date(now.getTime() + ms).toISOString();
  const today = chinaDate(now);
  /** A China wall-clock time `n` working days before today, never later than now. */
  const workdaysAgo = (n: number, at: string) => {
    const instant = chinaInstant(addWorkdays(today, -n).date, at);
    return Date.parse(instant) <= now.getTime() ? instant : iso(-HOUR);
  };
  const serviceDays = 2;

  const groups: LiaisonGroupDoc[] = (Object.keys(DEMO_GROUP_CHATS) as GroupId[]).map((id) => {
    const o = OFFICERS[id];
    return {
      _id: id,
      name: o.groupName,
      district: o.district,
      officers: [o.openid],
      opengid: opengidOf(DEMO_GROUP_CHATS[id]),
      boundAt: iso(-60 * DAY + HOUR),
      boundBy: o.openid,
      status: 'active',
      createdBy: o.openid,
      createdAt: iso(-60 * DAY),
      updatedAt: iso(-60 * DAY + HOUR),
      version: 2,
    };
  });
  const bindings: GroupBindingDoc[] = groups.map((g) => ({ _id: g.opengid!, groupId: g._id, at: g.boundAt!, by: g.boundBy! }));

  const members: GroupMemberDoc[] = MEMBERS.map(([groupId, openid, orgId, name, phone, daysAgo, removed]) => {
    const o = org(orgId);
    return {
      _id: `${groupId}:${openid}`,
      groupId,
      groupDistrict: OFFICERS[groupId].district,
      openid,
      orgId,
      orgName: o.name,
      orgDistrict: o.district,
      name,
      phone,
      status: removed ? 'removed' : 'active',
      joinedAt: iso(-daysAgo * DAY),
      ...(removed ? { removedAt: iso(-5 * DAY), removedBy: OFFICERS[groupId].openid, removedReason: removed } : {}),
    };
  });
  const memberOf = (groupId: GroupId, openid: string) => members.find((m) => m.groupId === groupId && m.openid === openid)!;

  const questions: GroupQuestionDoc[] = [];
  const faqs: FaqEntryDoc[] = [];
  const marks: HelpfulMarkDoc[] = [];
  for (const q of QUESTIONS) {
    const m = memberOf(q.group, q.by);
    const askedAt = 'hoursAgo' in q.asked ? iso(-q.asked.hoursAgo * HOUR) : workdaysAgo(q.asked.workdaysAgo, q.asked.at);
    const answeredAt =
      q.answer && 'workdaysAgo' in q.asked ? workdaysAgo(q.asked.workdaysAgo - q.answer.workdaysLater, q.answer.at) : null;
    const helpfulBy = q.faq?.helpfulBy ?? [];
    const doc: GroupQuestionDoc = {
      _id: q.id,
      groupId: q.group,
      groupDistrict: OFFICERS[q.group].district,
      askedBy: q.by,
      orgId: m.orgId,
      orgName: m.orgName,
      text: q.text,
      private: q.private ?? false,
      status: q.answer ? 'answered' : 'open',
      askedAt,
      dueAt: dueOf(askedAt, serviceDays).dueAt,
      serviceDays,
      remindedAt: null,
      overdueNotifiedAt: null,
      answer:
        q.answer && answeredAt
          ? { text: q.answer.text, clauses: q.answer.clauses, by: OFFICERS[q.group].openid, byName: OFFICERS[q.group].name, at: answeredAt }
          : null,
      helpful: 0,
      faqId: q.faq?.id ?? null,
      version: q.answer ? (q.faq ? 3 : 2) : 1,
    };
    questions.push(doc);
    if (q.faq && doc.answer) {
      const promotedAt = new Date(Date.parse(doc.answer.at) + 2 * HOUR).toISOString();
      faqs.push({
        _id: q.faq.id,
        question: q.text,
        answer: doc.answer.text,
        clauses: doc.answer.clauses,
        sourceQuestionId: q.id,
        groupId: q.group,
        promotedBy: OFFICERS[q.group].openid,
        promotedAt,
        helpful: helpfulBy.length,
        status: 'published',
        version: 1,
      });
      for (const openid of helpfulBy) marks.push({ _id: `faq:${q.faq.id}:${openid}`, kind: 'faq', targetId: q.faq.id, openid, at: promotedAt });
    }
  }

  const dueDate = addDays(today, 10);
  const task: GroupTaskDoc = {
    _id: 'demo-task-kdl-roster',
    groupId: 'demo-group-kdl',
    title: `请于${Number(dueDate.slice(5, 7))}月${Number(dueDate.slice(8, 10))}日前报送本单位职称申报人员花名册`,
    dueDate,
    createdBy: 'demo-district-kdl',
    createdAt: iso(-2 * DAY),
    activityId: null,
    activityExpiresAt: null,
    status: 'open',
    version: 1,
  };
  const done: GroupTaskDoneDoc[] = [
    ['demo-ghr-kdl-11a', EMPLOYER_IDS[10], -DAY],
    ['demo-ghr-qs-15', EMPLOYER_IDS[14], -5 * HOUR],
  ].map(([by, orgId, ms]) => ({
    _id: `${task._id}:${orgId}`,
    taskId: task._id,
    groupId: task.groupId,
    orgId: orgId as string,
    orgName: org(orgId as string).name,
    by: by as string,
    at: iso(ms as number),
  }));

  const settings: GroupSettingsDoc = {
    _id: 'service',
    serviceDays,
    reminderHoursBefore: DEFAULT_REMINDER_HOURS,
    updatedBy: 'demo-city',
    updatedAt: iso(-60 * DAY),
    version: 1,
  };

  return {
    liaison_groups: groups,
    group_bindings: bindings,
    group_members: members,
    group_questions: questions,
    faq_entries: faqs,
    helpful_marks: marks,
    group_tasks: [task],
    group_task_done: done,
    group_settings: [settings],
  };
}
