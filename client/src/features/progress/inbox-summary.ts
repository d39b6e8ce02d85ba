import { messageText } from '@shared/workflow/message-text';

/** How much of a message the inbox shows before 查看全文: about two lines on a phone. */
export const SUMMARY_CHARS = 40;

/**
 * A message's text as the inbox shows it: the workflow's sentence for it (shared/workflow/messages.ts), else
 * its fields in order, joined; cut to `limit` characters (whole characters, never half of one) with “…” when
 * longer. The full text is behind 查看全文, or on the file's page.
 */
export function inboxSummary(
  template: string,
  data: Record<string, string>,
  limit = SUMMARY_CHARS,
): { full: string; short: string; clipped: boolean } {
  const full =
    messageText(template, data) ??
    Object.values(data)
      .filter((v) => v && v.trim())
      .join(' · ');
  const chars = Array.from(full);
  if (chars.length <= limit) return { full, short: full, clipped: false };
  return { full, short: `${chars.slice(0, limit).join('')}…`, clipped: true };
}
