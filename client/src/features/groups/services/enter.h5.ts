/** H5 cannot be opened from a WeChat group: the local CloudBase's simulated group (`?devGroup=<chat>`), dev builds only. */
export { devGroupEnterCloudID as groupEnterCloudID } from './dev-group';
export type { GroupEnter } from './types';
