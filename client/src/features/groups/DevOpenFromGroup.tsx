/**
 * "Open this card from a simulated WeChat chat" exists only on H5 dev builds (DevOpenFromGroup.h5.tsx): in the
 * mini-program a card is really opened from a chat. Taro's build picks the platform's file; this no-op is what
 * TypeScript, Jest and weapp see.
 */
export function DevOpenFromGroup(_props: { path: string; id?: string }): null {
  return null;
}
