/**
 * The `storage.*` actions node-sdk 3.18 posts (dist/storage/index.js), signed like every tcb-api call:
 *
 * - `storage.getUploadMetadata` { path, method: 'put' } (uploadFile, getUploadMetadata)
 *   → { data: { url, token, authorization, fileId, cosFileId, download_url } }: uploadFile then PUTs the bytes
 *   to `url` with `authorization`, `x-cos-security-token: token`, `x-cos-meta-fileid: cosFileId`. The URL points
 *   back at this gateway (the request's own, signed, loopback Host) and is valid for uploadUrlTtlSeconds, for
 *   that path, once, up to the path's size cap. `download_url` is the file's unsigned address, which (the file
 *   being private) is refused: bytes are read only through a temporary URL.
 * - `storage.batchGetDownloadUrl` { file_list: [{ fileid, max_age?, url_type? }] } (getTempFileURL, downloadFile,
 *   getFileInfo) → { data: { download_list: [{ fileID, tempFileURL, code }] } }
 * - `storage.batchDeleteFile` { fileid_list } (deleteFile) → { data: { delete_list: [{ fileID, code }] } }
 *
 * Per file, `code` is 'SUCCESS', 'STORAGE_FILE_NONEXIST' (no such file) or 'INVALID_PARAM' (not a fileID of
 * this gateway, or a path it refuses), with a `message` when not SUCCESS. A bad cloudPath for an upload, a
 * list that is not an array or holds more than MAX_FILES_PER_CALL files answer INVALID_PARAM for the call.
 */
import { cloudFile, cloudPathProblem, envOf, parseFileID, urlPathOf } from '../cloud-storage/cloud-path';
import type { FileStorage } from '../cloud-storage';
import { maxBytesFor, MAX_FILES_PER_CALL } from '../cloud-storage/options';
import { FILE_PATH, UPLOAD_PATH } from '../cloud-storage/storage-http';
import { randomId, type UploadGrant } from '../cloud-storage/url-tokens';
import { invalidParam } from '../errors';
import { json, type ActionContext, type ActionHandler } from './action-types';

const NONEXIST = { code: 'STORAGE_FILE_NONEXIST', message: 'storage file not exist' };

export function storageActions(files: FileStorage): Record<string, ActionHandler> {
  const { store, signer, config } = files;
  const base = (ctx: ActionContext) => `http://${ctx.host}`;

  const list = (value: unknown, name: string): unknown[] => {
    if (!Array.isArray(value)) throw invalidParam(`${name} must be an array`);
    if (value.length > MAX_FILES_PER_CALL) throw invalidParam(`${name} takes at most ${MAX_FILES_PER_CALL} files per call`);
    return value;
  };
  const maxAgeOf = (v: unknown): number => {
    const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 1) return config.defaultMaxAgeS;
    return Math.min(Math.floor(n), config.maxMaxAgeS);
  };

  return {
    'storage.getUploadMetadata': async (p, ctx) => {
      const env = envOf(p.envName);
      if (!env) throw invalidParam('envName is not a valid environment id');
      const problem = cloudPathProblem(p.path);
      if (problem) throw invalidParam(problem);
      if (p.method !== undefined && String(p.method).toLowerCase() !== 'put') throw invalidParam('only method "put" uploads are supported');
      const file = cloudFile(env, p.path as string);
      const nowS = config.nowS();
      const grant: UploadGrant = {
        fileID: file.fileID,
        cosFileId: randomId(),
        token: randomId(24),
        issuedS: nowS,
        expiresS: nowS + config.uploadUrlTtlS,
        maxBytes: maxBytesFor(config, file.cloudPath),
      };
      return json({
        data: {
          url: `${base(ctx)}${UPLOAD_PATH}${urlPathOf(file, true)}`,
          token: grant.token,
          authorization: signer.uploadAuthorization(grant),
          fileId: file.fileID,
          cosFileId: grant.cosFileId,
          download_url: `${base(ctx)}${FILE_PATH}${urlPathOf(file, false)}`,
        },
      });
    },

    'storage.batchGetDownloadUrl': async (p, ctx) => {
      const items = list(p.file_list, 'file_list');
      const nowS = config.nowS();
      const out: Record<string, unknown>[] = [];
      for (const item of items) {
        const spec = (item ?? {}) as { fileid?: unknown; max_age?: unknown };
        const fileID = typeof spec.fileid === 'string' ? spec.fileid : '';
        const file = parseFileID(spec.fileid);
        if (typeof file === 'string') out.push({ fileID, tempFileURL: '', code: 'INVALID_PARAM', message: file });
        else if (!(await store.stat(file.fileID))) out.push({ fileID, tempFileURL: '', ...NONEXIST });
        else {
          const query = signer.downloadQuery(file.fileID, nowS + maxAgeOf(spec.max_age));
          out.push({ fileID, tempFileURL: `${base(ctx)}${FILE_PATH}${urlPathOf(file, false)}?${query}`, code: 'SUCCESS' });
        }
      }
      return json({ data: { download_list: out } });
    },

    'storage.batchDeleteFile': async (p) => {
      const items = list(p.fileid_list, 'fileid_list');
      const out: Record<string, unknown>[] = [];
      for (const item of items) {
        const fileID = typeof item === 'string' ? item : '';
        const file = parseFileID(item);
        if (typeof file === 'string') out.push({ fileID, code: 'INVALID_PARAM', message: file });
        else if (await store.remove(file.fileID)) out.push({ fileID, code: 'SUCCESS' });
        else out.push({ fileID, ...NONEXIST });
      }
      return json({ data: { delete_list: out } });
    },
  };
}
