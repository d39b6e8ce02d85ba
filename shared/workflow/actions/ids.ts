/**
 * The ids of the actions (index.ts's ACTION_LIST, in its order; a test holds the two together). Apart so that
 * what only names an action (the contracts the weapp's main package checks on the phone) does not carry every
 * definition's guards and changes.
 */
export const ACTION_IDS = [
  'submit',
  'employer_approve',
  'start_notice',
  'file_objection',
  'decide_objection',
  'end_notice',
  'recommend',
  'reassign_body',
  'forward_to_bureau',
  'withdraw_recommendation',
  'accept',
  'forward_to_region',
  'schedule_defense',
  'record_defense',
  'approve_result',
  'not_passed',
  'issue_certificate',
  'archive_form',
  'return_for_correction',
  'resubmit',
  'withdraw',
] as const;
export type ActionId = (typeof ACTION_IDS)[number];

export function isActionId(value: unknown): value is ActionId {
  return typeof value === 'string' && (ACTION_IDS as readonly string[]).includes(value);
}
