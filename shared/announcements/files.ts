import { z } from 'zod';

/**
 * Attachments and briefing materials: references to files in CloudBase cloud storage. A file is uploaded
 * by the function (`uploadFile`) and referred to by its fileID; this module bounds what may be referred to.
 * An uploaded file stays private (no temporary URL handed out) until its announcement is published.
 */
export const ATTACHMENT_TYPES = {
  'application/pdf': ['pdf'],
  'application/msword': ['doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.ms-excel': ['xls'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.ms-powerpoint': ['ppt'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
} as const satisfies Record<string, readonly string[]>;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;
export const ATTACHMENT_TYPE_IDS = Object.keys(ATTACHMENT_TYPES) as [AttachmentType, ...AttachmentType[]];

export const ATTACHMENT_LIMITS = {
  /** Files on one announcement or one briefing. */
  maxFiles: 10,
  /** Bytes of one file: slides and scanned PDFs fit; a video does not belong here. */
  maxBytes: 20 * 1024 * 1024,
  /** Bytes of all files together. */
  maxTotalBytes: 50 * 1024 * 1024,
  /** Characters of a file name, extension included. */
  maxNameLength: 80,
} as const;

/** What the 附件 list says a file is. */
export const ATTACHMENT_TYPE_LABELS: Record<AttachmentType, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.ms-powerpoint': 'PPT',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPT',
  'image/jpeg': '图片',
  'image/png': '图片',
};

/** `cloud://<env>.<bucket>/<cloudPath>`, as CloudBase spells a fileID (no `?`, `#`, `%`, backslash or control character). */
// eslint-disable-next-line no-control-regex
const FILE_ID = /^cloud:\/\/[a-z0-9_-]{1,40}\.[A-Za-z0-9_-]{1,100}\/[^\u0000-\u001f\u007f\\?#%]{1,850}$/;
// eslint-disable-next-line no-control-regex
const BAD_NAME = /[\u0000-\u001f\u007f\\/:*?"<>|]/;

const extensionOf = (name: string) => (name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '');
const allowedList = () => [...new Set(Object.values(ATTACHMENT_TYPES).flat())].join('、');

/** Why a file may not be attached, in words the uploader can act on; null when it may. */
export function attachmentProblem(file: { name: string; size: number; type: string }): string | null {
  const types = ATTACHMENT_TYPES as Record<string, readonly string[]>;
  if (!types[file.type]) return `不支持这种文件类型，只能上传 ${allowedList()} 文件`;
  if (!types[file.type].includes(extensionOf(file.name))) return `文件名的扩展名与文件类型不符，请上传 ${types[file.type].join('/')} 文件`;
  if (!Number.isInteger(file.size) || file.size <= 0) return '文件是空的，请重新选择';
  if (file.size > ATTACHMENT_LIMITS.maxBytes) return `文件不能超过 ${ATTACHMENT_LIMITS.maxBytes / 1024 / 1024} MB`;
  return null;
}

export const fileRefSchema = z
  .strictObject(
    {
      fileID: z.string({ error: '缺少文件编号' }).max(1000, '文件编号过长').regex(FILE_ID, '文件编号格式不正确，请重新上传'),
      name: z
        .string({ error: '请填写文件名' })
        .trim()
        .min(1, '请填写文件名')
        .max(ATTACHMENT_LIMITS.maxNameLength, `文件名不超过 ${ATTACHMENT_LIMITS.maxNameLength} 个字`)
        .refine((n) => !BAD_NAME.test(n), '文件名不能包含 \\ / : * ? " < > | 等字符'),
      size: z.number({ error: '文件大小应为数字' }).int('文件大小应为整数'),
      type: z.enum(ATTACHMENT_TYPE_IDS, { error: () => `不支持这种文件类型，只能上传 ${allowedList()} 文件` }),
    },
    { error: '附件格式不正确' },
  )
  .superRefine((f, ctx) => {
    const problem = attachmentProblem(f);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [] });
  });

export type FileRef = z.output<typeof fileRefSchema>;

export const fileListSchema = z
  .array(fileRefSchema, { error: '附件应为列表' })
  .max(ATTACHMENT_LIMITS.maxFiles, `附件最多 ${ATTACHMENT_LIMITS.maxFiles} 个`)
  .superRefine((files, ctx) => {
    const total = files.reduce((n, f) => n + f.size, 0);
    if (total > ATTACHMENT_LIMITS.maxTotalBytes)
      ctx.addIssue({ code: 'custom', message: `附件合计不能超过 ${ATTACHMENT_LIMITS.maxTotalBytes / 1024 / 1024} MB` });
    if (new Set(files.map((f) => f.fileID)).size !== files.length) ctx.addIssue({ code: 'custom', message: '同一个文件不要重复添加' });
  });

/** '1.5 MB', '820 KB' — for the 附件 list. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** An attached file as a reader sees it (announcements' attachments, briefings' materials). */
export const fileView = z.object({
  fileID: z.string(),
  name: z.string(),
  size: z.number(),
  type: z.enum(ATTACHMENT_TYPE_IDS),
  sizeText: z.string(),
  /** A temporary download URL, only once the announcement is published (or for the publisher's staff). */
  url: z.string().optional(),
});
