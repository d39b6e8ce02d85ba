import Taro from '@tarojs/taro';

/** What `wx.requestSubscribeMessage` answers per template id. */
export type Answer = 'accept' | 'reject' | 'ban' | 'filter';

/**
 * H5 (and Jest): there is no WeChat here, so the local CloudBase's emulation asks in a dialog of our own and
 * records what the person chose, as the mini-program would (`request.weapp.ts` asks WeChat itself).
 */
export async function requestSubscribe(templates: readonly { templateId: string; title: string }[]): Promise<Record<string, Answer>> {
  const res = await Taro.showModal({
    title: '接收消息提醒',
    content: `允许发送以下消息（每同意一次可以收到一条）：${templates.map((t) => t.title).join('、')}`,
    confirmText: '允许',
    cancelText: '取消',
  });
  const answer: Answer = res.confirm ? 'accept' : 'reject';
  return Object.fromEntries(templates.map((t) => [t.templateId, answer]));
}
