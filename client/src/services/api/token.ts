import Taro from '@tarojs/taro';

/**
 * The bearer token the local host's dev sign-in hands out (HTTP transport only; on WeChat with CloudBase
 * the caller's identity comes from the platform, never from the client).
 */
export const DEV_TOKEN_KEY = 'devToken';

export function getDevToken(): string {
  try {
    const t: unknown = Taro.getStorageSync(DEV_TOKEN_KEY);
    return typeof t === 'string' ? t : '';
  } catch {
    return '';
  }
}

export function setDevToken(token: string): void {
  Taro.setStorageSync(DEV_TOKEN_KEY, token);
}

export function clearDevToken(): void {
  Taro.removeStorageSync(DEV_TOKEN_KEY);
}
