import Taro from '@tarojs/taro';
import type { Transport } from './types';
import { NETWORK_MESSAGE, failure, toEnvelope } from './envelope';
import { httpTransport } from './http';

let initialized = false;

/** WeChat + CloudBase: `wx.cloud.callFunction`; the platform supplies the caller's OPENID to the function. */
const cloudTransport: Transport = async (name, { cloudID, ...event }) => {
  if (!initialized) {
    const env = process.env.TARO_APP_CLOUD_ENV;
    Taro.cloud.init(env ? { env, traceUser: true } : { traceUser: true });
    initialized = true;
  }
  try {
    // Taro types CloudID() as void; it returns the special object the platform replaces with the open data.
    const data = cloudID ? { ...event, openData: Taro.cloud.CloudID(cloudID) as unknown } : event;
    const res = await Taro.cloud.callFunction({ name, data });
    return toEnvelope(res.result, event.requestId);
  } catch {
    return failure('INTERNAL', event.requestId, NETWORK_MESSAGE);
  }
};

/** `TARO_APP_TRANSPORT=http` (mode local-weapp): debug the mini-program against the local host instead. */
export const transport: Transport = process.env.TARO_APP_TRANSPORT === 'http' ? httpTransport : cloudTransport;
