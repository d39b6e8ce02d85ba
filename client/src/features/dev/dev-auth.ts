import Taro from '@tarojs/taro';

import type { DevUser } from '@shared/contracts/dev';

/** The local host's dev sign-in (local only; this subpackage is not compiled into production builds). */
export type { DevUser };

const base = () => process.env.TARO_APP_API_BASE ?? '';

export async function listDevUsers(): Promise<DevUser[]> {
  const res = await Taro.request<{ users?: DevUser[] }>({ url: `${base()}/dev/users`, method: 'GET', dataType: 'json' });
  if (res.statusCode !== 200 || !Array.isArray(res.data?.users)) throw new Error(`dev/users ${res.statusCode}`);
  return res.data.users;
}

export async function devSignIn(openid: string): Promise<string> {
  const res = await Taro.request<{ token?: string }>({
    url: `${base()}/dev/signin`,
    method: 'POST',
    data: { openid },
    header: { 'Content-Type': 'application/json' },
    dataType: 'json',
  });
  if (res.statusCode !== 200 || typeof res.data?.token !== 'string') throw new Error(`dev/signin ${res.statusCode}`);
  return res.data.token;
}
