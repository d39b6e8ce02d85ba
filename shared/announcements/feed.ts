import { isCityWide, officerDistricts } from '../auth/policy';
import type { Actor } from '../auth/roles';
import { excerpt } from './body';
import { CATEGORY_LABELS } from './categories';
import type { Condition } from './condition';
import { allOf, anyOf, matches } from './condition';
import type { Announcement, DisplayStatus } from './model';
import { displayStatus, FOREVER } from './model';
import { publisherKey, publisherKeysOf } from './publishers';
import { ANNOUNCEMENT_RULES } from './rules';
import type { ReachKeyName, ReachKeys, Recipient } from './target';
import { reachedByCondition, reachKeys } from './target';

/**
 * Who sees which announcement, written once as a condition over the announcement's stored keys (the style
 * of shared/workflow/visibility.ts): the predicate and the database query are the same value, so get, the
 * feed, lists, counts and exports cannot disagree.
 *
 * An announcement is visible to a person when
 * - it is published, its publish time has come and it has not expired, and its target reaches the person; or
 * - the person is the publisher's staff (holds the publisher's capacity): every status, expired included; or
 * - the person oversees the publisher (rule `announcement-oversight`): everything but drafts.
 */

/** The flat keys an announcement document is stored and queried by (the function writes them beside it). */
export type AnnouncementKeys = {
  status: string;
  publisherKey: string;
  /** The publisher's district (district officers, organizations); null for the city. */
  publisherDistrict: string | null;
  publishAt: string;
  /** FOREVER when there is no expiry. */
  expiresAt: string;
  pinned: boolean;
} & ReachKeys;
export type AnnouncementKeyName = keyof AnnouncementKeys;

export function announcementKeys(a: Announcement): AnnouncementKeys {
  return {
    status: a.status,
    publisherKey: publisherKey(a.publisher),
    publisherDistrict: a.publisher.district,
    // A draft has no publication time yet: FOREVER keeps it out of any "publishAt ≤ now" range.
    publishAt: a.content.publishAt ?? FOREVER,
    expiresAt: a.content.expiresAt ?? FOREVER,
    pinned: a.content.pinned,
    ...reachKeys(a.content.target),
  };
}

type C = Condition<AnnouncementKeyName>;

/** Published, due and not expired at `now`. */
export function liveCondition(now: Date): C {
  const at = now.toISOString();
  return allOf<AnnouncementKeyName>([
    { key: 'status', eq: 'published' },
    { key: 'publishAt', lte: at },
    { key: 'expiresAt', gt: at },
  ]);
}

/** The announcements addressed to this person now: the feed (首页 “我的通知”, the 通知 list). */
export function feedCondition(person: Recipient, now: Date): C {
  return allOf<AnnouncementKeyName>([liveCondition(now), reachedByCondition(person) as Condition<ReachKeyName>]);
}

/** What the actor published or may manage as the publisher's staff (the publisher's “list mine”). */
export function publishedByCondition(actor: Actor): C | null {
  const keys = publisherKeysOf(actor);
  return keys.length ? { key: 'publisherKey', in: keys } : null;
}

/** What the actor oversees (may see and withdraw, not edit): no drafts. */
export function overseenCondition(actor: Actor, params = ANNOUNCEMENT_RULES.oversight.parameters): C | null {
  const notDraft: C = { key: 'status', ne: 'draft' };
  if (params.cityWithdrawsAny && isCityWide(actor)) return notDraft;
  const districts = params.districtWithdrawsOrgsInDistrict ? officerDistricts(actor) : [];
  return districts.length ? allOf<AnnouncementKeyName>([{ key: 'publisherDistrict', in: districts }, notDraft]) : null;
}

/** THE visibility rule: one condition for get, lists, counts and exports. */
export function visibleAnnouncements(viewer: Recipient, now: Date): C {
  const parts = [feedCondition(viewer, now), publishedByCondition(viewer), overseenCondition(viewer)].filter((c): c is C => c !== null);
  return anyOf(parts);
}

export function canSeeAnnouncement(viewer: Recipient, a: Announcement, now: Date): boolean {
  return matches(visibleAnnouncements(viewer, now), announcementKeys(a));
}

