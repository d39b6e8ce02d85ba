import { defineFunction } from '../kit/dispatch';
import { applications } from '../../shared/contracts/application-moves';
import { createApplication, openGreenException } from './handlers/create';
import { batchTransition, transitionApplication } from './handlers/transition';
import { getApplication, mine, queue } from './handlers/read';
import { listNotices, objectToNotice } from './handlers/notices';
import { listInbox, readInbox } from './handlers/inbox';
import { exportQueue, exportRoster } from './handlers/exports';
import { dashboard } from './handlers/dashboard';
import { loadApp } from './documents';
import { desk } from './handlers/desk';

export { deliverOutbox } from './deliver';

/** Cloud function `applications`: application tracking for both workflows, the notice board, the inbox, exports. */
export const main = defineFunction(
  'applications',
  applications,
  {
    create: createApplication,
    transition: transitionApplication,
    batch: batchTransition,
    get: getApplication,
    mine,
    queue,
    'notices.list': listNotices,
    'notices.object': objectToNotice,
    'greenException.open': openGreenException,
    'inbox.list': listInbox,
    'inbox.read': readInbox,
    'export.roster': exportRoster,
    'export.queue': exportQueue,
    dashboard,
    desk,
  },
  { prefetch: { get: (input, db) => loadApp(db, input.id) } },
);
