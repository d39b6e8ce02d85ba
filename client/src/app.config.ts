/**
 * Pages: five tab pages in the main package; the self-check's questionnaire and result in `packages/check`
 * (the engine stays out of the main package), a clause's own page in `packages/policy`; officer / HR work
 * in the `packages/admin` subpackage; 通知公告 and 政策宣讲 (lists and details) in `packages/notices`; the publishers' pages (我发布的通知, 编写通知, 送达回执) in `packages/publish`; the briefing organizers' pages (我组织的宣讲, 安排宣讲, 宣讲管理, 宣讲制度) in `packages/organize`; 微信交流群 (联络群, roster, questions, coverage, 群待办, the landing page of cards opened from a group) in `packages/groups`, 常见问题 in `packages/policy`; the privacy guide and 我的数据 (export, delete the account) in `packages/privacy`; application detail, work queue, notice board and dashboard in `packages/work`; 页面不存在 (where an unknown path lands) in `packages/notfound`.
 * The dev sign-in subpackage (`packages/dev`) exists only when TARO_APP_DEV_LOGIN is 'true'
 * (.env.development, .env.local-weapp) — a production build never compiles it.
 */
const devLogin = process.env.TARO_APP_DEV_LOGIN === 'true';

const subPackages: { root: string; pages: string[] }[] = [
  { root: 'packages/check', pages: ['form/index', 'result/index'] },
  { root: 'packages/policy', pages: ['clause/index', 'faq/index'] },
  { root: 'packages/privacy', pages: ['policy/index', 'mine/index'] },
  { root: 'packages/notfound', pages: ['index'] },
  { root: 'packages/admin', pages: ['invite/index', 'roles/index', 'orgs/index', 'org-edit/index', 'rounds/index'] },
  {
    root: 'packages/work',
    pages: ['detail/index', 'queue/index', 'notices/index', 'dashboard/index', 'green-exception/index', 'staff/index'],
  },
  { root: 'packages/notices', pages: ['list/index', 'detail/index', 'briefings/index', 'briefing/index', 'checkin/index', 'rate/index'] },
  { root: 'packages/publish', pages: ['mine/index', 'compose/index', 'receipts/index'] },
  { root: 'packages/organize', pages: ['sessions/index', 'edit/index', 'session/index', 'cadence/index'] },
  {
    root: 'packages/groups',
    pages: [
      'list/index',
      'edit/index',
      'group/index',
      'enter/index',
      'ask/index',
      'question/index',
      'queue/index',
      'coverage/index',
      'task/index',
      'task-edit/index',
    ],
  },
];
if (devLogin) subPackages.push({ root: 'packages/dev', pages: ['signin/index'] });

export default defineAppConfig({
  pages: ['pages/home/index', 'pages/policy/index', 'pages/check/index', 'pages/progress/index', 'pages/me/index'],
  subPackages,
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#1f5fbf',
    navigationBarTitleText: '职称通',
    navigationBarTextStyle: 'white',
    // H5 shows Taro's own navigation bar only with this set (WeChat's default): the title, and on a sub-page 返回.
    navigationStyle: 'default',
    backgroundColor: '#f4f6fa',
  },
  // 办事: an applicant's 申报进度; for HR, bodies and officers their 工作台 first (pages/progress). Icons: scripts/tab-icons.ts.
  tabBar: {
    color: '#5b6270',
    selectedColor: '#1f5fbf',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-on.png' },
      { pagePath: 'pages/policy/index', text: '政策', iconPath: 'assets/tab/policy.png', selectedIconPath: 'assets/tab/policy-on.png' },
      { pagePath: 'pages/check/index', text: '自测', iconPath: 'assets/tab/check.png', selectedIconPath: 'assets/tab/check-on.png' },
      { pagePath: 'pages/progress/index', text: '办事', iconPath: 'assets/tab/work.png', selectedIconPath: 'assets/tab/work-on.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-on.png' },
    ],
  },
  // The questionnaire is one tap from 自测: fetch its subpackage while the person reads the tab.
  preloadRule: { 'pages/check/index': { network: 'all', packages: ['packages/check'] } },
  lazyCodeLoading: 'requiredComponents',
});
