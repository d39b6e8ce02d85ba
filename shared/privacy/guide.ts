/** The privacy page's facts (个人信息保护法 第十七条): what is collected, why, for how long, who sees it. */

/** One line of the privacy page: what, why, how long, who sees it (and the collections that hold it). */
export interface CollectedItem {
  what: string;
  why: string;
  retention: string;
  whoSees: string;
  collections: string[];
}

export const COLLECTED: CollectedItem[] = [
  {
    what: '姓名、手机号（选填）',
    why: '申报职称、报名宣讲、加入联络群时确认您的身份，人社部门必要时联系您',
    retention: '保存至您注销账号；注销时删除',
    whoSees: '您本人；您申报或报名后，经办的单位人事、推荐单位和所在旗县区、市人社部门工作人员（列表中手机号打码）',
    collections: ['users', 'recipients'],
  },
  {
    what: '微信身份标识（openid）',
    why: '识别您的账号、发送您订阅的消息；我们不获取您的微信昵称、头像',
    retention: '保存至您注销账号；注销后已存档的申报和审计记录中改为无法还原的化名',
    whoSees: '仅系统使用，工作人员授予角色时看到打码后的标识',
    collections: ['users', 'grants'],
  },
  {
    what: '自测填写的学历、资历、业绩等信息和自测结果',
    why: '判断您可申报的职称和路径，并在您同意时推送适合您的政策（政策找人）',
    retention: '保存至您删除或注销账号',
    whoSees: '仅您本人；据此申报后，申报材料按下一行处理',
    collections: ['eligibility_checks', 'policy_watches', 'policy_matches'],
  },
  {
    what: '职称申报材料、办理进度和结果',
    why: '按《包头市职称评审工作方案》办理申报、审核、公示、评审和发证',
    retention: '作为政务档案长期保存；注销账号后保留记录，申报人显示为“已注销用户”',
    whoSees:
      '您本人；您的单位人事、推荐单位；所在旗县区人社部门和市人社局工作人员可查看已提交的材料；公示期间公众可见打码后的姓名和申报职称',
    collections: ['applications', 'green_exceptions', 'open_titles'],
  },
  {
    what: '您对公示提出的异议',
    why: '人社部门依规核查公示对象的材料',
    retention: '作为政务档案保存；注销后保留，不再关联到您',
    whoSees: '处理异议的人社部门工作人员；申报人和公众看不到是谁提出的',
    collections: ['applications'],
  },
  {
    what: '您以单位人事或工作人员身份上传的公告、宣讲附件',
    why: '随公告或宣讲发布，供读者下载',
    retention: '用在公告或宣讲中的随之保存；没有用到的在注销时删除',
    whoSees: '公告或宣讲面向的读者',
    collections: ['uploads', 'upload_chunks'],
  },
  {
    what: '站内消息、订阅消息次数、通知阅读记录',
    why: '告诉您办理进度、宣讲和政策通知',
    retention: '保存至您注销账号',
    whoSees: '仅您本人；发布单位只看到送达和阅读的人数与名单',
    collections: ['inbox', 'subscription_quotas', 'announcement_reads', 'announcement_deliveries'],
  },
  {
    what: '政策宣讲报名、签到和评价',
    why: '安排座位、统计出席、改进宣讲',
    retention: '保存至您注销账号；注销后名单中显示为“已注销用户”',
    whoSees: '您本人；组织宣讲的工作人员（名单中姓名打码，签到导出除外）',
    collections: ['briefing_signups', 'briefing_rosters', 'briefing_checkins', 'briefing_ratings'],
  },
  {
    what: '联络群成员身份和在群内的提问',
    why: '让所在旗县区人社部门的工作人员答复您单位的问题',
    retention: '成员身份保存至退出或注销；问题保留，注销后不再关联到您',
    whoSees: '联络群的工作人员；非私密问题答复后群内成员可见（不显示提问人）',
    collections: ['group_members', 'group_questions', 'helpful_marks'],
  },
];
