import { CLAUSES, DOCUMENT } from '../policy/clauses';
import { parameterAt } from '../policy/parameters';

/** The numbers the workflow runs on, adjustable per deployment without touching the rules. */
export interface WorkflowSettings {
  /** Default length of the employer's public notice, and its minimum, in working days. */
  noticeWorkingDays: number;
  maxNoticeWorkingDays: number;
  /** How far ahead an employer may date the start of a notice. */
  noticeStartWithinDays: number;
  /** 附件2 第三项: the defense notice is published one week before the defense. */
  defenseNoticeDays: number;
  /** How long an officer's green-channel exception stays usable. */
  greenExceptionValidDays: number;
  /** China time of day at which reminders are sent. */
  reminderTime: string;
}

export const DEFAULT_SETTINGS: WorkflowSettings = {
  noticeWorkingDays: 5,
  maxNoticeWorkingDays: 30,
  noticeStartWithinDays: 30,
  // A deployment's setting, seeded from the value the document set (a dated change is a new setting too).
  defenseNoticeDays: parameterAt({ clauses: CLAUSES }, '附件2 第三项', 'defenseNoticeDaysBefore', DOCUMENT.issuedOn),
  greenExceptionValidDays: 30,
  reminderTime: '09:00',
};
