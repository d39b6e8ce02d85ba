import Taro from '@tarojs/taro';
import type { Answer } from './request';

export type { Answer } from './request';

/**
 * WeChat's one-time subscription dialog (WECHAT.md): only from a tap, at most 3 templates, one kind per call.
 * The answer per template id is 'accept' | 'reject' | 'ban' | 'filter'; a failure (the person turned
 * subscriptions off, errCode 20004) answers nothing, so nothing is recorded.
 */
export async function requestSubscribe(templates: readonly { templateId: string; title: string }[]): Promise<Record<string, Answer>> {
  try {
    const res = (await Taro.requestSubscribeMessage({ tmplIds: templates.map((t) => t.templateId) } as Parameters<
      typeof Taro.requestSubscribeMessage
    >[0])) as unknown as Record<string, unknown>;
    const out: Record<string, Answer> = {};
    for (const t of templates) {
      const a = res[t.templateId];
      if (a === 'accept' || a === 'reject' || a === 'ban' || a === 'filter') out[t.templateId] = a;
    }
    return out;
  } catch {
    return {};
  }
}
