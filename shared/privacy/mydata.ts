/** Server side of 我的数据 and 注销账号: which records are the person's, what is removed, what is kept anonymised. */
import { ANONYMOUS_NAME } from './index';

/** A section of “我的数据”: one collection, the field that names the person, and the fields never exported. */
export interface MyDataSection {
  key: string;
  label: string;
  collection: string;
  /** The field holding the person's openid (the document's `_id` for users). */
  field: string;
  /** Fields left out: other people's ids, internal keys. */
  omit: string[];
  /** At most this many records per section (the answer stays well under 1 MB). */
  limit: number;
}

const S = (key: string, label: string, collection: string, field: string, omit: string[] = [], limit = 200): MyDataSection => ({
  key,
  label,
  collection,
  field,
  omit: ['openid', ...omit],
  limit,
});

/** Everything the product holds about a person, by collection (applications are exported in the applicant's own view). */
export const MY_DATA: MyDataSection[] = [
  S('profile', '个人资料', 'users', '_id', ['_id', 'version']),
  S('roles', '角色授权', 'grants', 'openid', ['grantedBy']),
  S('checks', '自测记录', 'eligibility_checks', 'openid', [], 100),
  S('applications', '职称申报', 'applications', 'applicantOpenid', [], 50),
  S('greenExceptions', '绿色通道例外', 'green_exceptions', 'applicantOpenid', ['grantedBy']),
  S('inbox', '站内消息', 'inbox', 'openid'),
  S('policyWatch', '政策找人', 'policy_watches', 'openid'),
  S('policyMatches', '政策推送记录', 'policy_matches', 'openid'),
  S('subscriptions', '订阅消息次数', 'subscription_quotas', 'openid'),
  S('announcementReads', '通知阅读记录', 'announcement_reads', 'openid'),
  S('briefings', '宣讲报名', 'briefing_signups', 'openid'),
  S('briefingCheckins', '宣讲签到', 'briefing_checkins', 'openid'),
  S('briefingRatings', '宣讲评价', 'briefing_ratings', 'openid'),
  S('groups', '联络群成员身份', 'group_members', 'openid', ['addedBy', 'removedBy']),
  S('questions', '群内提问', 'group_questions', 'askedBy', ['askedBy', 'answer'], 100),
  S('helpful', '“有帮助”标记', 'helpful_marks', 'openid'),
  S('uploads', '上传的文件', 'uploads', 'openid'),
  S('activity', '操作记录', 'audit', 'actor', ['actor', 'requestId'], 200),
];

/**
 * Deleting an account: collections whose records of the person are removed, and those whose records are kept
 * with the person anonymised (audited files, the audit trail, rosters of sessions, questions in a group).
 */
export const DELETE_REMOVES: { collection: string; field: string }[] = [
  { collection: 'eligibility_checks', field: 'openid' },
  { collection: 'inbox', field: 'openid' },
  { collection: 'policy_watches', field: 'openid' },
  { collection: 'policy_matches', field: 'openid' },
  { collection: 'subscription_quotas', field: 'openid' },
  { collection: 'recipients', field: 'openid' },
  { collection: 'announcement_reads', field: 'openid' },
  { collection: 'announcement_deliveries', field: 'openid' },
  { collection: 'briefing_signups', field: 'openid' },
  { collection: 'briefing_checkins', field: 'openid' },
  { collection: 'briefing_ratings', field: 'openid' },
  { collection: 'group_members', field: 'openid' },
  { collection: 'helpful_marks', field: 'openid' },
  { collection: 'green_exceptions', field: 'applicantOpenid' },
  { collection: 'grants', field: 'openid' },
];

/** Collections whose documents naming the person are kept and anonymised (found by `field`). */
export const DELETE_ANONYMISES: { collection: string; field: string }[] = [
  { collection: 'applications', field: 'applicantOpenid' },
  { collection: 'group_questions', field: 'askedBy' },
  /** Files attached to kept applications stay readable by those who handle them. */
  { collection: 'uploads', field: 'openid' },
  { collection: 'audit', field: 'actor' },
];


/** A record of the person for export: the listed fields left out, values as stored (JSON-safe). */
export function exportRecord(doc: Record<string, unknown>, omit: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (!omit.includes(k)) out[k] = v;
  return out;
}

/**
 * A stored value with the person anonymised: every string equal to their openid becomes the pseudonym, ids
 * built on it (`<x>:<openid>`, `users/<openid>`) too, and their name on an applicant or roster entry becomes
 * ANONYMOUS_NAME; phones next to it are dropped. Pure, returns a copy.
 */
export function anonymise<T>(value: T, openid: string, pseudonym: string): T {
  // The openid alone or as a part of an id (`users/<openid>`, `<session>:<openid>`), never inside a longer id.
  const part = new RegExp(`(^|[:/])${openid.replace(/[^A-Za-z0-9]/g, '\\$&')}(?=$|[:/])`, 'g');
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.replace(part, (_m, pre: string) => `${pre}${pseudonym}`);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const isPerson = o.openid === openid;
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(o)) {
        if (isPerson && (k === 'phone' || k === 'mobile')) continue;
        out[k] = isPerson && k === 'name' && typeof x === 'string' ? ANONYMOUS_NAME : walk(x);
      }
      return out;
    }
    return v;
  };
  return walk(value) as T;
}

/** Other people's ids out of an exported record: an `openid` field that is not the person's own is dropped, at any depth. */
export function withoutOthers<T>(value: T, openid: string): T {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (k === 'openid' && x !== openid) continue;
        out[k] = walk(x);
      }
      return out;
    }
    return v;
  };
  return walk(value) as T;
}
