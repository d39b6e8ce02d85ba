import type { RemindEffect, TemplateId } from '../../shared/workflow';
import type { AnnouncementTemplateId } from '../../shared/announcements/effects';

/** A message waiting to be pushed (a subscribe message now, or a reminder later), written in the transaction. */
export interface OutboxDoc {
  _id: string;
  kind: 'notify' | 'remind' | 'announcement';
  touser: string;
  template: TemplateId | AnnouncementTemplateId;
  /** Announcements: the announcement, and the delivery this row carries (same id). */
  announcementId?: string;
  deliveryId?: string;
  data: Record<string, string>;
  applicationId?: string;
  onlyIf?: RemindEffect['onlyIf'];
  status: 'pending' | 'sending' | 'sent' | 'failed' | 'skipped' | 'refused';
  attempts: number;
  nextAttemptAt: string;
  createdAt: string;
  claimedUntil?: string;
  sentAt?: string;
  lastError?: string;
}
