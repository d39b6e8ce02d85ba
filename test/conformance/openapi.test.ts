/**
 * WeChat open API calls (app.callWxOpenApi -> action wx.api, app.callCompatibleWxOpenApi -> wx.openApi)
 * are recorded in the gateway's outbox and answered with WeChat-shaped success responses.
 */
import { startTestGateway, type TestGateway } from '../support/gateway';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway();
});
afterAll(() => t.close());

it('msg_sec_check passes and is recorded', async () => {
  const r = await t.app.callWxOpenApi({ apiName: '/wxa/msg_sec_check', requestData: { content: '职称申报', version: 2, scene: 2, openid: 'o-1' } });
  expect(r.result).toMatchObject({ errcode: 0, errmsg: 'ok', result: { suggest: 'pass', label: 100 } });
  expect(typeof r.requestId).toBe('string');
  const calls = await t.gateway.outbox();
  expect(calls.at(-1)).toMatchObject({ action: 'wx.api', apiName: '/wxa/msg_sec_check', requestData: { content: '职称申报', version: 2, scene: 2, openid: 'o-1' } });
  expect(calls.at(-1)!.at).toBeInstanceOf(Date);
});

it('subscribe messages are recorded in call order', async () => {
  const before = (await t.gateway.outbox()).length;
  for (const n of [1, 2]) {
    const r = await t.app.callWxOpenApi({ apiName: '/cgi-bin/message/subscribe/send', requestData: { touser: 'o-1', template_id: 'T', data: { thing1: { value: `n${n}` } } } });
    expect(r.result).toMatchObject({ errcode: 0, errmsg: 'ok' });
  }
  const calls = (await t.gateway.outbox()).slice(before);
  expect(calls.map((c: any) => c.requestData.data.thing1.value)).toEqual(['n1', 'n2']);
});

it('callCompatibleWxOpenApi (multipart wx.openApi) returns the raw WeChat answer', async () => {
  const raw = await t.app.callCompatibleWxOpenApi({ apiName: '/wxa/msg_sec_check', requestData: Buffer.from(JSON.stringify({ content: 'hi' })) });
  expect(JSON.parse(Buffer.from(raw).toString('utf8'))).toMatchObject({ errcode: 0, result: { suggest: 'pass' } });
  expect((await t.gateway.outbox()).at(-1)).toMatchObject({ action: 'wx.openApi', apiName: '/wxa/msg_sec_check', requestData: { content: 'hi' } });
});
