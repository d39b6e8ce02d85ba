import { createHash } from 'node:crypto';
import type { FileRef } from '../../shared/announcements/files';
import { publisherKeysOf } from '../../shared/announcements/publishers';
import type { Actor } from '../../shared/auth/roles';
import { AppError } from '../../shared/errors/app-error';
import type { UploadChunkInput, UploadPurpose } from '../../shared/files/upload';
import { SNIFF_MESSAGE, UPLOAD_FORBIDDEN, UPLOAD_STALE_MS, chunkBytes, mayUpload, parseUploadFileId, sniffMatches, uploadPath } from '../../shared/files/upload';
import type { Database } from '../kit/cloud';
import { cloud } from '../kit/cloud';
import { putDoc, readDoc } from '../kit/docs';
import { inTransaction } from '../kit/transaction';

/**
 * Files (issue 8): chunked uploads into cloud storage and the checks on what announcements and briefings
 * refer to. Chunks wait in `upload_chunks` until the last one arrives; the call that brings it assembles the
 * bytes in index order, checks their size and magic bytes, `uploadFile`s them and records the file in
 * `uploads` (who uploaded it, in which publisher capacities) — nothing reaches storage before that.
 */
const CHUNKS = 'upload_chunks';
const UPLOADS = 'uploads';
/** An assembly that has not finished within this long (the function's timeout is 20 s) may be taken over. */
const ASSEMBLY_LEASE_MS = 60_000;
/** Chunk documents read at once while assembling (each up to 341 KiB of base64). */
const READ_BATCH = 8;

export interface ChunkDoc {
  _id: string;
  uploadKey: string;
  index: number;
  count: number;
  purpose: UploadPurpose;
  name: string;
  type: string;
  size: number;
  openid: string;
  data: string;
  createdAt: string;
}

export interface UploadDoc {
  _id: string;
  state: 'assembling' | 'done';
  openid: string;
  purpose: UploadPurpose;
  /** The uploader's publisher keys when uploading: whose announcements may carry the file. */
  publisherKeys: string[];
  name: string;
  type: string;
  size: number;
  count: number;
  fileID?: string;
  file?: FileRef;
  claimedAt: string;
  createdAt: string;
}

/** The folder of one uploader: a digest of the openid (the openid itself never appears in a path). */
export function uploaderHash(openid: string): string {
  return createHash('sha256').update(`upload:${openid}`).digest('hex').slice(0, 16);
}

const sameHeader = (a: Pick<ChunkDoc, 'purpose' | 'name' | 'type' | 'size' | 'count'>, b: Pick<ChunkDoc, 'purpose' | 'name' | 'type' | 'size' | 'count'>) =>
  a.purpose === b.purpose && a.name === b.name && a.type === b.type && a.size === b.size && a.count === b.count;

const MISMATCH = () => new AppError('VALIDATION', '同一次上传的文件信息前后不一致，请重新上传', [{ path: 'uploadId', message: '请重新上传' }]);

/** One chunk; the last missing one assembles the file. */
export async function receiveChunk(
  db: Database,
  actor: Actor,
  input: UploadChunkInput,
  now: Date,
): Promise<{ status: 'partial'; received: number; count: number } | { status: 'done'; file: FileRef }> {
  if (!mayUpload(actor, input.purpose)) throw new AppError('FORBIDDEN', UPLOAD_FORBIDDEN[input.purpose]);
  const hash = uploaderHash(actor.openid);
  const uploadKey = `${hash}:${input.uploadId}`;
  const header = { purpose: input.purpose, name: input.name, type: input.type, size: input.size, count: input.count };

  const done = await readDoc<UploadDoc>(db, UPLOADS, uploadKey);
  if (done) {
    if (!sameHeader(done, header)) throw MISMATCH();
    if (done.state === 'done' && done.file) return { status: 'done', file: done.file };
  }

  const coll = db.collection(CHUNKS);
  const chunkId = `${uploadKey}:${input.index}`;
  const mine = await readDoc<ChunkDoc>(db, CHUNKS, chunkId);
  if (mine) {
    if (!sameHeader(mine, header)) throw MISMATCH();
  } else {
    const other = await coll.where({ uploadKey }).field({ _id: true, purpose: true, name: true, type: true, size: true, count: true }).limit(1).get();
    const first = (other.data as ChunkDoc[])[0];
    if (first && !sameHeader(first, header)) throw MISMATCH();
    await putDoc(db, CHUNKS, { _id: chunkId, uploadKey, index: input.index, ...header, openid: actor.openid, data: input.data, createdAt: now.toISOString() });
  }

  const received = (await coll.where({ uploadKey }).count()).total;
  if (received < input.count) return { status: 'partial', received, count: input.count };
  return assemble(db, actor, { uploadKey, uploadId: input.uploadId, hash, header }, now);
}

