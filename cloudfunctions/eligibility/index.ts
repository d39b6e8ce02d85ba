import { defineFunction } from '../kit/dispatch';
import { eligibility } from '../../shared/contracts/eligibility';
import { evaluate } from './handlers/evaluate';
import { history, historyGet } from './handlers/history';
import { listRounds, publishRound } from './handlers/rounds';
import { getPolicyMatch, setPolicyMatch, staffCountsHandler } from './handlers/policy-match';

/**
 * Cloud function `eligibility`: the authoritative self-check, its history, and the socialized rounds.
 * Published rounds are public information (附件2 第二项: the city's annual arrangement, announced to everyone) and
 * the phone's own evaluation needs them to count 满N年 to the open round's cut-off, so a visitor may list them.
 */
export const main = defineFunction(
  'eligibility',
  eligibility,
  {
    evaluate,
    history,
    'history.get': historyGet,
    'rounds.list': listRounds,
    'rounds.publish': publishRound,
    'policyMatch.get': getPolicyMatch,
    'policyMatch.set': setPolicyMatch,
    'staff.counts': staffCountsHandler,
  },
  { openToVisitors: ['rounds.list'] },
);
