import { isCityWide, officerDistricts, staffOrgIds } from '../auth/policy';
import type { Actor } from '../auth/roles';
import type { Stage } from './stages';

/**
 * 工作台: the queues a person works, one per stage whose file holder (STAGE_INFO[stage].holder) is one of the
 * person's roles. Employer HR hold the employer's steps, a recommending body its review, a district the
 * bureau's steps; the city holds its own steps and, as “或市人社局”, the district's too. A queue's files are the
 * queue list filtered to its stage (the same visibility rule), so the count on a card is the list it opens.
 */
export interface DeskQueue {
  stage: Stage;
  /** What waits, as a person doing the work says it. */
  label: string;
}

const EMPLOYER: DeskQueue[] = [
  { stage: 'employer_review', label: '待单位审核' },
  { stage: 'notice_ready', label: '待开始公示' },
  { stage: 'public_notice', label: '公示中' },
  { stage: 'recommendation', label: '待推荐报送' },
  { stage: 'archiving', label: '待评审表归档' },
];
const BODY: DeskQueue[] = [{ stage: 'body_review', label: '待推荐单位受理' }];
const DISTRICT: DeskQueue[] = [
  { stage: 'bureau_check', label: '待审核受理' },
  { stage: 'awaiting_defense', label: '待安排答辩' },
  { stage: 'defense_scheduled', label: '待登记答辩' },
  { stage: 'review', label: '待评审结果' },
  { stage: 'approved', label: '待登记发证' },
];
const CITY: DeskQueue[] = [
  { stage: 'city_collection', label: '待汇总报自治区' },
  { stage: 'city_check', label: '绿色通道待审核' },
  { stage: 'region_review', label: '待登记自治区结果' },
];

/**
 * The caller's queues in working order (their own steps first), each stage once; none for an applicant. Non-empty
 * exactly when `worksOnApplications` (visibility.ts) holds, which is what the client asks to show the 工作台.
 */
export function deskQueues(actor: Actor): DeskQueue[] {
  const out: DeskQueue[] = [];
  if (isCityWide(actor)) out.push(...CITY, ...DISTRICT);
  else if (officerDistricts(actor).length) out.push(...DISTRICT);
  if (staffOrgIds(actor, 'employer_hr').length) out.push(...EMPLOYER);
  if (staffOrgIds(actor, 'recommender').length) out.push(...BODY);
  return out.filter((q, i) => out.findIndex((x) => x.stage === q.stage) === i);
}
