/**
 * The request signature node-sdk 3.18 sends (@cloudbase/signature-nodejs 2.2, called from
 * node-sdk/dist/utils/tcbapirequester.js `getHeaders` with `withSignedParams: true`), recomputed here from the
 * gateway's secretKey:
 *
 *   Authorization: TC3-HMAC-SHA256 Credential=<secretId>/<YYYY-MM-DD>/tcb/tc3_request,
 *                  SignedParams=<k1;k2..>, SignedHeaders=<h1;h2..>, Signature=<hex>
 *   X-Timestamp:   <unix seconds>        (X-Signature-Expires: 600)
 *
 *   canonical  = "post\n//<host><path>\n<query>\n<h1>:<v1>\n<h2>:<v2>..\n\n<h1;h2..>\n<payloadHash>"
 *   payload    = sha256 over "&<key>=" + value + "\r\n" for each signed param (keys lower-cased, values
 *                JSON-stringified unless strings, trimmed, empty ones left out; multipart Buffers raw), or
 *                sha256 of the whole body when it is not a key/value object
 *   toSign     = "TC3-HMAC-SHA256\n<timestamp>\n<date>/tcb/tc3_request\n" + sha256(canonical)
 *   signature  = HMAC(HMAC(HMAC(HMAC("TC3" + secretKey, date), "tcb"), "tc3_request"), toSign)
 *
 * The signature covers the Host header, the path and query, the content type and every non-empty parameter,
 * so a signed request cannot be replayed against other data; it is refused after 10 minutes.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { GatewayCredentials } from '../credentials';
import { parseMultipartParts, type MultipartPart } from './multipart';

export const SIGN_ALGORITHM = 'TC3-HMAC-SHA256';
const SERVICE = 'tcb';
/** node-sdk sends X-Signature-Expires: 600. */
export const SIGNATURE_MAX_AGE_S = 600;
/** Clock skew tolerated for a timestamp in the future (the SDK signs with now - 1 s). */
const FUTURE_SKEW_S = 60;
/** node-sdk signs with its lower-case method name (`args.method || 'get'`, always 'post' for tcb-api). */
const SIGNED_METHOD = 'post';

export interface Authorization {
  secretId: string;
  date: string;
  service: string;
  signedParams: string[];
  signedHeaders: string[];
  signature: string;
}

/** Parses `TC3-HMAC-SHA256 Credential=.., SignedParams=.., SignedHeaders=.., Signature=..`; null if malformed. */
export function parseAuthorization(value: string | undefined): Authorization | null {
  if (!value || value.length > 8192 || !value.startsWith(`${SIGN_ALGORITHM} `)) return null;
  const fields = new Map<string, string>();
  for (const part of value.slice(SIGN_ALGORITHM.length + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) return null;
    const key = part.slice(0, eq).trim();
    if (fields.has(key)) return null;
    fields.set(key, part.slice(eq + 1).trim());
  }
  const credential = fields.get('Credential');
  const signedHeaders = fields.get('SignedHeaders');
  const signature = fields.get('Signature');
  const signedParams = fields.get('SignedParams');
  if (!credential || !signedHeaders || !signature || signedParams === undefined) return null;
  const scope = credential.split('/');
  if (scope.length < 4 || scope[scope.length - 1] !== 'tc3_request') return null;
  return {
    secretId: scope.slice(0, -3).join('/'),
    date: scope[scope.length - 3],
    service: scope[scope.length - 2],
    signedParams: signedParams === '' ? [] : signedParams.split(';'),
    signedHeaders: signedHeaders.split(';'),
    signature,
  };
}