async function assemble(
  db: Database,
  actor: Actor,
  u: { uploadKey: string; uploadId: string; hash: string; header: Pick<ChunkDoc, 'purpose' | 'name' | 'type' | 'size' | 'count'> },
  now: Date,
): Promise<{ status: 'partial'; received: number; count: number } | { status: 'done'; file: FileRef }> {
  const { header } = u;
  // Claim the assembly (two last chunks arriving together assemble once); a stale claim is taken over.
  const claimed = await inTransaction(db, async (tx) => {
    const cur = await readDoc<UploadDoc>(tx, UPLOADS, u.uploadKey);
    if (cur?.state === 'done') return cur;
    if (cur && now.getTime() - Date.parse(cur.claimedAt) < ASSEMBLY_LEASE_MS) return null;
    const doc: UploadDoc = {
      _id: u.uploadKey,
      state: 'assembling',
      openid: actor.openid,
      ...header,
      publisherKeys: publisherKeysOf(actor),
      claimedAt: now.toISOString(),
      createdAt: cur?.createdAt ?? now.toISOString(),
    };
    await putDoc(tx, UPLOADS, doc as unknown as { _id: string });
    return doc;
  });
  if (!claimed) return { status: 'partial', received: header.count, count: header.count };
  if (claimed.state === 'done' && claimed.file) return { status: 'done', file: claimed.file };

  const parts: Buffer[] = [];
  for (let start = 0; start < header.count; start += READ_BATCH) {
    const ids = Array.from({ length: Math.min(READ_BATCH, header.count - start) }, (_, i) => `${u.uploadKey}:${start + i}`);
    const docs = await Promise.all(ids.map((id) => readDoc<ChunkDoc>(db, CHUNKS, id)));
    for (const [i, d] of docs.entries()) {
      const bytes = d ? Buffer.from(d.data, 'base64') : null;
      if (!bytes || bytes.length !== chunkBytes(header.size, start + i)) {
        await db.collection(UPLOADS).doc(u.uploadKey).remove();
        throw new AppError('VALIDATION', '文件有一部分没有收到，请重新上传');
      }
      parts.push(bytes);
    }
  }
  const bytes = Buffer.concat(parts);
  const fail = async (message: string) => {
    await dropChunks(db, u.uploadKey);
    await db.collection(UPLOADS).doc(u.uploadKey).remove();
    throw new AppError('VALIDATION', message, [{ path: 'data', message }]);
  };
  if (bytes.length !== header.size) return fail('文件大小与声明的不符，请重新上传');
  const type = header.type as FileRef['type'];
  if (!sniffMatches(bytes, type)) return fail(SNIFF_MESSAGE);

  const cloudPath = uploadPath(header.purpose, u.hash, u.uploadId, type);
  const up = (await cloud().uploadFile({ cloudPath, fileContent: bytes })) as { fileID?: string };
  if (!up.fileID) throw new AppError('INTERNAL', '文件保存失败，请重试');
  const file: FileRef = { fileID: up.fileID, name: header.name, size: header.size, type };
  await putDoc(db, UPLOADS, { ...claimed, _id: u.uploadKey, state: 'done', fileID: up.fileID, file } as unknown as { _id: string });
  await dropChunks(db, u.uploadKey);
  return { status: 'done', file };
}

async function dropChunks(db: Database, uploadKey: string): Promise<void> {
  await db.collection(CHUNKS).where({ uploadKey }).remove();
}

/** Whether anything (an announcement's current text or a published version, a briefing's materials) refers to a file. */
export async function referenced(db: Database, fileID: string): Promise<boolean> {
  const _ = db.command;
  const [a, b] = await Promise.all([
    db.collection('announcements').where(_.or([{ 'content.attachments.fileID': fileID }, { 'history.content.attachments.fileID': fileID }])).count(),
    db.collection('briefings').where({ 'materials.fileID': fileID }).count(),
  ]);
  return a.total + b.total > 0;
}

