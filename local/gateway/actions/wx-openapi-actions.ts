/**
 * WeChat open API through CloudBase:
 * - `app.callWxOpenApi({ apiName, requestData })` posts JSON `{ action: 'wx.api', apiName, requestData:
 *   JSON string }` and reads `JSON.parse(res.data.responseData)` as the WeChat answer;
 * - `app.callCompatibleWxOpenApi(...)` posts multipart `{ action: 'wx.openApi', apiName, requestData }`
 *   and gets WeChat's raw answer bytes back.
 * Both are recorded in the outbox and answered with success.
 */
import type { OpenApiOutbox } from '../openapi-outbox';
import { fakeWxResponse } from '../openapi-outbox';
import { invalidParam } from '../errors';
import { json, type ActionHandler, type Params } from './action-types';

export function wxOpenApiActions(outbox: OpenApiOutbox): Record<string, ActionHandler> {
  const record = async (action: string, p: Params) => {
    if (typeof p.apiName !== 'string' || p.apiName === '') throw invalidParam('apiName is required');
    const data = p.requestData;
    const text = typeof data === 'string' ? data : Buffer.isBuffer(data) ? data.toString('utf8') : data === undefined ? '' : JSON.stringify(data);
    await outbox.record(action, p.apiName, text);
    return fakeWxResponse(p.apiName);
  };
  return {
    'wx.api': async (p) => json({ data: { responseData: JSON.stringify(await record('wx.api', p)) } }),
    'wx.openApi': async (p) => ({ raw: Buffer.from(JSON.stringify(await record('wx.openApi', p))), contentType: 'application/octet-stream' }),
  };
}
