import { defineFunction } from '../kit/dispatch';
import { evaluate } from './handlers/evaluate';
import { history, historyGet } from './handlers/history';
import { listRounds, publishRound } from './handlers/rounds';

/** Cloud function `eligibility`: the authoritative self-check, its history, and the socialized rounds. */
export const main = defineFunction('eligibility', {
  evaluate,
  history,
  'history.get': historyGet,
  'rounds.list': listRounds,
  'rounds.publish': publishRound,
});
