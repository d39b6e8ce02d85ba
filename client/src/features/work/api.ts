/** This package's pages call these functions: their inputs are checked on the phone too (see services/api/client). */
import { applicationMoves } from '@shared/contracts/application-moves';
import { groups } from '@shared/contracts/groups';
import { registerContracts } from '../../services/api';

registerContracts({ groups, applications: applicationMoves });

export * from '../../services/api';
