/**
 * The function host with the echo fixture: one request per instance keeps identities apart, identity comes
 * only from the session, refused requests get envelopes, failed instances are replaced, dev routes and
 * static files behave.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are inspected loosely in tests */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHost, devRequestAllowed, type DevUser, type HostLogLine } from '../../local/host';
import { callFn, FIXTURE_FUNCTIONS, postJson, signIn, startHostStack, type HostStack } from '../support/host';

const USERS: DevUser[] = Array.from({ length: 50 }, (_, i) => ({
  openid: `user-${String(i).padStart(3, '0')}-x`,
  name: `用户${i}`,
  role: 'applicant',
  roleLabel: '申报人',
  description: '测试',
}));

function rawGet(url: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; type?: string; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

jest.setTimeout(20_000);

describe('function host with the echo fixture', () => {
  let stack: HostStack;
  let h5: string;
  const logs: HostLogLine[] = [];

  beforeAll(async () => {
    h5 = mkdtempSync(join(tmpdir(), 'zct-h5-'));
    mkdirSync(join(h5, 'js'));
    writeFileSync(join(h5, 'index.html'), '<!doctype html><title>职称通</title><div id="app"></div>');
    writeFileSync(join(h5, 'js', 'app.js'), 'console.log(1)');
    writeFileSync(join(h5, 'app.css'), 'body{}');
    stack = await startHostStack({ h5Dir: h5, timeoutMs: 5000, devUsers: async () => USERS, log: (l) => logs.push(l) });
  });
  afterAll(async () => {
    await stack.close();
    rmSync(h5, { recursive: true, force: true });
  });

  test('host keeps 50 concurrent callers apart: each gets its own openid back', async () => {
    const tokens = await Promise.all(USERS.map((u) => signIn(stack.url, u.openid)));
    const answers = await Promise.all(tokens.map((t, i) => callFn(stack.url, 'echo', 'whoami', { i }, t)));
    answers.forEach((a, i) => {
      expect(a.status).toBe(200);
      expect(a.body.ok).toBe(true);
      expect(a.body.data.openid).toBe(USERS[i].openid);
      expect(a.body.data.event.input).toEqual({ i });
    });
    // The default cap of four instances per function, each serving one call at a time.
    expect(new Set(answers.map((a) => a.body.data.instanceId)).size).toBeLessThanOrEqual(4);
    expect(answers[0].body.data.runenv).toBe('SCF');
    expect(answers[0].body.data.adminOpenids).toBe('test-admin-0001');
  });

  test('host ignores a forged OPENID / userInfo in the body; identity comes from the session only', async () => {
    const token = await signIn(stack.url, USERS[1].openid);
    const forged = { OPENID: USERS[2].openid, userInfo: { openId: USERS[2].openid, appId: 'x' }, requestId: 'req-forged-0001' };
    const a = await callFn(stack.url, 'echo', 'whoami', {}, token, forged);
    expect(a.body.data.openid).toBe(USERS[1].openid);
    expect(a.body.data.event.OPENID).toBeUndefined();
    expect(a.body.data.event.userInfo).toEqual({ appId: expect.any(String), openId: USERS[1].openid });
    expect(a.body.requestId).toBe('req-forged-0001');

    const anon = await callFn(stack.url, 'echo', 'whoami', {}, undefined, forged);
    expect(anon.body.data.openid).toBeNull();
    expect(anon.body.data.event.userInfo).toBeUndefined();
    const unknownToken = await callFn(stack.url, 'echo', 'whoami', {}, 'not-a-session-token', forged);
    expect(unknownToken.body.data.openid).toBeNull();

    const direct = (await stack.host.invoke(
      'echo',
      { action: 'whoami', openid: 'evil-0001', OPENID: 'evil-0001', userInfo: { openId: 'evil-0001' } },
      {},
    )) as any;
    expect(direct.data.openid).toBeNull();
    expect(direct.data.event).toEqual({ action: 'whoami', requestId: expect.any(String) });
  });

  test('host answers malformed JSON, a body over 1 MB and an unknown function with envelopes, and keeps serving', async () => {
    const bad = await postJson(`${stack.url}/api/fn/echo`, null, undefined, '{"action": "whoami",');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: '请求格式不正确', requestId: expect.any(String) });

    const noAction = await postJson(`${stack.url}/api/fn/echo`, [1, 2]);
    expect(noAction.body.code).toBe('BAD_REQUEST');

    const big = await callFn(stack.url, 'echo', 'whoami', { text: 'x'.repeat(1024 * 1024 + 10) });
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ ok: false, code: 'PAYLOAD_TOO_LARGE' });

    const unknown = await callFn(stack.url, 'nosuchfn', 'whoami');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
    const traversal = await callFn(stack.url, '..%2F..%2Fpackage', 'whoami');
    expect(traversal.body.code).toBe('UNKNOWN_ACTION');

    const after = await callFn(stack.url, 'echo', 'whoami');
    expect(after.body.ok).toBe(true);
  });

  test('host refuses deep nesting before parsing or cloning it: 8 anonymous bombs at once, then it still serves', async () => {
    const bomb = (depth: number) => `{"action":"whoami","input":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const answers = await Promise.all(Array.from({ length: 8 }, () => postJson(`${stack.url}/api/fn/echo`, null, undefined, bomb(5000))));
    for (const a of answers) {
      expect(a.status).toBe(400);
      expect(a.body).toMatchObject({ ok: false, code: 'BAD_REQUEST', message: expect.stringContaining('层级过深') });
    }
    // one after another, as the attacker did to pin every instance
    for (let i = 0; i < 6; i++) expect((await postJson(`${stack.url}/api/fn/echo`, null, undefined, bomb(4000))).status).toBe(400);
    // just inside the bound passes through; forbidden keys are refused at the door
    const ok32 = await postJson(`${stack.url}/api/fn/echo`, null, undefined, `{"action":"whoami","input":{"a":${'['.repeat(30)}${']'.repeat(30)}}}`);
    expect(ok32.body.ok).toBe(true);
    const proto = await postJson(`${stack.url}/api/fn/echo`, null, undefined, '{"action":"whoami","input":{"__proto__":{"admin":true}}}');
    expect(proto.body).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    const operator = await callFn(stack.url, 'echo', 'whoami', { id: { $ne: null } });
    expect(operator.body).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    const token = await signIn(stack.url, USERS[3].openid);
    const after = await Promise.all(Array.from({ length: 8 }, () => callFn(stack.url, 'echo', 'whoami', {}, token)));
    expect(after.every((a) => a.body.ok)).toBe(true);
  });

  test('an event that cannot be handed to an instance is refused and frees the instance', async () => {
    const deep: unknown[] = [];
    let cur = deep;
    for (let i = 0; i < 20_000; i++) {
      const next: unknown[] = [];
      cur.push(next);
      cur = next;
    }
    const r = (await stack.host.invoke('echo', { action: 'whoami', input: deep }, {})) as any;
    expect(r).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    const again = (await stack.host.invoke('echo', { action: 'whoami', input: {} }, { openid: USERS[4].openid })) as any;
    expect(again.ok).toBe(true);
  });

  test('host log lines carry request facts and no personal data', async () => {
    const token = await signIn(stack.url, USERS[7].openid);
    logs.length = 0;
    await callFn(stack.url, 'echo', 'whoami', { name: '张三', phone: '13912345678' }, token, { requestId: 'req-log-00001' });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      requestId: 'req-log-00001',
      function: 'echo',
      action: 'whoami',
      ok: true,
      ms: expect.any(Number),
      time: expect.any(String),
    });
    logs.length = 0;
    await callFn(stack.url, 'echo', '13912345678', {}, token);
    await callFn(stack.url, '张三-13912345678', 'whoami', {}, token);
    await callFn(stack.url, 'identity', `whoami 张三 ${'x'.repeat(200_000)}`, {}, token);
    expect(logs.map((l) => [l.function, l.action])).toEqual([['echo', '?'], ['?', 'whoami'], ['identity', '?']]);
    const text = JSON.stringify(logs);
    expect(text.length).toBeLessThan(2000);
    expect(text).not.toContain(USERS[7].openid);
    expect(text).not.toContain('张三');
    expect(text).not.toContain('13912345678');
  });

  test('host dev routes: users, sign-in of listed users only, sign-out, outbox, sessions survive a restart', async () => {
    const users = await (await fetch(`${stack.url}/dev/users`)).json();
    expect(users.users).toHaveLength(50);
    expect(users.users[0]).toEqual(USERS[0]);

    const refused = await postJson(`${stack.url}/dev/signin`, { openid: 'someone-else' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    expect((await postJson(`${stack.url}/dev/signin`, null, undefined, 'nope')).status).toBe(400);

    const token = await signIn(stack.url, USERS[3].openid);
    expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);

    // Another host on the same sessions file (a restart of npm start) still knows the token.
    const again = await createHost({
      gatewayUrl: stack.gatewayUrl,
      gatewayCredentials: stack.gatewayCredentials,
      functionsDir: FIXTURE_FUNCTIONS,
      adminOpenids: [],
      sessionsFile: join(stack.dataDir, 'sessions.json'),
      log: false,
      instanceEnv: { FUNCTION_LOG: 'off' },
    });
    try {
      expect((await callFn(again.url, 'echo', 'whoami', {}, token)).body.data.openid).toBe(USERS[3].openid);
    } finally {
      await again.close();
    }

    const out = await postJson(`${stack.url}/dev/signout`, {}, token);
    expect(out.body).toEqual({ signedOut: true });
    expect((await callFn(stack.url, 'echo', 'whoami', {}, token)).body.data.openid).toBeNull();

    const outbox = await (await fetch(`${stack.url}/dev/outbox`)).json();
    expect(Array.isArray(outbox.calls)).toBe(true);
  });

  test('host dev routes refuse non-loopback callers, and the host refuses a non-loopback bind', async () => {
    expect(devRequestAllowed({ remoteAddress: '127.0.0.1', host: '127.0.0.1:5180', origin: undefined })).toBe(true);
    expect(devRequestAllowed({ remoteAddress: '::ffff:127.0.0.1', host: 'localhost:5180', origin: 'http://localhost:10086' })).toBe(true);
    expect(devRequestAllowed({ remoteAddress: '::1', host: '[::1]:5180', origin: undefined })).toBe(true);
    expect(devRequestAllowed({ remoteAddress: '192.168.1.20', host: '127.0.0.1:5180', origin: undefined })).toBe(false);
    expect(devRequestAllowed({ remoteAddress: '::ffff:10.0.0.2', host: '127.0.0.1:5180', origin: undefined })).toBe(false);
    expect(devRequestAllowed({ remoteAddress: undefined, host: undefined, origin: undefined })).toBe(false);
    // DNS rebinding: a loopback connection that names another host, or a page from another origin.
    expect(devRequestAllowed({ remoteAddress: '127.0.0.1', host: 'evil.example:5180', origin: undefined })).toBe(false);
    expect(devRequestAllowed({ remoteAddress: '127.0.0.1', host: '127.0.0.1:5180', origin: 'https://evil.example' })).toBe(false);

    const rebound = await rawGet(stack.url, '/dev/users', { Host: 'evil.example:5180' });
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body).code).toBe('FORBIDDEN');

    await expect(
      createHost({ gatewayUrl: stack.gatewayUrl, gatewayCredentials: stack.gatewayCredentials, functionsDir: FIXTURE_FUNCTIONS, adminOpenids: [], host: '0.0.0.0' }),
    ).rejects.toThrow(/本机地址/);
  });

  test('host serves the H5 build with content types, index.html for app routes, nothing outside it', async () => {
    const index = await rawGet(stack.url, '/');
    expect(index.status).toBe(200);
    expect(index.type).toBe('text/html; charset=utf-8');
    expect(index.body).toContain('职称通');
    expect((await rawGet(stack.url, '/js/app.js')).type).toBe('text/javascript; charset=utf-8');
    expect((await rawGet(stack.url, '/app.css')).type).toBe('text/css; charset=utf-8');
    const route = await rawGet(stack.url, '/pages/progress/index?x=1');
    expect(route.status).toBe(200);
    expect(route.body).toContain('<div id="app">');
    expect((await rawGet(stack.url, '/js/missing.js')).status).toBe(404);
    expect((await rawGet(stack.url, '/..%2F..%2Fpackage.json')).status).toBe(404);
    expect((await rawGet(stack.url, '/../../package.json')).status).not.toBe(200);
  });

  test('host allows CORS from loopback origins only', async () => {
    const pre = await fetch(`${stack.url}/api/fn/echo`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:10086', 'Access-Control-Request-Method': 'POST' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:10086');
    expect(pre.headers.get('access-control-allow-headers')).toContain('Authorization');
    const foreign = await fetch(`${stack.url}/api/fn/echo`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('function host instance failures (one instance)', () => {
  let stack: HostStack;
  beforeAll(async () => {
    stack = await startHostStack({ maxInstances: 1, timeoutMs: 600 });
  });
  afterAll(() => stack.close());

  const echo = async () => {
    const a = await callFn(stack.url, 'echo', 'whoami');
    expect(a.body.ok).toBe(true);
    return a.body.data.instanceId as string;
  };

  test.each(['throw', 'crash', 'exit'])('host replaces an instance whose main does "%s" and answers INTERNAL', async (action) => {
    const before = await echo();
    const failed = await callFn(stack.url, 'echo', action);
    expect(failed.status).toBe(200);
    expect(failed.body).toMatchObject({ ok: false, code: 'INTERNAL', message: '系统繁忙，请稍后再试' });
    expect(JSON.stringify(failed.body)).not.toContain('fixture');
    expect(await echo()).not.toBe(before);
  });

  test.each(['hang', 'spin'])(
    'host times out a call that does "%s", replaces the instance, and serves the call queued behind it',
    async (action) => {
      const before = await echo();
      const started = Date.now();
      const [hung, queued] = await Promise.all([callFn(stack.url, 'echo', action), callFn(stack.url, 'echo', 'whoami')]);
      expect(hung.body).toMatchObject({ ok: false, code: 'INTERNAL' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(590);
      expect(queued.body.ok).toBe(true);
      expect(queued.body.data.instanceId).not.toBe(before);
    },
  );
});

describe('function host rebuilds', () => {
  test('host picks up a rebuilt function on the next call (new instances, same URL)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zct-fns-'));
    mkdirSync(join(dir, 'echo'));
    // A copy outside the repository resolves the SDK by absolute path (a built function bundles it).
    const src = readFileSync(join(FIXTURE_FUNCTIONS, 'echo', 'index.js'), 'utf8').replace(
      "require('@cloudbase/node-sdk')",
      `require(${JSON.stringify(require.resolve('@cloudbase/node-sdk'))})`,
    );
    writeFileSync(join(dir, 'echo', 'index.js'), src);
    const host = await createHost({ gatewayUrl: 'http://127.0.0.1:9/', gatewayCredentials: { secretId: 'none', secretKey: 'none' }, functionsDir: dir, adminOpenids: [], log: false });
    try {
      const first = (await callFn(host.url, 'echo', 'whoami')).body.data.instanceId;
      writeFileSync(join(dir, 'echo', 'index.js'), `${src}\n// rebuilt\n`);
      utimesSync(join(dir, 'echo', 'index.js'), new Date(), new Date(Date.now() + 5000));
      const second = (await callFn(host.url, 'echo', 'whoami')).body.data.instanceId;
      expect(second).not.toBe(first);
    } finally {
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('function pool under a flood', () => {
  test('calls beyond the queue bound are turned away at once; the queued ones are served', async () => {
    const { FunctionPool } = await import('../../local/host/pool');
    const { buildCallContext } = await import('../../local/host/context');
    const pool = new FunctionPool({ name: 'echo', file: join(FIXTURE_FUNCTIONS, 'echo', 'index.js'), env: {}, maxInstances: 1, maxQueued: 2 });
    try {
      const ctx = () => ({ ...buildCallContext('echo', {}), time_limit_in_ms: 400 });
      const hung = pool.call({ action: 'hang' }, ctx());
      await new Promise((r) => setTimeout(r, 50));
      const queued = [pool.call({ action: 'whoami' }, ctx()), pool.call({ action: 'whoami' }, ctx())];
      expect(await pool.call({ action: 'whoami' }, ctx())).toEqual({ ok: false, reason: 'busy' });
      expect(await hung).toMatchObject({ ok: false, reason: 'timeout' });
      for (const q of await Promise.all(queued)) expect(q.ok).toBe(true);
    } finally {
      await pool.close();
    }
  });
});

describe('time limits come from the deployment file', () => {
  test('a call is cut off at its function’s configured timeout (cloudbaserc.json), unlisted functions at CloudBase’s 3 s', async () => {
    const { timeLimitsFrom, DEFAULT_TIMEOUT_MS } = await import('../../local/host/function-config');
    const dir = mkdtempSync(join(tmpdir(), 'zct-rc-'));
    const rc = join(dir, 'cloudbaserc.json');
    writeFileSync(rc, JSON.stringify({ functions: [{ name: 'echo', timeout: 1 }] }));
    expect(timeLimitsFrom(rc)('echo')).toBe(1000);
    expect(timeLimitsFrom(rc)('other')).toBe(DEFAULT_TIMEOUT_MS);
    const repo = timeLimitsFrom();
    expect(repo('applications')).toBe(20_000);
    expect(repo('notify')).toBe(60_000);
    const stack = await startHostStack({ functionConfig: rc, maxInstances: 1 });
    try {
      await callFn(stack.url, 'echo', 'whoami'); // warm
      const started = Date.now();
      const hung = await callFn(stack.url, 'echo', 'hang');
      expect(hung.body).toMatchObject({ ok: false, code: 'INTERNAL' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    } finally {
      await stack.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
