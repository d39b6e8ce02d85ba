/**
 * Cloud paths and fileIDs as CloudBase spells them. A file uploaded to `cloudPath` in environment `env` is
 * `cloud://<env>.<bucket>/<cloudPath>`, the bucket being `<hex of the env's first two characters>-<env>-<appid>`
 * (e.g. `cloud://prod-1a2b.7072-prod-1a2b-1250000000/materials/a.pdf`). The local gateway uses one fixed appid.
 *
 * A cloudPath is refused (INVALID_PARAM / COS `InvalidArgument`) when it is empty, longer than 850 bytes
 * (CloudBase's limit), absolute (`/…`, `\…`, `C:…`), has an empty, `.` or `..` segment, ends with `/`, or
 * holds a control character (NUL included), a backslash, or one of `?`, `#`, `%`. The last three are
 * refused because a temporary URL carries the path unencoded, as CloudBase's do, and node-sdk's
 * `downloadFile` runs `encodeURI` over it: `?`/`#` would end the path and `%` would be encoded twice.
 * On disk, objects are named by a hash of their fileID, never by the path itself.
 */
import { createHash } from 'node:crypto';

export const MAX_CLOUD_PATH_BYTES = 850;
/** node-sdk's own rule for an environment id (utils.isValidEnvFormat). */
const ENV_ID = /^[a-z0-9_-]{1,40}$/;
const LOCAL_APPID = '1250000000';
/** The environment of requests that name none (tcb.init without env): CloudBase picks the first env. */
export const DEFAULT_ENV = 'local';

export interface CloudFile {
  env: string;
  bucket: string;
  cloudPath: string;
  fileID: string;
}

/** Why `cloudPath` is refused, or null when it is acceptable. */
export function cloudPathProblem(cloudPath: unknown): string | null {
  if (typeof cloudPath !== 'string' || cloudPath === '') return 'cloudPath must be a non-empty string';
  if (Buffer.byteLength(cloudPath, 'utf8') > MAX_CLOUD_PATH_BYTES) return `cloudPath must be at most ${MAX_CLOUD_PATH_BYTES} bytes`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(cloudPath)) return 'cloudPath must not contain control characters';
  if (cloudPath.startsWith('/') || /^[A-Za-z]:/.test(cloudPath)) return 'cloudPath must be relative (no leading / or drive letter)';
  if (/[\\?#%]/.test(cloudPath)) return 'cloudPath must not contain \\ ? # or %';
  if (cloudPath.endsWith('/')) return 'cloudPath must name a file, not end with /';
  for (const segment of cloudPath.split('/')) {
    if (segment === '') return 'cloudPath must not contain empty segments (//)';
    if (segment === '.' || segment === '..') return 'cloudPath must not contain . or .. segments';
  }
  return null;
}

/** The environment id of a request (`envName`), or null when it is not one node-sdk would send. */
export function envOf(envName: unknown): string | null {
  if (envName === undefined || envName === null || envName === '') return DEFAULT_ENV;
  return typeof envName === 'string' && ENV_ID.test(envName) ? envName : null;
}

export function bucketOf(env: string): string {
  return `${Buffer.from(env.slice(0, 2), 'utf8').toString('hex')}-${env}-${LOCAL_APPID}`;
}

/** The file a valid cloudPath names in `env` (check `cloudPathProblem` first). */
export function cloudFile(env: string, cloudPath: string): CloudFile {
  const bucket = bucketOf(env);
  return { env, bucket, cloudPath, fileID: `cloud://${env}.${bucket}/${cloudPath}` };
}

/** Parses `cloud://<env>.<bucket>/<cloudPath>` (the bucket must be the env's); a reason string when it is not one. */
export function parseFileID(fileID: unknown): CloudFile | string {
  if (typeof fileID !== 'string' || fileID === '') return 'fileID must be a non-empty string';
  const m = /^cloud:\/\/([^./]+)\.([^/]+)\/(.*)$/s.exec(fileID);
  if (!m) return 'fileID must look like cloud://<env>.<bucket>/<cloudPath>';
  const [, env, bucket, cloudPath] = m;
  if (!ENV_ID.test(env) || bucket !== bucketOf(env)) return 'fileID does not name a bucket of this gateway';
  const problem = cloudPathProblem(cloudPath);
  return problem ?? { env, bucket, cloudPath, fileID };
}

/** The name objects are kept under: a hash of the fileID (no part of the path reaches the file system). */
export function objectKey(fileID: string): string {
  return createHash('sha256').update(fileID, 'utf8').digest('hex');
}

/** `<env>.<bucket>/<cloudPath>` as it appears in the gateway's storage URLs (segments percent-encoded if asked). */
export function urlPathOf(file: CloudFile, encode: boolean): string {
  const path = encode ? file.cloudPath.split('/').map(encodeURIComponent).join('/') : file.cloudPath;
  return `${file.env}.${file.bucket}/${path}`;
}
