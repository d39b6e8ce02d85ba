import Taro from '@tarojs/taro';

type Resolve = (r: { event: 'agree' | 'disagree'; buttonId?: string }) => void;

/**
 * WeChat asks before a privacy interface runs (wx.onNeedPrivacyAuthorization): our prompt answers it, its agree
 * button having open-type agreePrivacyAuthorization. One listener per app; the page in front registers it.
 */
export function listenForWeChat(open: (resolve: Resolve) => void): () => void {
  const on = (Taro as unknown as { onNeedPrivacyAuthorization?: (l: (resolve: Resolve) => void) => void }).onNeedPrivacyAuthorization;
  on?.((resolve) => open(resolve));
  return () => undefined;
}

export const canOpenContract = true;

/** WeChat's own page of the mini-program's privacy guide. */
export function openContract(): void {
  const open = (Taro as unknown as { openPrivacyContract?: (o: { fail?: () => void }) => void }).openPrivacyContract;
  open?.({ fail: () => void Taro.showToast({ title: '暂时无法打开，请稍后再试', icon: 'none' }) });
}
