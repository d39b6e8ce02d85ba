/**
 * Sharing a page: H5 copies the page's link (share.h5.tsx), WeChat a share card (share.weapp.tsx).
 * Taro's build picks the platform's file; this one is what TypeScript and Jest see.
 */
export { ShareLink, useSharePage, useUpdatableShare } from './share.h5';
