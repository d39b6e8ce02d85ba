/**
 * The local CloudBase (gateway and host) is for one machine: addresses, Host headers and Origins must be
 * loopback. One definition for both servers.
 */

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.toLowerCase();
  if (a === '::1' || a === 'localhost') return true;
  const v4 = a.startsWith('::ffff:') ? a.slice(7) : a;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/**
 * A Host header naming this machine (DNS rebinding sends another name with a loopback address). HTTP/1.0
 * clients may send none: `missing` says whether that is acceptable.
 */
export function isLoopbackHostHeader(host: string | undefined, missing: 'allow' | 'refuse' = 'allow'): boolean {
  if (!host) return missing === 'allow';
  const m = /^(\[[^\]]+\]|[^:]+)(?::\d+)?$/.exec(host.trim().toLowerCase());
  if (!m) return false;
  const name = m[1].replace(/^\[|\]$/g, '');
  return isLoopbackAddress(name);
}

const LOOPBACK_ORIGIN = /^https?:\/\/(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\])(:\d{1,5})?$/i;

export function isLoopbackOrigin(origin: string | undefined): boolean {
  return !!origin && LOOPBACK_ORIGIN.test(origin);
}
