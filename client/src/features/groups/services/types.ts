/**
 * What `groupEnterCloudID()` answers (features/groups/services/enter): the cloudID of the WeChat group the page was
 * opened from, to send with a call as `{ cloudID }` (services/api CallOptions), or why there is none.
 */
export type GroupEnter = { ok: true; cloudID: string } | { ok: false; reason: 'not_from_group' | 'failed'; message: string };

export const NOT_FROM_GROUP_MESSAGE = '请从微信群里的卡片打开本页';
export const GROUP_ENTER_FAILED_MESSAGE = '没能读取所在的微信群，请稍后从群里的卡片重新打开';
