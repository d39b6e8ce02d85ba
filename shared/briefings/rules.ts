import { rule } from '../announcements/rules';

/**
 * The readings briefings (第六条 职称政策定期宣讲制度) run on, each a named rule an officer can review and
 * change; the code reads `parameters` from here and nowhere else.
 */
export const BRIEFING_RULES = {
  /** POLICY.md's interpretation of 第六条. */
  cadence: rule({
    id: 'briefing-cadence',
    title: '“定期宣讲”多久一次',
    statement: '第六条要求建立“职称政策定期宣讲制度”，但没有规定多久一次。',
    clauses: ['第六条'],
    reading:
      '默认每个旗县区每个季度至少举办 1 场宣讲，次数由市人社局设定。旗县区人社部门举办的宣讲算作本旗县区；市人社局举办的宣讲，算作宣讲对象中列出的旗县区（面向全市、没有列出旗县区的，不算作任何旗县区）。取消的宣讲不算。季度按宣讲开始时间（北京时间）所在的季度。',
    alternatives: ['每半年一次', '市人社局面向全市的宣讲算作每个旗县区'],
    source: 'POLICY.md',
    parameters: { perQuarter: 1, citySessionsCountFor: 'listed_districts' as 'listed_districts' | 'all_districts' | 'none' },
  }),
  /** What the dashboard says of a district this quarter. */
  cadenceStates: rule({
    id: 'briefing-cadence-states',
    title: '宣讲完成情况怎样判断',
    statement: '市里的看板要显示各旗县区本季度“已举办、已安排、未完成”。季度还没过完、也还没安排的，算不算未完成？',
    clauses: ['第六条'],
    reading:
      '已结束的场次达到要求的为“已举办”；还没达到，但已结束的加上已安排未结束的达到要求的为“已安排”；季度还没结束、场次又不够的为“未安排”；季度结束时仍不够的为“未完成”。',
    alternatives: ['季度中没有安排的也显示为“未完成”'],
    parameters: { states: ['held', 'planned', 'unplanned', 'missed'] as const },
  }),
  organizers: rule({
    id: 'briefing-organizers',
    title: '谁可以组织宣讲',
    statement: '第六条说“市、区（旗县）两级人社职称部门”建立定期宣讲制度。',
    clauses: ['第六条'],
    reading:
      '市人社局和旗县区人社部门的工作人员可以安排宣讲；旗县区的宣讲对象只能是本旗县区。同一部门的工作人员都可以修改、调整和取消本部门的宣讲；市人社局也可以取消旗县区的宣讲（须写明理由），但不能修改。',
    alternatives: ['推荐单位（行业协会等）也可以组织宣讲'],
    parameters: { roles: ['city_officer', 'district_officer'] as const, cityCancelsDistrict: true },
  }),
  signUp: rule({
    id: 'briefing-sign-up',
    title: '报名、名额和候补',
    statement: '宣讲有名额；单位人事可能替本单位几个人一起报名；名额满了怎么办？',
    clauses: ['第六条', '第九条'],
    reading:
      '只有宣讲对象范围内的人可以报名；每人每场只能报名一次。单位人事可以为本单位报名多人（一次最多 10 人，占同样多的名额），其他人只能为自己报名。名额满了进入候补名单（最多 200 人次）；有人取消或名额增加时，按报名先后，从候补名单中依次补上放得下的报名（人数多、暂时放不下的继续排队），并通知补上的人。宣讲开始前都可以取消报名。',
    alternatives: ['候补严格按先后，排在前面的放不下时后面的也不补', '报名截止后不再从候补补位'],
    parameters: {
      audienceOnly: true,
      maxPerSignUp: 10,
      maxWaiting: 200,
      maxCapacity: 500,
      promotion: 'first_fit' as 'first_fit' | 'strict_order',
    },
  }),
  reminders: rule({
    id: 'briefing-reminders',
    title: '宣讲提醒什么时候发',
    statement: '宣讲前要提醒已报名的人。',
    clauses: ['第六条'],
    reading: '宣讲前一天上午 9:00（北京时间）和开始前 1 小时各提醒一次；报名时已经过了的提醒不再发送；宣讲调整时间后按新时间重新安排，取消后不再提醒。',
    alternatives: ['只在前一天提醒'],
    parameters: { dayBeforeAt: '09:00', hourBeforeMinutes: 60 },
  }),
  checkIn: rule({
    id: 'briefing-check-in',
    title: '现场签到',
    statement: '签到用现场的签到码（小程序码或输入签到码），怎样防止不在现场的人签到？',
    clauses: ['第六条'],
    reading:
      '宣讲开始前 30 分钟到结束后 30 分钟之间可以签到。签到码由系统签名生成，6 位，在签到时间内有效；只有确认参加（不在候补名单中）的人可以签到，每人签到一次。',
    alternatives: ['签到码每 10 分钟更换一次（防止转发）', '没有报名的人也可以现场签到'],
    parameters: { opensMinutesBefore: 30, closesMinutesAfter: 30, rotateMinutes: null as number | null, graceMinutes: 2, codeLength: 6, allowWalkIn: false },
  }),
  rating: rule({
    id: 'briefing-rating',
    title: '宣讲评价（好差评）',
    statement: '参照政务服务“好差评”，参加的人给宣讲打分。',
    clauses: ['第六条'],
    reading:
      '签到后才能评价，每人一次，宣讲结束后 30 天内有效。分五级：非常满意、满意、基本满意、不满意、非常不满意；评“不满意”或“非常不满意”的须写明原因（评价内容不超过 300 字）。满意率 =（非常满意 + 满意 + 基本满意）÷ 评价人数。',
    alternatives: ['评价不要求写原因'],
    parameters: { windowDays: 30, commentRequiredAtOrBelow: 2, commentMax: 300, satisfiedAtOrAbove: 3 },
  }),
};

export type BriefingRules = typeof BRIEFING_RULES;