// ---------------------------------------------------------------- feed order and read state

/** A read mark: one document per (announcement, person), keyed by `readId`. */
export interface ReadMark {
  announcementId: string;
  openid: string;
  /** The notifyVersion the person read (a notice told again is unread again). */
  version: number;
  at: string;
}

export function readId(announcementId: string, openid: string): string {
  return `${announcementId}:${openid}`;
}

export function readMark(a: Pick<Announcement, 'id' | 'notifyVersion'>, openid: string, now: Date): ReadMark {
  return { announcementId: a.id, openid, version: a.notifyVersion, at: now.toISOString() };
}

export function isUnread(a: Pick<Announcement, 'notifyVersion'>, read: Pick<ReadMark, 'version'> | null | undefined): boolean {
  return !read || read.version < a.notifyVersion;
}

/** Pinned first, then newest first, then by id (a total order, so pages never repeat or skip). */
export function compareFeed(
  x: { pinned: boolean; publishAt: string; id: string },
  y: { pinned: boolean; publishAt: string; id: string },
): number {
  if (ANNOUNCEMENT_RULES.feed.parameters.pinnedFirst && x.pinned !== y.pinned) return x.pinned ? -1 : 1;
  if (x.publishAt !== y.publishAt) return x.publishAt < y.publishAt ? 1 : -1;
  return x.id < y.id ? 1 : x.id > y.id ? -1 : 0;
}

/** The database order that matches `compareFeed`. */
export const FEED_ORDER = [
  { key: 'pinned', direction: 'desc' },
  { key: 'publishAt', direction: 'desc' },
  { key: '_id', direction: 'desc' },
] as const;

/** The keyset after the last item of a page, in `FEED_ORDER` (pinned desc, publishAt desc, id desc). */
export function feedAfter(last: { pinned: boolean; publishAt: string; id: string }): Condition<AnnouncementKeyName | '_id'> {
  const older: Condition<AnnouncementKeyName | '_id'> = anyOf<AnnouncementKeyName | '_id'>([
    { key: 'publishAt', lt: last.publishAt },
    allOf<AnnouncementKeyName | '_id'>([{ key: 'publishAt', eq: last.publishAt }, { key: '_id', lt: last.id }]),
  ]);
  const samePin = allOf<AnnouncementKeyName | '_id'>([{ key: 'pinned', eq: last.pinned }, older]);
  return last.pinned ? anyOf<AnnouncementKeyName | '_id'>([{ key: 'pinned', eq: false }, samePin]) : samePin;
}

export interface FeedItem {
  id: string;
  title: string;
  category: Announcement['content']['category'];
  categoryLabel: string;
  publisher: string;
  publishAt: string;
  expiresAt: string | null;
  pinned: boolean;
  unread: boolean;
  status: DisplayStatus;
  excerpt: string;
  attachments: number;
}

export function feedItem(a: Announcement, read: ReadMark | null | undefined, now: Date): FeedItem {
  return {
    id: a.id,
    title: a.content.title,
    category: a.content.category,
    categoryLabel: CATEGORY_LABELS[a.content.category],
    publisher: a.publisher.name,
    publishAt: a.content.publishAt ?? a.updatedAt,
    expiresAt: a.content.expiresAt,
    pinned: a.content.pinned,
    unread: isUnread(a, read),
    status: displayStatus(a, now),
    excerpt: excerpt(a.content.body),
    attachments: a.content.attachments.length,
  };
}

/** A person's feed from candidate announcements: only what reaches them now, pinned and newest first, unread marked. */
export function feedFor(person: Recipient, announcements: readonly Announcement[], reads: readonly ReadMark[], now: Date): FeedItem[] {
  const c = feedCondition(person, now);
  const byId = new Map(reads.filter((r) => r.openid === person.openid).map((r) => [r.announcementId, r]));
  return announcements
    .filter((a) => matches(c, announcementKeys(a)))
    .map((a) => ({ a, key: { pinned: a.content.pinned, publishAt: a.content.publishAt!, id: a.id } }))
    .sort((x, y) => compareFeed(x.key, y.key))
    .map(({ a }) => feedItem(a, byId.get(a.id), now));
}
