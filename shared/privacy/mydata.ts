/** Server side of 我的数据 and 注销账号: which records are the person's, what is removed, what is kept anonymised. */
import type { CollectionName } from '../db/collections';
import { ANONYMOUS_NAME } from './index';

/** A section of “我的数据”: one collection, the field that names the person, and the fields never exported. */
export interface MyDataSection {
  key: string;
  label: string;
  collection: CollectionName;
  /** The field(s) holding the person's openid (the document's `_id` for users). */
  field: string | string[];
  /** A view other than the record as stored: `objections`, only the person's own objections on others' files. */
  view?: 'objections';
  /** Fields left out: other people's ids, internal keys. */
  omit: string[];
  /** At most this many records per section (the answer stays well under 1 MB). */
  limit: number;
}

const S = (
  key: string,
  label: string,
  collection: CollectionName,
  field: string | string[],
  omit: string[] = [],
  limit = 200,
): MyDataSection => ({
  key,
  label,
  collection,
  field,
  omit: ['openid', ...omit],
  limit,
});

/** Where a person is named in a collection: a field equal to their openid, or one equal to `prefix` + openid. */
export type PersonField = string | { field: string; prefix: string };

/**
 * What deleting an account does to a collection's records that name the person:
 * - `remove`: their records are deleted (personal data with no duty to keep it);
 * - `anonymise`: kept (audited records, other people's files, counts) with the person replaced by the pseudonym;
 * - `seats`: briefing rosters — the seat in a session still to come is released (the waiting list moves up),
 *   past rosters keep the entry anonymised for the attendance counts;
 * - `files`: uploads — files nothing refers to are deleted from storage with their record; files an
 *   announcement or briefing refers to stay (published records) with the uploader anonymised;
 * - `locks`: open_titles — the lock of each of the person's applications is removed (`_id` starts with the openid);
 * - `cursor`: a timer job's position is an openid; it is moved to the person's predecessor in `over`;
 * - `none`: nothing there names the person (or only a one-way digest of the openid), with the reason.
 */
export type Treatment =
  | { kind: 'remove' | 'anonymise' | 'files'; match: PersonField[] }
  | { kind: 'seats' | 'locks' }
  | { kind: 'cursor'; field: string; over: CollectionName }
  | { kind: 'none'; why: string };

export interface PersonalData {
  treatment: Treatment;
  /** What “我的数据” shows of it; absent only with `notExported`. */
  sections?: MyDataSection[];
  /** Why a collection holding the person's data is not in the export (internal bookkeeping only). */
  notExported?: string;
}

const remove = (match: PersonField[], sections: MyDataSection[] | string): PersonalData => entry({ kind: 'remove', match }, sections);
const keep = (match: PersonField[], sections: MyDataSection[] | string): PersonalData => entry({ kind: 'anonymise', match }, sections);
const none = (why: string): PersonalData => ({ treatment: { kind: 'none', why } });
function entry(treatment: Treatment, sections: MyDataSection[] | string): PersonalData {
  return typeof sections === 'string' ? { treatment, notExported: sections } : { treatment, sections };
}

/**
 * Every collection, and what 我的数据 and 注销账号 do with the person's records there: one list for both
 * (typed by the collections manifest, so a new collection cannot be added without saying).
 */
