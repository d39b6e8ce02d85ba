/** 首页's live sections as the page uses them; in the weapp they load with the page (H5: LazyHomeSections.h5.tsx). */
export { HomeSections as LazyHomeSections } from './HomeSections';
