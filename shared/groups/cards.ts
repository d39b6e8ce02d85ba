/**
 * The cards an officer shares into a WeChat group. Every card opens the landing page with the liaison group and
 * what the card is about; the landing page learns the WeChat group (wx.getGroupEnterInfo → groups.enter or
 * groups.bind), then goes on to the card's own page. One place for both the function (share) and the client.
 */

export const CARD_KINDS = ['bind', 'group', 'announcement', 'briefing', 'question', 'faq', 'task'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export const LANDING_PAGE = '/packages/groups/enter/index';

/** The landing page's path with its query: `?g=<groupId>&k=<kind>[&id=<id>]`. */
export function cardPath(kind: CardKind, groupId: string, id?: string): string {
  const q = [`g=${encodeURIComponent(groupId)}`, `k=${kind}`];
  if (id) q.push(`id=${encodeURIComponent(id)}`);
  return `${LANDING_PAGE}?${q.join('&')}`;
}

export function isCardKind(v: unknown): v is CardKind {
  return typeof v === 'string' && (CARD_KINDS as readonly string[]).includes(v);
}

/** Where a card leads once the group is known (the binding and group cards lead to the group's page). */
export function cardTarget(kind: CardKind, groupId: string, id?: string): string {
  switch (kind) {
    case 'announcement':
      return `/packages/notices/detail/index?id=${encodeURIComponent(id ?? '')}`;
    case 'briefing':
      return `/packages/notices/briefing/index?id=${encodeURIComponent(id ?? '')}`;
    case 'question':
      return `/packages/groups/question/index?id=${encodeURIComponent(id ?? '')}`;
    case 'faq':
      return `/packages/policy/faq/index?id=${encodeURIComponent(id ?? '')}`;
    case 'task':
      return `/packages/groups/task/index?id=${encodeURIComponent(id ?? '')}`;
    default:
      return `/packages/groups/group/index?id=${encodeURIComponent(groupId)}`;
  }
}

/** The card's title as the group sees it (WeChat cuts long titles; keep them short). */
export function cardTitle(kind: CardKind, subject: string): string {
  const s = subject.length > 24 ? `${subject.slice(0, 23)}…` : subject;
  switch (kind) {
    case 'bind':
      return `【绑定联络群】${s}：工作人员请点开完成绑定`;
    case 'group':
      return `${s}：企业人事点开即加入名册`;
    case 'announcement':
      return `【通知】${s}`;
    case 'briefing':
      return `【政策宣讲】${s}`;
    case 'question':
      return `【答复】${s}`;
    case 'faq':
      return `【常见问题】${s}`;
    case 'task':
      return `【群待办】${s}`;
  }
}
