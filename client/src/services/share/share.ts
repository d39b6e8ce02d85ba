/**
 * A page's share cards: WeChat's hooks in share.weapp.ts; H5 has no share menu (share.h5.ts). Taro's build picks the
 * platform's file; this one is what TypeScript and Jest see.
 */
export { usePageShare } from './share.h5';
