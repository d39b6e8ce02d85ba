/**
 * Collections, their indexes and their security rules, declared once. The local gateway applies the indexes
 * at start; `npm run deploy:db` prints/applies indexes and rules for CloudBase. Keys follow MongoDB's index
 * spec (1 ascending, -1 descending).
 */
export interface IndexSpec {
  name: string;
  keys: Record<string, 1 | -1>;
  unique?: boolean;
}

/**
 * A collection's CloudBase database security rule: what a client (the mini-program's wx.cloud.database(),
 * the web SDK) may do directly. Cloud functions use server credentials and are not bound by it. Deployed as
 * AclTag CUSTOM with this JSON as the rule (ModifySafeRule); `false` must stay the JSON boolean.
 */
export interface SecurityRule {
  read: boolean | string;
  write: boolean | string;
}

/** No direct client access at all: every read and write goes through a function, which authorizes it. */
export const FUNCTIONS_ONLY: SecurityRule = Object.freeze({ read: false, write: false });

export interface CollectionSpec {
  indexes: IndexSpec[];
  /** Required, so a new collection cannot be deployed without saying who may touch it. */
  security: SecurityRule;
}

import { RECIPIENT_INDEXES } from '../announcements/target';

const declare = <T extends Record<string, CollectionSpec>>(c: T): T => c;

