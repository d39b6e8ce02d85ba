import Taro from '@tarojs/taro';
import { hasConsent, PRIVACY_POLICY_VERSION } from '@shared/privacy';
import { api } from '../api';

/**
 * Consent to the privacy guide before the first collection of personal data: remembered on the device (the
 * version agreed to) and recorded by identity.privacy.consent. `ensureConsent()` answers at once when the
 * device remembers the current version; otherwise it opens the page's <PrivacyPrompt> and waits for the
 * person's answer. The function refuses a profile save without consent (CONSENT_REQUIRED) whatever the
 * device remembers.
 */
export const CONSENT_KEY = 'privacy.consent';

export function rememberedConsent(): boolean {
  try {
    return Taro.getStorageSync(CONSENT_KEY) === PRIVACY_POLICY_VERSION;
  } catch {
    return false;
  }
}

export function forgetConsent(): void {
  try {
    Taro.removeStorageSync(CONSENT_KEY);
  } catch {
    // storage unavailable: nothing remembered
  }
}

type Opener = (answer: (agreed: boolean) => void) => void;
/** The mounted prompts with their page, the latest last (a page behind, or a tab page, keeps its prompt mounted). */
const openers: { page: string; open: Opener }[] = [];
let waiting: Promise<boolean> | null = null;

const bare = (path: string | undefined) => (path ?? '').replace(/^\//, '').replace(/\?.*$/, '');
function frontPage(): string {
  try {
    const pages = Taro.getCurrentPages();
    return bare(pages[pages.length - 1]?.route);
  } catch {
    return '';
  }
}

/**
 * A mounted prompt registers how to open it; the prompt of the page in front is the one opened. Registering again
 * (the page is shown again) brings it to the end; unregistering (the page or the form is gone) hands back.
 */
export function registerPrompt(open: Opener): () => void {
  const again = openers.findIndex((o) => o.open === open);
  if (again >= 0) openers.splice(again, 1);
  const entry = { page: bare(Taro.getCurrentInstance()?.router?.path) || frontPage(), open };
  openers.push(entry);
  return () => {
    const i = openers.findIndex((o) => o.open === open);
    if (i >= 0) openers.splice(i, 1);
  };
}

/** Open the prompt (once, even when asked twice) and resolve with the person's answer. */
export function askConsent(): Promise<boolean> {
  if (waiting) return waiting;
  const front = frontPage();
  const open = ([...openers].reverse().find((o) => o.page === front) ?? openers[openers.length - 1])?.open;
  if (!open) return Promise.resolve(false);
  waiting = new Promise<boolean>((resolve) => open(resolve)).finally(() => {
    waiting = null;
  });
  return waiting;
}

/** True when the person has agreed (now or before); `server` is whoami's privacyConsent when the page has it. */
export async function ensureConsent(server?: { version: string } | null): Promise<boolean> {
  if (server?.version === PRIVACY_POLICY_VERSION || (server === undefined && rememberedConsent())) {
    if (!rememberedConsent()) Taro.setStorageSync(CONSENT_KEY, PRIVACY_POLICY_VERSION);
    return true;
  }
  return askConsent();
}

/** The person tapped 同意: recorded by the function, then remembered here. Returns the function's message on failure. */
export async function agree(): Promise<string | null> {
  const res = await api.identity['privacy.consent']({ version: PRIVACY_POLICY_VERSION });
  if (!res.ok) return res.message;
  Taro.setStorageSync(CONSENT_KEY, PRIVACY_POLICY_VERSION);
  return null;
}

/**
 * Before a collection that needs no profile (a question in a group, a check-in, a rating): true at once when
 * the device remembers the current version; otherwise whoami says whether the function has it on record (a
 * new phone is not asked again); only then the prompt. Not signed in: true, the function refuses the call itself.
 */
export async function consentBeforeCollecting(): Promise<boolean> {
  if (rememberedConsent()) return true;
  const me = await api.identity.whoami({});
  if (!me.ok) return true;
  return ensureConsent(hasConsent(me.data.privacyConsent) ? me.data.privacyConsent : null);
}
