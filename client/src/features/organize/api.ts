/** This package's pages call these functions: their inputs are checked on the phone too (see services/api/client). */
import { announcements } from '@shared/contracts/announcements';
import { briefings } from '@shared/contracts/briefings';
import { registerContracts } from '../../services/api';

registerContracts({ announcements, briefings });

export * from '../../services/api';
