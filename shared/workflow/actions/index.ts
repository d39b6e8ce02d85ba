import type { z } from 'zod';
import type { Workflow } from '../application';
import type { Action } from './define';
import type { ActionId } from './ids';
import { accept } from './accept';
import { approveResult } from './approve-result';
import { archiveForm } from './archive-form';
import { decideObjection } from './decide-objection';
import { employerApprove } from './employer-approve';
import { endNotice } from './end-notice';
import { fileObjection } from './file-objection';
import { forwardToBureau } from './forward-to-bureau';
import { forwardToRegion } from './forward-to-region';
import { issueCertificate } from './issue-certificate';
import { notPassed } from './not-passed';
import { reassignBody } from './reassign-body';
import { recommend } from './recommend';
import { recordDefense } from './record-defense';
import { resubmit } from './resubmit';
import { returnForCorrection } from './return-for-correction';
import { scheduleDefense } from './schedule-defense';
import { startNotice } from './start-notice';
import { submit } from './submit';
import { withdraw } from './withdraw';
import { withdrawRecommendation } from './withdraw-recommendation';

/**
 * Every action that moves an application, one definition each (define.ts), in the order buttons are offered.
 * The ids, labels, transition table, guards, inputs and changes are all read from this list.
 */
export const ACTION_LIST = [
  submit,
  employerApprove,
  startNotice,
  fileObjection,
  decideObjection,
  endNotice,
  recommend,
  reassignBody,
  forwardToBureau,
  withdrawRecommendation,
  accept,
  forwardToRegion,
  scheduleDefense,
  recordDefense,
  approveResult,
  notPassed,
  issueCertificate,
  archiveForm,
  returnForCorrection,
  resubmit,
  withdraw,
] as const satisfies readonly Action<ActionId>[];

const byId = {} as Record<ActionId, Action<ActionId>>;
const labels = {} as Record<ActionId, string>;
for (const a of ACTION_LIST) {
  byId[a.id] = a;
  labels[a.id] = a.label;
}
export const ACTIONS: Readonly<Record<ActionId, Action<ActionId>>> = byId;
export const ACTION_LABELS: Readonly<Record<ActionId, string>> = labels;

/** What the action asks of the person taking it on a file of this workflow. */
export function inputSchema(action: ActionId, workflow: Workflow): z.ZodType {
  return ACTIONS[action].inputFor(workflow);
}

export { ACTION_IDS, isActionId } from './ids';
export type { ActionId } from './ids';
export { BODY_KINDS } from './recommend';
export type { RecommendInput } from './recommend';
export type { Action, ActionSpec, Change, FieldKind, FieldSpec, FormContext, Option, SampleContext } from './define';
