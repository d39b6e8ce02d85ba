/**
 * The local open-data path: what the WeChat platform does with `wx.cloud.CloudID(id)` before a function runs.
 * On WeChat, `wx.getGroupEnterInfo` (opened from a card in a group) gives a cloudID; the client puts it as a
 * TOP-LEVEL field of the callFunction data and the platform replaces it with the decrypted open data. H5 cannot
 * be opened from a WeChat group, so here a dev route issues a cloudID for a simulated chat
 * (`POST /dev/open-data/group-enter`) and the host resolves it at the same place, so function code is unchanged.
 *
 * The HTTP transport sends a cloudID as the marker `{ $cloudID: id }` (what `wx.cloud.CloudID(id)` stands for).
 * Resolution, per top-level field whose value is a marker:
 *   valid                     → { cloudID, data: { opengid, watermark: { appid, timestamp: issue time (s) } } }
 *   unknown, forgotten, issued to another user, or the clock moved back before its issue
 *                             → { cloudID, errCode: -601007, errMsg: 'cloudID invalid' }
 *   older than 5 minutes      → { cloudID, errCode: -601008, errMsg: 'cloudID expired' }
 *   issued in a private chat  → { cloudID, errCode: 40097, errMsg: 'invalid scene' } (wx.getGroupEnterInfo's code)
 *   beyond the 5th in a call  → { cloudID, errCode: -601009, errMsg: 'too many cloudIDs' } (the platform takes 5)
 * The negative codes are ours (the platform's own for these cases are not documented); functions treat any
 * errCode as "no group". A cloudID is NOT forgotten after one use: the platform decrypts it again within its 5
 * minutes, and refusing a replay is the function's job. Markers below the top level stay as they are, as the
 * platform leaves them. A top-level `openData` that is not a marker is removed: only the platform may put
 * decrypted data there, so a client cannot pass forged "decrypted" data.
 */
import { createHash, randomBytes } from 'node:crypto';
import { LOCAL_APPID } from './context';

export const CLOUD_ID_TTL_MS = 5 * 60_000;
/** How long an issued cloudID is remembered (to answer "expired" rather than "invalid"); then it is forgotten. */
export const CLOUD_ID_RETAIN_MS = 60 * 60_000;
/** At most this many cloudIDs are remembered; the oldest go first. */
export const CLOUD_ID_MAX_ENTRIES = 10_000;
/** The platform replaces at most this many cloudIDs per call. */
export const CLOUD_IDS_PER_CALL = 5;

export const OPEN_DATA_ERRORS = {
  invalid: { errCode: -601007, errMsg: 'cloudID invalid' },
  expired: { errCode: -601008, errMsg: 'cloudID expired' },
  scene: { errCode: 40097, errMsg: 'invalid scene' },
  tooMany: { errCode: -601009, errMsg: 'too many cloudIDs' },
} as const;

/** Longer strings are no cloudID (WeChat's are about 60 characters, ours 32): such a field is left as it is. */
export const CLOUD_ID_MAX_LENGTH = 256;

/** A simulated WeChat chat's key (e.g. `wx-kdl-steel`). */
export const CHAT_KEY = /^[a-z0-9-]{1,40}$/;

export type ChatKind = 'group' | 'single';

/** What `wx.cloud.CloudID(id)` is over HTTP: a top-level field with this value is replaced by its open data. */
export interface CloudIdMarker {
  $cloudID: string;
}

export const cloudIdMarker = (cloudID: string): CloudIdMarker => ({ $cloudID: cloudID });

export function isCloudIdMarker(v: unknown): v is CloudIdMarker {
  return (
    !!v &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    Object.keys(v).length === 1 &&
    typeof (v as { $cloudID?: unknown }).$cloudID === 'string' &&
    (v as CloudIdMarker).$cloudID.length <= CLOUD_ID_MAX_LENGTH
  );
}

/** A chat's opengid: stable, and different per mini-program (derived from the AppID), as WeChat's is. */
export function opengidOf(chat: string, appid: string = LOCAL_APPID): string {
  return 'G' + createHash('sha256').update(`${appid}:${chat}`).digest('base64url').slice(0, 27);
}

export type ResolvedOpenData =
  | { cloudID: string; data: { opengid: string; watermark: { appid: string; timestamp: number } } }
  | { cloudID: string; errCode: number; errMsg: string };

interface Issued {
  openid: string;
  chat: string;
  kind: ChatKind;
  issuedAt: number;
}

export interface IssueGroupEnter {
  openid: string;
  chat: string;
  kind?: ChatKind;
  now: Date;
}

export class OpenDataStore {
  /** Insertion order is issue order, so the first entries are the oldest. */
  private readonly issued = new Map<string, Issued>();

  constructor(
    private readonly limits: { maxEntries?: number; retainMs?: number } = {},
    private readonly appid: string = LOCAL_APPID,
  ) {}

  get size(): number {
    return this.issued.size;
  }

  issueGroupEnter({ openid, chat, kind = 'group', now }: IssueGroupEnter): string {
    if (!openid) throw new Error('open data needs a signed-in caller');
    if (!CHAT_KEY.test(chat)) throw new Error('chat key must match [a-z0-9-]{1,40}');
    this.prune(now.getTime());
    const cloudID = randomBytes(24).toString('base64url');
    this.issued.set(cloudID, { openid, chat, kind, issuedAt: now.getTime() });
    const max = this.limits.maxEntries ?? CLOUD_ID_MAX_ENTRIES;
    for (const key of this.issued.keys()) {
      if (this.issued.size <= max) break;
      this.issued.delete(key);
    }
    return cloudID;
  }

  /** What the platform hands the function for `cloudID` called by `openid` at `now`. */
  resolve(cloudID: string, openid: string | undefined, now: Date): ResolvedOpenData {
    const entry = this.issued.get(cloudID);
    const at = now.getTime();
    if (!entry || !openid || entry.openid !== openid || at < entry.issuedAt) return { cloudID, ...OPEN_DATA_ERRORS.invalid };
    if (at - entry.issuedAt > CLOUD_ID_TTL_MS) return { cloudID, ...OPEN_DATA_ERRORS.expired };
    if (entry.kind !== 'group') return { cloudID, ...OPEN_DATA_ERRORS.scene };
    return {
      cloudID,
      data: { opengid: opengidOf(entry.chat, this.appid), watermark: { appid: this.appid, timestamp: Math.floor(entry.issuedAt / 1000) } },
    };
  }

  /** The event as the function receives it: top-level markers replaced, a forged top-level `openData` removed. */
  resolveOpenData(event: Record<string, unknown>, openid: string | undefined, now: Date): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let count = 0;
    for (const [k, v] of Object.entries(event)) {
      if (isCloudIdMarker(v)) {
        count++;
        out[k] = count > CLOUD_IDS_PER_CALL ? { cloudID: v.$cloudID, ...OPEN_DATA_ERRORS.tooMany } : this.resolve(v.$cloudID, openid, now);
      } else if (k !== 'openData') out[k] = v;
    }
    return out;
  }

  private prune(at: number): void {
    const retain = this.limits.retainMs ?? CLOUD_ID_RETAIN_MS;
    for (const [key, e] of this.issued) {
      // Issue order is clock order unless the dev clock was reset; stop at the first entry still kept.
      if (at - e.issuedAt <= retain) break;
      this.issued.delete(key);
    }
  }
}
