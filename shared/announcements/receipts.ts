import { maskName } from '../auth/mask';
import type { SendOutcome } from './subscriptions';
import { SEND_OUTCOME_LABELS } from './subscriptions';
import { formatChinaTime } from '../time/instants';

/**
 * Receipts for the publisher: per announcement, how many were targeted, delivered, read and refused, and
 * the list of people (names masked) — on screen and exported as .xlsx. A delivery's `status` starts
 * `queued` and becomes what the send's outcome says, or `no_quota` when the person had no subscription left
 * (the in-app feed still shows it), or `cancelled` when the announcement was withdrawn first.
 */
export type DeliveryStatus = 'queued' | 'no_quota' | 'cancelled' | SendOutcome;
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['queued', 'sent', 'refused', 'no_quota', 'retryable', 'failed', 'cancelled'];
export const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, string> = {
  queued: '等待发送',
  no_quota: '未订阅消息（仅站内通知）',
  cancelled: '已撤回，未发送',
  ...SEND_OUTCOME_LABELS,
  retryable: '等待重试',
};

export interface ReceiptCounts {
  /** Deliveries created: people the target reached when the notice went out. */
  targeted: number;
  /** Subscribe messages WeChat accepted. */
  delivered: number;
  /** People who opened the announcement (any version since it was last told). */
  read: number;
  /** 43101: refused or no quota. */
  refused: number;
  /** No subscription left on our count: in-app only. */
  noQuota: number;
  /** Not sent yet (queued or waiting for a retry). */
  pending: number;
  failed: number;
}

/** Counts from the deliveries grouped by status (an aggregation) and the number of read marks. */
export function receiptCounts(byStatus: Partial<Record<DeliveryStatus, number>>, read: number): ReceiptCounts {
  const n = (s: DeliveryStatus) => byStatus[s] ?? 0;
  return {
    targeted: DELIVERY_STATUSES.reduce((sum, s) => sum + n(s), 0),
    delivered: n('sent'),
    read,
    refused: n('refused'),
    noQuota: n('no_quota'),
    pending: n('queued') + n('retryable'),
    failed: n('failed') + n('cancelled'),
  };
}

export interface ReceiptRow {
  name: string;
  employer: string;
  status: string;
  read: boolean;
  readAt: string;
}

/** One person of the receipts list: name masked, what happened to the message, whether and when they read it. */
export function receiptRow(d: { status: DeliveryStatus }, person: { name?: string; employer?: string }, read: { at: string } | null): ReceiptRow {
  return {
    name: person.name ? maskName(person.name) : '（未填写姓名）',
    employer: person.employer ?? '',
    status: DELIVERY_STATUS_LABELS[d.status],
    read: !!read,
    readAt: read ? formatChinaTime(read.at) : '',
  };
}

/** The .xlsx columns (header, key, width) of the receipts export. */
export const RECEIPT_COLUMNS = [
  { header: '姓名', key: 'name', width: 12 },
  { header: '单位', key: 'employer', width: 30 },
  { header: '消息', key: 'status', width: 22 },
  { header: '是否已读', key: 'readText', width: 10 },
  { header: '阅读时间', key: 'readAt', width: 18 },
] as const;

export function receiptSheetRow(r: ReceiptRow): Record<(typeof RECEIPT_COLUMNS)[number]['key'], string> {
  return { name: r.name, employer: r.employer, status: r.status, readText: r.read ? '已读' : '未读', readAt: r.readAt };
}

/** The export's file name: 回执_<title>_<date>.xlsx, with characters a file system refuses replaced. */
export function receiptFilename(title: string, now: Date): string {
  const safe = Array.from(title.replace(/[\\/:*?"<>|\s]+/g, '_')).slice(0, 30).join('');
  return `回执_${safe}_${formatChinaTime(now.toISOString()).slice(0, 10)}.xlsx`;
}
