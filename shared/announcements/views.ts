import type { Actor } from '../auth/roles';
import { CATEGORY_LABELS } from './categories';
import type { ReadMark } from './feed';
import { isUnread } from './feed';
import { formatSize } from './files';
import type { AvailableAnnouncementAction } from './lifecycle';
import { availableAnnouncementActions } from './lifecycle';
import type { Announcement } from './model';
import { DISPLAY_STATUS_LABELS, displayStatus } from './model';
import { holdsPublisher, overseesPublisher, publisherKey } from './publishers';
import type { ReceiptCounts } from './receipts';
import { targetSummary } from './target';

/**
 * What the function sends back about an announcement (the shapes of shared/contracts/announcements.ts),
 * built here so that the function only loads, authorizes and passes what it read. No openid leaves.
 */

/** Whether attachments may be handed out as temporary URLs: once published and due, or to the publisher's staff. */
export function attachmentsOpen(a: Announcement, viewer: Actor, now: Date): boolean {
  if (holdsPublisher(viewer, a.publisher)) return true;
  return a.status === 'published' && a.content.publishAt !== null && a.content.publishAt <= now.toISOString();
}

/** Whether the viewer sees the version history (the publisher's staff and overseers). */
export function seesHistory(a: Announcement, viewer: Actor): boolean {
  return holdsPublisher(viewer, a.publisher) || overseesPublisher(viewer, a.publisher);
}

export function announcementView(a: Announcement, viewer: Actor, now: Date, opts: { urls?: Readonly<Record<string, string>>; orgNames?: Readonly<Record<string, string>> } = {}) {
  const status = displayStatus(a, now);
  const open = attachmentsOpen(a, viewer, now);
  const history = seesHistory(a, viewer);
  return {
    id: a.id,
    publisher: { role: a.publisher.role, name: a.publisher.name, district: a.publisher.district, key: publisherKey(a.publisher) },
    status: a.status,
    displayStatus: status,
    displayStatusLabel: DISPLAY_STATUS_LABELS[status],
    categoryLabel: CATEGORY_LABELS[a.content.category],
    content: {
      ...a.content,
      attachments: a.content.attachments.map((f) => ({
        ...f,
        sizeText: formatSize(f.size),
        ...(open && opts.urls?.[f.fileID] ? { url: opts.urls[f.fileID] } : {}),
      })),
    },
    targetSummary: targetSummary(a.content.target, opts.orgNames),
    version: a.version,
    edition: a.edition,
    notifyVersion: a.notifyVersion,
    history: history
      ? a.history.map((h) => ({ version: h.version, title: h.content.title, publishedAt: h.publishedAt, byRole: h.by.role === 'public' ? ('applicant' as const) : h.by.role, notified: h.notified, ...(h.note ? { note: h.note } : {}) }))
      : [],
    ...(a.withdrawal ? { withdrawal: { at: a.withdrawal.at, reason: a.withdrawal.reason } } : {}),
    ...(a.origin ? { origin: a.origin } : {}),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

export function announcementDetail(
  a: Announcement,
  viewer: Actor,
  now: Date,
  read: ReadMark | null,
  opts: { urls?: Readonly<Record<string, string>>; orgNames?: Readonly<Record<string, string>> } = {},
): { announcement: ReturnType<typeof announcementView>; available: AvailableAnnouncementAction[]; unread: boolean } {
  const audience = !seesHistory(a, viewer);
  return { announcement: announcementView(a, viewer, now, opts), available: availableAnnouncementActions(a, viewer, now), unread: audience && isUnread(a, read) };
}

export function publisherListItem(a: Announcement, now: Date, counts?: Pick<ReceiptCounts, 'targeted' | 'delivered' | 'read' | 'refused'>, orgNames?: Readonly<Record<string, string>>) {
  const status = displayStatus(a, now);
  return {
    id: a.id,
    title: a.content.title,
    category: a.content.category,
    categoryLabel: CATEGORY_LABELS[a.content.category],
    displayStatus: status,
    displayStatusLabel: DISPLAY_STATUS_LABELS[status],
    publisher: a.publisher.name,
    targetSummary: targetSummary(a.content.target, orgNames),
    publishAt: a.content.publishAt,
    expiresAt: a.content.expiresAt,
    pinned: a.content.pinned,
    edition: a.edition,
    updatedAt: a.updatedAt,
    version: a.version,
    ...(counts && a.status !== 'draft' ? { counts: { targeted: counts.targeted, delivered: counts.delivered, read: counts.read, refused: counts.refused } } : {}),
  };
}
