/**
 * Dev sign-in, which exists only in this local host: pick a seeded demo account, get a bearer token.
 * Also the outbox of wx.openApi calls, the dev clock, and "opened from WeChat group <chat>" (a cloudID for the
 * signed-in user, resolved by the host's open-data path). Every /dev route answers only this machine (loopback address, Host and
 * Origin), whatever address the host was bound to.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hostError, requestIdFrom } from './envelope';
import { readBody, sendJson } from './http-util';
import { isLoopbackAddress, isLoopbackHostHeader, isLoopbackOrigin } from '../loopback';
import { bearerToken, type SessionStore } from './sessions';
import type { DevUser } from './types';
import type { DevClock } from './clock';
import { CHAT_KEY, type OpenDataStore } from './open-data';

export interface DevRouteDeps {
  sessions: SessionStore;
  devUsers?: () => Promise<DevUser[]>;
  outbox?: () => Promise<unknown[]>;
  clock?: DevClock;
  openData?: OpenDataStore;
}

export interface DevRequestFacts {
  remoteAddress: string | undefined;
  host: string | undefined;
  origin: string | undefined;
}

/** The refusal rule of the dev routes, on its own so it can be tested without a second network interface. */
export function devRequestAllowed(f: DevRequestFacts): boolean {
  return isLoopbackAddress(f.remoteAddress) && isLoopbackHostHeader(f.host) && (f.origin === undefined || isLoopbackOrigin(f.origin));
}

export async function handleDevRoute(req: IncomingMessage, res: ServerResponse, pathname: string, deps: DevRouteDeps): Promise<void> {
  const requestId = requestIdFrom(undefined);
  const facts = { remoteAddress: req.socket.remoteAddress, host: req.headers.host, origin: req.headers.origin };
  if (!devRequestAllowed(facts)) {
    sendJson(res, 403, hostError('FORBIDDEN', requestId, '开发登录仅限本机访问'));
    return;
  }
  const route = `${req.method} ${pathname}`;
  switch (route) {
    case 'GET /dev/users': {
      sendJson(res, 200, { users: deps.devUsers ? await deps.devUsers() : [] });
      return;
    }
    case 'POST /dev/signin': {
      const body = await readBody(req);
      if (!body.ok) return sendJson(res, 413, hostError('PAYLOAD_TOO_LARGE', requestId));
      let openid: unknown;
      try {
        openid = (JSON.parse(body.text) as { openid?: unknown })?.openid;
      } catch {
        return sendJson(res, 400, hostError('BAD_REQUEST', requestId));
      }
      const users = deps.devUsers ? await deps.devUsers() : [];
      if (typeof openid !== 'string' || !users.some((u) => u.openid === openid)) {
        return sendJson(res, 403, hostError('FORBIDDEN', requestId, '只能以演示账号登录'));
      }
      sendJson(res, 200, { token: deps.sessions.create(openid), openid });
      return;
    }
    case 'POST /dev/signout': {
      req.resume();
      sendJson(res, 200, { signedOut: deps.sessions.remove(bearerToken(req.headers.authorization)) });
      return;
    }
    case 'GET /dev/outbox': {
      sendJson(res, 200, { calls: deps.outbox ? await deps.outbox() : [] });
      return;
    }
    case 'GET /dev/clock': {
      if (!deps.clock) return sendJson(res, 404, hostError('NOT_FOUND', requestId));
      sendJson(res, 200, deps.clock.view());
      return;
    }
    case 'POST /dev/clock': {
      if (!deps.clock) return sendJson(res, 404, hostError('NOT_FOUND', requestId));
      const body = await readBody(req);
      if (!body.ok) return sendJson(res, 413, hostError('PAYLOAD_TOO_LARGE', requestId));
      let parsed: { advanceDays?: unknown; reset?: unknown };
      try {
        parsed = (JSON.parse(body.text || '{}') ?? {}) as typeof parsed;
      } catch {
        return sendJson(res, 400, hostError('BAD_REQUEST', requestId));
      }
      if (parsed.reset === true) deps.clock.reset();
      else if (typeof parsed.advanceDays === 'number' && Number.isFinite(parsed.advanceDays) && parsed.advanceDays > 0 && parsed.advanceDays <= 3650)
        deps.clock.advance(parsed.advanceDays);
      else return sendJson(res, 400, hostError('BAD_REQUEST', requestId, '请给出前进的天数 advanceDays（0–3650）'));
      sendJson(res, 200, deps.clock.view());
      return;
    }
    case 'POST /dev/open-data/group-enter': {
      // What wx.getGroupEnterInfo gives a page opened from a card in the chat: a cloudID for this user only.
      if (!deps.openData || !deps.clock) return sendJson(res, 404, hostError('NOT_FOUND', requestId));
      const openid = deps.sessions.openidOf(bearerToken(req.headers.authorization));
      const body = await readBody(req);
      if (!body.ok) return sendJson(res, 413, hostError('PAYLOAD_TOO_LARGE', requestId));
      if (!openid) return sendJson(res, 401, hostError('UNAUTHENTICATED', requestId, '请先以演示账号登录'));
      let parsed: { chat?: unknown; kind?: unknown };
      try {
        parsed = (JSON.parse(body.text || '{}') ?? {}) as typeof parsed;
      } catch {
        return sendJson(res, 400, hostError('BAD_REQUEST', requestId));
      }
      const kind = parsed.kind ?? 'group';
      if (typeof parsed.chat !== 'string' || !CHAT_KEY.test(parsed.chat) || (kind !== 'group' && kind !== 'single'))
        return sendJson(res, 400, hostError('BAD_REQUEST', requestId, '请给出模拟群 chat（小写字母、数字、短横线，最多 40 个）与 kind（group 或 single）'));
      sendJson(res, 200, { cloudID: deps.openData.issueGroupEnter({ openid, chat: parsed.chat, kind, now: deps.clock.now() }) });
      return;
    }
    default:
      sendJson(res, 404, hostError('NOT_FOUND', requestId));
  }
}
