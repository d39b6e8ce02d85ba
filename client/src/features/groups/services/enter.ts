/**
 * `groupEnterCloudID()`: the cloudID of the WeChat group this page was opened from (wx.getGroupEnterInfo),
 * for `api.groups.bind / enter(input, { cloudID })`. Taro picks `enter.weapp.ts` (WeChat) or `enter.h5.ts`
 * (the local CloudBase's simulated groups) by platform; this default, which TypeScript and Jest see, is H5's.
 */
export { devGroupEnterCloudID as groupEnterCloudID } from './dev-group';
export type { GroupEnter } from './types';
