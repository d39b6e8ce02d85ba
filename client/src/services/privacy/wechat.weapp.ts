import Taro from '@tarojs/taro';

type Resolve = (r: { event: 'agree' | 'disagree' | 'exposureAuthorization'; buttonId?: string }) => void;
type Open = (resolve: Resolve) => void;

/** The privacy page hosts a prompt: where a request goes when the page in front has none. */
const PROMPT_PAGE = 'packages/privacy/policy/index';

/** The mounted prompts with the page each sits on, the latest last. */
const prompts: { page: string; open: Open }[] = [];
/** A request that arrived while the page in front had no prompt, waiting for the privacy page's. */
let waiting: Resolve | null = null;
let listening = false;

const bare = (path: string | undefined) => (path ?? '').replace(/^\//, '').replace(/\?.*$/, '');
const frontPage = () => {
  const pages = Taro.getCurrentPages();
  return bare(pages[pages.length - 1]?.route);
};

/** WeChat's request goes to the prompt of the page in front; without one, to the privacy page's, opened for it. */
function dispatch(resolve: Resolve): void {
  const front = frontPage();
  const here = [...prompts].reverse().find((p) => p.page === front);
  if (here) {
    here.open(resolve);
    return;
  }
  waiting = resolve;
  void Taro.navigateTo({ url: `/${PROMPT_PAGE}` }).catch(() => {
    waiting = null;
    resolve({ event: 'disagree' });
  });
}

/**
 * WeChat asks before a privacy interface runs (wx.onNeedPrivacyAuthorization, one listener for the whole app):
 * the prompt of the page in front answers it, its agree button having open-type agreePrivacyAuthorization and
 * the id it resolves with. A page without a prompt (a copy button, a file picker) sends the person to the
 * privacy page, whose prompt answers; a request is never left pending with nobody to answer it.
 */
export function listenForWeChat(open: Open): () => void {
  const entry = { page: bare(Taro.getCurrentInstance().router?.path) || frontPage(), open };
  prompts.push(entry);
  if (!listening) {
    const on = (Taro as unknown as { onNeedPrivacyAuthorization?: (l: (resolve: Resolve) => void) => void }).onNeedPrivacyAuthorization;
    if (on) {
      on(dispatch);
      listening = true;
    }
  }
  if (waiting && entry.page === PROMPT_PAGE) {
    const r = waiting;
    waiting = null;
    open(r);
  }
  return () => {
    const i = prompts.indexOf(entry);
    if (i >= 0) prompts.splice(i, 1);
  };
}

export const canOpenContract = true;

/** WeChat's own page of the mini-program's privacy guide. */
export function openContract(): void {
  const open = (Taro as unknown as { openPrivacyContract?: (o: { fail?: () => void }) => void }).openPrivacyContract;
  open?.({ fail: () => void Taro.showToast({ title: '暂时无法打开，请稍后再试', icon: 'none' }) });
}
