import { z } from 'zod';
import type { Actor } from '../auth/roles';
import { publisherScopes } from '../announcements/publishers';
import { BRIEFING_RULES } from '../briefings/rules';
import type { AttachmentType } from '../announcements/files';
import { ATTACHMENT_LIMITS, ATTACHMENT_TYPES, attachmentProblem } from '../announcements/files';

/**
 * Uploading an attachment or a briefing material into cloud storage, in chunks: a function request is
 * bounded to 1 MB (contracts/bounds.ts), so a file is sent as base64 chunks of at most UPLOAD_CHUNK_BYTES
 * bytes, one per call, and assembled by the function once the last one arrives. Pure: no I/O.
 */
export const UPLOAD_PURPOSES = ['announcement', 'briefing'] as const;
export type UploadPurpose = (typeof UPLOAD_PURPOSES)[number];

/** Bytes of one chunk (the last may be shorter): 256 KiB is 341 KiB of base64, well inside a request. */
export const UPLOAD_CHUNK_BYTES = 256 * 1024;
/** Chunks of the largest file allowed. */
export const UPLOAD_MAX_CHUNKS = Math.ceil(ATTACHMENT_LIMITS.maxBytes / UPLOAD_CHUNK_BYTES);
/** Chunks not assembled within this long are swept (with their bytes). */
export const UPLOAD_STALE_MS = 24 * 3600 * 1000;

/** The folder of each purpose in cloud storage; a fileID outside it is not one of ours for that purpose. */
export const UPLOAD_FOLDERS: Record<UploadPurpose, string> = { announcement: 'announcements', briefing: 'briefings' };

export function chunkCount(size: number, chunk: number = UPLOAD_CHUNK_BYTES): number {
  return Math.max(1, Math.ceil(size / chunk));
}

/** Bytes chunk `index` of a file of `size` bytes must hold. */
export function chunkBytes(size: number, index: number, chunk: number = UPLOAD_CHUNK_BYTES): number {
  const count = chunkCount(size, chunk);
  if (index < 0 || index >= count) return 0;
  return index < count - 1 ? chunk : size - chunk * (count - 1);
}

/**
 * Who may upload for a purpose: exactly those who may publish announcements (any publisher capacity), and
 * for briefing materials those who may organize briefings (rule `briefing-organizers`).
 */
export function mayUpload(actor: Actor, purpose: UploadPurpose): boolean {
  const scopes = publisherScopes(actor);
  if (purpose === 'announcement') return scopes.length > 0;
  const roles = BRIEFING_RULES.organizers.parameters.roles as readonly string[];
  return scopes.some((p) => roles.includes(p.role));
}

export const UPLOAD_FORBIDDEN: Record<UploadPurpose, string> = {
  announcement: '只有发布通知的工作人员可以上传附件',
  briefing: '只有组织宣讲的工作人员可以上传宣讲资料',
};

