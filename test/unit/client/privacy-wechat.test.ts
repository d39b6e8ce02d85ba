/**
 * The mini-program's answer to wx.onNeedPrivacyAuthorization (services/privacy/wechat.weapp.ts), with WeChat's
 * side played by a fake `Taro`: one listener for the app; a request goes to the prompt of the page in front
 * (not to a page behind it, nor to a page closed since); from a page without a prompt the privacy page is
 * opened and its prompt answers; a request that cannot be shown is answered 'disagree', never left pending.
 */
type Answer = { event: 'agree' | 'disagree' | 'exposureAuthorization'; buttonId?: string };
type Resolve = (r: Answer) => void;

const wx = {
  listeners: [] as ((resolve: Resolve) => void)[],
  pages: [] as string[],
  mounting: '',
  navigateTo: jest.fn((_o: { url: string }) => Promise.resolve()),
};
jest.mock('@tarojs/taro', () => {
  const taro = {
    onNeedPrivacyAuthorization: (l: (resolve: Resolve) => void) => void wx.listeners.push(l),
    getCurrentPages: () => wx.pages.map((route) => ({ route })),
    getCurrentInstance: () => ({ router: { path: `/${wx.mounting}` } }),
    navigateTo: (o: { url: string }) => wx.navigateTo(o),
    showToast: () => Promise.resolve(),
  };
  return { __esModule: true, default: taro, ...taro };
});
import { listenForWeChat } from '../../../client/src/services/privacy/wechat.weapp';

const mount = (page: string) => {
  wx.mounting = page;
  const opened: Resolve[] = [];
  const off = listenForWeChat((r) => void opened.push(r));
  return { opened, off };
};
/** A privacy interface called on the page in front: WeChat asks the app's listener. */
const ask = () => {
  const answers: Answer[] = [];
  for (const l of wx.listeners) l((r) => void answers.push(r));
  return answers;
};

it('registers one listener for the whole app, and sends a request to the prompt of the page in front', () => {
  wx.pages = ['pages/me/index'];
  const me = mount('pages/me/index');
  wx.pages = ['pages/me/index', 'packages/groups/ask/index'];
  const asker = mount('packages/groups/ask/index');
  expect(wx.listeners).toHaveLength(1);
  ask();
  expect(asker.opened).toHaveLength(1);
  expect(me.opened).toHaveLength(0);

  // The ask page closed: the 我的 page is in front again and answers.
  asker.off();
  wx.pages = ['pages/me/index'];
  ask();
  expect(me.opened).toHaveLength(1);
  expect(asker.opened).toHaveLength(1);
  me.off();
});

it('from a page without a prompt, opens the privacy page, whose prompt answers the waiting request', async () => {
  wx.pages = ['pages/home/index', 'packages/admin/invite/index'];
  const home = mount('pages/home/index');
  const answers = ask();
  expect(home.opened).toHaveLength(0);
  expect(wx.navigateTo).toHaveBeenCalledWith({ url: '/packages/privacy/policy/index' });
  wx.pages.push('packages/privacy/policy/index');
  const policy = mount('packages/privacy/policy/index');
  expect(policy.opened).toHaveLength(1);
  policy.opened[0]({ event: 'agree', buttonId: 'privacy-agree' });
  expect(answers).toEqual([{ event: 'agree', buttonId: 'privacy-agree' }]);
  policy.off();
  home.off();
});

it('answers disagree when the privacy page cannot be opened', async () => {
  wx.pages = ['pages/home/index'];
  wx.navigateTo.mockImplementationOnce(() => Promise.reject(new Error('navigateTo:fail')));
  const answers = ask();
  await new Promise((r) => setTimeout(r, 0));
  expect(answers).toEqual([{ event: 'disagree' }]);
});