/** What can be checked before reading the body. Returns why the request is refused, or null. */
export function checkAuthorizationHeaders(
  headers: IncomingHttpHeaders,
  credentials: GatewayCredentials,
  nowS = Math.floor(Date.now() / 1000),
): { auth: Authorization } | { refused: string } {
  const raw = headers.authorization;
  if (!raw) return { refused: 'the request is not signed: pass secretId and secretKey from the gateway credentials file to tcb.init' };
  if (/^Bearer\s/i.test(raw))
    return { refused: 'accessKey (Bearer) authorization is not accepted by the local gateway: use secretId and secretKey' };
  const auth = parseAuthorization(raw);
  if (!auth) return { refused: 'malformed Authorization header' };
  if (!sameSecret(auth.secretId, credentials.secretId))
    return { refused: 'secret id error: the secretId is not this gateway’s (see its credentials file)' };
  if (auth.service !== SERVICE) return { refused: 'wrong credential scope' };
  const ts = String(headers['x-timestamp'] ?? '');
  if (!/^\d{1,12}$/.test(ts)) return { refused: 'missing or malformed X-Timestamp' };
  const timestamp = Number(ts);
  if (timestamp < nowS - SIGNATURE_MAX_AGE_S || timestamp > nowS + FUTURE_SKEW_S)
    return { refused: 'the signature has expired (or the clock is off)' };
  if (auth.date !== formatDate(timestamp)) return { refused: 'the credential date does not match X-Timestamp' };
  if (!auth.signedHeaders.includes('host') || !auth.signedHeaders.includes('content-type'))
    return { refused: 'Host and Content-Type must be signed' };
  if (new Set(auth.signedHeaders).size !== auth.signedHeaders.length || auth.signedHeaders.some((h) => headers[h] === undefined))
    return { refused: 'a signed header is missing from the request' };
  if (!/^[0-9a-f]{64}$/.test(auth.signature)) return { refused: 'malformed signature' };
  return { auth };
}

/** The signed payload: key/value params (JSON object or multipart parts) or, for anything else, the raw body. */
export type SignedPayload = { kind: 'params'; params: Map<string, string | Buffer> } | { kind: 'raw'; body: Buffer };

/** The params of a JSON object body as the signer formats them (lower-case keys, stringified trimmed values). */
export function jsonPayload(body: Buffer, parsed: unknown): SignedPayload {
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { kind: 'raw', body };
  const params = new Map<string, string | Buffer>();
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (!key) continue;
    params.set(camSafeUrlEncode(key.toLowerCase().trim()), (typeof value === 'string' ? value : JSON.stringify(value)).trim());
  }
  return { kind: 'params', params };
}

/**
 * Multipart parts as the signer saw them: form-data gives a Buffer value a `Content-Type` part header (signed
 * raw, untrimmed), strings none (signed trimmed).
 */
export function multipartPayload(body: Buffer, parts: MultipartPart[] | null): SignedPayload {
  if (!parts) return { kind: 'raw', body };
  const params = new Map<string, string | Buffer>();
  for (const p of parts) {
    if (!p.name) continue;
    params.set(camSafeUrlEncode(p.name.toLowerCase().trim()), p.hasContentType ? p.content : p.content.toString('utf8').trim());
  }
  return { kind: 'params', params };
}

/** Recomputes the signature of a request whose headers passed `checkAuthorizationHeaders`; null when it matches. */
export function verifySignature(
  req: { url?: string; headers: IncomingHttpHeaders },
  auth: Authorization,
  payload: SignedPayload,
  credentials: GatewayCredentials,
): string | null {
  const hashed = payloadHash(payload, auth.signedParams);
  if (hashed === null) return 'the signed parameters do not match the request body';
  const { path, query } = splitUrl(req.url ?? '/');
  const canonical = canonicalRequest(
    String(req.headers.host),
    path,
    query,
    auth.signedHeaders.map((h) => [h, headerValue(h, req.headers[h])]),
    hashed,
  );
  const expected = computeSignature(credentials.secretKey, Number(req.headers['x-timestamp']), auth.date, canonical);
  const ok = timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(auth.signature, 'hex'));
  return ok ? null : 'signature mismatch: the secretKey is not this gateway’s (see its credentials file), or the request was altered';
}

/**
 * Headers that sign a raw request (for clients other than node-sdk, e.g. tests): add them to a POST of
 * `body` to `url` with this content type.
 */
