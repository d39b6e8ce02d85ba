import type { FileRef } from '@shared/announcements/files';
import { attachmentProblem } from '@shared/announcements/files';
import type { UploadPurpose } from '@shared/files/upload';
import { UPLOAD_CHUNK_BYTES, chunkCount, safeFileName } from '@shared/files/upload';
import { api } from '../api';
import { newRequestId } from '../api/request-id';
import type { PickedFile } from './picked';

export type SendResult = { ok: true; file: FileRef } | { ok: false; message: string };

/** A retry of one chunk after a network failure (the function stores each chunk once, so resending is safe). */
const RETRIES = 2;

/**
 * Sends a picked file to `announcements.files.upload`, one base64 chunk per call in index order,
 * `onProgress(done, count)` after each; the last call answers with the stored file's FileRef.
 * Never throws: a refusal comes back as the function's Chinese message.
 */
export async function sendFile(
  file: PickedFile,
  purpose: UploadPurpose,
  onProgress?: (done: number, count: number) => void,
): Promise<SendResult> {
  const problem = attachmentProblem(file);
  if (problem) return { ok: false, message: problem };
  const count = chunkCount(file.size);
  const uploadId = newRequestId();
  onProgress?.(0, count);
  for (let index = 0; index < count; index++) {
    let data: string;
    try {
      data = await file.read(index * UPLOAD_CHUNK_BYTES, Math.min(file.size, (index + 1) * UPLOAD_CHUNK_BYTES));
    } catch {
      return { ok: false, message: '读取文件失败，请重新选择' };
    }
    const input = { uploadId, purpose, name: safeFileName(file.name), type: file.type, size: file.size, index, count, data };
    let res = await api.announcements['files.upload'](input as never);
    for (let attempt = 0; !res.ok && res.code === 'INTERNAL' && attempt < RETRIES; attempt++) {
      res = await api.announcements['files.upload'](input as never);
    }
    if (!res.ok) return { ok: false, message: res.issues?.[0]?.message ?? res.message };
    onProgress?.(index + 1, count);
    if (res.data.status === 'done') return { ok: true, file: res.data.file };
  }
  return { ok: false, message: '上传没有完成，请重试' };
}

/** Deletes an upload that was not kept (the function refuses a file attached to anything). */
export async function discardFile(fileID: string): Promise<boolean> {
  const res = await api.announcements['files.discard']({ fileID });
  return res.ok;
}
