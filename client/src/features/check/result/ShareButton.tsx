/**
 * Sharing a result: a share card in WeChat (ShareButton.weapp.tsx), 复制结果 on H5 (ShareButton.h5.tsx).
 * Taro's build picks the platform's file; this one is what TypeScript and Jest see.
 */
export { ShareButton, useShareResult } from './ShareButton.h5';
