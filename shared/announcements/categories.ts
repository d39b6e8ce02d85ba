/** The categories of 通知公告 (issue 8), with the words the 通知 list shows. */
export const CATEGORIES = ['policy_reading', 'application_notice', 'review_round', 'defense_notice', 'briefing_preview', 'other'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<CategoryId, string> = {
  policy_reading: '政策解读',
  application_notice: '申报通知',
  review_round: '评审轮次',
  defense_notice: '答辩通知',
  briefing_preview: '宣讲预告',
  other: '其他',
};

export function isCategory(value: unknown): value is CategoryId {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}
