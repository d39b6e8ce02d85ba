/**
 * Who may talk to the gateway at all, decided from the headers before anything is read: a program on this
 * machine. A Host that is not a loopback name (DNS rebinding), an Origin that is not a loopback origin, or a
 * browser's `Sec-Fetch-Site: cross-site` are refused; so is any body other than JSON (or multipart for the
 * one action node-sdk sends that way), which keeps out the "simple" cross-origin requests a web page can
 * send without a CORS preflight.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { GatewayError } from '../errors';
import { isLoopbackHostHeader, isLoopbackOrigin } from '../../loopback';

/** Actions node-sdk sends as multipart/form-data (app.callCompatibleWxOpenApi). */
export const MULTIPART_ACTIONS: ReadonlySet<string> = new Set(['wx.openApi']);

export type BodyKind = 'json' | 'multipart';

/** A refusal for requests not from this machine's programs, or null. */
export function checkCaller(headers: IncomingHttpHeaders): GatewayError | null {
  if (!isLoopbackHostHeader(headers.host, 'refuse'))
    return new GatewayError(
      'PERMISSION_DENIED',
      'the local gateway answers only requests addressed to a loopback host (127.0.0.1, localhost, [::1])',
    );
  const origin = headers.origin;
  if (origin !== undefined && !isLoopbackOrigin(origin))
    return new GatewayError('PERMISSION_DENIED', 'cross-origin requests are refused by the local gateway');
  if (String(headers['sec-fetch-site'] ?? '').toLowerCase() === 'cross-site')
    return new GatewayError('PERMISSION_DENIED', 'cross-site requests are refused by the local gateway');
  return null;
}

/** JSON or multipart (node-sdk's two encodings); anything else is refused. */
export function bodyKind(contentType: string | undefined): BodyKind | GatewayError {
  const type = String(contentType ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  if (type === 'application/json') return 'json';
  if (type === 'multipart/form-data') return 'multipart';
  return new GatewayError(
    'INVALID_CONTENT_TYPE',
    `Content-Type must be application/json (got ${JSON.stringify(type.slice(0, 64) || 'none')})`,
  );
}
