/** The actions that move an application, with the words a button says. */
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

export const ACTION_LABELS: Record<ActionId, string> = {
  submit: '提交单位审核',
  employer_approve: '单位审核通过',
  start_notice: '开始公示',
  file_objection: '提出异议',
  decide_objection: '处理异议',
  end_notice: '结束公示',
  recommend: '推荐报送',
  reassign_body: '改派推荐单位',
  forward_to_bureau: '报送人社部门',
  accept: '审核受理',
  forward_to_region: '汇总报送自治区',
  schedule_defense: '安排答辩',
  record_defense: '登记答辩情况',
  approve_result: '登记评审通过',
  not_passed: '登记未通过',
  issue_certificate: '登记发证',
  archive_form: '评审表存入档案',
  return_for_correction: '退回补正',
  resubmit: '补正后重新提交',
  withdraw: '撤回申报',
};

export function isActionId(value: unknown): value is ActionId {
  return typeof value === 'string' && (ACTION_IDS as readonly string[]).includes(value);
}
