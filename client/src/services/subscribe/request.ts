/** What `wx.requestSubscribeMessage` answers per template id. */
export type Answer = 'accept' | 'reject' | 'ban' | 'filter';

/**
 * H5 (and Jest): there is no WeChat dialog here. The local CloudBase emulates WeChat's side of subscribe
 * messages by recording every send in its outbox and answering it as sent (local/gateway/openapi-outbox.ts),
 * so the H5 emulation of the dialog is the person pressing 允许 for each template asked: the quota is
 * counted exactly as in the mini-program, and a send without quota is still skipped. (`request.weapp.ts`
 * asks WeChat itself.) No dialog of our own: it would only stand in front of the page.
 */
export async function requestSubscribe(templates: readonly { templateId: string; title: string }[]): Promise<Record<string, Answer>> {
  return Object.fromEntries(templates.map((t) => [t.templateId, 'accept' as const]));
}
