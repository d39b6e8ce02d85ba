/**
 * The client's API object (client/src/services/api): built from CONTRACTS, one event shape for every call,
 * envelopes in and out, and the two transports (HTTP for H5/local, wx.cloud.callFunction for weapp).
 */
import { CONTRACTS, type CallEvent, type Envelope } from '@shared/contracts';

const request = jest.fn();
const storage = new Map<string, unknown>();
const callFunction = jest.fn();
const cloudInit = jest.fn();

jest.mock('@tarojs/taro', () => {
  const taro = {
    request: (...a: unknown[]) => request(...a),
    getStorageSync: (k: string) => storage.get(k) ?? '',
    setStorageSync: (k: string, v: unknown) => void storage.set(k, v),
    removeStorageSync: (k: string) => void storage.delete(k),
    cloud: {
      init: (...a: unknown[]) => cloudInit(...a),
      callFunction: (...a: unknown[]) => callFunction(...a),
      // What wx.cloud.CloudID returns: an object the platform recognizes and replaces (its inner shape is WeChat's).
      CloudID: (id: string) => ({ $$cloudID: id }),
    },
  };
  return { __esModule: true, default: taro, ...taro };
});

import '../../../client/src/setup/zod';
import { createApi, type ContractRegistry } from '../../../client/src/services/api/client';
import { httpTransport } from '../../../client/src/services/api/http';
import { toEnvelope } from '../../../client/src/services/api/envelope';
import { DEV_TOKEN_KEY } from '../../../client/src/services/api/token';
import type { Transport } from '../../../client/src/services/api/types';

beforeEach(() => {
  request.mockReset();
  callFunction.mockReset();
  cloudInit.mockReset();
  storage.clear();
});

describe('createApi', () => {
  function recording(contracts: ContractRegistry = CONTRACTS) {
    const calls: { name: string; event: Required<CallEvent> }[] = [];
    const transport: Transport = async (name, event) => {
      calls.push({ name, event });
      return { ok: true, data: { echoed: event.action }, requestId: event.requestId };
    };
    return { calls, api: createApi(transport, contracts) };
  }

  it('calls every action of CONTRACTS by its name, on its function', async () => {
    const { api, calls } = recording({});
    for (const fn of Object.keys(CONTRACTS) as (keyof typeof CONTRACTS)[]) {
      for (const action of Object.keys(CONTRACTS[fn])) {
        await (api[fn] as unknown as Record<string, (i: unknown) => Promise<unknown>>)[action]({});
        expect(calls.at(-1)).toMatchObject({ name: fn, event: { action } });
      }
    }
  });

  it('checks the input on the phone only once the function’s contract is registered; the function checks it anyway', async () => {
    const registry: ContractRegistry = {};
    const { api, calls } = recording(registry);
    const bad = { name: '张', phone: '123' };
    expect(await api.identity.updateProfile(bad)).toMatchObject({ ok: true });
    expect(calls).toHaveLength(1);
    registry.identity = CONTRACTS.identity;
    expect(await api.identity.updateProfile(bad)).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(calls).toHaveLength(1);
  });

  it('the app checks identity, eligibility and applications from the start; a subpackage adds its own', async () => {
    jest.resetModules();
    const app = await import('../../../client/src/services/api');
    // Before packages/notices is loaded, the function alone checks an announcements call; after, the phone too.
    const before = await app.api.announcements['subscriptions.ask']({ moment: '' as never });
    expect(before).not.toMatchObject({ code: 'VALIDATION' });
    await import('../../../client/src/features/notices/api');
    const after = await app.api.announcements['subscriptions.ask']({ moment: '' as never });
    expect(after).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await app.api.identity.updateProfile({ name: '张', phone: '123' })).toMatchObject({ ok: false, code: 'VALIDATION' });
  });

  it('sends { action, input, requestId } to the function, with a fresh requestId per call', async () => {
    const { api, calls } = recording();
    const a = await api.identity.whoami({});
    const b = await api.identity.claimInvitation({ code: 'ab12cd34' });
    expect(calls.map((c) => c.name)).toEqual(['identity', 'identity']);
    expect(calls[0].event).toEqual({ action: 'whoami', input: {}, requestId: expect.any(String) });
    // The raw input is sent; the function parses (and upper-cases) it again.
    expect(calls[1].event).toMatchObject({ action: 'claimInvitation', input: { code: 'ab12cd34' } });
    expect(calls[0].event.requestId).not.toEqual(calls[1].event.requestId);
    expect(calls[0].event.requestId).toMatch(/^[a-z0-9]{12,}$/);
    expect(a).toEqual({ ok: true, data: { echoed: 'whoami' }, requestId: calls[0].event.requestId });
    expect(b.ok).toBe(true);
  });

  it('sends a caller-given requestId (retries of one intent reuse it); otherwise a fresh id per call', async () => {
    const { api, calls } = recording();
    await api.identity.whoami({}, { requestId: 'retry-intent-1' });
    await api.identity.whoami({}, { requestId: 'retry-intent-1' });
    await api.identity.whoami({});
    expect(calls.map((c) => c.event.requestId).slice(0, 2)).toEqual(['retry-intent-1', 'retry-intent-1']);
    expect(calls[2].event.requestId).not.toBe('retry-intent-1');
    expect(calls[2].event.requestId).toMatch(/^[a-z0-9]{12,}$/);
  });

  it('answers invalid input with a VALIDATION envelope and field issues, without calling the function', async () => {
    const { api, calls } = recording();
    const res = await api.identity.updateProfile({ name: '张', phone: '123' });
    expect(calls).toHaveLength(0);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.code).toBe('VALIDATION');
    expect(res.issues).toEqual(
      expect.arrayContaining([
        { path: 'name', message: '姓名至少 2 个字' },
        { path: 'phone', message: '请输入 11 位手机号' },
      ]),
    );
  });

  it('passes options.cloudID to the transport beside the event, never inside input', async () => {
    const { api, calls } = recording();
    await api.identity.whoami({}, { cloudID: 'cid-1' });
    await api.identity.whoami({}, { cloudID: '' });
    expect(calls[0].event).toEqual({ action: 'whoami', input: {}, requestId: expect.any(String), cloudID: 'cid-1' });
    expect(calls[1].event).not.toHaveProperty('cloudID');
  });

  it('lets the function answer with an error envelope unchanged', async () => {
    const api = createApi(
      async (_name, event) => ({
        ok: false,
        code: 'FORBIDDEN',
        message: '您没有权限进行此操作',
        requestId: event.requestId,
      }),
      CONTRACTS,
    );
    const res = await api.identity.listOrganizations({});
    expect(res).toMatchObject({ ok: false, code: 'FORBIDDEN', message: '您没有权限进行此操作' });
  });
});