export function signRequest(opts: {
  url: string;
  body: string | Buffer;
  contentType?: string;
  credentials: GatewayCredentials;
  timestamp?: number;
}): Record<string, string> {
  const contentType = opts.contentType ?? 'application/json';
  const body = Buffer.isBuffer(opts.body) ? opts.body : Buffer.from(opts.body, 'utf8');
  let payload: SignedPayload = { kind: 'raw', body };
  if (/^application\/json/i.test(contentType)) {
    try {
      payload = jsonPayload(body, JSON.parse(body.toString('utf8')));
    } catch {
      payload = { kind: 'raw', body };
    }
  } else if (/^multipart\/form-data/i.test(contentType)) payload = multipartPayload(body, parseMultipartParts(body, contentType));
  const signedParams =
    payload.kind === 'params' ? [...payload.params].filter(([, v]) => Buffer.isBuffer(v) || v !== '').map(([k]) => k) : [];
  const u = new URL(opts.url);
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000) - 1;
  const date = formatDate(timestamp);
  const signedHeaders = ['content-type', 'host'];
  const canonical = canonicalRequest(
    u.host,
    u.pathname,
    u.search.replace(/^\?/, ''),
    [
      ['content-type', headerValue('content-type', contentType)],
      ['host', u.host],
    ],
    payloadHash(payload, signedParams)!,
  );
  const signature = computeSignature(opts.credentials.secretKey, timestamp, date, canonical);
  return {
    'content-type': contentType,
    authorization: `${SIGN_ALGORITHM} Credential=${opts.credentials.secretId}/${date}/${SERVICE}/tc3_request, SignedParams=${signedParams.join(';')}, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`,
    'x-timestamp': String(timestamp),
    'x-signature-expires': String(SIGNATURE_MAX_AGE_S),
  };
}

function payloadHash(payload: SignedPayload, signedParams: string[]): string | null {
  if (payload.kind === 'raw') return signedParams.length === 0 ? sha256hex(payload.body) : null;
  // Every param with a value must be signed, each once, and nothing else: no unsigned data reaches an action.
  const present = [...payload.params].filter(([, v]) => Buffer.isBuffer(v) || v !== '').map(([k]) => k);
  if (present.length !== signedParams.length || new Set(signedParams).size !== signedParams.length) return null;
  if (!signedParams.every((k) => payload.params.has(k) && present.includes(k))) return null;
  const hash = createHash('sha256');
  for (const key of signedParams) {
    hash.update(`&${key}=`);
    hash.update(payload.params.get(key)!);
    hash.update('\r\n');
  }
  return hash.digest('hex');
}

function canonicalRequest(host: string, path: string, query: string, headers: [string, string][], payloadHashHex: string): string {
  const canonicalHeaders = `${headers.map(([k, v]) => `${k}:${v}`).join('\n')}\n`;
  return `${SIGNED_METHOD}\n//${host}${path}\n${query}\n${canonicalHeaders}\n${headers.map(([k]) => k).join(';')}\n${payloadHashHex}`;
}

function computeSignature(secretKey: string, timestamp: number, date: string, canonical: string): string {
  const stringToSign = `${SIGN_ALGORITHM}\n${timestamp}\n${date}/${SERVICE}/tc3_request\n${sha256hex(canonical)}`;
  const secretDate = createHmac('sha256', `TC3${secretKey}`).update(date).digest();
  const secretService = createHmac('sha256', secretDate).update(SERVICE).digest();
  const secretSigning = createHmac('sha256', secretService).update('tc3_request').digest();
  return createHmac('sha256', secretSigning).update(stringToSign).digest('hex');
}

/** Header values as the signer formats them: Content-Type as sent (multipart without its boundary), others trimmed and lower-cased. */
function headerValue(name: string, value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value.join(', ') : String(value ?? '');
  if (name === 'content-type') return v.startsWith('multipart/form-data') ? 'multipart/form-data' : v;
  return v.trim().toLowerCase();
}

function splitUrl(url: string): { path: string; query: string } {
  const q = url.indexOf('?');
  const beforeHash = (s: string) => (s.includes('#') ? s.slice(0, s.indexOf('#')) : s);
  return q < 0 ? { path: beforeHash(url), query: '' } : { path: url.slice(0, q), query: beforeHash(url.slice(q + 1)) };
}

const sha256hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

function formatDate(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().split('T')[0];
}

function camSafeUrlEncode(str: string): string {
  return encodeURIComponent(str)
    .replace(/!/g, '%21')
    .replace(/'/g, '%27')
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29')
    .replace(/\*/g, '%2A');
}
