import Taro from '@tarojs/taro';
import type { Transport } from './types';
import { NETWORK_MESSAGE, failure, toEnvelope } from './envelope';
import { getDevToken } from './token';

/**
 * HTTP to the local host: POST `${TARO_APP_API_BASE}/api/fn/<name>` with the event as JSON body; the
 * response body is the envelope, whatever the status code (401 carries UNAUTHENTICATED, and so on).
 * A cloudID goes as the top-level marker `openData: { $cloudID }`, which the host resolves as WeChat would.
 */
export const httpTransport: Transport = async (name, { cloudID, ...event }) => {
  const token = getDevToken();
  const header: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) header.Authorization = `Bearer ${token}`;
  try {
    const res = await Taro.request({
      url: `${process.env.TARO_APP_API_BASE ?? ''}/api/fn/${name}`,
      method: 'POST',
      data: cloudID ? { ...event, openData: { $cloudID: cloudID } } : event,
      header,
      dataType: 'json',
    });
    return toEnvelope(res.data, event.requestId);
  } catch {
    return failure('INTERNAL', event.requestId, NETWORK_MESSAGE);
  }
};
