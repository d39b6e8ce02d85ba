import type { ClauseId } from '../policy/clauses';
import { CLAUSES, DOCUMENT } from '../policy/clauses';
import { parameterAt } from '../policy/parameters';
import type { Interpretation } from '../policy/interpretations';

/**
 * The readings announcements run on, each a named rule an officer can review and change (the shape of
 * shared/policy/interpretations.ts): the question, the clauses, the reading in plain Chinese, the
 * alternatives, and the parameters the code reads. Code reads `parameters` from here and nowhere else.
 */
const REVIEWED = '2026-12-10';

export function rule<P>(r: {
  id: string;
  title: string;
  statement: string;
  clauses: ClauseId[];
  reading: string;
  alternatives: string[];
  source?: Interpretation['source'];
  parameters: P;
}): Interpretation<P> {
  return { ...r, source: r.source ?? '产品决定', editable: true, lastReviewed: REVIEWED };
}

export const ANNOUNCEMENT_RULES = {
  /** Who publishes to whom (issue 8). The reach check is in publishers.ts. */
  publisherReach: rule({
    id: 'announcement-publisher-reach',
    title: '谁能发布通知公告、能发给谁',
    statement:
      '第六条要求市、旗县区两级人社部门为非公企业提供帮助和指导；第九条要求企业为本单位专技人才做好政策宣传。各方发布的范围怎样划定？',
    clauses: ['第六条', '第九条', '第一条'],
    reading:
      '市人社局（和系统管理员）可以发给全市；旗县区人社部门只能发给本旗县区；推荐单位只能发给本单位的会员；单位人事只能发给本单位的职工。发布范围必须落在发布者的范围之内，否则不能发布。',
    alternatives: ['旗县区人社部门也可以发给相邻旗县区', '推荐单位可以发给全市'],
    parameters: {
      /** The target kind that holds each role inside its reach (the city: none, it reaches everyone). */
      boundBy: { city_officer: null, district_officer: 'districts', employer_hr: 'employers', recommender: 'bodies' } as Record<
        'city_officer' | 'district_officer' | 'employer_hr' | 'recommender',
        'districts' | 'employers' | 'bodies' | null
      >,
    },
  }),
  /** Oversight: who may withdraw what they did not publish; nobody edits another publisher's text. */
  oversight: rule({
    id: 'announcement-oversight',
    title: '上级能否撤回下级发布的公告',
    statement: '一条公告由发布者所在范围的人员维护。市人社局能否处理旗县区发布的公告？旗县区能否处理本区企业、推荐单位发布的公告？',
    clauses: ['第六条'],
    reading:
      '发布者本范围的工作人员（同一个市局、同一个旗县区人社部门、同一家单位的人事、同一个推荐单位）可以编辑、发布、修改和撤回。市人社局可以撤回任何公告；旗县区人社部门可以撤回本旗县区内单位和推荐单位发布的公告。撤回须写明理由，并通知发布者。任何人都不能修改别人发布的内容。',
    alternatives: ['只有发布者本人可以修改和撤回', '市人社局可以直接修改旗县区的公告'],
    parameters: { cityWithdrawsAny: true, districtWithdrawsOrgsInDistrict: true },
  }),
  /** How the kinds of a target combine with the flat profile of a person. */
  flatAttributes: rule({
    id: 'target-flat-attributes',
    title: '组合发布范围怎样匹配一个人',
    statement:
      '发布范围可以组合：角色、旗县区、行业、单位、推荐单位、系列级别、自测结果。一个人可能同时与几家单位有关（例如在一家单位任人事、通过另一家单位申报），怎样算“在范围内”？',
    clauses: ['第六条'],
    reading:
      '不同种类的条件同时满足（“且”），同一种类里选了几项满足其一即可（“或”）。每种条件按这个人的全部属性分别比较：只要他的某个所在地区在所选旗县区中、某个所属行业在所选行业中……就算满足。这样发布范围总在发布者的范围之内，但一个与几家单位有关的人，可能因为不同单位的属性合起来而被包括在内。',
    alternatives: ['按一个人与每一家单位的关系逐一比较（要求同一家单位同时满足地区、行业等条件）'],
    // Not a number to tune: the alternative reading is a different predicate (target.ts `reaches`).
    parameters: {},
  }),
  /** 申报人 as a role of a target. */
  applicantRole: rule({
    id: 'target-applicant-role',
    title: '发布范围里的“申报人”指谁',
    statement: '“申报人”是每个登录的人默认具有的角色；单位人事、推荐单位的工作人员自己也可能申报职称。',
    clauses: ['第一条'],
    reading: '选“申报人”就是所有登录的人（包括单位人事和推荐单位的工作人员本人）；选“单位人事”或“推荐单位”只包括担任这些角色的人。',
    alternatives: ['“申报人”只包括没有担任单位人事和推荐单位角色的人'],
    parameters: { applicantIsEveryone: true },
  }),
  /** Where a person's districts, industries, employers and bodies come from (the function builds the profile). */
  recipientTies: rule({
    id: 'recipient-ties',
    title: '一个人属于哪些单位、地区、行业和推荐单位',
    statement: '定向发布要知道一个人在哪个旗县区、哪个行业、哪家单位，是哪个推荐单位的会员，但程序里没有完整的人员名册。',
    clauses: ['第一条', '第九条'],
    reading:
      '一个人的单位是：他担任人事的单位，以及他在本程序中通过其申报职称的单位。行业取这些单位登记的所属行业；地区取这些单位、以及他担任工作人员的推荐单位登记的所在地区。推荐单位的“会员”是：该推荐单位的工作人员，以及选择该推荐单位推荐报送的申报人。',
    alternatives: ['由本人在“我的”页面填写所在单位', '推荐单位上传会员单位名单'],
    parameters: {
      employersFrom: ['employer_hr_grants', 'applications'] as const,
      bodiesFrom: ['recommender_grants', 'applications'] as const,
    },
  }),
  /** Series/level and eligibility targets read the latest saved self-check. */
  checkTargets: rule({
    id: 'target-latest-check',
    title: '按系列级别和自测结果发布',
    statement: '“系列和级别”“自测很可能符合/暂未满足年限”要看一个人的哪次自测？一次自测里同一个级别可能有几条申报途径。',
    clauses: ['第二条', '第七条', '第八条'],
    reading:
      '只看这个人最近一次保存的自测。按系列级别发布：这次自测评估过该系列该级别的人都在范围内。按自测结果发布：同一系列同一级别取几条途径中最好的结论，结论是所选的“很可能符合”或“暂未满足年限”的人在范围内。没有保存过自测的人不在这两种范围内。',
    alternatives: ['看最近 12 个月内的所有自测'],
    parameters: { verdicts: ['likely', 'not_yet'] as const },
  }),
  /** Timing of publication and expiry. */
  timing: rule({
    id: 'announcement-timing',
    title: '发布时间和有效期',
    statement: '公告可以定时发布，也可以设置有效期。发布时间已过、没有填写有效期时怎么办？',
    clauses: ['第六条'],
    reading:
      '不填发布时间或发布时间已过的，点“发布”时立即发布；定时发布最多提前 90 天。有效期必须晚于发布时间，最长 2 年；不填有效期的，一直有效到撤回为止。过了有效期的公告不再出现在接收人的列表里，发布者仍能看到。',
    alternatives: ['发布时间已过时拒绝发布，请重新选择时间', '不填有效期时默认 1 年'],
    parameters: { maxScheduleDays: 90, maxValidityDays: 730 },
  }),
  /** Edits after publishing. */
  revisions: rule({
    id: 'announcement-revisions',
    title: '修改已发布的公告',
    statement: '已发布的公告发现错误需要修改，是否要再次通知所有人？',
    clauses: ['第六条'],
    reading:
      '修改后成为新的版本，旧版本保留在历史中，修改同样经过内容安全检查。默认不再次推送消息；发布者勾选“重新通知”的，按新版本再推送一次，已读的人重新显示为未读。修改扩大了发布范围时，新进入范围的人会收到通知，已经收到过的人不会重复收到。',
    alternatives: ['每次修改都重新通知所有人'],
    parameters: { notifyAgainByDefault: false },
  }),
  /** Withdrawal. */
  withdrawal: rule({
    id: 'announcement-withdrawal',
    title: '撤回公告',
    statement: '撤回公告要不要写理由、要不要通知已经收到的人？',
    clauses: ['第六条'],
    reading:
      '撤回须写明理由（至少 2 个字），理由记入审计。撤回后接收人的列表里不再显示，尚未发出的消息不再发送；不另行通知接收人。上级撤回的，通知发布者本范围的工作人员。',
    alternatives: ['撤回时通知所有已收到的人'],
    parameters: { minReasonLength: 2 },
  }),
  /** A target that reaches nobody. */
  emptyReach: rule({
    id: 'announcement-empty-reach',
    title: '发布范围内没有人',
    statement: '组合条件可能一个人也选不中。',
    clauses: ['第六条'],
    reading: '发布前显示范围内的人数；一个人也没有时不能发布，请放宽发布范围。',
    alternatives: ['允许发布，供以后进入范围的人查看'],
    parameters: { refuseEmpty: true },
  }),
  /** Read state and the feed. */
  feed: rule({
    id: 'announcement-feed',
    title: '我的通知怎样排序、什么算已读',
    statement: '首页显示“我的通知”：置顶的和最新的在前，未读的要标出来。',
    clauses: ['第六条'],
    reading:
      '置顶的在前，其余按发布时间从新到旧；打开公告即算已读。公告重新通知后，已读的人重新显示为未读。发布者本人发布时不给自己发消息。',
    alternatives: ['只按发布时间排序'],
    parameters: { pinnedFirst: true, notifyPublisherSelf: false },
  }),
  /**
   * 附件2 第三项: "答辩前一周通过包头市人才资源和社会保障网发布答辩通知". Who the product's 答辩通知 reaches.
   */
  defenseNotice: rule({
    id: 'defense-notice-audience',
    title: '答辩通知发给谁、什么时候发',
    statement: '附件2 第三项要求答辩前一周在市人社网发布答辩通知。本程序里的答辩通知给谁看、何时发布？',
    clauses: ['附件2 第三项'],
    reading:
      '安排答辩时自动发布“答辩通知”公告（安排答辩本身须在答辩日前至少 7 天，所以通知至少提前一周）。公告在本单位范围内公开（本单位人事和在本单位申报的职工，与单位内公示同一范围），并单独通知单位人事（申报人已收到安排答辩的消息，不重复通知）；答辩当天结束后过期。调整答辩时间或地点的，公告改为新版本并重新通知。',
    alternatives: ['全市公开', '在答辩前正好 7 天定时发布'],
    source: 'POLICY.md',
    parameters: {
      // Seeded from the value the document set, like the workflow's defenseNoticeDays.
      daysBefore: parameterAt({ clauses: CLAUSES }, '附件2 第三项', 'defenseNoticeDaysBefore', DOCUMENT.issuedOn),
      /** The workflow's schedule_defense already sends the applicant its `defense_scheduled` message. */
      notifyApplicant: false,
      notifyEmployerHr: true,
    },
  }),
};

export type AnnouncementRules = typeof ANNOUNCEMENT_RULES;