/** The uploader deletes an upload nothing refers to (taken off the list before saving). */
export async function discardUpload(db: Database, actor: Actor, fileID: string): Promise<{ deleted: boolean }> {
  const parsed = parseUploadFileId(fileID);
  const gone = () => new AppError('NOT_FOUND', '这个文件不存在或已删除');
  if (!parsed) throw gone();
  if (parsed.uploaderHash !== uploaderHash(actor.openid)) throw new AppError('FORBIDDEN', '只能删除自己上传的文件');
  const key = `${parsed.uploaderHash}:${parsed.uploadId}`;
  const doc = await readDoc<UploadDoc>(db, UPLOADS, key);
  if (!doc || doc.fileID !== fileID || doc.openid !== actor.openid) throw gone();
  if (await referenced(db, fileID)) throw new AppError('NOT_ALLOWED_NOW', '这个文件已用在公告或宣讲中，不能删除；请从公告中移除后保存');
  const r = (await cloud().deleteFile({ fileList: [fileID] })) as { fileList?: { fileID: string; code?: string }[] };
  const code = r.fileList?.[0]?.code;
  if (code && code !== 'SUCCESS' && code !== 'STORAGE_FILE_NONEXIST') throw new AppError('INTERNAL', '删除文件失败，请重试');
  await db.collection(UPLOADS).doc(key).remove();
  return { deleted: true };
}

/**
 * What an announcement (or a briefing) may refer to: files uploaded through files.upload for that purpose,
 * by someone holding the publisher's capacity when uploading, still in storage, as uploaded. `known`: files
 * already on the item (checked when they were added). A clear Chinese message otherwise, under `path`.
 */
export async function checkUploadedFiles(
  db: Database,
  files: readonly FileRef[],
  o: { purpose: UploadPurpose; publisherKey: string; path: string; known?: ReadonlySet<string>; word?: string },
): Promise<void> {
  const word = o.word ?? '附件';
  const fresh = files.filter((f) => !o.known?.has(f.fileID));
  if (!fresh.length) return;
  const refuse = (message: string): never => {
    throw new AppError('VALIDATION', message, [{ path: o.path, message }]);
  };
  for (const f of fresh) {
    const parsed = parseUploadFileId(f.fileID);
    if (!parsed || parsed.purpose !== o.purpose) refuse(`${word}“${f.name}”须通过“添加${word}”上传，请重新上传`);
    const doc = await readDoc<UploadDoc>(db, UPLOADS, `${parsed!.uploaderHash}:${parsed!.uploadId}`);
    if (!doc || doc.state !== 'done' || doc.fileID !== f.fileID) refuse(`${word}“${f.name}”不存在，请重新上传`);
    if (!doc!.publisherKeys.includes(o.publisherKey)) refuse(`${word}“${f.name}”不是本单位上传的，请重新上传`);
    if (doc!.size !== f.size || doc!.type !== f.type) refuse(`${word}“${f.name}”的大小或类型与上传的文件不符，请重新上传`);
  }
  const res = (await cloud().getTempFileURL({ fileList: fresh.map((f) => ({ fileID: f.fileID, maxAge: 60 })) })) as { fileList?: { fileID: string; code?: string }[] };
  const ok = new Set((res.fileList ?? []).filter((x) => x.code === 'SUCCESS').map((x) => x.fileID));
  const missing = fresh.find((f) => !ok.has(f.fileID));
  if (missing) refuse(`${word}“${missing.name}”不存在，请重新上传`);
}

/**
 * The notify timer's sweep: chunks of uploads left unfinished for a day (their bytes never reached storage),
 * and assemblies that never finished. Bounded per run like the rate-limit sweep.
 */
export async function sweepUploads(db: Database, now: Date, limit = 200): Promise<number> {
  const _ = db.command;
  const before = new Date(now.getTime() - UPLOAD_STALE_MS).toISOString();
  const old = await db.collection(CHUNKS).where({ createdAt: _.lt(before) }).field({ _id: true }).limit(limit).get();
  const ids = (old.data as { _id: string }[]).map((d) => d._id);
  let n = 0;
  if (ids.length) n += (await db.collection(CHUNKS).where({ _id: _.in(ids) }).remove()).deleted ?? ids.length;
  const stuck = await db.collection(UPLOADS).where({ state: 'assembling', claimedAt: _.lt(before) }).field({ _id: true }).limit(limit).get();
  const sids = (stuck.data as { _id: string }[]).map((d) => d._id);
  if (sids.length) n += (await db.collection(UPLOADS).where({ _id: _.in(sids) }).remove()).deleted ?? sids.length;
  return n;
}
