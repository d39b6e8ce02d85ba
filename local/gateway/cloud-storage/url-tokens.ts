/**
 * Signed storage URLs. The key is derived from the gateway's secretKey (HMAC with a fixed label), so URLs
 * made by a gateway on a data folder stay valid across its restarts, die with its credentials, and differ
 * between folders; nobody without the secretKey can make one.
 *
 * - Upload (what `storage.getUploadMetadata` hands out and node-sdk sends back as headers on its PUT):
 *   `authorization: q-sign-algorithm=hmac-sha256&q-sign-time=<issued>;<expires>&q-max-size=<bytes>&q-signature=<hex>`,
 *   `x-cos-security-token: <token>`, `x-cos-meta-fileid: <cosFileId>`; the signature covers the fileID (hence the
 *   path the PUT goes to), the cosFileId, the token, the expiry and the size cap.
 * - Download (`storage.batchGetDownloadUrl`): `?sign=<hex>&t=<expires>`, the signature covering the fileID and
 *   the expiry (as CloudBase's temporary URLs carry `sign` and `t`).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const KEY_LABEL = 'zhichengtong-local-storage-url-v1';

export interface UploadGrant {
  fileID: string;
  cosFileId: string;
  token: string;
  issuedS: number;
  expiresS: number;
  maxBytes: number;
}

export class UrlSigner {
  private readonly key: Buffer;

  constructor(secretKey: string) {
    this.key = createHmac('sha256', secretKey).update(KEY_LABEL).digest();
  }

  /** Authorization header value for an upload grant. */
  uploadAuthorization(g: UploadGrant): string {
    const sig = this.mac(['put', g.fileID, g.cosFileId, g.token, String(g.expiresS), String(g.maxBytes)]);
    return `q-sign-algorithm=hmac-sha256&q-sign-time=${g.issuedS};${g.expiresS}&q-max-size=${g.maxBytes}&q-signature=${sig}`;
  }

  /**
   * The grant a PUT's headers prove for `fileID`, or why they do not: `missing` (no or malformed headers),
   * `mismatch` (not signed by this gateway for this path and these headers), `expired`.
   */
  verifyUpload(
    fileID: string,
    headers: { authorization?: string; token?: string; cosFileId?: string },
    nowS: number,
  ): UploadGrant | 'missing' | 'mismatch' | 'expired' {
    const { authorization, token, cosFileId } = headers;
    if (!authorization || !token || !cosFileId || authorization.length > 1024 || token.length > 256 || cosFileId.length > 256)
      return 'missing';
    const q = new URLSearchParams(authorization);
    const time = /^(\d{1,12});(\d{1,12})$/.exec(q.get('q-sign-time') ?? '');
    const max = q.get('q-max-size') ?? '';
    const sig = q.get('q-signature') ?? '';
    if (q.get('q-sign-algorithm') !== 'hmac-sha256' || !time || !/^\d{1,15}$/.test(max) || !/^[0-9a-f]{64}$/.test(sig)) return 'missing';
    const grant: UploadGrant = { fileID, cosFileId, token, issuedS: Number(time[1]), expiresS: Number(time[2]), maxBytes: Number(max) };
    if (!this.check(['put', fileID, cosFileId, token, time[2], max], sig)) return 'mismatch';
    return grant.expiresS < nowS ? 'expired' : grant;
  }

  /** `sign=..&t=..` for a download of `fileID` until `expiresS`. */
  downloadQuery(fileID: string, expiresS: number): string {
    return `sign=${this.mac(['get', fileID, String(expiresS)])}&t=${expiresS}`;
  }

  verifyDownload(fileID: string, query: URLSearchParams, nowS: number): 'ok' | 'missing' | 'mismatch' | 'expired' {
    const sign = query.get('sign') ?? '';
    const t = query.get('t') ?? '';
    if (!/^[0-9a-f]{64}$/.test(sign) || !/^\d{1,12}$/.test(t)) return 'missing';
    if (!this.check(['get', fileID, t], sign)) return 'mismatch';
    return Number(t) < nowS ? 'expired' : 'ok';
  }

  private mac(parts: string[]): string {
    const h = createHmac('sha256', this.key);
    for (const p of parts) h.update(`${Buffer.byteLength(p, 'utf8')}:${p}\n`);
    return h.digest('hex');
  }

  private check(parts: string[], sig: string): boolean {
    return timingSafeEqual(Buffer.from(this.mac(parts), 'hex'), Buffer.from(sig, 'hex'));
  }
}

/** Random id for a cosFileId or upload token: URL- and filename-safe. */
export const randomId = (bytes = 18) => randomBytes(bytes).toString('base64url');
