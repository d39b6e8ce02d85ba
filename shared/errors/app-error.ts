/** Stable error codes and the Chinese message a user sees when nothing more specific is said. */
export const ERROR_CODES = {
  VALIDATION: '输入有误，请检查标红的项目',
  BAD_REQUEST: '请求格式不正确',
  UNKNOWN_ACTION: '不支持的操作',
  PAYLOAD_TOO_LARGE: '提交的内容过大（上限 1 MB）',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '要找的内容不存在或已删除',
  CONFLICT: '内容已被他人修改，请刷新后重试',
  NOT_ALLOWED_NOW: '现在还不能进行这一步',
  INVITATION_INVALID: '邀请码无效、已使用或已过期',
  CONSENT_REQUIRED: '请先阅读并同意《职称通隐私保护指引》',
  OPEN_DATA_INVALID: '无法确认您是从哪个微信群打开的，请回到群里重新点开卡片',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  REQUEST_REUSED: '这个请求号已用于另一项操作，请刷新页面后重试',
  INTERNAL: '系统繁忙，请稍后再试',
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldIssue {
  path: string;
  message: string;
}

export type Envelope<T> =
  | { ok: true; data: T; requestId: string }
  | { ok: false; code: ErrorCode; message: string; requestId: string; issues?: FieldIssue[] };

/** A failure the domain or a handler raises on purpose; the kit turns it into the error envelope. */
export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message?: string,
    public readonly issues?: FieldIssue[],
  ) {
    super(message ?? ERROR_CODES[code]);
    this.name = 'AppError';
  }
}
