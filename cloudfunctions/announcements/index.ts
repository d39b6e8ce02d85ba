import { defineFunction } from '../kit/dispatch';
import { announcements } from '../../shared/contracts/announcements';
import { publish, revise, saveDraft, withdraw } from './handlers/write';
import { feed, getAnnouncement, list, reach } from './handlers/read';
import { exportReceipts, receipts } from './handlers/receipts';
import { askSubscriptions, markRead, quota, recordSubscriptions } from './handlers/personal';
import { discardFile, uploadChunk } from './handlers/files';

export { runFanout, resumeFanouts } from './fanout';

/** Cloud function `announcements` (通知公告, issue 8): drafts, publication, revisions, withdrawal, the feed, receipts, subscriptions. */
export const main = defineFunction('announcements', announcements, {
  'draft.save': saveDraft,
  publish,
  revise,
  withdraw,
  get: getAnnouncement,
  feed,
  list,
  reach,
  receipts,
  'receipts.export': exportReceipts,
  read: markRead,
  'subscriptions.ask': askSubscriptions,
  'subscriptions.record': recordSubscriptions,
  'subscriptions.quota': quota,
  'files.upload': uploadChunk,
  'files.discard': discardFile,
});
