/**
 * Open a verification site: a link on H5 (OpenSite.h5.tsx), 复制网址 in WeChat (OpenSite.weapp.tsx). Taro's
 * build picks the platform's file; this one is what TypeScript and Jest see.
 */
export { OpenSite } from './OpenSite.h5';