export const COLLECTIONS = declare({
  users: {
    indexes: [
      { name: 'openid_unique', keys: { openid: 1 }, unique: true },
      // identity.people.search: exact name or phone, and the reference it hands out for granting.
      { name: 'name', keys: { name: 1 } },
      { name: 'phone', keys: { phone: 1 } },
      { name: 'person_ref', keys: { personRef: 1 } },
    ],
    security: FUNCTIONS_ONLY,
  },
  grants: {
    indexes: [
      { name: 'openid_role', keys: { openid: 1, role: 1 } },
      { name: 'scope_org', keys: { 'scope.orgId': 1 } },
    ],
    security: FUNCTIONS_ONLY,
  },
  organizations: {
    indexes: [
      { name: 'type_district', keys: { type: 1, district: 1 } },
      { name: 'uscc', keys: { uscc: 1 } },
      { name: 'name', keys: { name: 1 } },
    ],
    security: FUNCTIONS_ONLY,
  },
  invitations: { indexes: [{ name: 'code_hash_unique', keys: { codeHash: 1 }, unique: true }], security: FUNCTIONS_ONLY },
  eligibility_checks: { indexes: [{ name: 'openid_at', keys: { openid: 1, at: -1 } }], security: FUNCTIONS_ONLY },
  rounds: { indexes: [{ name: 'applyTo', keys: { applyTo: -1 } }], security: FUNCTIONS_ONLY },
  audit: { indexes: [{ name: 'at', keys: { at: -1 } }, { name: 'target', keys: { target: 1, at: -1 } }], security: FUNCTIONS_ONLY },
  applications: {
    indexes: [
      { name: 'applicant_updated', keys: { applicantOpenid: 1, updatedAt: -1 } },
      { name: 'applicant_open_title', keys: { applicantOpenid: 1, open: 1, series: 1 } },
      { name: 'employer_stage', keys: { employerOrgId: 1, stage: 1, updatedAt: -1 } },
      { name: 'body_stage', keys: { bodyOrgId: 1, stage: 1, updatedAt: -1 } },
      { name: 'district_stage_updated', keys: { district: 1, stage: 1, updatedAt: -1 } },
      { name: 'stage_updated', keys: { stage: 1, updatedAt: -1 } },
      { name: 'open_due', keys: { open: 1, dueBy: 1 } },
      { name: 'updated', keys: { updatedAt: -1 } },
    ],
    security: FUNCTIONS_ONLY,
  },
  /** The dashboard's counts, one per cell (cloudfunctions/applications/counters.ts), changed in each application's transaction. */
  application_counters: { indexes: [{ name: 'district_kind', keys: { district: 1, kind: 1 } }], security: FUNCTIONS_ONLY },
  /** Processed transition requests (`<applicationId>:<requestId>`), for idempotent retries. */
  requests: { indexes: [{ name: 'application', keys: { applicationId: 1 } }], security: FUNCTIONS_ONLY },
  /** `<openid>:<series>:<level>` → the application holding that title open (one open application per title). */
  open_titles: { indexes: [{ name: 'application', keys: { applicationId: 1 } }], security: FUNCTIONS_ONLY },
  green_exceptions: { indexes: [{ name: 'applicant_employer', keys: { applicantOpenid: 1, 'employer.orgId': 1, validUntil: -1 } }], security: FUNCTIONS_ONLY },
  inbox: { indexes: [{ name: 'openid_at', keys: { openid: 1, at: -1 } }, { name: 'openid_read', keys: { openid: 1, read: 1 } }], security: FUNCTIONS_ONLY },
  outbox: {
    indexes: [
      { name: 'status_next', keys: { status: 1, nextAttemptAt: 1 } },
      { name: 'status_claimed', keys: { status: 1, claimedUntil: 1 } },
    ],
    security: FUNCTIONS_ONLY,
  },
  /** Rate-limit counters: one per caller, action and window (cloudfunctions/kit/rate-limit.ts); swept when expired. */
  rate_limits: { indexes: [{ name: 'expires', keys: { expiresAt: 1 } }], security: FUNCTIONS_ONLY },
  /** 通知公告 (issue 8): the announcement with its flat query keys (announcementKeys) at the top level. */
  announcements: {
    indexes: [
      { name: 'feed', keys: { status: 1, pinned: -1, publishAt: -1, _id: -1 } },
      { name: 'publisher_updated', keys: { publisherKey: 1, updatedAt: -1 } },
      { name: 'district_updated', keys: { publisherDistrict: 1, updatedAt: -1 } },
      { name: 'origin_application', keys: { 'origin.applicationId': 1 } },
    ],
    security: FUNCTIONS_ONLY,
  },
  /** One document per person: recipientKeys of their profile, for fan-out pages and reach counts (RECIPIENT_INDEXES). */
  recipients: { indexes: RECIPIENT_INDEXES.map((i) => ({ ...i, keys: { ...i.keys } })), security: FUNCTIONS_ONLY },
  /** One delivery per (announcement, notified version, person), `_id` = deliveryId = its outbox row's id. */
  announcement_deliveries: {
    indexes: [
      { name: 'announcement_status', keys: { announcementId: 1, version: 1, status: 1 } },
      { name: 'announcement_openid', keys: { announcementId: 1, openid: 1 } },
    ],
    security: FUNCTIONS_ONLY,
  },
  /** Read marks: `<announcementId>:<openid>` with the notified version read. */
  announcement_reads: { indexes: [{ name: 'announcement_version', keys: { announcementId: 1, version: 1 } }, { name: 'openid', keys: { openid: 1 } }], security: FUNCTIONS_ONLY },
  /** Fan-out jobs (fanoutJobId): cursor, lease and counts; resumed by the notify timer. */
  fanout_jobs: { indexes: [{ name: 'done_notBefore', keys: { done: 1, notBefore: 1 } }], security: FUNCTIONS_ONLY },
  /** Counted subscribe-message quotas per person and WeChat template (quotaId). */
  subscription_quotas: { indexes: [{ name: 'openid', keys: { openid: 1 } }], security: FUNCTIONS_ONLY },
  /** 政策找人 (shared/announcements/policy-match.ts): consent and the latest check's lines, one per openid; the daily pass queries dueFrom. */
  policy_watches: { indexes: [{ name: 'consent_openid', keys: { consent: 1, openid: 1 } }, { name: 'consent_due', keys: { consent: 1, dueFrom: 1 } }], security: FUNCTIONS_ONLY },
  /** One marker per person × reason × round/date (policyMatchId): inserted once, so nobody is told twice. */
  policy_matches: { indexes: [{ name: 'openid', keys: { openid: 1, createdAt: -1 } }], security: FUNCTIONS_ONLY },
  /** Maintenance jobs that must not run twice at once (the counters' rebuild): owner and expiry, no personal data. */
  maintenance_leases: { indexes: [], security: FUNCTIONS_ONLY },
  /** The round pass per open round (roundMatchJobId): cursor and lease, resumed by the notify timer. */
  policy_match_jobs: { indexes: [{ name: 'done', keys: { done: 1 } }], security: FUNCTIONS_ONLY },
  /** 政策宣讲 (issue 8): the session with flat keys (organizerKey, organizerDistrict) for the lists and the cadence. */
  briefings: {
    indexes: [
      { name: 'status_starts', keys: { status: 1, startsAt: 1 } },
      { name: 'status_ends', keys: { status: 1, endsAt: 1 } },
      { name: 'organizer_starts', keys: { organizerKey: 1, startsAt: -1 } },
      { name: 'district_starts', keys: { organizerDistrict: 1, startsAt: -1 } },
    ],
    security: FUNCTIONS_ONLY,
  },
  /** One roster per session (`_id` = session id): capacity, confirmed, waiting, nextSeq, version (compare-and-set). */
  briefing_rosters: { indexes: [], security: FUNCTIONS_ONLY },
  /** `<sessionId>:<openid>`, derived from the roster, for “my briefings”. */
  briefing_signups: { indexes: [{ name: 'openid', keys: { openid: 1, startsAt: -1 } }, { name: 'session', keys: { sessionId: 1 } }], security: FUNCTIONS_ONLY },
  /** Insert-once check-ins, `<sessionId>:<openid>`. */
  briefing_checkins: { indexes: [{ name: 'session', keys: { sessionId: 1, at: 1 } }], security: FUNCTIONS_ONLY },
  /** The updatable share message's activity ids per session (`_id` = session id; shared/briefings/share.ts). */
  briefing_shares: { indexes: [], security: FUNCTIONS_ONLY },
  /** Insert-once ratings (好差评), `<sessionId>:<openid>`. */
  briefing_ratings: { indexes: [{ name: 'session', keys: { sessionId: 1, at: -1 } }], security: FUNCTIONS_ONLY },
  /** 微信交流群 (issue 9): the liaison groups, mine (officers run), a bureau's (district+status), newest first. */
  liaison_groups: {
    indexes: [
      { name: 'district_status', keys: { district: 1, status: 1, createdAt: -1 } },
      { name: 'officers', keys: { officers: 1, createdAt: -1 } },
      { name: 'created', keys: { createdAt: -1 } },
    ],
    security: FUNCTIONS_ONLY,
  },
  /** One WeChat group → one liaison group: `_id` = opengid. */
  group_bindings: { indexes: [{ name: 'group', keys: { groupId: 1 } }], security: FUNCTIONS_ONLY },
  /** Rosters, `<groupId>:<openid>`: a group's, coverage by the enterprise's district or by enterprise, a person's groups. */
  group_members: {
    indexes: [
      { name: 'group_status', keys: { groupId: 1, status: 1 } },
      { name: 'orgDistrict_status', keys: { orgDistrict: 1, status: 1 } },
      { name: 'org_status', keys: { orgId: 1, status: 1 } },
      { name: 'openid_status', keys: { openid: 1, status: 1 } },
    ],
    security: FUNCTIONS_ONLY,
  },
  /** A cloudID used once (`_id` = sha256 of it); swept after a day. */
  open_data_uses: { indexes: [{ name: 'at', keys: { at: 1 } }], security: FUNCTIONS_ONLY },
  /** 微信交流群 questions (issue 9): mine, one group's, the officers' queue (by district or group, open first by dueAt), the timer. */
  group_questions: {
    indexes: [
      { name: 'asker_asked', keys: { askedBy: 1, askedAt: -1 } },
      { name: 'group_asked', keys: { groupId: 1, askedAt: -1 } },
      { name: 'group_status_due', keys: { groupId: 1, status: 1, dueAt: 1 } },
      { name: 'district_status_due', keys: { groupDistrict: 1, status: 1, dueAt: 1 } },
      { name: 'status_due', keys: { status: 1, dueAt: 1 } },
      { name: 'status_reminded_due', keys: { status: 1, remindedAt: 1, dueAt: 1 } },
      { name: 'status_overdue_due', keys: { status: 1, overdueNotifiedAt: 1, dueAt: 1 } },
    ],
    security: FUNCTIONS_ONLY,
  },
  /** The public 常见问题: published ones by helpfulness and date, by cited clause. */
  faq_entries: {
    indexes: [
      { name: 'status_helpful', keys: { status: 1, helpful: -1, promotedAt: -1 } },
      { name: 'clauses_status', keys: { clauses: 1, status: 1 } },
      { name: 'source_question', keys: { sourceQuestionId: 1 } },
    ],
    security: FUNCTIONS_ONLY,
  },
  /** Insert-once helpful marks, `<kind>:<id>:<openid>`. */
  helpful_marks: { indexes: [{ name: 'target', keys: { kind: 1, targetId: 1 } }], security: FUNCTIONS_ONLY },
  /** 群待办 per group. */
  group_tasks: { indexes: [{ name: 'group_created', keys: { groupId: 1, createdAt: -1 } }], security: FUNCTIONS_ONLY },
  /** Insert-once done records, `<taskId>:<orgId>`. */
  group_task_done: { indexes: [{ name: 'task', keys: { taskId: 1 } }], security: FUNCTIONS_ONLY },
  /** The city's service setting (`_id` 'service'). */
  group_settings: { indexes: [], security: FUNCTIONS_ONLY },
  /** Files (issue 8): chunks of an upload in progress, `<uploader hash>:<uploadId>:<index>`; assembled and deleted by the last one, swept after a day. */
  upload_chunks: { indexes: [{ name: 'upload_index', keys: { uploadKey: 1, index: 1 } }, { name: 'created', keys: { createdAt: 1 } }], security: FUNCTIONS_ONLY },
  /** Files in cloud storage uploaded through files.upload, `<uploader hash>:<uploadId>`: who uploaded, in which capacities, the FileRef. */
  uploads: { indexes: [{ name: 'fileID', keys: { fileID: 1 } }, { name: 'openid_created', keys: { openid: 1, createdAt: -1 } }], security: FUNCTIONS_ONLY },
});

export type CollectionName = keyof typeof COLLECTIONS;
