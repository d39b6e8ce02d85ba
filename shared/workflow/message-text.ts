import type { TemplateId } from './effects';

/**
 * Our messages as the inbox shows them: one sentence from the message's data (the 职称 is on the file itself).
 * Kept apart from messages.ts so the inbox (main package) needs no stage or clause tables.
 */
const MESSAGE_TEXT: Record<TemplateId, (d: Readonly<Record<string, string>>) => string> = {
  todo: (d) => `${d.applicant}的申报到了“${d.stage}”，请您办理`,
  returned: (d) => `${d.stage}退回补正，原因：${d.reasons}`,
  resubmitted: (d) => `${d.applicant}已按退回原因补正并重新提交`,
  notice_started: (d) => `公示期 ${d.startsOn} 至 ${d.endsOn}，公示期满且无异议后继续办理`,
  notice_due: (d) => `${d.applicant}的公示已于 ${d.endsOn} 期满，可以结束公示`,
  objection_filed: (d) => `异议内容：${d.text}`,
  objection_decided: (d) => `${d.outcome}：${d.decision}`,
  defense_scheduled: (d) => `答辩时间：${d.time}；地点：${d.place}`,
  defense_reminder: (d) => `答辩时间：${d.time}；地点：${d.place}`,
  result_passed: (d) => d.next,
  result_not_passed: (d) => `${d.stage}未通过，原因：${d.reason}`,
  certificate_issued: (d) => d.how,
  withdrawn: (d) => `${d.applicant}已撤回申报，无需再办理`,
  recommendation_withdrawn: (d) => `${d.body}撤回了推荐，原因：${d.reason}。申报回到“推荐报送”，由单位重新选择推荐报送渠道`,
  green_exception: (d) => `有效期至 ${d.validUntil}；理由：${d.reason}`,
  step_submitted: step,
  step_employer_approved: step,
  step_notice_ended: step,
  step_recommended: step,
  step_body_reassigned: step,
  step_forwarded: step,
  step_accepted: step,
  step_forwarded_to_region: step,
  step_defense_recorded: step,
  step_archived: step,
  step_returned_other: step,
  step_resubmitted: step,
  step_withdrawn: step,
};
function step(d: Readonly<Record<string, string>>): string {
  return `${d.done}。${d.next}`;
}

/** One of our messages as a sentence for the inbox (the 职称 is on the file itself); null for others' templates. */
export function messageText(template: string, data: Readonly<Record<string, string>>): string | null {
  const text = (MESSAGE_TEXT as Record<string, ((d: Readonly<Record<string, string>>) => string) | undefined>)[template];
  return text ? text(data) : null;
}