describe('httpTransport', () => {
  const event = { action: 'whoami', input: {}, requestId: 'r1' };

  it('POSTs the event to ${TARO_APP_API_BASE}/api/fn/<name> with the dev token as bearer', async () => {
    storage.set(DEV_TOKEN_KEY, 'tok123');
    request.mockResolvedValue({ statusCode: 200, data: { ok: true, data: { x: 1 }, requestId: 'r1' } });
    const res = await httpTransport('identity', event);
    expect(request).toHaveBeenCalledTimes(1);
    const opts = request.mock.calls[0][0];
    expect(opts).toMatchObject({ url: 'http://127.0.0.1:5180/api/fn/identity', method: 'POST', data: event });
    expect(opts.header.Authorization).toBe('Bearer tok123');
    expect(res).toEqual({ ok: true, data: { x: 1 }, requestId: 'r1' });
  });

  it('sends a cloudID as the top-level marker openData: { $cloudID } (the host resolves it), not as a field of its own', async () => {
    request.mockResolvedValue({ statusCode: 200, data: { ok: true, data: {}, requestId: 'r1' } });
    await httpTransport('identity', { ...event, cloudID: 'cid-9' });
    expect(request.mock.calls[0][0].data).toEqual({ ...event, openData: { $cloudID: 'cid-9' } });
    await httpTransport('identity', event);
    expect(request.mock.calls[1][0].data).toEqual(event);
  });

  it('sends no Authorization header without a token, and passes a 401 envelope through', async () => {
    request.mockResolvedValue({ statusCode: 401, data: { ok: false, code: 'UNAUTHENTICATED', message: '请先登录', requestId: 'r1' } });
    const res = await httpTransport('identity', event);
    expect(request.mock.calls[0][0].header.Authorization).toBeUndefined();
    expect(res).toEqual({ ok: false, code: 'UNAUTHENTICATED', message: '请先登录', requestId: 'r1' });
  });

  it('turns network failures and non-envelope bodies into INTERNAL envelopes', async () => {
    request.mockRejectedValueOnce(new Error('request:fail'));
    const down = await httpTransport('identity', event);
    expect(down).toMatchObject({ ok: false, code: 'INTERNAL', requestId: 'r1' });
    if (!down.ok) expect(down.message).toContain('网络');

    request.mockResolvedValueOnce({ statusCode: 502, data: '<html>Bad Gateway</html>' });
    expect(await httpTransport('identity', event)).toMatchObject({ ok: false, code: 'INTERNAL', requestId: 'r1' });
  });
});

