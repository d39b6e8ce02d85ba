/**
 * 分享到联络群: the card of a group, an announcement, a briefing, an answer, an FAQ entry or a task (群待办), as
 * the function hands it out (groups.share). WeChat: a share button (ShareToGroup.weapp.tsx); H5: copy the card's
 * link, and in dev builds open it "from" a simulated group (ShareToGroup.h5.tsx). Taro's build picks the
 * platform's file; this one is what TypeScript and Jest see.
 */
export { ShareToGroup } from './ShareToGroup.h5';
export type { ShareToGroupProps } from './use-share-card';
