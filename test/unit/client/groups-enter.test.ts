/**
 * features/groups/services/enter: the cloudID of the WeChat group a page was opened from. weapp asks WeChat only for a
 * group scene (1008, 1044, or a shareTicket) and maps 40097 to "not from a group"; H5 (and local-weapp mode)
 * asks the local host for the simulated group of the page's `devGroup` query, with the dev session.
 */
const request = jest.fn();
const storage = new Map<string, unknown>();
const enterOptions = jest.fn();
const getGroupEnterInfo = jest.fn();
let routerParams: Record<string, string> = {};

jest.mock('@tarojs/taro', () => {
  const taro = {
    request: (...a: unknown[]) => request(...a),
    getStorageSync: (k: string) => storage.get(k) ?? '',
    getCurrentInstance: () => ({ router: { params: routerParams } }),
    getEnterOptionsSync: () => enterOptions(),
    getLaunchOptionsSync: () => enterOptions(),
    getGroupEnterInfo: (o: unknown) => getGroupEnterInfo(o),
  };
  return { __esModule: true, default: taro, ...taro };
});

import { devGroupEnterCloudID } from '../../../client/src/features/groups/services/dev-group';
import { DEV_TOKEN_KEY } from '../../../client/src/services/api/token';

const env = { ...process.env };
beforeEach(() => {
  request.mockReset();
  enterOptions.mockReset();
  getGroupEnterInfo.mockReset();
  storage.clear();
  routerParams = {};
  process.env.TARO_APP_DEV_LOGIN = 'true';
  process.env.TARO_APP_TRANSPORT = 'cloud';
});
afterAll(() => {
  process.env = env;
});

describe('H5: the simulated group of ?devGroup=', () => {
  it('asks the local host for a cloudID of that chat with the dev session, and answers it', async () => {
    storage.set(DEV_TOKEN_KEY, 'tok-1');
    routerParams = { id: 'g1', devGroup: 'wx-kdl-liaison' };
    request.mockResolvedValue({ statusCode: 200, data: { cloudID: 'cid-abc' } });
    expect(await devGroupEnterCloudID()).toEqual({ ok: true, cloudID: 'cid-abc' });
    const opts = request.mock.calls[0][0];
    expect(opts).toMatchObject({ url: 'http://127.0.0.1:5180/dev/open-data/group-enter', method: 'POST', data: { chat: 'wx-kdl-liaison', kind: 'group' } });
    expect(opts.header.Authorization).toBe('Bearer tok-1');
  });

  it('devChat=single asks for a private chat', async () => {
    storage.set(DEV_TOKEN_KEY, 'tok-1');
    request.mockResolvedValue({ statusCode: 200, data: { cloudID: 'cid-s' } });
    await devGroupEnterCloudID({ devGroup: 'single', devChat: 'single' });
    expect(request.mock.calls[0][0].data).toEqual({ chat: 'single', kind: 'single' });
  });

  it('no devGroup, a malformed one, or a build without dev login: not from a group, nothing asked', async () => {
    storage.set(DEV_TOKEN_KEY, 'tok-1');
    expect(await devGroupEnterCloudID({})).toMatchObject({ ok: false, reason: 'not_from_group' });
    expect(await devGroupEnterCloudID({ devGroup: 'Bad Chat!' })).toMatchObject({ ok: false, reason: 'not_from_group' });
    process.env.TARO_APP_DEV_LOGIN = 'false';
    expect(await devGroupEnterCloudID({ devGroup: 'wx-kdl-liaison' })).toMatchObject({ ok: false, reason: 'not_from_group' });
    expect(request).not.toHaveBeenCalled();
  });

  it('without a session, a refused or failed request: failed, with a message', async () => {
    const noSession = await devGroupEnterCloudID({ devGroup: 'wx-kdl-liaison' });
    expect(noSession).toMatchObject({ ok: false, reason: 'failed' });
    if (!noSession.ok) expect(noSession.message).toContain('登录');
    storage.set(DEV_TOKEN_KEY, 'tok-1');
    request.mockResolvedValueOnce({ statusCode: 401, data: { ok: false, code: 'UNAUTHENTICATED' } });
    expect(await devGroupEnterCloudID({ devGroup: 'wx-kdl-liaison' })).toMatchObject({ ok: false, reason: 'failed' });
    request.mockRejectedValueOnce(new Error('request:fail'));
    expect(await devGroupEnterCloudID({ devGroup: 'wx-kdl-liaison' })).toMatchObject({ ok: false, reason: 'failed' });
  });
});

describe('weapp: wx.getGroupEnterInfo', () => {
  function load() {
    let mod!: typeof import('../../../client/src/features/groups/services/enter.weapp');
    jest.isolateModules(() => {
      mod = require('../../../client/src/features/groups/services/enter.weapp');
    });
    return mod.groupEnterCloudID;
  }

  it.each([[{ scene: 1008 }], [{ scene: 1044, shareTicket: 't' }], [{ scene: 1007, shareTicket: 't' }]])('opened as %j: the cloudID WeChat gives', async (opts) => {
    enterOptions.mockReturnValue(opts);
    getGroupEnterInfo.mockImplementation((o: { success: (r: unknown) => void }) => o.success({ errMsg: 'getGroupEnterInfo:ok', cloudID: 'wx-cid' }));
    expect(await load()()).toEqual({ ok: true, cloudID: 'wx-cid' });
  });

  it('a private-chat card (1007) or the app opened from elsewhere: not from a group, WeChat not asked', async () => {
    for (const opts of [{ scene: 1007 }, { scene: 1001 }, {}]) {
      enterOptions.mockReturnValue(opts);
      expect(await load()()).toMatchObject({ ok: false, reason: 'not_from_group' });
    }
    expect(getGroupEnterInfo).not.toHaveBeenCalled();
  });

  it('WeChat says wrong scene (40097): not from a group; any other failure: failed', async () => {
    enterOptions.mockReturnValue({ scene: 1008 });
    getGroupEnterInfo.mockImplementationOnce((o: { fail: (e: unknown) => void }) => o.fail({ errCode: 40097, errMsg: 'getGroupEnterInfo:fail invalid scene' }));
    expect(await load()()).toMatchObject({ ok: false, reason: 'not_from_group' });
    getGroupEnterInfo.mockImplementationOnce((o: { fail: (e: unknown) => void }) => o.fail({ errCode: 65206, errMsg: 'user not in group' }));
    expect(await load()()).toMatchObject({ ok: false, reason: 'failed' });
  });

  it('with TARO_APP_TRANSPORT=http it uses the local simulated group instead of WeChat', async () => {
    process.env.TARO_APP_TRANSPORT = 'http';
    storage.set(DEV_TOKEN_KEY, 'tok-1');
    routerParams = { devGroup: 'wx-xt-liaison' };
    request.mockResolvedValue({ statusCode: 200, data: { cloudID: 'local-cid' } });
    expect(await load()()).toEqual({ ok: true, cloudID: 'local-cid' });
    expect(getGroupEnterInfo).not.toHaveBeenCalled();
  });
});