export const PERSONAL_DATA: { [C in CollectionName]: PersonalData } = {
  users: remove(['_id'], [S('profile', '个人资料', 'users', '_id', ['_id', 'version'])]),
  grants: remove(['openid'], [S('roles', '角色授权', 'grants', 'openid', ['grantedBy'])]),
  organizations: none('单位信息，不含个人'),
  invitations: keep(['issuedBy', 'usedBy'], '邀请码的签发与使用记录，已在“角色授权”和“操作记录”中'),
  eligibility_checks: remove(['openid'], [S('checks', '自测记录', 'eligibility_checks', 'openid', [], 100)]),
  rounds: none('评审批次，由市人社局发布，不含个人'),
  audit: keep(['actor', { field: 'target', prefix: 'users/' }], [S('activity', '操作记录', 'audit', 'actor', ['actor', 'requestId'], 200)]),
  applications: keep(
    ['applicantOpenid', 'notice.objections.by', 'pastNotices.objections.by', 'history.by.openid'],
    [
      S('applications', '职称申报', 'applications', 'applicantOpenid', [], 50),
      { ...S('objections', '公示异议', 'applications', ['notice.objections.by', 'pastNotices.objections.by'], [], 50), view: 'objections' },
    ],
  ),
  requests: keep(['actor'], '申报办理请求的防重记录，内容已在“职称申报”和“操作记录”中'),
  open_titles: { treatment: { kind: 'locks' }, notExported: '同一职称只能有一份在办申报的锁，随申报而定' },
  green_exceptions: keep(
    ['applicantOpenid', 'grantedBy.openid'],
    [S('greenExceptions', '绿色通道例外', 'green_exceptions', 'applicantOpenid', ['grantedBy'])],
  ),
  inbox: remove(['openid'], [S('inbox', '站内消息', 'inbox', 'openid')]),
  outbox: remove(['touser'], [S('outgoing', '订阅消息发送记录', 'outbox', 'touser', ['touser', 'claimedBy'], 100)]),
  rate_limits: none('只存 openid 的单向摘要和次数，窗口结束即清除'),
  application_counters: none('只有按地区、阶段、月份汇总的申报件数，不含任何人'),
  maintenance_leases: none('维护任务的租约（编号和到期时间），不含任何人'),
  announcements: keep(
    ['createdBy.openid', 'history.by.openid', 'withdrawal.by.openid'],
    '以工作人员身份发布的公告是公开记录，见“操作记录”',
  ),
  recipients: remove(['openid'], [S('recipient', '接收通知的范围（地区、单位、角色）', 'recipients', 'openid', ['_id'])]),
  announcement_deliveries: remove(['openid'], [S('deliveries', '通知送达记录', 'announcement_deliveries', 'openid')]),
  announcement_reads: remove(['openid'], [S('announcementReads', '通知阅读记录', 'announcement_reads', 'openid')]),
  fanout_jobs: { treatment: { kind: 'cursor', field: 'after', over: 'recipients' } },
  subscription_quotas: remove(['openid'], [S('subscriptions', '订阅消息次数', 'subscription_quotas', 'openid')]),
  policy_watches: remove(['openid'], [S('policyWatch', '政策找人', 'policy_watches', 'openid')]),
  policy_matches: remove(['openid'], [S('policyMatches', '政策推送记录', 'policy_matches', 'openid')]),
  policy_match_jobs: { treatment: { kind: 'cursor', field: 'after', over: 'policy_watches' } },
  briefings: keep(['createdBy.openid', 'moves.by.openid', 'cancellation.by.openid'], '以工作人员身份组织的宣讲是公开记录，见“操作记录”'),
  briefing_rosters: { treatment: { kind: 'seats' }, notExported: '名单中您的一行即“宣讲报名”' },
  briefing_signups: remove(['openid'], [S('briefings', '宣讲报名', 'briefing_signups', 'openid')]),
  briefing_checkins: keep(['openid'], [S('briefingCheckins', '宣讲签到', 'briefing_checkins', 'openid')]),
  briefing_shares: none('分享卡片的消息编号，不含个人'),
  briefing_ratings: keep(['openid'], [S('briefingRatings', '宣讲评价', 'briefing_ratings', 'openid')]),
  liaison_groups: keep(['officers', 'createdBy', 'boundBy'], '以工作人员身份管理的联络群，见“操作记录”'),
  group_bindings: keep(['by'], '联络群与微信群的绑定记录，见“操作记录”'),
  group_members: remove(['openid'], [S('groups', '联络群成员身份', 'group_members', 'openid', ['addedBy', 'removedBy'])]),
  open_data_uses: remove(['openid'], '进群凭证只用一次的记录，一天后清除'),
  group_questions: keep(['askedBy', 'answer.by'], [S('questions', '群内提问', 'group_questions', 'askedBy', ['askedBy', 'answer'], 100)]),
  faq_entries: keep(['promotedBy', 'withdrawnBy'], '以工作人员身份整理的常见问题是公开记录'),
  helpful_marks: remove(['openid'], [S('helpful', '“有帮助”标记', 'helpful_marks', 'openid')]),
  group_tasks: keep(['createdBy'], '以工作人员身份发布的群待办，见“操作记录”'),
  group_task_done: keep(['by'], [S('groupTasksDone', '群待办完成记录', 'group_task_done', 'by', ['by'])]),
  group_settings: keep(['updatedBy'], '全市服务时限设置，见“操作记录”'),
  upload_chunks: remove(['openid'], '未传完的文件分片，一天后清除'),
  uploads: entry({ kind: 'files', match: ['openid'] }, [S('uploads', '上传的文件', 'uploads', 'openid')]),
};

/** Everything the product holds about a person, section by section, in the order of PERSONAL_DATA (the activity log last). */
export const MY_DATA: MyDataSection[] = Object.values(PERSONAL_DATA)
  .flatMap((d) => d.sections ?? [])
  .sort((a, b) => Number(a.collection === 'audit') - Number(b.collection === 'audit'));

/** A record of the person for export: the listed fields left out, values as stored (JSON-safe). */
export function exportRecord(doc: Record<string, unknown>, omit: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (!omit.includes(k)) out[k] = v;
  return out;
}

/**
 * A stored value with the person anonymised: every string equal to their openid becomes the pseudonym, ids
 * built on it (`<x>:<openid>`, `users/<openid>`) too, and their name on an applicant or roster entry becomes
 * ANONYMOUS_NAME; phones next to it are dropped. With `known`, any value equal to the person's name (as in an
 * audit entry's `to`) becomes ANONYMOUS_NAME, so does the name inside free text (FREE_TEXT: what they wrote
 * themselves, an objection or a comment), and a value equal to their phone is dropped. Other fields are
 * matched whole only, so another person's longer name is never touched. Pure, returns a copy.
 */
/** Fields of free text, where the person's name is replaced inside the text too. */
const FREE_TEXT = new Set(['text', 'comment', 'reason', 'note', 'remarks']);

export function anonymise<T>(value: T, openid: string, pseudonym: string, known: { name?: string | null; phone?: string | null } = {}): T {
  // The openid alone or as a part of an id (`users/<openid>`, `<session>:<openid>`), never inside a longer id.
  const part = new RegExp(`(^|[:/])${openid.replace(/[^A-Za-z0-9]/g, '\\$&')}(?=$|[:/])`, 'g');
  const name = known.name && known.name.length >= 2 ? known.name : null;
  const phone = known.phone || null;
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === 'string') {
      if (v === name) return ANONYMOUS_NAME;
      const s = v.replace(part, (_m, pre: string) => `${pre}${pseudonym}`);
      return name && key && FREE_TEXT.has(key) ? s.split(name).join(ANONYMOUS_NAME) : s;
    }
    if (Array.isArray(v)) return v.filter((x) => x !== phone || phone === null).map((x) => walk(x));
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const isPerson = o.openid === openid;
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(o)) {
        if (isPerson && (k === 'phone' || k === 'mobile')) continue;
        if (phone !== null && x === phone) continue;
        out[k] = isPerson && k === 'name' && typeof x === 'string' ? ANONYMOUS_NAME : walk(x, k);
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