describe('weapp transport', () => {
  const event = { action: 'whoami', input: {}, requestId: 'r2' };

  async function loadWeapp(mode: 'cloud' | 'http') {
    process.env.TARO_APP_TRANSPORT = mode;
    let mod!: typeof import('../../../client/src/services/api/transport.weapp');
    jest.isolateModules(() => {
      mod = require('../../../client/src/services/api/transport.weapp');
    });
    return mod.transport;
  }
  afterEach(() => {
    process.env.TARO_APP_TRANSPORT = 'http';
  });

  it('calls wx.cloud.callFunction({ name, data: event }) after one cloud.init', async () => {
    const transport = await loadWeapp('cloud');
    callFunction.mockResolvedValue({ result: { ok: true, data: { hi: 1 }, requestId: 'r2' }, errMsg: 'cloud.callFunction:ok' });
    const a = await transport('identity', event);
    await transport('identity', { ...event, requestId: 'r3' });
    expect(cloudInit).toHaveBeenCalledTimes(1);
    expect(cloudInit).toHaveBeenCalledWith({ env: 'test-env', traceUser: true });
    expect(callFunction).toHaveBeenNthCalledWith(1, { name: 'identity', data: event });
    expect(a).toEqual({ ok: true, data: { hi: 1 }, requestId: 'r2' });
    expect(request).not.toHaveBeenCalled();
  });

  it('sends a cloudID as wx.cloud.CloudID(id) in the top-level field openData', async () => {
    const transport = await loadWeapp('cloud');
    callFunction.mockResolvedValue({ result: { ok: true, data: {}, requestId: 'r2' }, errMsg: 'cloud.callFunction:ok' });
    await transport('identity', { ...event, cloudID: 'cid-7' });
    expect(callFunction).toHaveBeenCalledWith({ name: 'identity', data: { ...event, openData: { $$cloudID: 'cid-7' } } });
  });

  it('with TARO_APP_TRANSPORT=http the cloudID goes as the HTTP marker', async () => {
    const transport = await loadWeapp('http');
    request.mockResolvedValue({ statusCode: 200, data: { ok: true, data: {}, requestId: 'r2' } });
    await transport('identity', { ...event, cloudID: 'cid-8' });
    expect(request.mock.calls[0][0].data).toEqual({ ...event, openData: { $cloudID: 'cid-8' } });
  });

  it('maps a failed callFunction to an INTERNAL envelope', async () => {
    const transport = await loadWeapp('cloud');
    callFunction.mockRejectedValue(new Error('cloud.callFunction:fail'));
    expect(await transport('identity', event)).toMatchObject({ ok: false, code: 'INTERNAL', requestId: 'r2' });
  });

  it('uses HTTP instead when TARO_APP_TRANSPORT is http (local weapp debugging)', async () => {
    const transport = await loadWeapp('http');
    request.mockResolvedValue({ statusCode: 200, data: { ok: true, data: {}, requestId: 'r2' } });
    await transport('identity', event);
    expect(callFunction).not.toHaveBeenCalled();
    expect(request.mock.calls[0][0].url).toBe('http://127.0.0.1:5180/api/fn/identity');
  });
});

describe('toEnvelope', () => {
  it('keeps well-formed envelopes, parses JSON strings, and normalizes the rest', () => {
    const issues = [{ path: 'name', message: '请填写姓名' }];
    expect(toEnvelope(JSON.stringify({ ok: false, code: 'VALIDATION', message: 'x', requestId: 's', issues }), 'r')).toEqual({
      ok: false,
      code: 'VALIDATION',
      message: 'x',
      requestId: 's',
      issues,
    });
    const odd = toEnvelope({ ok: false, code: 'TEAPOT', issues: [{ nope: 1 }] }, 'r') as Extract<Envelope<unknown>, { ok: false }>;
    expect(odd).toEqual({ ok: false, code: 'INTERNAL', message: '系统繁忙，请稍后再试', requestId: 'r' });
    expect(toEnvelope(null, 'r')).toMatchObject({ ok: false, code: 'INTERNAL' });
    expect(toEnvelope({ data: 1 }, 'r')).toMatchObject({ ok: false, code: 'INTERNAL' });
  });
});
