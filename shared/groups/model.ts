import type { ClauseId } from '../policy/clauses';
import type { DistrictCode } from '../org/districts';

/**
 * 第六条's 微信交流群 (policy-liaison groups) as stored. Collections (shared/db/collections.ts):
 * liaison_groups, group_bindings (one per WeChat group: _id = opengid, so one WeChat group binds once),
 * group_members (_id `${groupId}:${openid}`), open_data_uses (_id = sha256 of a cloudID: replay refusal),
 * group_questions, faq_entries, helpful_marks (_id `${kind}:${id}:${openid}`), group_tasks,
 * group_task_done (_id `${taskId}:${orgId}`), group_settings (_id 'service').
 */

export const GROUP_STATUSES = ['active', 'closed'] as const;
export type GroupStatus = (typeof GROUP_STATUSES)[number];

/** A liaison group of one bureau: the city's (district null) or one district's. */
export interface LiaisonGroupDoc {
  _id: string;
  name: string;
  /** null: the city bureau's own group (city officers run it). */
  district: DistrictCode | null;
  /** The officers who run the group (openids); they answer its questions and bind it. At least one. */
  officers: string[];
  /** The WeChat group it is bound to (opengid, stable per mini-program), or null until the first officer binds it. */
  opengid: string | null;
  boundAt: string | null;
  boundBy: string | null;
  status: GroupStatus;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** One WeChat group → one liaison group. `_id` is the opengid. */
export interface GroupBindingDoc {
  _id: string;
  groupId: string;
  at: string;
  by: string;
}

export const MEMBER_STATUSES = ['active', 'removed'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** An enterprise HR on a group's roster (joined by opening any card from the group). */
export interface GroupMemberDoc {
  /** `${groupId}:${openid}` */
  _id: string;
  groupId: string;
  /** The group's district (null for the city's group), copied for coverage queries. */
  groupDistrict: DistrictCode | null;
  openid: string;
  orgId: string;
  orgName: string;
  /** The organization's district (coverage counts enterprises of a district in any group). */
  orgDistrict: DistrictCode;
  /** The HR's name and phone from their profile at joining (shown to the group's officers, masked in lists). */
  name: string;
  phone: string | null;
  status: MemberStatus;
  joinedAt: string;
  removedAt?: string;
  removedBy?: string;
  removedReason?: string;
}

/** A cloudID used once (replay refusal); `_id` = sha256(cloudID). Swept after a day. */
export interface OpenDataUseDoc {
  _id: string;
  openid: string;
  purpose: 'bind' | 'enter';
  at: string;
}

export const QUESTION_STATUSES = ['open', 'answered'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export interface AnswerDoc {
  text: string;
  clauses: ClauseId[];
  by: string;
  byName: string;
  at: string;
}

export interface GroupQuestionDoc {
  _id: string;
  groupId: string;
  groupDistrict: DistrictCode | null;
  askedBy: string;
  orgId: string;
  orgName: string;
  text: string;
  /** Private: only the asker and the group's officers see it. Otherwise the group's roster sees it once answered. */
  private: boolean;
  status: QuestionStatus;
  askedAt: string;
  /** Service clock: the instant the answer is due (working days, China's holidays). */
  dueAt: string;
  serviceDays: number;
  /** The reminder before it runs out, and the overdue notice, each sent once. */
  remindedAt: string | null;
  overdueNotifiedAt: string | null;
  answer: AnswerDoc | null;
  helpful: number;
  faqId: string | null;
  version: number;
}

export const FAQ_STATUSES = ['published', 'withdrawn'] as const;
export type FaqStatus = (typeof FAQ_STATUSES)[number];

/** A public 常见问题 entry promoted from an answer; searchable on the 政策 tab next to the clauses it cites. */
export interface FaqEntryDoc {
  _id: string;
  question: string;
  answer: string;
  clauses: ClauseId[];
  sourceQuestionId: string;
  groupId: string;
  promotedBy: string;
  promotedAt: string;
  helpful: number;
  status: FaqStatus;
  version: number;
}

export interface HelpfulMarkDoc {
  /** `${kind}:${id}:${openid}` */
  _id: string;
  kind: 'question' | 'faq';
  targetId: string;
  openid: string;
  at: string;
}

/** 群待办: a task for the roster's enterprises (请于 12 月 20 日前报送花名册). */
export interface GroupTaskDoc {
  _id: string;
  groupId: string;
  title: string;
  /** China date the task is due. */
  dueDate: string;
  createdBy: string;
  createdAt: string;
  /** updatableMessage.createActivityId, for the 群待办 card (toDoActivityId). */
  activityId: string | null;
  activityExpiresAt: string | null;
  status: 'open' | 'closed';
  version: number;
}

export interface GroupTaskDoneDoc {
  /** `${taskId}:${orgId}` */
  _id: string;
  taskId: string;
  groupId: string;
  orgId: string;
  orgName: string;
  by: string;
  at: string;
}

/** The city's service setting: working days to answer a question (default 2). `_id` 'service'. */
export interface GroupSettingsDoc {
  _id: 'service';
  serviceDays: number;
  reminderHoursBefore: number;
  updatedBy: string;
  updatedAt: string;
  version: number;
}

export const DEFAULT_SERVICE_DAYS = 2;
export const MAX_SERVICE_DAYS = 10;
