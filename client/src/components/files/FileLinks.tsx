/**
 * The 附件 / 宣讲材料 download list: a normal link on H5 (FileLinks.h5.tsx), download + open in WeChat
 * (FileLinks.weapp.tsx). Taro's build picks the platform's file; this one is what TypeScript and Jest see.
 */
export { FileLinks } from './FileLinks.h5';
export type { FileLinkItem } from './links';
