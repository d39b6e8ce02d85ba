/**
 * The local function host: built CloudBase functions in worker-thread instances behind node:http, the H5
 * build at `/`, and the dev sign-in. Binds loopback only.
 *
 *   POST /api/fn/:name   { action, input, requestId } + Authorization: Bearer <token> → envelope
 *   GET  /dev/users      POST /dev/signin { openid }   POST /dev/signout   GET /dev/outbox
 *   GET  /dev/clock      POST /dev/clock { advanceDays } | { reset: true }   (the dev clock functions run on)
 *   POST /dev/open-data/group-enter { chat, kind? } → { cloudID }   ("opened from WeChat group <chat>", open-data.ts)
 *   GET  /*              client/dist/h5 (index.html for app routes)
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleFunctionCall } from './api-route';
import { instanceEnv, type Caller } from './context';
import { handleDevRoute } from './dev-routes';
import { DevClock } from './clock';
import { hostError, requestIdFrom } from './envelope';
import { FunctionRegistry } from './functions';
import { timeLimitsFrom } from './function-config';
import { applyCors, sendJson } from './http-util';
import { invokeFunction } from './invoke';
import { OpenDataStore } from './open-data';
import { isLoopbackAddress } from '../loopback';
import { SessionStore } from './sessions';
import { serveStatic } from './static-files';
import type { Host, HostLogLine, HostOptions } from './types';

export type { DevUser, Host, HostLogLine, HostOptions } from './types';
export { devRequestAllowed } from './dev-routes';
export { isLoopbackAddress, isLoopbackOrigin } from '../loopback';

const FN_ROUTE = /^\/api\/fn\/([^/]+)$/;

export async function createHost(opts: HostOptions): Promise<Host> {
  const bindHost = opts.host ?? '127.0.0.1';
  if (!isLoopbackAddress(bindHost)) throw new Error(`本地函数宿主只能绑定本机地址（127.0.0.1 / ::1），拒绝绑定 ${bindHost}`);

  const registry = new FunctionRegistry({
    functionsDir: opts.functionsDir,
    maxInstances: opts.maxInstances ?? 4,
    env: instanceEnv(opts.gatewayUrl, opts.gatewayCredentials, { ADMIN_OPENIDS: opts.adminOpenids.join(','), ...opts.instanceEnv }),
  });
  registry.warmAll();
  const sessions = new SessionStore(opts.sessionsFile);
  const log = opts.log === false ? () => undefined : (opts.log ?? ((line: HostLogLine) => console.log(JSON.stringify(line))));
  const clock = new DevClock(opts.clockFile);
  const openData = new OpenDataStore();
  const limits = timeLimitsFrom(opts.functionConfig);
  const invoke = (name: string, event: unknown, caller: Caller) =>
    invokeFunction(registry, name, event, { ...caller, clockOffsetMs: clock.offsetMs }, opts.timeoutMs ?? limits(name), {
      store: openData,
      now: () => clock.now(),
    });

  // A client that sends its headers or body a byte at a time is cut off instead of holding a socket forever.
  const server = createServer({ headersTimeout: 15_000, requestTimeout: 30_000 }, (req, res) => {
    route(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, hostError('INTERNAL', requestIdFrom(undefined)));
      else res.destroy();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    applyCors(req, res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    const pathname = new URL(req.url ?? '/', 'http://local').pathname;
    const fn = FN_ROUTE.exec(pathname);
    if (fn) {
      if (req.method !== 'POST')
        return sendJson(res, 405, hostError('BAD_REQUEST', requestIdFrom(undefined), '请使用 POST'), { Allow: 'POST' });
      return handleFunctionCall(req, res, safeDecode(fn[1]), { sessions, invoke, log });
    }
    if (pathname === '/dev' || pathname.startsWith('/dev/'))
      return handleDevRoute(req, res, pathname, { sessions, devUsers: opts.devUsers, outbox: opts.outbox, clock, openData });
    if (pathname.startsWith('/api/')) return sendJson(res, 404, hostError('NOT_FOUND', requestIdFrom(undefined)));
    if (serveStatic(req, res, opts.h5Dir, pathname)) return;
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, bindHost, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = bindHost.includes(':') ? `[${bindHost}]` : bindHost;

  return {
    url: `http://${urlHost}:${port}`,
    port,
    clock,
    async invoke(name, event, caller) {
      return (await invoke(name, event, caller)).body;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await registry.close();
    },
  };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