/** The first bytes each type's files start with. Office's newer formats are ZIP files; the older ones OLE compound files. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const MAGIC: Record<AttachmentType, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ZIP,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ZIP,
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ZIP,
  'application/msword': OLE,
  'application/vnd.ms-excel': OLE,
  'application/vnd.ms-powerpoint': OLE,
};
export const SNIFF_MESSAGE = '文件内容与类型不符';

/** Whether the file's first bytes are those of its declared type (an .exe renamed .pdf is not). */
export function sniffMatches(bytes: Uint8Array, type: AttachmentType): boolean {
  const magic = MAGIC[type];
  if (!magic || bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

/** The type a file name's extension says (for pickers that give no MIME type, like WeChat's chooseMessageFile). */
export function typeFromName(name: string): AttachmentType | null {
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  for (const [type, exts] of Object.entries(ATTACHMENT_TYPES) as [AttachmentType, readonly string[]][]) if (exts.includes(ext)) return type;
  return null;
}

/** A short, stable, non-reversible folder name for an uploader (computed by the function from the openid). */
export const UPLOADER_HASH = /^[a-f0-9]{16}$/;
export const UPLOAD_ID = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * Where an upload is stored: `<folder>/<uploader hash>/<uploadId>/1.<ext>` — never the user's file name
 * (which travels on the FileRef), so a path reveals nothing and cannot be steered by the uploader.
 */
export function uploadPath(purpose: UploadPurpose, uploaderHash: string, uploadId: string, type: AttachmentType): string {
  return `${UPLOAD_FOLDERS[purpose]}/${uploaderHash}/${uploadId}/1.${ATTACHMENT_TYPES[type][0]}`;
}

/** The parts of a fileID (`cloud://<env>.<bucket>/<path>`) that uploadPath wrote; null for any other fileID. */
export function parseUploadFileId(fileID: string): { purpose: UploadPurpose; uploaderHash: string; uploadId: string } | null {
  const m = /^cloud:\/\/[^/]+\/(announcements|briefings)\/([a-f0-9]{16})\/([A-Za-z0-9_-]{8,64})\/1\.[a-z]{2,4}$/.exec(fileID);
  if (!m) return null;
  return { purpose: m[1] === 'briefings' ? 'briefing' : 'announcement', uploaderHash: m[2], uploadId: m[3] };
}

// eslint-disable-next-line no-control-regex
const BAD_NAME_CHARS = /[\u0000-\u001f\u007f\\/:*?"<>|]/g;

/** A device's file name as a FileRef may carry it: characters a file name may not hold become _, at most 80 characters (the extension kept). */
export function safeFileName(name: string): string {
  const clean = name.replace(BAD_NAME_CHARS, '_').trim();
  const max = ATTACHMENT_LIMITS.maxNameLength;
  if ([...clean].length <= max) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 ? clean.slice(dot) : '';
  return [...clean.slice(0, clean.length - ext.length)].slice(0, max - [...ext].length).join('') + ext;
}

/** The header every chunk of one upload repeats; checked before anything is stored. */
export const uploadHeaderSchema = z
  .strictObject(
    {
      uploadId: z.string({ error: '缺少上传编号' }).regex(UPLOAD_ID, '上传编号格式不正确'),
      purpose: z.enum(UPLOAD_PURPOSES, { error: '上传用途不正确' }),
      name: z
        .string({ error: '请填写文件名' })
        .trim()
        .min(1, '请填写文件名')
        .max(ATTACHMENT_LIMITS.maxNameLength, `文件名不超过 ${ATTACHMENT_LIMITS.maxNameLength} 个字`)
        .transform(safeFileName),
      type: z.string({ error: '缺少文件类型' }).max(200, '文件类型过长'),
      size: z.number({ error: '文件大小应为数字' }).int('文件大小应为整数'),
      index: z.number({ error: '分片序号应为数字' }).int('分片序号应为整数'),
      count: z.number({ error: '分片数应为数字' }).int('分片数应为整数'),
      data: z.string({ error: '缺少文件内容' }).max(Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4, '一次上传的内容过大'),
    },
    { error: '上传格式不正确' },
  )
  .superRefine((u, ctx) => {
    const problem = attachmentProblem(u);
    if (problem) return void ctx.addIssue({ code: 'custom', message: problem, path: [] });
    if (u.count !== chunkCount(u.size)) return void ctx.addIssue({ code: 'custom', message: '分片数与文件大小不符', path: ['count'] });
    if (u.index < 0 || u.index >= u.count) return void ctx.addIssue({ code: 'custom', message: '分片序号超出范围', path: ['index'] });
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(u.data) || u.data.length % 4 !== 0) return void ctx.addIssue({ code: 'custom', message: '文件内容编码不正确', path: ['data'] });
    if (base64Bytes(u.data) !== chunkBytes(u.size, u.index)) ctx.addIssue({ code: 'custom', message: '分片大小不正确，请重新上传', path: ['data'] });
  });
export type UploadChunkInput = z.output<typeof uploadHeaderSchema>;

/** Bytes a (padded) base64 text decodes to. */
export function base64Bytes(text: string): number {
  if (!text) return 0;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - pad;
}

/** What 已上传 shows. */
export function uploadProgressLabel(done: number, count: number): string {
  return `已上传 ${done}/${count}`;
}

/** The limits as the field's hint. */
export const UPLOAD_HINT = `支持 PDF、Word、Excel、PPT、JPG、PNG，单个不超过 ${ATTACHMENT_LIMITS.maxBytes / 1024 / 1024} MB，最多 ${ATTACHMENT_LIMITS.maxFiles} 个，合计不超过 ${ATTACHMENT_LIMITS.maxTotalBytes / 1024 / 1024} MB`;

/** Why one more file may not join a list (count, total, duplicate name), or null. */
export function listProblem(existing: readonly { name: string; size: number }[], file: { name: string; size: number }): string | null {
  if (existing.length >= ATTACHMENT_LIMITS.maxFiles) return `附件最多 ${ATTACHMENT_LIMITS.maxFiles} 个`;
  const total = existing.reduce((n, f) => n + f.size, 0) + file.size;
  if (total > ATTACHMENT_LIMITS.maxTotalBytes) return `附件合计不能超过 ${ATTACHMENT_LIMITS.maxTotalBytes / 1024 / 1024} MB`;
  return null;
}
