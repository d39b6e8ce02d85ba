/**
 * The simulated WeChat chats of the local CloudBase (dev and demo only: H5 cannot be opened from a WeChat
 * group, so "open from chat G" is emulated, local/host/open-data.ts). The seed binds the demo liaison groups
 * to the first two (their opengid is opengidOf(key)); the dev pages offer all of them. Keys: [a-z0-9-]{1,40}.
 */
export interface DevChat {
  key: string;
  label: string;
  kind: 'group' | 'single';
}

export const DEV_CHATS: readonly DevChat[] = [
  { key: 'wx-kdl-liaison', label: '昆都仑区职称工作联络群', kind: 'group' },
  { key: 'wx-xt-liaison', label: '稀土高新区职称工作联络群', kind: 'group' },
  { key: 'wx-other-group', label: '另一个微信群', kind: 'group' },
  { key: 'single', label: '私聊', kind: 'single' },
];

/** The page `path` as opened from `chat`: the landing page reads `devGroup` (and `devChat=single`). */
export function devChatPath(path: string, chat: DevChat): string {
  const q = `devGroup=${encodeURIComponent(chat.key)}${chat.kind === 'single' ? '&devChat=single' : ''}`;
  return `${path}${path.includes('?') ? '&' : '?'}${q}`;
}
