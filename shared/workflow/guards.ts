import type { IsoDate } from '../time/dates';
import type { ActionId } from './actions';
import type { ActorRef, Application, Party } from './application';
import type { WorkflowSettings } from './settings';
import type { TransitionRule } from './transitions';

/**
 * What an action's guards see (actions/define.ts): `ready` holds whatever is entered (the client disables a
 * button with its message), `check` depends on the input.
 */
export interface Ctx {
  app: Application;
  action: ActionId;
  rule: TransitionRule;
  by: ActorRef;
  now: Date;
  at: string;
  today: IsoDate;
  settings: WorkflowSettings;
}

/** Why an action cannot be taken now, whatever is entered; `hide` = not worth a disabled button. */
export interface Block {
  message: string;
  hide?: boolean;
}

/** A file can go back to a recommending body only if one with its own staff was chosen. */
export function returnableParties(app: Application, rule: TransitionRule): Party[] {
  const hasBodyStaff = app.recommendingBody?.kind !== 'district_bureau' && !!app.recommendingBody?.orgId;
  return (rule.returnTo ?? []).filter((p) => p !== 'recommender' || hasBodyStaff);
}
