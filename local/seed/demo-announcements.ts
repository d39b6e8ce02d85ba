/**
 * Demo announcements (通知公告) so `npm start` shows a few of each category: published through the same
 * domain functions as the announcements function (createDraft → transition 'publish'), stored in the shape
 * it reads (cloudfunctions/announcements/store.ts). No fan-out: the feed shows them to everyone they reach.
 */
import type { Actor } from '../../shared/auth/roles';
import type { Announcement, CategoryId, Target } from '../../shared/announcements';
import { createDraft, paragraphs, publisherOf, transition } from '../../shared/announcements';
import { toDoc } from '../../cloudfunctions/announcements/store';

const DAY = 86_400_000;
type Doc = Record<string, unknown> & { _id: string };

const CITY: Actor = { openid: 'demo-city', grants: [{ role: 'city_officer', scope: { kind: 'city' } }] };
const KDL: Actor = { openid: 'demo-district-kdl', grants: [{ role: 'district_officer', scope: { kind: 'district', district: '150203' } }] };

const ITEMS: { id: string; by: 'city' | 'kdl'; category: CategoryId; title: string; text: string; target?: Target; pinned?: boolean; daysAgo: number }[] = [
  { id: 'ann-demo-01', by: 'city', category: 'application_notice', title: '关于开展2026年度非公领域职称评审申报工作的通知', text: '各非公有制企业、社会组织：2026年度职称申报工作即日启动，请按评审轮次公布的时间提交材料。', pinned: true, daysAgo: 2 },
  { id: 'ann-demo-02', by: 'kdl', category: 'application_notice', title: '昆都仑区职称申报材料受理安排', text: '昆都仑区人社局受理时间为工作日上午9:00-12:00，请单位人事统一报送。', target: { districts: ['150203'] }, daysAgo: 4 },
  { id: 'ann-demo-03', by: 'city', category: 'policy_reading', title: '政策解读：技工院校毕业生如何申报职称', text: '第七条规定技工院校毕业生可按相应学历申报，本文逐条说明换算方法。', daysAgo: 6 },
  { id: 'ann-demo-04', by: 'city', category: 'policy_reading', title: '政策解读：绿色通道适用情形', text: '重大项目急需的高层次人才，可经单位推荐走绿色通道。', daysAgo: 9 },
  { id: 'ann-demo-05', by: 'city', category: 'review_round', title: '2026年度第一批评审轮次开放申报', text: '第一批评审轮次申报截止前，请确认年限计算截止日。', daysAgo: 1 },
  { id: 'ann-demo-06', by: 'kdl', category: 'review_round', title: '昆都仑区中级职称评审时间安排', text: '中级职称评审拟于下月中旬进行，答辩时间另行通知。', target: { districts: ['150203'] }, daysAgo: 3 },
  { id: 'ann-demo-07', by: 'city', category: 'defense_notice', title: '答辩须知：中级职称评审答辩流程', text: '答辩前一周发布答辩通知，请申报人携带身份证按时参加。', daysAgo: 5 },
  { id: 'ann-demo-08', by: 'kdl', category: 'defense_notice', title: '昆都仑区答辩考场安排', text: '答辩考场设在区人社局三楼会议室，请提前15分钟到场。', target: { districts: ['150203'] }, daysAgo: 7 },
  { id: 'ann-demo-09', by: 'city', category: 'briefing_preview', title: '职称政策宣讲会预告（全市）', text: '市人社局将举办职称政策宣讲会，欢迎单位人事和专技人员报名参加。', daysAgo: 2 },
  { id: 'ann-demo-10', by: 'kdl', category: 'briefing_preview', title: '昆都仑区稀土企业专场宣讲预告', text: '面向稀土新材料企业的专场宣讲，名额有限。', target: { districts: ['150203'], industries: ['稀土新材料'] }, daysAgo: 8 },
  { id: 'ann-demo-11', by: 'city', category: 'other', title: '职称服务热线调整通知', text: '服务热线：0472-6169343、0472-6169341，工作日接听。', daysAgo: 12 },
  { id: 'ann-demo-12', by: 'kdl', category: 'other', title: '昆都仑区人社局办公地点临时调整', text: '因装修，受理窗口临时调整至一楼大厅。', target: { districts: ['150203'] }, daysAgo: 10 },
];

export function demoAnnouncements(now: Date): { announcements: Doc[] } {
  const docs: Doc[] = [];
  for (const it of ITEMS) {
    const actor = it.by === 'city' ? CITY : KDL;
    const publisher = it.by === 'city' ? publisherOf({ role: 'city_officer', scope: { kind: 'city' } }) : publisherOf({ role: 'district_officer', scope: { kind: 'district', district: '150203' } });
    const at = new Date(now.getTime() - it.daysAgo * DAY);
    const content = { title: it.title, category: it.category, body: paragraphs(it.text), target: it.target ?? {}, pinned: !!it.pinned };
    const d = createDraft({ id: it.id, publisher, content }, actor, at);
    if (!d.ok) throw new Error(`demo announcement ${it.id}: ${d.message}`);
    const p = transition(d.next, 'publish', actor, at, {}, { reachCount: 1 });
    if (!p.ok) throw new Error(`demo announcement ${it.id}: ${p.message}`);
    const a: Announcement = p.next;
    docs.push({ _id: a.id, ...toDoc(a) } as Doc);
  }
  return { announcements: docs };
}
