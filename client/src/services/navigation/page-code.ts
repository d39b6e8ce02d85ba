/**
 * A page's code before the navigation: H5 fetches the page's chunks (page-code.h5.ts); WeChat downloads the
 * subpackage within navigateTo itself (page-code.weapp.ts). Taro's build picks the platform's file; this one is what
 * TypeScript and Jest see.
 */
export { loadPageCode } from './page-code.h5';
